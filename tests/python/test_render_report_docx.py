"""Tests of handlingsplan.render.report_docx on its own: a report of parts built in the test is
written into a new Word document and read back with python-docx: the contents with a PAGEREF
field to each chapter, each chapter's heading on a new page with its bookmark, the prose
chapters' blocks in their styles, a carried-over chapter's note, the list bullets' font and the
page break before Bilaga 1."""

from __future__ import annotations

import docx
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Emu

from handlingsplan import _core
from handlingsplan.render.chapter import Chapter, ChapterMeasure, ChapterObjective, ChapterPriority
from handlingsplan.render.report_docx import bullets_in_body_font, write_report
from handlingsplan.render.report_parts import ReportPart

MEASURE = ChapterMeasure("1.1.1", "Skydda", "", (), "MSB", "", "1.1.1.")
CHAPTER = Chapter(
    "Handlingsplan",
    "2022 års redovisning",
    "Åtgärder",
    2022,
    (ChapterPriority(1, "Prio 1", (ChapterObjective("1.1", "Mål 1.1", (MEASURE,)),)),),
)
SUMMARY = ReportPart(
    "Sammanfattning",
    (
        _core.ChapterBlock.paragraph("Ett stycke."),
        _core.ChapterBlock.heading("En underrubrik"),
        _core.ChapterBlock.bullets(["punkt ett", "punkt två"]),
        _core.ChapterBlock.numbered(["steg ett"]),
    ),
    anchor="kapitel-1",
)
CARRIED = ReportPart(
    "Slutord", (_core.ChapterBlock.paragraph("Förra årets ord."),), carried_over_from=2021
)
PARTS = [SUMMARY, ReportPart("Åtgärder", measures=True), CARRIED]


def written() -> docx.document.Document:
    document = docx.Document()
    write_report(document, CHAPTER, PARTS)
    return document


def field_code(paragraph: docx.text.paragraph.Paragraph) -> str:
    return "".join(t.text for t in paragraph._p.iter(qn("w:instrText"))).strip()


def bookmarks(paragraph: docx.text.paragraph.Paragraph) -> list[str]:
    return [b.get(qn("w:name")) for b in paragraph._p.iter(qn("w:bookmarkStart"))]


def test_the_contents_link_each_chapter_by_its_page() -> None:
    document = written()
    paragraphs = document.paragraphs
    title = next(i for i, p in enumerate(paragraphs) if p.text == "Innehåll")
    assert paragraphs[title].runs[0].bold
    entries = paragraphs[title + 1 : title + 1 + len(PARTS)]
    assert [p.runs[0].text for p in entries] == [f"{part.heading}\t" for part in PARTS]
    assert [field_code(p) for p in entries] == [f"PAGEREF kapitel_{n} \\h" for n in (1, 2, 3)]
    width = document.sections[0].page_width
    width -= document.sections[0].left_margin + document.sections[0].right_margin
    for entry in entries:
        (stop,) = entry.paragraph_format.tab_stops
        assert (stop.position, stop.alignment, stop.leader) == (
            Emu(width),
            WD_TAB_ALIGNMENT.RIGHT,
            WD_TAB_LEADER.DOTS,
        )


def test_each_chapter_on_a_new_page_under_its_bookmark() -> None:
    headings = [p for p in written().paragraphs if p.style.name == "Heading 1"]
    assert [p.text for p in headings] == ["Sammanfattning", "Åtgärder", "Slutord"]
    assert [bookmarks(p) for p in headings] == [["kapitel_1"], ["kapitel_2"], ["kapitel_3"]]
    assert all(p.paragraph_format.page_break_before is True for p in headings)


def test_a_prose_chapters_blocks_in_their_styles() -> None:
    paragraphs = written().paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.style.name == "Heading 1")
    blocks = [(p.style.name, p.text) for p in paragraphs[start + 1 : start + 6]]
    assert blocks == [
        ("Normal", "Ett stycke."),
        ("Heading 2", "En underrubrik"),
        ("List Bullet", "punkt ett"),
        ("List Bullet", "punkt två"),
        ("List Number", "steg ett"),
    ]


def test_a_carried_over_chapter_says_so_in_italics_and_the_rest_is_not() -> None:
    paragraphs = written().paragraphs
    at = next(i for i, p in enumerate(paragraphs) if p.text == "Slutord")
    note, text = paragraphs[at + 1], paragraphs[at + 2]
    assert note.text == CARRIED.note and "2021" in note.text
    assert note.runs[0].italic is True
    assert text.text == "Förra årets ord."
    summary = next(
        i for i, p in enumerate(paragraphs) if p.text == "Sammanfattning" and bookmarks(p)
    )
    assert paragraphs[summary + 1].text == "Ett stycke."


def test_the_measures_chapter_and_the_page_break_for_bilaga_1() -> None:
    paragraphs = written().paragraphs
    texts = [p.text for p in paragraphs]
    assert texts[:2] == ["Handlingsplan", "2022 års redovisning"]
    assert ["Prio 1", "Mål 1.1", "Skydda"] == [
        t for t in texts if t in ("Prio 1", "Mål 1.1", "Skydda")
    ]
    breaks = paragraphs[-1]._p.findall(f".//{qn('w:br')}")
    assert [b.get(qn("w:type")) for b in breaks] == ["page"] and paragraphs[-1].text == ""


def levels(document: docx.document.Document) -> list[tuple[str, str, list[str]]]:
    """Each numbering level's kind, text and fonts (ascii, hAnsi, cs of each rFonts)."""
    out = []
    for level in document.part.numbering_part.element.iter(qn("w:lvl")):
        kind, text = level.find(qn("w:numFmt")), level.find(qn("w:lvlText"))
        if kind is None or text is None:
            continue
        fonts = [
            str(f.get(qn(script)))
            for f in level.iter(qn("w:rFonts"))
            for script in ("w:ascii", "w:hAnsi", "w:cs")
        ]
        out.append((kind.get(qn("w:val")), text.get(qn("w:val")), fonts))
    return out


def test_bullets_are_in_the_body_font_and_other_levels_are_left_alone() -> None:
    document = docx.Document()
    before = levels(document)
    bullets_in_body_font(document, font="Testfont")
    after = levels(document)
    assert len(after) == len(before)
    assert any(kind == "bullet" for kind, _, _ in before)
    # Only the fonts are set: no other element of a level takes a font's attributes.
    for level in document.part.numbering_part.element.iter(qn("w:lvl")):
        carrying = {e.tag for e in level.iter() if e.get(qn("w:ascii")) is not None}
        assert carrying <= {qn("w:rFonts")}
    for (kind, text, fonts), (kind_after, text_after, fonts_after) in zip(
        before, after, strict=True
    ):
        assert kind_after == kind
        if kind == "bullet":
            assert text_after == "•"
            assert fonts_after == ["Testfont"] * len(fonts)
        else:
            assert (text_after, fonts_after) == (text, fonts)


def test_the_default_bullet_font_is_the_body_font() -> None:
    document = docx.Document()
    bullets_in_body_font(document)
    numbering = document.part.numbering_part.element
    fonts = {
        f.get(qn("w:ascii"))
        for level in numbering.iter(qn("w:lvl"))
        if level.find(qn("w:numFmt")) is not None
        and level.find(qn("w:numFmt")).get(qn("w:val")) == "bullet"
        for f in level.iter(qn("w:rFonts"))
    }
    assert fonts == {"Calibri"}
