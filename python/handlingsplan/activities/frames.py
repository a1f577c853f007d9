"""pandas DataFrames of the government's activities.

* `activities_frame`: one row per activity;
* `deadlines_frame`: one row per dated event (decisions, deadlines, reports, laws in force ...),
  with its date's first and last day so that a month or a season is never taken for a day.

    >>> df = deadlines_frame(plan.activities)                     # doctest: +SKIP
    >>> df[(df.kind == "ska redovisas") & (df.last_day <= "2021-03-01")]  # due by 1 March 2021
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from .._core import (
    ActivityState,
    DateBound,
    DatePrecision,
    EventKind,
    GovernmentActivity,
    activity_state_text,
    date_bound_text,
    date_precision_text,
    event_kind_text,
)

__all__ = [
    "ACTIVITY_COLUMNS",
    "EVENT_COLUMNS",
    "activities_frame",
    "deadlines_frame",
    "event_kind_dtype",
    "state_dtype",
]

#: The columns of `activities_frame`, in order.
ACTIVITY_COLUMNS: tuple[str, ...] = (
    "activity",
    "priority",
    "state",
    "text",
    "case_numbers",
    "events",
    "first_deadline",
    "last_deadline",
)

#: The columns of `deadlines_frame`, in order.
EVENT_COLUMNS: tuple[str, ...] = (
    "activity",
    "priority",
    "state",
    "kind",
    "date_text",
    "precision",
    "bound",
    "day",
    "first_day",
    "last_day",
    "case_numbers",
    "text",
)


def state_dtype() -> pd.CategoricalDtype:
    """ "pågående", "avslutad" as an ordered categorical."""
    return pd.CategoricalDtype(
        [activity_state_text(s) for s in (ActivityState.ongoing, ActivityState.finished)],
        ordered=True,
    )


def event_kind_dtype() -> pd.CategoricalDtype:
    """The event kinds ("beslutad", "ska redovisas" ...) as a categorical, in the core's order."""
    return pd.CategoricalDtype([event_kind_text(k) for k in EventKind], ordered=True)


def _deadline_days(activity: GovernmentActivity) -> list[Any]:
    return [e.when.last_day for e in activity.deadlines()]


def activities_frame(activities: Sequence[GovernmentActivity]) -> pd.DataFrame:
    """One row per activity: `activity` (its position in the list, from 0), `priority`,
    `state`, `text`, `case_numbers` (a list of canonical strings), `events` (how many dated
    events), and the last day of its first and last "ska redovisas" date (NaT if none)."""
    rows = []
    for index, a in enumerate(activities):
        days = _deadline_days(a)
        rows.append(
            {
                "activity": index,
                "priority": a.priority,
                "state": a.state_text,
                "text": a.text,
                "case_numbers": [str(n) for n in a.case_numbers],
                "events": len(a.events),
                "first_deadline": min(days) if days else None,
                "last_deadline": max(days) if days else None,
            }
        )
    frame = pd.DataFrame(rows, columns=list(ACTIVITY_COLUMNS))
    frame["state"] = frame["state"].astype(state_dtype())
    frame["priority"] = frame["priority"].astype("Int64")
    frame["events"] = frame["events"].astype("Int64")
    for column in ("first_deadline", "last_deadline"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def deadlines_frame(activities: Sequence[GovernmentActivity]) -> pd.DataFrame:
    """One row per dated event of every activity, in the activities' order and then the order
    written: `kind` ("beslutad", "ska redovisas", "redovisad", "i kraft", "förlängd", "antagen",
    "publicerad", "övrigt"), `date_text` (Swedish), `precision` ("dag", "månad", "årstid", "år"),
    `bound` ("senast", "till och med", "från och med" or ""), `day` (NaT unless given to the
    day), `first_day` and `last_day` (what the date covers)."""
    rows = []
    for index, a in enumerate(activities):
        for e in a.events:
            rows.append(
                {
                    "activity": index,
                    "priority": a.priority,
                    "state": a.state_text,
                    "kind": e.kind_text,
                    "date_text": str(e.when),
                    "precision": date_precision_text(e.precision),
                    "bound": date_bound_text(e.bound),
                    "day": e.date,
                    "first_day": e.when.first_day,
                    "last_day": e.when.last_day,
                    "case_numbers": [str(n) for n in a.case_numbers],
                    "text": a.text,
                }
            )
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    frame["state"] = frame["state"].astype(state_dtype())
    frame["kind"] = frame["kind"].astype(event_kind_dtype())
    frame["precision"] = frame["precision"].astype(
        pd.CategoricalDtype([date_precision_text(p) for p in DatePrecision], ordered=True)
    )
    frame["bound"] = frame["bound"].astype(
        pd.CategoricalDtype([date_bound_text(b) for b in DateBound])
    )
    frame["priority"] = frame["priority"].astype("Int64")
    for column in ("day", "first_day", "last_day"):
        frame[column] = pd.to_datetime(frame[column])
    return frame
