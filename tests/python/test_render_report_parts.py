"""Tests of handlingsplan.render.report_parts: the report's chapters in the published order
(``report.parts()``), the Uppföljning chapter as blocks and the note of a carried-over chapter,
checked against the report's own chapters and follow-up."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

import handlingsplan as hp
from handlingsplan import _core
from handlingsplan.render.report_parts import ReportPart, follow_up_blocks


@pytest.fixture(scope="module")
def plan() -> hp.Plan:
    return hp.load_default()


def kinds_and_texts(blocks: object) -> list[tuple[str, str]]:
    return [(str(b.kind).rsplit(".", 1)[-1], b.text) for b in blocks]  # type: ignore[attr-defined]


def test_the_2021_report_in_the_published_order(plan: hp.Plan) -> None:
    report = plan.report(2021)
    parts = report.parts()
    order = list(_core.chapter_order())
    present = [
        h
        for h in order
        if h == _core.MEASURES_CHAPTER
        or (h == _core.FOLLOW_UP_CHAPTER and report._core.follow_up)
        or report.prose_chapter(h) is not None
    ]
    assert [p.heading for p in parts] == present
    # Anchors number the chapters as they come, the Åtgärder chapter has its own.
    for number, part in enumerate(parts, start=1):
        expected = "kapitel-atgarder" if part.measures else f"kapitel-{number}"
        assert part.anchor == expected
    measures = [p for p in parts if p.measures]
    assert len(measures) == 1 and measures[0].heading == _core.MEASURES_CHAPTER
    assert measures[0].blocks == ()
    for part in parts:
        if part.heading not in (_core.MEASURES_CHAPTER, _core.FOLLOW_UP_CHAPTER):
            chapter = report.prose_chapter(part.heading)
            assert part.blocks == tuple(chapter.blocks)
            assert part.carried_over_from is None and part.note == ""
            assert part.measures is False


def test_a_report_without_follow_up_or_a_chapter_leaves_them_out(plan: hp.Plan) -> None:
    draft = hp.load_default().new_report(2022)
    draft.remove_chapter("Slutord")
    headings = [p.heading for p in draft.parts()]
    assert "Slutord" not in headings
    assert _core.MEASURES_CHAPTER in headings
    if not draft._core.follow_up:
        assert _core.FOLLOW_UP_CHAPTER not in headings


def test_a_carried_over_chapter_says_so_under_its_heading() -> None:
    draft = hp.load_default().new_report(2022)
    parts = {p.heading: p for p in draft.parts()}
    carried = parts["Sammanfattning"]
    assert carried.carried_over_from == 2021
    assert "2021" in carried.note and carried.note
    draft.keep_chapter("Sammanfattning")
    kept = {p.heading: p for p in draft.parts()}["Sammanfattning"]
    assert kept.carried_over_from is None and kept.note == ""
    assert ReportPart("X").note == ""
    assert "2020" in ReportPart("X", carried_over_from=2020).note


def test_the_follow_up_as_blocks(plan: hp.Plan) -> None:
    follow_up = _core.FollowUp(
        introduction="Inledning ett.\n\n  \n\nInledning två.",
        notes=[_core.FollowUpNote(title="En notering", text="Notens text.")],
        results={2: "Resultat för två.", 99: "Okänd prioritering."},
    )
    blocks = kinds_and_texts(follow_up_blocks(plan._core, follow_up))
    title = next(p.title for p in plan.priorities if p.number == 2)
    assert blocks == [
        ("paragraph", "Inledning ett."),
        ("paragraph", "Inledning två."),
        ("heading", "En notering"),
        ("paragraph", "Notens text."),
        ("heading", f"Strategisk prioritering 2. {title}".rstrip(". ")),
        ("paragraph", "Resultat för två."),
        ("heading", "Strategisk prioritering 99"),
        ("paragraph", "Okänd prioritering."),
    ]


def test_the_2021_follow_up_part_holds_its_introduction_notes_and_results(plan: hp.Plan) -> None:
    report = plan.report(2021)
    follow_up = report._core.follow_up
    part = next(p for p in report.parts() if p.heading == _core.FOLLOW_UP_CHAPTER)
    texts = [b.text for b in part.blocks]
    for paragraph in follow_up.introduction.split("\n\n"):
        if paragraph.strip():
            assert paragraph in texts
    for note in follow_up.notes:
        assert note.title in texts
    assert part.anchor.startswith("kapitel-") and not part.measures


SHAPE = Path(__file__).resolve().parents[1] / "shapes" / "successor-shape.json"


def test_the_follow_up_heads_its_results_in_the_plans_words() -> None:
    shape = hp.Plan.load(SHAPE)
    title = next(p.title for p in shape.priorities if p.number == 1)
    blocks = kinds_and_texts(follow_up_blocks(shape._core, _core.FollowUp(results={1: "R."})))
    assert blocks == [("heading", f"Pelare A. {title}"), ("paragraph", "R.")]


def test_only_the_full_stop_and_space_after_a_heading_go(plan: hp.Plan) -> None:
    # A stand-in plan whose priority's title ends in a letter: the heading keeps it whole.
    stand_in = SimpleNamespace(
        priorities=[SimpleNamespace(number=1, title="Skydd mot XX")], words=plan._core.words
    )
    blocks = kinds_and_texts(follow_up_blocks(stand_in, _core.FollowUp(results={1: "R."})))
    assert blocks[0] == ("heading", "Strategisk prioritering 1. Skydd mot XX")
