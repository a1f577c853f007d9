"""The threads between the agencies' measures and the government's activities: the case numbers
(diarienummer and other references) both cite.

* `references(plan, number)`: every measure, in any report (title, description or withdrawal
  reason), and every activity citing a case number;
* `case_number_index(plan)`: one row per case number and place citing it;
* `successors(plan, id)`: for a withdrawn measure whose reason says where it went ("uppgår i
  ...", "ersätts av ..."), the measures and activities the reason names.

Case numbers are found by the core (`find_case_numbers`), so that "Fö2017/00535/ SUND" and
"Fö2017/00535/SUND" are one number here as everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pandas as pd

from .._core import (
    CaseNumber,
    GovernmentActivity,
    Measure,
    MeasureId,
    StatusKind,
    activity_state_text,
    case_number_kind_text,
    find_case_numbers,
)
from .._views import PlanView, ReportView

__all__ = [
    "INDEX_COLUMNS",
    "MEASURE_FIELDS",
    "SUCCESSION_PHRASES",
    "Reference",
    "case_number_index",
    "references",
    "successors",
]

#: The fields of a measure searched for case numbers, with their Swedish names.
MEASURE_FIELDS: dict[str, str] = {
    "title": "titel",
    "description": "beskrivning",
    "withdrawal_reason": "skäl för avskrivning",
}

#: The phrases by which a withdrawal reason says where a measure went.
SUCCESSION_PHRASES: tuple[str, ...] = ("uppgår i", "ersätts av")

#: The columns of `case_number_index`, in order.
INDEX_COLUMNS: tuple[str, ...] = (
    "case_number",
    "kind",
    "cited_by",
    "report_year",
    "measure_id",
    "field",
    "activity",
    "priority",
    "state",
)


@dataclass(frozen=True)
class Reference:
    """One place citing a case number: a field of a measure in a report, or an activity
    (`activity_index` is its position in `plan.activities`)."""

    case_number: CaseNumber
    measure: Measure | None = None
    report_year: int | None = None
    field: str | None = None
    activity: GovernmentActivity | None = None
    activity_index: int | None = None

    @property
    def field_text(self) -> str | None:
        """The measure's field in Swedish ("titel", "beskrivning", "skäl för avskrivning")."""
        return MEASURE_FIELDS[self.field] if self.field is not None else None

    @property
    def cited_by(self) -> str:
        """ "åtgärd" or "aktivitet"."""
        return "åtgärd" if self.measure is not None else "aktivitet"


def _measure_texts(measure: Measure) -> Iterator[tuple[str, str]]:
    yield "title", measure.title
    yield "description", measure.description
    if measure.status.kind == StatusKind.withdrawn:
        yield "withdrawal_reason", measure.status.reason


def _all_references(plan: PlanView) -> Iterator[Reference]:
    for report in plan.reports:
        for measure in report:
            for field, text in _measure_texts(measure):
                seen: set[CaseNumber] = set()
                for citation in find_case_numbers(text):
                    if citation.number not in seen:
                        seen.add(citation.number)
                        yield Reference(
                            citation.number, measure=measure, report_year=report.year, field=field
                        )
    for index, activity in enumerate(plan.activities):
        for number in activity.case_numbers:
            yield Reference(number, activity=activity, activity_index=index)


def references(plan: PlanView, number: CaseNumber | str) -> list[Reference]:
    """Every measure field (in every report) and every activity citing `number` (any written
    form: "Fö2017/00535/ SUND", "ju 2018/03737/ssk", "dir 2017:99"; a diarienummer without its
    unit, "Ju2018/03737", finds it with any unit, see `CaseNumber.same_case`); ParseError if it
    is no case number."""
    wanted = number if isinstance(number, CaseNumber) else CaseNumber(number)
    return [r for r in _all_references(plan) if r.case_number.same_case(wanted)]


def case_number_index(plan: PlanView) -> pd.DataFrame:
    """One row per case number and place citing it, sorted by case number: `kind`
    ("diarienummer", "kommittédirektiv", "SOU" ...), `cited_by` ("åtgärd" or "aktivitet"),
    `report_year`, `measure_id` and `field` (in Swedish) for a measure; `activity` (its
    position in `plan.activities`), `priority` and `state` for an activity."""
    rows = []
    for r in sorted(_all_references(plan), key=lambda r: r.case_number):
        rows.append(
            {
                "case_number": str(r.case_number),
                "kind": case_number_kind_text(r.case_number.kind),
                "cited_by": r.cited_by,
                "report_year": r.report_year,
                "measure_id": str(r.measure.id) if r.measure is not None else None,
                "field": MEASURE_FIELDS[r.field] if r.field is not None else None,
                "activity": r.activity_index,
                "priority": r.measure.id.priority
                if r.measure is not None
                else (r.activity.priority if r.activity is not None else None),
                "state": activity_state_text(r.activity.state) if r.activity is not None else None,
            }
        )
    frame = pd.DataFrame(rows, columns=list(INDEX_COLUMNS))
    for column in ("report_year", "activity", "priority"):
        frame[column] = frame[column].astype("Int64")
    return frame


# A measure number written in running text: "1.1.16", "åtgärd 5.1.1." (the core parses it).
_MEASURE_NUMBER = re.compile(r"(?<![\d.])\d+\.\d+\.\d+(?![\d])")
# "regeringsuppdraget att ta fram en struktur ... (Ju2019/03058/SSK)": the assignment named by
# its wording, up to a parenthesis or the end of the sentence.
_NAMED_ASSIGNMENT = re.compile(r"regeringsuppdrag(?:et)?\s+(att\s+[^(.]+)")


def successors(
    plan: PlanView, id: MeasureId | str, year: int | None = None
) -> list[Measure | GovernmentActivity]:
    """Where the withdrawn measure `id` went, as its withdrawal reason (in the report of `year`,
    by default the latest holding the measure; NotFoundError if none does) names it after
    "uppgår i" or "ersätts av":

    * a measure whose number the reason gives ("ersätts av åtgärd 2.1.3");
    * an active measure of that report, other than this one, citing a case number the reason
      cites (in its title or description);
    * an activity citing such a case number, or whose text holds the assignment the reason
      names ("regeringsuppdraget att ta fram en struktur för ...").

    Empty when the measure is not withdrawn, its reason has neither phrase, or names nothing
    the plan holds ("uppgår i arbetet med det framtida nationella cybersäkerhetscentret")."""
    measure_id = id if isinstance(id, MeasureId) else MeasureId(id)
    report = _report_holding(plan, measure_id, year)
    named = _succession_text(report[measure_id])
    if named is None:
        return []
    by_number = _numbered_measures(named, report, measure_id)
    numbers = {c.number for c in find_case_numbers(named)}
    citing = _measures_citing(numbers, report, [measure_id, *(m.id for m in by_number)])
    found: list[Measure | GovernmentActivity] = [*by_number, *citing]
    assignments = [" ".join(m.group(1).split()) for m in _NAMED_ASSIGNMENT.finditer(named)]
    for activity in plan.activities:
        flat = " ".join(activity.text.split())
        if set(activity.case_numbers) & numbers or any(a in flat for a in assignments):
            found.append(activity)
    return found


def _report_holding(plan: PlanView, measure_id: MeasureId, year: int | None) -> ReportView:
    """The report of `year`, else the latest holding the measure (NotFoundError if none)."""
    if year is not None:
        return plan.report(year)
    holding = [r for r in plan.reports if measure_id in r]
    if not holding:
        plan.measure(measure_id)  # NotFoundError naming the measure
    return holding[-1]


def _succession_text(measure: Measure) -> str | None:
    """A withdrawn measure's reason from its first "uppgår i" or "ersätts av" on; None for a
    measure not withdrawn or a reason with neither."""
    if measure.status.kind != StatusKind.withdrawn:
        return None
    reason = measure.status.reason
    lowered = reason.lower()
    starts = [lowered.find(p) for p in SUCCESSION_PHRASES if p in lowered]
    return reason[min(starts) :] if starts else None


def _numbered_measures(named: str, report: ReportView, measure_id: MeasureId) -> list[Measure]:
    """The measures of `report` other than `measure_id` whose numbers `named` gives."""
    found = []
    for text in _MEASURE_NUMBER.findall(named):
        named_id = MeasureId(text)
        if named_id != measure_id and named_id in report:
            found.append(report[named_id])
    return found


def _measures_citing(
    numbers: set[CaseNumber], report: ReportView, leave_out: list[MeasureId]
) -> list[Measure]:
    """The active measures of `report` (but those of `leave_out`) citing one of the case
    `numbers` in their title or description."""
    found = []
    for other in report:
        if other.id in leave_out or not other.status.is_active:
            continue
        cited = {
            c.number for text in (other.title, other.description) for c in find_case_numbers(text)
        }
        if cited & numbers:
            found.append(other)
    return found
