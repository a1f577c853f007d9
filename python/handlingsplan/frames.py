"""pandas DataFrames of the model, following pandas' conventions: statuses as an ordered
categorical, years and pages as nullable integers (``Int64``), lists where a cell holds several
agencies.

Ids are ordered categoricals in numeric order (`handlingsplan.ids`), so ``df.sort_values("id")``
puts 1.1.2 before 1.1.10. A cell holding several names is a `TextList`: a plain list that
``df.to_csv()`` writes as readable text, "MSB; FRA", rather than as "['MSB', 'FRA']".

* `measures_frame`: one row per measure (``report.to_dataframe()``);
* `agency_roles_frame`: one row per measure and agency, the long format to pivot on
  (``report.agency_roles()``);
* `objectives_frame`: one row per objective with its measures counted per status
  (``report.objectives_frame()``);
* `report_summary_frame`: one row per report year and status, the plan's composition
  (``plan.summary_frame()``).

The usual questions, one line each (``r = plan.report(2021)``, ``df = r.to_dataframe()``,
``roles = r.agency_roles()``)::

    r.measures(agency="FRA", role="ansvarig")          # measures FRA leads
    r.measures(agency="FRA")                           # ... leads or takes part in
    roles.query("agency == 'FRA' and not responsible") # ... takes part in without leading
    df[df.period_end == 2022]                          # measures whose period ends in 2022
    df[df.open_ended]                                  # open-ended ("och tills vidare")
    pd.crosstab(df.priority, df.status)                # measures per priority and status
    r.measures(active_in=2022)                         # active, with a period including 2022
    pd.crosstab(roles.agency, roles.role)              # who does what, by role
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from . import _core
from ._arrays import coded as _coded
from ._arrays import frame as _columns_frame
from ._arrays import ids_in_order as _ids_in_order
from ._arrays import optional_ints as _optional_ints
from ._arrays import texts as _texts
from ._views import MeasureSource, PlanView, ReportView
from ._vocabulary import ACTIVE_STATUSES, STATUS_ORDER
from .cells import LIST_SEPARATOR, TextList
from .ids import objective_id_dtype

__all__ = [
    "ACTIVE_STATUSES",
    "AGENCY_ROLE_COLUMNS",
    "LIST_SEPARATOR",
    "MEASURE_COLUMNS",
    "OBJECTIVE_COLUMNS",
    "SUMMARY_COLUMNS",
    "TextList",
    "agency_matrix_frame",
    "agency_roles_frame",
    "measures_frame",
    "objectives_frame",
    "priority_column",
    "priority_key",
    "report_summary_frame",
    "role_dtype",
    "role_label",
    "status_dtype",
]

#: The columns of `measures_frame`, in order: those the core declares for frames
#: (`_core.measure_column_declarations`).
_FRAME_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (column.name, column.frame_type)
    for column in _core.measure_column_declarations()
    if column.in_frame
)
MEASURE_COLUMNS: tuple[str, ...] = tuple(name for name, _ in _FRAME_COLUMNS)


def _in_id_order(values: list[str]) -> pd.Categorical[str]:
    """Ids (or objective ids) that come in the report's numeric id order as a numerically
    ordered categorical (`handlingsplan.ids`): the categories are the ids as they first appear,
    already in numeric order, so nothing is parsed or sorted again."""
    return pd.Categorical(values, categories=list(dict.fromkeys(values)), ordered=True)


def _int64(values: list[Any]) -> Any:
    return np.array(values, dtype="int64")


def _bool(values: list[Any]) -> Any:
    return np.array(values, dtype="bool")


def _frame(
    columns: dict[str, list[Any]],
    names: tuple[str, ...],
    typed: dict[str, Callable[[list[Any]], Any]],
) -> pd.DataFrame:
    """The frame of the core's `columns` (see `_core.measure_columns`), `names` in order, each
    column made by its function in `typed` (the others are texts, as pandas infers them; with
    no rows, objects)."""
    empty = not columns["id"]
    data = {
        name: typed[name](columns[name])
        if name in typed
        else (np.array([], dtype=object) if empty else columns[name])
        for name in names
    }
    return pd.DataFrame(data, columns=list(names))


def status_dtype() -> pd.CategoricalDtype:
    """The ordered categorical of statuses: pågående < ny < uppdaterad < genomförd < avskriven."""
    return pd.CategoricalDtype(list(STATUS_ORDER), ordered=True)


def measures_frame(report: ReportView | MeasureSource) -> pd.DataFrame:
    """One row per measure of `report` (or of a selection of its measures), in numeric id order.

    Columns: id ("1.1.5", an ordered categorical in numeric order, see `handlingsplan.ids`),
    priority, objective ("1.1", likewise), title (the chapter's wording),
    title_in_appendix (Bilaga 1's wording), description, agency_text, agencies_in_appendix,
    agencies (every agency, responsible first, by short name, a `TextList`), responsible
    (likewise), period (published
    form), period_start, period_end (missing when open-ended or not printed), open_ended, status
    (ordered categorical), updated_aspects (subset of "tidplan", "innehåll", a `TextList`),
    completed_year,
    withdrawn_year, withdrawn_reason, page (Bilaga 1's Sida), chapter_marking.
    """
    arrays = report.measure_arrays(TextList)
    data = {name: _MEASURE_FRAME_TYPES[kind](arrays[name]) for name, kind in _FRAME_COLUMNS}
    data["priority"] = priority_column(data["priority"], report.words)
    return _columns_frame(data)


def priority_column(numbers: Any, words: _core.PlanWords) -> Any:
    """A priority column as the plan writes its ids: `numbers` as they are (int64) where it
    numbers them (the 2019–2022 plan), else an ordered categorical of its letters ("A" < "B"
    < "C", the categories those present), each label the core's (`PlanWords.priority_label`)."""
    if words.ids == _core.IdStyle.numbers:
        return numbers
    present = sorted({int(number) for number in numbers})
    labels = {number: words.priority_label(number) for number in present}
    return pd.Categorical(
        [labels[int(number)] for number in numbers],
        categories=[labels[number] for number in present],
        ordered=True,
    )


def priority_key(number: int, words: _core.PlanWords) -> int | str:
    """A priority as `priority_column` shows it: its number (1) where the plan numbers its ids,
    its letter ("A") where it letters them."""
    return number if words.ids == _core.IdStyle.numbers else words.priority_label(number)


@functools.lru_cache(maxsize=256)
def _ordered_dtype(categories: tuple[str, ...]) -> pd.CategoricalDtype:
    """The ordered categorical of `categories`, made once: a dtype is immutable, and making one
    (pandas infers and checks its categories) costs more than a small selection's frame."""
    return pd.CategoricalDtype(list(categories), ordered=True)


#: An ordered categorical of the core's (codes, categories): the objectives by first appearance
#: (numeric order in a report), the statuses in the kinds' order (`status_dtype`).
_ordered_categories = _coded(lambda categories: _ordered_dtype(tuple(categories)))


#: How `measures_frame` makes a column of each frame type the core declares.
_MEASURE_FRAME_TYPES: dict[str, Callable[[Any], Any]] = {
    "id category": _ids_in_order,
    "int64": lambda values: values,
    "category": _ordered_categories,
    "text": _texts,
    "Int64": _optional_ints,
    "bool": lambda values: values,
    "TextList": lambda cells: cells,  # an array of TextList cells, as a frame holds them
}


_ROLE_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (column.name, column.frame_type) for column in _core.agency_role_column_declarations()
)
#: The columns of `agency_roles_frame`, in order: those the core declares
#: (`_core.agency_role_column_declarations`).
AGENCY_ROLE_COLUMNS: tuple[str, ...] = tuple(name for name, _ in _ROLE_COLUMNS)

#: The columns of `objectives_frame`, in order: one count column per status, then the totals.
OBJECTIVE_COLUMNS: tuple[str, ...] = ("id", "priority", "text", *STATUS_ORDER, "active", "total")

#: The columns of `report_summary_frame`, in order.
SUMMARY_COLUMNS: tuple[str, ...] = ("year", "status", "count")


def role_dtype() -> pd.CategoricalDtype:
    """The ordered categorical of roles, as the core orders them: ansvarig first, then
    i samverkan med, i nära samverkan med, med stöd av, tillsammans med."""
    return pd.CategoricalDtype([_core.role_text(role) for role in _core.Role], ordered=True)


def role_label(role: _core.Role | str) -> str:
    """The printed text of a role given as a `Role` or as text ("ansvarig", "med stöd av" …);
    ParseError for an unknown text."""
    return _core.role_text(role if isinstance(role, _core.Role) else _core.parse_role(role))


def agency_roles_frame(report: ReportView) -> pd.DataFrame:
    """One row per measure and agency taking part in it (the long format analysts pivot on), in
    numeric id order and, within a measure, in printed order (responsible agencies first).

    Columns: id, priority, objective, agency (short name, "FRA"), agency_name ("Försvarets
    radioanstalt"), samfi (one of the seven agencies behind the plan), role (ordered
    categorical, see `role_dtype`), responsible (the role is "ansvarig"), status (ordered
    categorical, see `status_dtype`).
    """
    makers: dict[str, Callable[[list[Any]], Any]] = {
        "id category": _in_id_order,
        "int64": _int64,
        "bool": _bool,
        "role category": lambda values: pd.Categorical(values, dtype=role_dtype()),
        "status category": lambda values: pd.Categorical(values, dtype=status_dtype()),
    }
    typed = {name: makers[kind] for name, kind in _ROLE_COLUMNS if kind in makers}
    frame = _frame(report.agency_role_columns(), AGENCY_ROLE_COLUMNS, typed)
    if report.words.ids != _core.IdStyle.numbers:
        frame["priority"] = priority_column(frame["priority"], report.words)
    return frame


def agency_matrix_frame(
    report: ReportView, role: _core.Role | str | None = None, active_only: bool = True
) -> pd.DataFrame:
    """Who does what: agencies (rows, by short name, in the registry's order: the SAMFI agencies
    first) × strategic priorities (columns, every priority of the plan), counting the measures
    of `report` in which the agency has `role` (any role when None: leads or takes part in),
    only active ones unless `active_only` is False. Agencies with no such measure are left out.
    """
    roles = agency_roles_frame(report)
    if role is not None:
        roles = roles[roles["role"] == role_label(role)]
    if active_only:
        roles = roles[roles["status"].isin(ACTIVE_STATUSES)]
    # One row per measure and agency: the core refuses an agency named twice in one measure.
    counts = roles.groupby(["agency", "priority"], observed=True).size()
    present = set(counts.index.get_level_values("agency"))
    order = [a.short_name for a in report.plan.agencies if a.short_name in present]
    order += sorted(present - set(order))  # agencies the registry does not know, last
    words = report.words
    priorities = [priority_key(priority.number, words) for priority in report.plan.priorities]
    matrix = counts.unstack(fill_value=0).reindex(index=order, columns=priorities, fill_value=0)
    matrix.index.name, matrix.columns.name = "agency", "priority"
    return matrix.astype("int64")


def objectives_frame(plan: PlanView, report: ReportView) -> pd.DataFrame:
    """One row per objective (målsättning) of `plan`'s strategy, in numeric order, with the
    number of `report`'s measures under it per status; objectives without measures (3.2 in
    2021) are kept, with zeros.

    Columns: id ("1.1"), priority, text, one int64 column per status ("pågående" …
    "avskriven", see `STATUS_ORDER`), active (pågående + ny + uppdaterad) and total.
    """
    counts: Counter[tuple[str, str]] = Counter(
        (str(measure.id.objective), measure.status.kind_text) for measure in report
    )
    rows = []
    for objective in plan.objectives:
        oid = str(objective.id)
        per_status = {status: counts[oid, status] for status in STATUS_ORDER}
        rows.append(
            {
                "id": oid,
                "priority": objective.id.priority,
                "text": objective.text,
                **per_status,
                "active": sum(per_status[status] for status in ACTIVE_STATUSES),
                "total": sum(per_status.values()),
            }
        )
    frame = pd.DataFrame(rows, columns=list(OBJECTIVE_COLUMNS))
    counted = [*STATUS_ORDER, "active", "total"]
    frame[counted] = frame[counted].astype("int64")
    frame["priority"] = priority_column(frame["priority"].astype("int64"), plan.words)
    frame["id"] = frame["id"].astype(objective_id_dtype(frame["id"]))
    return frame


def report_summary_frame(plan: PlanView) -> pd.DataFrame:
    """The composition of the plan's reports: one row per report year and status (every status,
    zero where none), years ascending, statuses in report order.

    Columns: year, status (ordered categorical), count. Pivot it for a year × status table:
    ``frame.pivot(index="year", columns="status", values="count")``.
    """
    rows = [
        {"year": report.year, "status": status, "count": count}
        for report in plan.reports
        for status, count in report.count_by_status().items()
    ]
    frame = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    frame[["year", "count"]] = frame[["year", "count"]].astype("int64")
    frame["status"] = frame["status"].astype(status_dtype())
    return frame
