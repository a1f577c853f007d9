"""readers/follow_up.py: the Uppföljning chapter (its introduction, its notes and the results
per priority) and the prose chapters, as the 2021 report prints them."""

from __future__ import annotations

import handlingsplan as hp
from handlingsplan.readers._layout import Line
from handlingsplan.readers.blocks import ChapterReader
from handlingsplan.readers.follow_up import FollowUpReader, heading_goes_on
from stage_text import seed_lines, seed_source


def test_the_follow_up_is_the_shipped_reports() -> None:
    src = seed_source()
    chapter = ChapterReader(src).chapter()
    follow_up = FollowUpReader(src).follow_up(chapter)
    shipped = hp.load_default().report(2021).follow_up
    assert follow_up == shipped
    assert [n.title for n in follow_up.notes][0].startswith("Om ")


def test_a_text_without_uppfoljning_has_an_empty_follow_up() -> None:
    lines = [t for t in seed_lines() if t.strip() != "Uppföljning"]
    src = seed_source("\n".join(lines))
    chapter = ChapterReader(src).chapter()
    assert FollowUpReader(src).follow_up(chapter) == hp.FollowUp()
    assert (
        None,
        "Texten har inget kapitel Uppföljning före kapitlet Åtgärder; redovisningens uppföljning "
        "lämnas tom.",
    ) in [(e.line, e.text) for e in src.journal.of_kind("note")]


def test_the_prose_chapters_are_the_shipped_reports() -> None:
    chapters = FollowUpReader(seed_source()).prose_chapters()
    assert chapters == list(hp.load_default().report(2021).chapters)


def test_a_heading_goes_on_until_it_spells_the_chapters() -> None:
    head = [Line(1, "Strategisk prioritering 1.", "Strategisk prioritering 1.")]
    expected = "Strategisk prioritering 1. Säkerställa"
    assert heading_goes_on(head, Line(2, "Säkerställa", "Säkerställa"), expected)
    assert not heading_goes_on(head, Line(2, "Annat", "Annat"), expected)
    assert heading_goes_on(
        [Line(1, "Om covid-19", "Om covid-19")], Line(2, "pandemin", "pandemin"), None
    )
    assert not heading_goes_on(
        [Line(1, "Om covid-19", "Om covid-19")], Line(2, "Pandemin", "Pandemin"), None
    )
