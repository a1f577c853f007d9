"""The whole collection: every form read and checked, the agencies' answers merged per measure
(answers that cannot both hold found by the table of forms/agreement.py, also against the
answers applied in an earlier wave), tried on a copy of the plan through the editing API, and
only then applied to the report, all or none, each change with its source (agency, file, sheet
and cell, the day read, the agency's comment) and each form in the report's register."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from .._core import (
    Agencies,
    ChangedPart,
    ChangeSource,
    FormEntry,
    FormEvent,
    Measure,
    MeasureId,
    Period,
    StatusKind,
)
from .._views import ReportView
from ..diff import ReportDiff
from ..errors import Error, FormError, NotFoundError, did_you_mean
from . import vocabulary as v
from .agreement import Aspect, clashes
from .reader import FormAnswers, read_form
from .result import Answer, Conflict, Problem, Proposal, UpdateResult

__all__ = ["check_update_forms", "read_update_forms"]

#: The fields of an answer a per-field preference may name ("1.1.5:period"), and the aspects
#: each one gives.
PREFERABLE_FIELDS: dict[str, tuple[Aspect, ...]] = {
    "status": (Aspect.ongoing, Aspect.completed, Aspect.withdrawn),
    "period": (Aspect.period,),
    "description": (Aspect.description,),
}
#: The answer fields each aspect is given in.
_FIELDS_OF: dict[Aspect, tuple[str, ...]] = {
    Aspect.ongoing: ("status",),
    Aspect.completed: ("status", "year"),
    Aspect.withdrawn: ("status", "year", "reason"),
    Aspect.period: ("period",),
    Aspect.description: ("description",),
}
#: The answer field a recorded change of a part came from.
_FIELD_OF_PART = {
    ChangedPart.status: "status",
    ChangedPart.period: "period",
    ChangedPart.description: "description",
}


@dataclass(frozen=True)
class _Edit:
    """One call of the report's editing API, with the cell it comes from."""

    file: str
    sheet: str
    cell: str
    apply: Callable[[ReportView], object]


@dataclass(frozen=True)
class _Preferences:
    """Whose answer holds: for a whole measure, or for one field of it."""

    measures: dict[MeasureId, str]
    fields: dict[tuple[MeasureId, str], str]


def check_update_forms(
    report: ReportView,
    paths: Iterable[str | os.PathLike[str]],
    *,
    prefer: Mapping[str | MeasureId, str] | None = None,
    on: date | None = None,
) -> UpdateResult:
    """Reads and checks every form, and tries the answers on a copy of the plan; the report is
    not changed. The result lists every problem and conflict (and is `ok` when there are none)."""
    result, _, _ = _check(report, paths, prefer or {}, on)
    return result


def read_update_forms(
    report: ReportView,
    paths: Iterable[str | os.PathLike[str]],
    *,
    prefer: Mapping[str | MeasureId, str] | None = None,
    on: date | None = None,
) -> UpdateResult:
    """Checks every form and applies every answer to `report`, or none: on any problem or
    conflict FormError is raised (with `.problems` and `.conflicts`) and the plan is unchanged.
    `prefer` settles conflicts: measure -> the agency whose answer holds, or "measure:field"
    (status, period, description) -> the agency whose answer holds for that field. `on` is the
    day the forms are read, kept with each change's source and in the form register."""
    result, edits, entries = _check(report, paths, prefer or {}, on)
    if not result.ok:
        raise FormError.of(result)
    for edit in edits:
        edit.apply(report)
    if not report.is_final:  # a final report takes no edit; nothing was applied to it either
        for entry in entries:
            report.record_form(entry)
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
    on: date | None,
) -> tuple[UpdateResult, list[_Edit], list[FormEntry]]:
    forms = [read_form(report, Path(p)) for p in paths]
    problems: list[Problem] = [p for form in forms for p in form.problems]
    by_agency = _one_per_agency(forms, problems)
    answers = [a for form in by_agency.values() for a in form.answers]
    earlier = _earlier_answers(report)
    fresh, already = _proposals(report, by_agency, problems)
    groups = _numbered(report, fresh)
    chosen = _preferences(report, prefer, answers, [p for g in groups for p in g], problems)
    merged, conflicts = _merge(answers, earlier, chosen)
    proposals, proposal_conflicts = _settle_proposals(groups, chosen)
    merged, applied_before = _new_only(report, merged)
    edits = _edits(merged, proposals, on, v.form_words(report.plan.words))
    if not problems and not conflicts and not proposal_conflicts:
        problems.extend(_try(report, edits))
    entries = _entries(by_agency, on)
    register = report.form_groups(entries)
    ordered = tuple(sorted(answers, key=lambda a: (a.measure, a.agency)))
    result = UpdateResult(
        year=report.year,
        files=tuple(f.file for f in forms),
        answers=ordered,
        proposals=tuple(proposals),
        problems=tuple(problems),
        conflicts=tuple(conflicts + proposal_conflicts),
        not_answered=tuple(register.not_returned),
        comments=_comments(ordered),
        answered=tuple(register.answered),
        blank=tuple(register.blank),
        already_applied=applied_before + already,
        read=on,
    )
    return result, edits, entries


def _entries(by_agency: dict[str, FormAnswers], on: date | None) -> list[FormEntry]:
    """The register's entry for each agency's form read: answered, or returned blank."""
    return [
        FormEntry(
            form.agency,
            FormEvent.answered if form.touched else FormEvent.blank,
            form.file,
            on,
        )
        for form in by_agency.values()
        if form.agency is not None
    ]


def _one_per_agency(forms: list[FormAnswers], problems: list[Problem]) -> dict[str, FormAnswers]:
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
    return by_agency


def _comments(answers: tuple[Answer, ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    comments: dict[str, tuple[tuple[str, str], ...]] = {}
    for answer in answers:
        if answer.comment:
            key = str(answer.measure)
            comments[key] = comments.get(key, ()) + ((answer.agency, answer.comment),)
    return comments


def _earlier_answers(report: ReportView) -> list[Answer]:
    """The answers applied from forms before (an earlier wave), as the draft records them: per
    measure and agency, the fields its recorded changes set, with the draft's values."""
    found: dict[tuple[MeasureId, str, str], Answer] = {}
    for change in report.changes:
        source = change.source
        name = _FIELD_OF_PART.get(change.part)
        sheet = v.form_words(report.plan.words).measures_sheet
        if source is None or name is None or source.sheet != sheet:
            continue
        measure = report.measure(change.measure)
        key = (change.measure, source.agency, source.file)
        answer = found.get(key) or Answer(
            agency=source.agency, file=source.file, row=0, measure=change.measure, earlier=True
        )
        values: dict[str, Any] = {}
        if name == "status" and not measure.status.is_active:
            values = {"status": measure.status.kind, "year": measure.status.year}
            if measure.status.kind == StatusKind.withdrawn:
                values["reason"] = measure.status.reason
        elif name == "period":
            values = {"period": measure.period}
        elif name == "description":
            values = {"description": measure.description}
        found[key] = replace(answer, **values, cells=(*answer.cells, (name, source.cell)))
    return list(found.values())


def _preferences(
    report: ReportView,
    prefer: Mapping[str | MeasureId, str],
    answers: list[Answer],
    proposals: list[Proposal],
    problems: list[Problem],
) -> _Preferences:
    chosen = _Preferences({}, {})
    for key, name in prefer.items():
        text = str(key)
        measure_text, _, field = text.partition(":")
        try:
            id = key if isinstance(key, MeasureId) else MeasureId(measure_text.strip())
        except Error:
            problems.append(Problem("prefer", "", "", f'"{text}" är inget åtgärdsnummer'))
            continue
        field = field.strip()
        if field and field not in PREFERABLE_FIELDS:
            problems.append(
                Problem(
                    "prefer",
                    "",
                    "",
                    f'{id}: "{field}" är inget fält som kan väljas '
                    f"(välj {', '.join(PREFERABLE_FIELDS)})",
                )
            )
            continue
        try:
            agency = report.plan.agencies.resolve(name)  # any name a person types
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
        answering = _answering(answers, proposals, id, field)
        if agency.short_name not in answering:
            what = f"{id}:{field}" if field else str(id)
            problems.append(
                Problem(
                    "prefer",
                    "",
                    "",
                    f"{what}: {name} har inte besvarat åtgärden "
                    f"(svar finns från: {', '.join(answering) or 'ingen'})",
                )
            )
            continue
        if field:
            chosen.fields[(id, field)] = agency.short_name
        else:
            chosen.measures[id] = agency.short_name
    return chosen


def _answering(
    answers: list[Answer], proposals: list[Proposal], id: MeasureId, field: str
) -> list[str]:
    """The agencies that answered the measure (or its field), or proposed it under that id."""
    names = {
        a.agency
        for a in answers
        if a.measure == id
        and (a.decisive if not field else any(x in a.aspects() for x in PREFERABLE_FIELDS[field]))
    }
    names |= {p.agency for p in proposals if p.id == id and not field}
    return sorted(names)


def _without(answer: Answer, aspects: Iterable[Aspect]) -> Answer:
    """The answer with the fields of `aspects` left out."""
    fields: dict[str, Any] = {name: None for aspect in aspects for name in _FIELDS_OF[aspect]}
    return replace(answer, **fields) if fields else answer


def _settle_fields(given: list[Answer], id: MeasureId, chosen: _Preferences) -> list[Answer]:
    """Applies the per-field preferences of measure `id`: the chosen agency's answer on the
    field holds, and whatever another answer says against it is left out."""
    for (measure, field), agency in chosen.fields.items():
        if measure != id:
            continue
        holding = {
            aspect: value
            for answer in given
            if answer.agency == agency and not answer.earlier
            for aspect, value in answer.aspects().items()
            if aspect in PREFERABLE_FIELDS[field]
        }
        given = [
            answer
            if answer.agency == agency and not answer.earlier
            else _without(answer, [mine for _, mine in clashes(holding, answer.aspects())])
            for answer in given
        ]
    return [a for a in given if a.decisive]


def _merge(
    answers: list[Answer], earlier: list[Answer], chosen: _Preferences
) -> tuple[dict[MeasureId, list[Answer]], list[Conflict]]:
    """The decisive answers per measure, and the measures whose answers (with those applied
    before) cannot all hold."""
    by_measure: dict[MeasureId, list[Answer]] = {}
    for answer in answers:
        if answer.decisive:
            by_measure.setdefault(answer.measure, []).append(answer)
    before: dict[MeasureId, list[Answer]] = {}
    for answer in earlier:
        before.setdefault(answer.measure, []).append(answer)
    conflicts = []
    merged: dict[MeasureId, list[Answer]] = {}
    for id, given in sorted(by_measure.items()):
        if id in chosen.measures:
            merged[id] = [a for a in given if a.agency == chosen.measures[id]]
            continue
        everything = _settle_fields([*given, *before.get(id, [])], id, chosen)
        found = _clashes(everything)
        if found:
            involved = tuple(a for a in everything if any(a in pair for pair, _ in found))
            conflicts.append(Conflict(id, involved, tuple(c for _, c in found)))
        else:
            merged[id] = [a for a in everything if not a.earlier]
    return merged, conflicts


def _clashes(
    answers: list[Answer],
) -> list[tuple[tuple[Answer, Answer], tuple[Aspect, Aspect]]]:
    """Every pair of answers with a pair of aspects that cannot both hold."""
    found = []
    for i, first in enumerate(answers):
        for second in answers[i + 1 :]:
            for pair in clashes(first.aspects(), second.aspects()):
                found.append(((first, second), pair))
    return found


def _new_only(
    report: ReportView, merged: dict[MeasureId, list[Answer]]
) -> tuple[dict[MeasureId, list[Answer]], int]:
    """The answers without what the draft holds already (an earlier wave applied it), and how
    many answers held nothing new."""
    kept: dict[MeasureId, list[Answer]] = {}
    unchanged = 0
    for id, given in merged.items():
        measure = report.measure(id)
        for answer in given:
            held = _held(measure, answer)
            fresh = _without(answer, held)
            # A "pågående" alone confirms the measure; anything else held was applied before.
            if not fresh.decisive and set(held) - {Aspect.ongoing}:
                unchanged += 1
            if fresh.decisive:
                kept.setdefault(id, []).append(fresh)
    return kept, unchanged


def _held(measure: Measure, answer: Answer) -> list[Aspect]:
    """The aspects of the answer the measure in the draft says already."""
    status = measure.status
    held: list[Aspect] = []
    for aspect in answer.aspects():
        if aspect is Aspect.ongoing and status.is_active:
            held.append(aspect)
        elif aspect in (Aspect.completed, Aspect.withdrawn) and (
            status.kind == answer.status
            and status.year == answer.year
            and (aspect is Aspect.completed or status.reason == answer.reason)
        ):
            held.append(aspect)
        elif aspect is Aspect.period and measure.period == answer.period:
            held.append(aspect)
        elif aspect is Aspect.description and _same_text(measure.description, answer.description):
            held.append(aspect)
    return held


def _same_text(first: str | None, second: str | None) -> bool:
    return " ".join((first or "").split()) == " ".join((second or "").split())


def _proposals(
    report: ReportView, forms: dict[str, FormAnswers], problems: list[Problem]
) -> tuple[list[Proposal], int]:
    """The proposed measures not in the draft already (an earlier wave added them), and how
    many were."""
    added = {
        (str(m.id.objective), " ".join(m.title.split())): m
        for m in report
        if m.status.kind == StatusKind.added
    }
    fresh = []
    already = 0
    for proposal in (p for form in forms.values() for p in form.proposals):
        there = added.get((str(proposal.objective), " ".join(proposal.title.split())))
        if there is None:
            fresh.append(proposal)
        elif _as_proposed(there, report) == proposal.details():
            already += 1
        else:
            problems.append(
                Problem(
                    proposal.file,
                    v.form_words(report.plan.words).new_measures_sheet,
                    proposal.cell,
                    f'åtgärden "{proposal.title}" är redan införd som {there.id} med andra '
                    "uppgifter; rätta den i utkastet eller ta bort raden",
                )
            )
    return fresh, already


def _as_proposed(measure: Measure, report: ReportView) -> tuple[object, ...]:
    return (
        str(measure.id.objective),
        " ".join(measure.title.split()),
        " ".join(measure.description.split()),
        measure.agencies.text,
        str(measure.period),
    )


def _numbered(report: ReportView, proposals: list[Proposal]) -> list[list[Proposal]]:
    """The proposed measures grouped by title under an objective (the same title proposed by
    several agencies is one measure), in file order, each group with the next number never used
    under its objective."""
    used: dict[str, int] = {}
    for year in report.plan.years:
        for measure in report.plan.report(year):
            key = str(measure.id.objective)
            used[key] = max(used.get(key, 0), measure.id.number)
    groups: dict[tuple[str, str], list[Proposal]] = {}
    for proposal in proposals:
        title = (str(proposal.objective), " ".join(proposal.title.split()))
        groups.setdefault(title, []).append(proposal)
    numbered = []
    for (objective_key, _), group in groups.items():
        used[objective_key] = used.get(objective_key, 0) + 1
        objective = group[0].objective
        id = MeasureId(objective.priority, objective.number, used[objective_key], objective.style)
        numbered.append([replace(p, id=id) for p in group])
    return numbered


def _settle_proposals(
    groups: list[list[Proposal]], chosen: _Preferences
) -> tuple[list[Proposal], list[Conflict]]:
    """One proposal per group; a conflict where the group's proposals differ, unless `prefer`
    names whose holds."""
    proposals, conflicts = [], []
    for group in groups:
        id = group[0].id
        if id in chosen.measures:
            group = [p for p in group if p.agency == chosen.measures[id]]
        if len({p.details() for p in group}) > 1:
            assert id is not None
            pair = (Aspect.new_measure, Aspect.new_measure)
            conflicts.append(Conflict(id, tuple(group), (pair,)))
            continue
        proposals.append(group[0])
    return proposals, conflicts


def _source(
    answer: Answer | Proposal, cell: str, on: date | None, words: v.FormWords
) -> ChangeSource:
    sheet = words.measures_sheet if isinstance(answer, Answer) else words.new_measures_sheet
    return ChangeSource(
        agency=answer.agency,
        file=answer.file,
        sheet=sheet,
        cell=cell,
        read=on,
        comment=answer.comment or "",
    )


def _first(given: list[Answer], name: str) -> tuple[Answer | None, object]:
    """The first answer giving field `name`, and its value (the merged answers agree on it)."""
    for answer in given:
        value = getattr(answer, name)
        if value is not None:
            return answer, value
    return None, None


def _edits(
    merged: dict[MeasureId, list[Answer]],
    proposals: list[Proposal],
    on: date | None,
    words: v.FormWords,
) -> list[_Edit]:
    """The editing calls the answers ask for, each with its source: per measure a new period,
    a new description, then a completion or withdrawal; then the proposed measures."""
    edits: list[_Edit] = []

    def at(answer: Answer, name: str, call: Callable[[ReportView, ChangeSource], object]) -> None:
        cell = answer.cell(name) or ""
        source = _source(answer, cell, on, words)
        edits.append(_Edit(answer.file, words.measures_sheet, cell, _with(call, source)))

    for id, given in sorted(merged.items()):
        period_from, period = _first(given, "period")
        if period_from is not None:
            at(period_from, "period", _update(id, period=period))
        description_from, description = _first(given, "description")
        if description_from is not None:
            at(description_from, "description", _update(id, description=description))
        status_from, status = _first(given, "status")
        _, year = _first(given, "year")
        _, reason = _first(given, "reason")
        if status_from is not None and status in (StatusKind.completed, StatusKind.withdrawn):
            at(status_from, "status", _end(id, status, year, reason))
    for proposal in proposals:
        source = _source(proposal, proposal.cell, on, words)
        edits.append(
            _Edit(proposal.file, words.new_measures_sheet, proposal.cell, _add(proposal, source))
        )
    return edits


def _with(
    call: Callable[[ReportView, ChangeSource], object], source: ChangeSource
) -> Callable[[ReportView], object]:
    return lambda report: call(report, source)


def _update(
    id: MeasureId, *, period: object = None, description: object = None
) -> Callable[[ReportView, ChangeSource], object]:
    assert period is None or isinstance(period, Period)
    assert description is None or isinstance(description, str)

    def run(report: ReportView, source: ChangeSource) -> object:
        return report.update(id, period=period, description=description, source=source)

    return run


def _end(
    id: MeasureId, status: object, year: object, reason: object
) -> Callable[[ReportView, ChangeSource], object]:
    assert isinstance(year, int)

    def run(report: ReportView, source: ChangeSource) -> object:
        if status == StatusKind.completed:
            return report.complete(id, year=year, source=source)
        assert isinstance(reason, str)
        return report.withdraw(id, year=year, reason=reason, source=source)

    return run


def _add(proposal: Proposal, source: ChangeSource) -> Callable[[ReportView], object]:
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
        return report.add(measure, source=source)

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
