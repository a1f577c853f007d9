"""pandas DataFrames of the model, following pandas' conventions: statuses as an ordered
categorical, years and pages as nullable integers (``Int64``), lists where a cell holds several
agencies."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from . import _core
from .plan import STATUS_ORDER

if TYPE_CHECKING:
    from .plan import Report

__all__ = ["MEASURE_COLUMNS", "measures_frame", "status_dtype"]

#: The columns of `measures_frame`, in order.
MEASURE_COLUMNS: tuple[str, ...] = (
    "id",
    "priority",
    "objective",
    "title",
    "appendix_title",
    "description",
    "agency_text",
    "appendix_agency_text",
    "agencies",
    "responsible",
    "period",
    "period_start",
    "period_end",
    "open_ended",
    "status",
    "updated_aspects",
    "completed_year",
    "withdrawn_year",
    "withdrawn_reason",
    "page",
    "chapter_marking",
)

_NULLABLE_INTS = ("period_start", "period_end", "completed_year", "withdrawn_year", "page")


def status_dtype() -> pd.CategoricalDtype:
    """The ordered categorical of statuses: pågående < ny < uppdaterad < genomförd < avskriven."""
    return pd.CategoricalDtype(list(STATUS_ORDER), ordered=True)


def _measure_row(measure: _core.Measure) -> dict[str, Any]:
    status = measure.status
    period = measure.period
    kind = status.kind
    aspects = [
        name
        for name, flag in (("tidplan", status.schedule_updated), ("innehåll", status.content_updated))
        if flag
    ]
    return {
        "id": str(measure.id),
        "priority": measure.id.priority,
        "objective": str(measure.id.objective),
        "title": measure.title,
        "appendix_title": measure.appendix_title,
        "description": measure.description,
        "agency_text": measure.agencies.text,
        "appendix_agency_text": measure.appendix_agencies,
        "agencies": measure.agencies.all,
        "responsible": measure.agencies.responsible,
        "period": str(period) if period is not None else None,
        "period_start": period.start_year if period is not None else None,
        "period_end": period.end_year if period is not None else None,
        "open_ended": period.open_ended if period is not None else False,
        "status": status.kind_text,
        "updated_aspects": aspects,
        "completed_year": status.year if kind == _core.StatusKind.completed else None,
        "withdrawn_year": status.year if kind == _core.StatusKind.withdrawn else None,
        "withdrawn_reason": status.reason if kind == _core.StatusKind.withdrawn else None,
        "page": measure.page,
        "chapter_marking": measure.chapter_marking,
    }


def measures_frame(report: Report) -> pd.DataFrame:
    """One row per measure of `report`, in numeric id order.

    Columns: id ("1.1.5"), priority, objective ("1.1"), title (the chapter's wording),
    appendix_title (Bilaga 1's wording), description, agency_text, appendix_agency_text,
    agencies (every agency, responsible first, by short name), responsible, period (published
    form), period_start, period_end (missing when open-ended or not printed), open_ended, status
    (ordered categorical), updated_aspects (subset of "tidplan", "innehåll"), completed_year,
    withdrawn_year, withdrawn_reason, page (Bilaga 1's Sida), chapter_marking.
    """
    frame = pd.DataFrame([_measure_row(m) for m in report], columns=list(MEASURE_COLUMNS))
    frame["priority"] = frame["priority"].astype("int64")
    frame["open_ended"] = frame["open_ended"].astype("bool")
    for column in _NULLABLE_INTS:
        frame[column] = frame[column].astype("Int64")
    frame["status"] = frame["status"].astype(status_dtype())
    return frame
