"""Tests of handlingsplan.render.chapter: the Åtgärder chapter as a structure (``report.chapter()``),
checked against the report's own measures and the plan's priorities and objectives, on the
shipped 2021 report and on a draft of 2022 edited in the test."""

from __future__ import annotations

from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan.render.chapter import Chapter, build_chapter, chapter_measure


@pytest.fixture(scope="module")
def plan() -> hp.Plan:
    return hp.load_default()


def flat(chapter: Chapter) -> list[str]:
    return [m.id for p in chapter.priorities for o in p.objectives for m in o.measures]


def test_the_active_measures_in_numeric_order_under_their_objective_and_priority(
    plan: hp.Plan,
) -> None:
    report = plan.report(2021)
    chapter = report.chapter()
    active = [str(m.id) for m in report if m.status.is_active]
    assert flat(chapter) == active
    for priority in chapter.priorities:
        assert priority.objectives, "a priority without an active measure is left out"
        for objective in priority.objectives:
            assert objective.id.split(".")[0] == str(priority.number)
            assert all(m.id.rsplit(".", 1)[0] == objective.id for m in objective.measures)
    numbers = [p.number for p in plan.priorities]
    assert [p.number for p in chapter.priorities] == [
        n for n in numbers if any(i.split(".")[0] == str(n) for i in active)
    ]


def test_the_headings_as_the_report_prints_them(plan: hp.Plan) -> None:
    report = plan.report(2021)
    chapter = report.chapter()
    assert (chapter.plan_title, chapter.report_heading, chapter.title, chapter.year) == (
        plan.title,
        "2021 års redovisning",
        "Åtgärder",
        2021,
    )
    first = chapter.priorities[0]
    priority = next(p for p in plan.priorities if p.number == first.number)
    assert first.heading == f"Strategisk prioritering {priority.number}. {priority.title}"
    objective = first.objectives[0]
    text = next(o.text for o in priority.objectives if str(o.id) == objective.id)
    assert objective.heading == f"Målsättning {objective.id}. {text}"


@pytest.fixture(scope="module")
def draft() -> hp.Report:
    """A draft of 2022 in which every measure of objective 1.1 and of priority 6 ends, one
    measure is updated, one added, and one has a description of two paragraphs."""
    plan = hp.load_default()
    draft = plan.new_report(2022)
    for m in list(draft):
        if m.status.is_active and (str(m.id.objective) == "1.1" or m.id.priority == 6):
            draft.withdraw(m.id, year=2022, reason="Avslutad i prövningen.")
    active = [m.id for m in draft if m.status.is_active]
    draft.update(active[0], period="2019–2026")
    draft.update(active[1], description="Första stycket.\n\nAndra stycket.\n\n")
    draft.add(hp.Measure(id="2.1.99", title="En ny åtgärd", agencies="FRA", period="2022"))
    return draft


def test_objectives_and_priorities_without_an_active_measure_are_left_out(
    draft: hp.Report,
) -> None:
    chapter = draft.chapter()
    objectives = [o.id for p in chapter.priorities for o in p.objectives]
    assert "1.1" not in objectives
    assert 6 not in [p.number for p in chapter.priorities]
    assert flat(chapter) == [str(m.id) for m in draft if m.status.is_active]


def test_a_draft_marks_its_measures_by_their_status(draft: hp.Report) -> None:
    # A draft has no printed markings: the chapter marks what its status says.
    marks = {
        m.id: m.marking
        for p in draft.chapter().priorities
        for o in p.objectives
        for m in o.measures
    }
    for measure in draft:
        if not measure.status.is_active:
            continue
        kind = hp._core.status_kind_text(measure.status.kind)
        expected = {"ny": "Ny åtgärd", "uppdaterad": "Uppdaterad"}.get(kind, "")
        assert marks[str(measure.id)] == expected, measure.id
    assert marks["2.1.99"] == "Ny åtgärd"
    assert "Uppdaterad" in marks.values()


def test_a_printed_marking_is_the_one_the_chapter_prints(plan: hp.Plan) -> None:
    report = plan.report(2021)
    printed = [m for m in report if m.chapter_marking is not None]
    assert printed
    for measure in printed:
        assert chapter_measure(measure).marking == str(measure.chapter_marking)


def test_a_measure_as_the_chapter_prints_it(draft: hp.Report) -> None:
    measure = next(m for m in draft if m.description.startswith("Första stycket."))
    printed = next(
        m
        for p in draft.chapter().priorities
        for o in p.objectives
        for m in o.measures
        if m.id == str(measure.id)
    )
    assert printed.paragraphs == ("Första stycket.", "Andra stycket.")
    assert printed.title == measure.title
    assert printed.agencies == measure.agencies.text
    assert printed.number == f"{measure.id}."
    assert printed.period == str(measure.period)
    added = next(
        m
        for p in draft.chapter().priorities
        for o in p.objectives
        for m in o.measures
        if m.id == "2.1.99"
    )
    assert (added.paragraphs, added.period, added.agencies) == ((), "2022", "FRA")


def test_a_measure_without_a_printed_period_prints_none(plan: hp.Plan) -> None:
    report = plan.report(2021)
    without = [m for m in report if m.status.is_active and m.period is None]
    with_period = [m for m in report if m.status.is_active and m.period is not None]
    chapter = {
        m.id: m for p in report.chapter().priorities for o in p.objectives for m in o.measures
    }
    for measure in without:
        assert chapter[str(measure.id)].period == ""
    for measure in with_period:
        assert chapter[str(measure.id)].period == str(measure.period)


def test_build_chapter_is_what_the_report_gives(plan: hp.Plan) -> None:
    report = plan.report(2021)
    assert build_chapter(plan._core, report._core) == report.chapter()


def test_the_printed_marking_wins_over_the_status() -> None:
    # Marked "Uppdaterad" in print, ongoing by its status: the chapter prints what was printed;
    # without a printed marking, what the status gives (nothing, for an ongoing measure).
    marked = hp.Measure(id="1.1.1", title="T", agencies="FRA", chapter_marking="Uppdaterad")
    assert chapter_measure(marked).marking == "Uppdaterad"
    plain = hp.Measure(id="1.1.1", title="T", agencies="FRA")
    assert chapter_measure(plain).marking == ""
    assert chapter_measure(plain).paragraphs == ()
    assert chapter_measure(plain).period == ""
    blank_paragraphs = hp.Measure(id="1.1.1", title="T", agencies="FRA", description="A\n\n\n\nB")
    assert chapter_measure(blank_paragraphs).paragraphs == ("A", "B")


SHAPE = Path(__file__).resolve().parents[1] / "shapes" / "successor-shape.json"


def test_a_plan_of_its_own_words_heads_its_chapter_in_them() -> None:
    shape = hp.Plan.load(SHAPE)
    chapter = shape.report(2026).chapter()
    first = chapter.priorities[0]
    title = next(p.title for p in shape.priorities if p.number == first.number)
    assert first.heading == f"Pelare A. {title}"
    objective = first.objectives[0]
    assert objective.id == "A.1"
    assert objective.heading.startswith("Mål A.1. ")
