"""The whole collection: every form read and checked, the agencies' answers merged per measure
(conflicts between agencies found), tried on a copy of the plan through the editing API, and
only then applied to the report, all or none."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from .._core import Agencies, Measure, MeasureId, Period, StatusKind
from .._views import ReportView
from ..diff import ReportDiff
from ..errors import Error, FormError, NotFoundError, did_you_mean
from . import vocabulary as v
from .reader import FormAnswers, read_form
from .result import Answer, Conflict, Problem, Proposal, UpdateResult

__all__ = ["check_update_forms", "read_update_forms"]

#: The fields of an answer that two agencies must not give differently.
_DECISION_FIELDS = ("status", "year", "reason", "period", "description")


@dataclass(frozen=True)
class _Edit:
    """One call of the report's editing API, with the cell it comes from."""

    file: str
    sheet: str
    cell: str
    apply: Callable[[ReportView], object]


def check_update_forms(
    report: ReportView,
    paths: Iterable[str | os.PathLike[str]],
    *,
    prefer: Mapping[str | MeasureId, str] | None = None,
) -> UpdateResult:
    """Reads and checks every form, and tries the answers on a copy of the plan; the report is
    not changed. The result lists every problem and conflict (and is `ok` when there are none)."""
    result, _ = _check(report, paths, prefer or {})
    return result


def read_update_forms(
    report: ReportView,
    paths: Iterable[str | os.PathLike[str]],
    *,
    prefer: Mapping[str | MeasureId, str] | None = None,
) -> UpdateResult:
    """Checks every form and applies every answer to `report`, or none: on any problem or
    conflict FormError is raised (with `.problems` and `.conflicts`) and the plan is unchanged.
    `prefer` settles conflicts: measure -> the agency whose answer holds."""
    result, edits = _check(report, paths, prefer or {})
    if not result.ok:
        raise FormError.of(result)
    for edit in edits:
        edit.apply(report)
    return replace(result, applied=True, diff=_diff(report))


def _diff(report: ReportView) -> ReportDiff | None:
    earlier = [year for year in report.plan.years if year < report.year]
    if not earlier:
        return None
    return report.plan.diff(max(earlier), report.year)


def _check(
    report: ReportView,
    paths: Iterable[str | os.PathLike[str]],
    prefer: Mapping[str | MeasureId, str],
) -> tuple[UpdateResult, list[_Edit]]:
    files = [Path(p) for p in paths]
    forms = [read_form(report, path) for path in files]
    problems: list[Problem] = [p for form in forms for p in form.problems]
    by_agency: dict[str, FormAnswers] = {}
    for form in forms:
        if form.agency is None:
            continue
        if form.agency in by_agency:
            # A second form of one agency: its rows are reported once the duplicate is gone.
            problems[:] = [p for p in problems if p.file != form.file]
            problems.append(
                Problem(
                    form.file,
                    v.FORM_SHEET,
                    f"B{v.IDENTIFICATION_KEYS.index(v.KEY_AGENCY) + 1}",
                    f"{form.agency} har redan svarat i {by_agency[form.agency].file}; "
                    "läs in ett formulär per myndighet",
                )
            )
            continue
        by_agency[form.agency] = form
    answers = [a for form in by_agency.values() for a in form.answers]
    chosen = _preferences(report, prefer, answers, problems)
    merged, conflicts = _merge(answers, chosen)
    proposals = _number(report, [p for form in by_agency.values() for p in form.proposals])
    edits = _edits(merged, by_agency, proposals)
    if not problems and not conflicts:
        problems.extend(_try(report, edits))
    comments: dict[str, tuple[tuple[str, str], ...]] = {}
    for answer in sorted(answers, key=lambda a: (a.measure, a.agency)):
        if answer.comment:
            comments[str(answer.measure)] = comments.get(str(answer.measure), ()) + (
                (answer.agency, answer.comment),
            )
    expected = [a.short_name for a in report.plan.agencies if a.samfi]
    result = UpdateResult(
        year=report.year,
        files=tuple(f.file for f in forms),
        answers=tuple(sorted(answers, key=lambda a: (a.measure, a.agency))),
        proposals=tuple(proposals),
        problems=tuple(problems),
        conflicts=tuple(conflicts),
        not_answered=tuple(name for name in expected if name not in by_agency),
        comments=comments,
    )
    return result, edits


def _preferences(
    report: ReportView,
    prefer: Mapping[str | MeasureId, str],
    answers: list[Answer],
    problems: list[Problem],
) -> dict[MeasureId, str]:
    chosen: dict[MeasureId, str] = {}
    for key, name in prefer.items():
        id = key if isinstance(key, MeasureId) else MeasureId(str(key))
        answering = sorted({a.agency for a in answers if a.measure == id and a.decisive})
        try:
            agency = report.plan.agencies.resolve(name)
        except NotFoundError as error:
            problems.append(
                Problem(
                    "prefer",
                    "",
                    "",
                    f"{id}: {name} är ingen myndighet i planen{did_you_mean(error)}",
                )
            )
            continue
        if agency.short_name not in answering:
            problems.append(
                Problem(
                    "prefer",
                    "",
                    "",
                    f"{id}: {name} har inte besvarat åtgärden "
                    f"(svar finns från: {', '.join(answering) or 'ingen'})",
                )
            )
            continue
        chosen[id] = agency.short_name
    return chosen


def _merge(
    answers: list[Answer], chosen: dict[MeasureId, str]
) -> tuple[dict[MeasureId, list[Answer]], list[Conflict]]:
    """The decisive answers per measure, and the measures on which agencies disagree."""
    by_measure: dict[MeasureId, list[Answer]] = {}
    for answer in answers:
        if answer.decisive:
            by_measure.setdefault(answer.measure, []).append(answer)
    conflicts = []
    for id, given in sorted(by_measure.items()):
        if id in chosen:
            by_measure[id] = [a for a in given if a.agency == chosen[id]]
            continue
        for index, _field in enumerate(_DECISION_FIELDS):
            values = {a.decision()[index] for a in given if a.decision()[index] is not None}
            if len(values) > 1:
                conflicts.append(Conflict(id, tuple(given)))
                break
    for conflict in conflicts:
        del by_measure[conflict.measure]
    return by_measure, conflicts


def _number(report: ReportView, proposals: list[Proposal]) -> list[Proposal]:
    """Gives each proposal the next number never used under its objective, in file order."""
    used: dict[str, int] = {}
    for year in report.plan.years:
        for measure in report.plan.report(year):
            key = str(measure.id.objective)
            used[key] = max(used.get(key, 0), measure.id.number)
    numbered = []
    for proposal in proposals:
        key = str(proposal.objective)
        used[key] = used.get(key, 0) + 1
        objective = proposal.objective
        numbered.append(
            replace(proposal, id=MeasureId(objective.priority, objective.number, used[key]))
        )
    return numbered


def _first(given: list[Answer], name: str) -> tuple[Answer | None, object]:
    """The first answer giving field `name`, and its value (the merged answers agree on it)."""
    for answer in given:
        value = getattr(answer, name)
        if value is not None:
            return answer, value
    return None, None


def _edits(
    merged: dict[MeasureId, list[Answer]], forms: dict[str, FormAnswers], proposals: list[Proposal]
) -> list[_Edit]:
    """The editing calls the answers ask for: per measure a new period or description first,
    then a completion or withdrawal; then the proposed measures."""
    edits: list[_Edit] = []

    def at(answer: Answer, name: str, apply: Callable[[ReportView], object]) -> _Edit:
        cell = forms[answer.agency].cells[answer.measure][name]
        return _Edit(answer.file, v.MEASURES_SHEET, cell, apply)

    for id, given in sorted(merged.items()):
        period_from, period = _first(given, "period")
        description_from, description = _first(given, "description")
        if period_from is not None:
            edits.append(at(period_from, "period", _update(id, period, description)))
        elif description_from is not None:
            edits.append(at(description_from, "description", _update(id, period, description)))
        status_from, status = _first(given, "status")
        _, year = _first(given, "year")
        _, reason = _first(given, "reason")
        if status_from is not None and status == StatusKind.completed:
            assert isinstance(year, int)
            edits.append(at(status_from, "status", _complete(id, year)))
        elif status_from is not None and status == StatusKind.withdrawn:
            assert isinstance(year, int) and isinstance(reason, str)
            edits.append(at(status_from, "status", _withdraw(id, year, reason)))
    for proposal in proposals:
        cell = forms[proposal.agency].cells[("proposal", proposal.row)]["row"]
        edits.append(_Edit(proposal.file, v.NEW_MEASURES_SHEET, cell, apply=_add(proposal)))
    return edits


def _update(id: MeasureId, period: object, description: object) -> Callable[[ReportView], object]:
    assert period is None or isinstance(period, Period)
    assert description is None or isinstance(description, str)

    def run(report: ReportView) -> object:
        return report.update(id, period=period, description=description)

    return run


def _complete(id: MeasureId, year: int) -> Callable[[ReportView], object]:
    return lambda report: report.complete(id, year=year)


def _withdraw(id: MeasureId, year: int, reason: str) -> Callable[[ReportView], object]:
    return lambda report: report.withdraw(id, year=year, reason=reason)


def _add(proposal: Proposal) -> Callable[[ReportView], object]:
    assert proposal.id is not None
    measure_id = proposal.id

    def run(report: ReportView) -> object:
        measure = Measure(
            id=measure_id,
            title=proposal.title,
            description=proposal.description,
            agencies=_parse_agencies(report, proposal.agencies),
            period=proposal.period,
        )
        return report.add(measure)

    return run


def _parse_agencies(report: ReportView, phrase: str) -> Agencies:
    return Agencies.parse(phrase, report.plan.agencies)


def _try(report: ReportView, edits: list[_Edit]) -> list[Problem]:
    """Applies the edits to a copy of the plan; the rules the core refuses become problems."""
    copy = report.plan.copy()
    trial = copy.report(report.year)
    problems = []
    for edit in edits:
        try:
            edit.apply(trial)
        except Error as error:
            problems.append(
                Problem(
                    edit.file,
                    edit.sheet,
                    edit.cell,
                    f"svaret strider mot planens regler och kan inte föras in ({error})",
                )
            )
    return problems
