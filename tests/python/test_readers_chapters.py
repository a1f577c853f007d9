"""The importer's reading of a report's prose chapters (handlingsplan.readers.chapters): the
2021 report's chapters against the tests' own reader of the text (seed_chapters_2021), and the
rules on small texts."""

from __future__ import annotations

import pytest

import handlingsplan as hp
import seed_chapters_2021 as seed
from handlingsplan import _core
from handlingsplan.readers._layout import source_lines
from handlingsplan.readers.chapters import read_chapters
from handlingsplan.readers.journal import Journal


def flat(chapter: _core.ProseChapter) -> list[tuple[str, str]]:
    """(kind, key) of every paragraph, subheading and list item, in order."""
    out: list[tuple[str, str]] = []
    for block in chapter.blocks:
        if block.is_list:
            out += [("item", seed.key(item)) for item in block.items]
        else:
            out.append((block.kind.name, seed.key(block.text)))
    return out


def read(text: str) -> tuple[list[_core.ProseChapter], Journal]:
    journal = Journal(source="test")
    return read_chapters(
        source_lines(text), journal, lambda line: line.startswith("Sidhuvud")
    ), journal


def test_the_2021_chapters_are_the_texts(tmp_path: object) -> None:
    report = hp.load_default().report(2021)
    expected = seed.chapters()
    assert [c.heading for c in report.chapters] == list(expected)
    for chapter in report.chapters:
        assert flat(chapter) == [(p.kind, seed.key(p.text)) for p in expected[chapter.heading]], (
            chapter.heading
        )
        assert chapter.carried_over_from is None


def test_the_2021_chapters_have_their_lists_and_subheading() -> None:
    intro = hp.load_default().report(2021).prose_chapter("Introduktion")
    assert intro is not None
    kinds = [b.kind for b in intro.blocks]
    assert _core.ChapterBlockKind.heading in kinds
    numbered = next(b for b in intro.blocks if b.kind == _core.ChapterBlockKind.numbered)
    assert len(numbered.items) == 6
    assert numbered.items[2] == (
        "Stärka förmågan att förebygga, upptäcka och hantera cyberattacker och andra it-incidenter."
    )
    summary = hp.load_default().report(2021).prose_chapter("Sammanfattning")
    assert summary is not None
    bullets = [b for b in summary.blocks if b.kind == _core.ChapterBlockKind.bullets]
    assert [len(b.items) for b in bullets] == [4]


def test_lines_are_joined_and_hyphenation_repaired() -> None:
    chapters, journal = read(
        "Slutord\nArbetet har fortsatt i Polismyndig-\nheten och i informations- och\n"
        "cybersäkerhetsarbetet.\n\nAndra stycket.\n"
    )
    assert [c.paragraphs() for c in chapters] == [
        [
            "Arbetet har fortsatt i Polismyndigheten och i informations- och "
            "cybersäkerhetsarbetet.",
            "Andra stycket.",
        ]
    ]
    assert any("Sammanfattning" in e.text for e in journal.of_kind("note"))


def test_page_furniture_and_a_page_break_inside_a_paragraph() -> None:
    chapters, journal = read(
        "Extern samverkan\nDet första stycket slutar inte\n\nSidhuvud 12\nExtern samverkan\n"
        "här utan på nästa sida.\n"
    )
    assert chapters[0].paragraphs() == ["Det första stycket slutar inte här utan på nästa sida."]
    assert any("continues the paragraph" in e.text for e in journal.of_kind("decision"))


def test_lists_items_continue_across_an_empty_line() -> None:
    chapters, _ = read(
        "Sammanfattning\nÅtgärderna syftar till att\n\n•\t \tsäkerställa en ansats och\n\n"
        "• öka säkerheten i nätverk\n• stärka förmågan att hantera cyberattacker och\n\n"
        "andra it-incidenter\n\nSist ett stycke.\n\n1.\t Säkerställa.\n2.\t Öka\n\nsäkerheten.\n"
    )
    blocks = chapters[0].blocks
    assert [b.kind.name for b in blocks] == ["paragraph", "bullets", "paragraph", "numbered"]
    assert blocks[1].items == [
        "säkerställa en ansats och",
        "öka säkerheten i nätverk",
        "stärka förmågan att hantera cyberattacker och andra it-incidenter",
    ]
    assert blocks[3].items == ["Säkerställa.", "Öka säkerheten."]


def test_a_subheading_and_the_end_at_the_strategys_figure() -> None:
    chapters, journal = read(
        "Introduktion\nFörsta stycket.\n\nNationell strategi\nI strategen står det.\n\n"
        "Översikt över de strategiska prioriteringar och målsättningar:\n\nSäkerställa en\n"
        "Myndigheternas arbete med handlingsplanen\nArbetet påbörjades.\n"
    )
    intro, work = chapters
    assert [(b.kind.name, b.text) for b in intro.blocks] == [
        ("paragraph", "Första stycket."),
        ("heading", "Nationell strategi"),
        ("paragraph", "I strategen står det."),
    ]
    assert work.paragraphs() == ["Arbetet påbörjades."]
    decisions = " ".join(e.text for e in journal.of_kind("decision"))
    assert "subheading" in decisions
    assert "overview of the strategy" in decisions


@pytest.mark.parametrize("text", ["", "Slutord\n\n", "Bilaga 1:\nSlutord\n"])
def test_no_chapter_is_a_note_never_an_error(text: str) -> None:
    chapters, journal = read(text + "Bilaga 1:\n")
    assert [c.heading for c in chapters] == []
    assert len(journal.of_kind("note")) >= 5
