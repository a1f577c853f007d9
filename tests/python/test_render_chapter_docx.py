"""Tests of handlingsplan.render.chapter_docx on its own: a chapter built in the test is written
into a new Word document and read back paragraph by paragraph and run by run with python-docx:
the title block and page headers, the headings and their levels, and each measure's title,
marking, paragraphs, labels, period and number as the published chapter lays them out."""

from __future__ import annotations

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from handlingsplan.render.chapter import Chapter, ChapterMeasure, ChapterObjective, ChapterPriority
from handlingsplan.render.chapter_docx import keep_years_together, write_chapter, write_title

JOIN = "\u2060"

MARKED = ChapterMeasure(
    id="1.1.2",
    title="Stärka skyddet 2019–2022",
    marking="Ny åtgärd",
    paragraphs=("Första stycket.", "Andra stycket."),
    agencies="MSB i samverkan med FRA",
    period="2019–2022",
    number="1.1.2.",
)
PLAIN = ChapterMeasure(
    id="1.1.10",
    title="Öva",
    marking="",
    paragraphs=(),
    agencies="FRA",
    period="",
    number="1.1.10.",
)
CHAPTER = Chapter(
    plan_title="Handlingsplan 2019–2022",
    report_heading="2021 års redovisning",
    title="Åtgärder",
    year=2021,
    priorities=(
        ChapterPriority(
            1,
            "Strategisk prioritering 1. Skydd",
            (ChapterObjective("1.1", "Målsättning 1.1. Skyddet", (MARKED, PLAIN)),),
        ),
    ),
)


def written(page_header: bool = True) -> docx.document.Document:
    document = docx.Document()
    write_chapter(document, CHAPTER, page_header=page_header)
    return document


def body(document: docx.document.Document) -> list[docx.text.paragraph.Paragraph]:
    return list(document.paragraphs)


def bookmarks(paragraph: docx.text.paragraph.Paragraph) -> list[str]:
    return [b.get(qn("w:name")) for b in paragraph._p.iter(qn("w:bookmarkStart"))]


def test_years_are_held_together_by_word_joiners() -> None:
    assert keep_years_together("Plan 2019–2022 och 2023–2025") == (
        f"Plan 2019{JOIN}–{JOIN}2022 och 2023{JOIN}–{JOIN}2025"
    )
    assert keep_years_together("2019-2022, 19–22, 2019 – 2022") == "2019-2022, 19–22, 2019 – 2022"


def test_the_title_block_and_every_pages_header() -> None:
    document = written()
    paragraphs = body(document)
    title = keep_years_together(CHAPTER.plan_title)
    assert [(p.style.name, p.text) for p in paragraphs[:2]] == [
        ("Title", title),
        ("Subtitle", "2021 års redovisning"),
    ]
    for section in document.sections:
        assert [p.text for p in section.header.paragraphs] == [title]
    plain = written(page_header=False)
    for section in plain.sections:
        assert all(p.text == "" for p in section.header.paragraphs)


def test_the_headings_at_their_levels() -> None:
    headings = [(p.style.name, p.text) for p in body(written()) if p.style.name.startswith("Head")]
    assert headings == [
        ("Heading 1", "Åtgärder"),
        ("Heading 2", "Strategisk prioritering 1. Skydd"),
        ("Heading 3", "Målsättning 1.1. Skyddet"),
    ]


def measure_paragraphs(title: str) -> list[docx.text.paragraph.Paragraph]:
    paragraphs = body(written())
    start = next(i for i, p in enumerate(paragraphs) if p.runs and p.runs[0].text == title)
    # To its number, the measure's last paragraph.
    number = next(
        i for i in range(start + 1, len(paragraphs)) if paragraphs[i].text.startswith("1.1.")
    )
    return paragraphs[start : number + 1]


def test_a_marked_measure_as_the_chapter_prints_it() -> None:
    title, first, second, agencies, period, number = measure_paragraphs(MARKED.title)
    runs = title.runs
    assert [r.text for r in runs] == [MARKED.title, "\u2002", "Ny åtgärd"]
    assert runs[0].bold and runs[2].bold and not runs[1].bold
    assert runs[2].font.color.rgb == RGBColor(0x1F, 0x5C, 0x99)
    assert runs[0].font.color.rgb is None
    assert title.paragraph_format.keep_with_next is True
    assert title.paragraph_format.space_before == Pt(12)
    assert bookmarks(title) == ["atgard_1_1_2"]
    assert [first.text, second.text] == ["Första stycket.", "Andra stycket."]
    assert first.paragraph_format.keep_with_next and second.paragraph_format.keep_with_next
    assert [(r.text, bool(r.bold)) for r in agencies.runs] == [
        ("Ansvarig myndighet:", True),
        (" MSB i samverkan med FRA", False),
    ]
    assert [(r.text, bool(r.bold)) for r in period.runs] == [
        ("Period:", True),
        (" 2019–2022", False),
    ]
    assert agencies.paragraph_format.keep_with_next and period.paragraph_format.keep_with_next
    assert number.text == "1.1.2."
    assert number.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert not number.paragraph_format.keep_with_next


def test_a_measure_without_marking_paragraphs_or_period() -> None:
    title, agencies, number = measure_paragraphs(PLAIN.title)
    assert [r.text for r in title.runs] == ["Öva"]
    assert bookmarks(title) == ["atgard_1_1_10"]
    assert agencies.text == "Ansvarig myndighet: FRA"
    assert number.text == "1.1.10." and number.alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_the_chapter_ends_with_a_page_break_for_bilaga_1() -> None:
    last = body(written())[-1]
    breaks = last._p.findall(f".//{qn('w:br')}")
    assert len(breaks) == 1 and breaks[0].get(qn("w:type")) == "page"
    assert last.text == ""


@pytest.mark.parametrize("page_header", [True, False])
def test_each_measure_once_in_order(page_header: bool) -> None:
    titles = [p.runs[0].text for p in body(written(page_header)) if bookmarks(p)]
    assert titles == [MARKED.title, PLAIN.title]


def test_pages_are_headed_unless_told_not_to() -> None:
    document = docx.Document()
    write_chapter(document, CHAPTER)
    title = keep_years_together(CHAPTER.plan_title)
    assert [p.text for s in document.sections for p in s.header.paragraphs] == [title]
    alone = docx.Document()
    write_title(alone, CHAPTER)
    assert [p.text for s in alone.sections for p in s.header.paragraphs] == [title]


def test_a_header_without_a_paragraph_gets_one() -> None:
    # A template's header may hold no paragraph: the title gets one of its own.
    document = docx.Document()
    for section in document.sections:
        header = section.header._element
        for paragraph in header.findall(qn("w:p")):
            header.remove(paragraph)
        assert section.header.paragraphs == []
    write_title(document, CHAPTER)
    title = keep_years_together(CHAPTER.plan_title)
    assert [p.text for s in document.sections for p in s.header.paragraphs] == [title]
