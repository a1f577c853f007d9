"""The report deadlines ("ska redovisas") of the government's activities as an iCalendar file
(RFC 5545), written with the `icalendar` library, to subscribe to in any calendar program.

Each deadline is an all-day event: on its day when the text gives one, otherwise spanning what
the date covers ("i december 2020" is the whole month), so that no date is made more precise
than the text. Texts are Swedish.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path

import icalendar

from .._core import (
    AgencyRegistry,
    DateBound,
    EventKind,
    GovernmentActivity,
    assigned_agency_name,
    assignment_role_text,
    date_bound_text,
    event_kind_text,
)
from ..errors import FileError

__all__ = ["PRODUCT_ID", "deadlines_calendar", "write_calendar"]

#: The calendar's PRODID.
PRODUCT_ID = "-//handlingsplan//Regeringens aktiviteter//SV"


def _summary(activity: GovernmentActivity, limit: int = 70) -> str:
    first = activity.title or activity.text.partition(". ")[0]
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def _agencies(activity: GovernmentActivity) -> str:
    """The agencies of an assignment as its page printed them, with their roles."""
    registry = AgencyRegistry.standard()
    return ", ".join(
        f"{assigned_agency_name(a, registry)} ({assignment_role_text(a.role)})"
        for a in activity.agencies
    )


def deadlines_calendar(
    activities: Sequence[GovernmentActivity], *, stamp: datetime | None = None
) -> icalendar.Calendar:
    """A calendar with one all-day event per "ska redovisas" date of `activities`. `stamp`
    (default: now, UTC) is every event's DTSTAMP; UIDs are stable for the same activity and
    date, so a re-published file updates the events rather than adding new ones."""
    stamp = stamp or datetime.now(timezone.utc)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Regeringens aktiviteter: redovisningar")
    due = event_kind_text(EventKind.due)
    for activity in activities:
        for event in activity.events:
            if event.kind != EventKind.due:
                continue
            when = event.when
            key = f"{activity.priority}|{activity.text}|{when.to_iso()}"
            entry = icalendar.Event()
            entry.add("uid", hashlib.sha1(key.encode()).hexdigest() + "@handlingsplan")
            entry.add("dtstamp", stamp)
            entry.add("dtstart", when.first_day)
            entry.add("dtend", when.last_day + timedelta(days=1))
            bound = f"{date_bound_text(event.bound)} " if event.bound != DateBound.none else ""
            entry.add("summary", f"{due.capitalize()} {bound}{when}: {_summary(activity)}")
            numbers = ", ".join(str(n) for n in activity.case_numbers)
            description = activity.text + (
                f"\n\nDiarienummer och referenser: {numbers}" if numbers else ""
            )
            if activity.agencies:
                description += "\n\nMyndigheter: " + _agencies(activity)
            if activity.source:
                description += f"\n\nKälla: {activity.source}"
            entry.add("description", description)
            category = (
                f"Strategisk prioritering {activity.priority}"
                if activity.priority is not None
                else "Regeringsuppdrag"
            )
            entry.add("categories", [category, due])
            calendar.add_component(entry)
    return calendar


def write_calendar(
    activities: Sequence[GovernmentActivity],
    path: str | os.PathLike[str],
    *,
    stamp: datetime | None = None,
) -> Path:
    """Writes `deadlines_calendar` to `path` (an .ics file); FileError if it cannot be written."""
    file = Path(path)
    try:
        file.write_bytes(deadlines_calendar(activities, stamp=stamp).to_ical())
    except OSError as error:
        raise FileError(error.errno, error.strerror, str(file)) from None
    return file
