"""The Åtgärder chapter of a report as the published chapter lays it out: per strategic
priority and objective, each active measure with its marking, title, description paragraphs,
agencies, period and number. Built from the model only; the writers lay it out."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _core, _printed

__all__ = ["Chapter", "ChapterMeasure", "ChapterObjective", "ChapterPriority", "build_chapter"]


@dataclass(frozen=True)
class ChapterMeasure:
    """One measure as the chapter prints it."""

    id: str
    title: str  # the chapter's wording (Bilaga 1 may word it differently)
    marking: str  # "Ny åtgärd", "Uppdaterad" or ""
    paragraphs: tuple[str, ...]  # the description
    agencies: str  # the agency phrase as printed
    period: str  # "2019–2022", "2021", "2019 och tills vidare"; "" where none is printed
    number: str  # "1.1.5."


@dataclass(frozen=True)
class ChapterObjective:
    """An objective with its active measures."""

    id: str
    heading: str
    measures: tuple[ChapterMeasure, ...]


@dataclass(frozen=True)
class ChapterPriority:
    """A strategic priority with the objectives that have active measures."""

    number: int
    heading: str
    objectives: tuple[ChapterObjective, ...]


@dataclass(frozen=True)
class Chapter:
    """The whole chapter, with the plan's title and the report's year above it."""

    plan_title: str
    report_heading: str
    title: str
    year: int
    priorities: tuple[ChapterPriority, ...]


def _marking(measure: _core.Measure) -> str:
    """The marking the chapter prints: the one the report printed, else the one its status
    gives (a report being prepared has no printed markings yet)."""
    printed = measure.chapter_marking
    if printed:
        return str(printed)
    return _core.chapter_marking_text(measure.status.kind)


def chapter_measure(measure: _core.Measure) -> ChapterMeasure:
    """One measure as the chapter prints it."""
    return ChapterMeasure(
        id=str(measure.id),
        title=measure.title,
        marking=_marking(measure),
        paragraphs=tuple(p for p in measure.description.split("\n\n") if p),
        agencies=measure.agencies.text,
        period=str(measure.period) if measure.period is not None else "",
        number=_printed.measure_number(str(measure.id)),
    )


def build_chapter(plan: _core.Plan, report: _core.Report) -> Chapter:
    """The chapter of `report` (a report of `plan`): its active measures under their priorities
    and objectives, in numeric order; objectives and priorities without one are left out, as
    the published chapter leaves them out."""
    active = [m for m in report.measures() if m.status.is_active]
    priorities = []
    for priority in plan.priorities:
        objectives = []
        for objective in priority.objectives:
            measures = tuple(chapter_measure(m) for m in active if m.id.objective == objective.id)
            if measures:
                objectives.append(
                    ChapterObjective(
                        str(objective.id),
                        _printed.objective_heading(str(objective.id), objective.text, plan.words),
                        measures,
                    )
                )
        if objectives:
            priorities.append(
                ChapterPriority(
                    priority.number,
                    _printed.priority_heading(priority.number, priority.title, plan.words),
                    tuple(objectives),
                )
            )
    return Chapter(
        plan.title,
        _printed.report_heading(report.year),
        _printed.CHAPTER_TITLE,
        report.year,
        tuple(priorities),
    )
