"""The whole report in Word: the title block, the table of contents, every chapter in the
published order (`report_parts`) with its heading as a heading style, and then Bilaga 1 (added
by the caller). Each entry of the contents links to its chapter's heading and shows its page
through a PAGEREF field, as Bilaga 1's Sida column does, filled by `pages.fill_page_fields`."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Emu

from .. import _core, _printed
from .chapter import Chapter
from .chapter_docx import write_measures, write_title
from .docx import BODY_FONT, add_bookmark, add_page_reference, text_width
from .pages import chapter_bookmark
from .report_parts import ReportPart

__all__ = ["bullets_in_body_font", "write_report"]

_LIST_STYLES = {"bullets": "List Bullet", "numbered": "List Number"}


def write_report(document: DocxDocument, chapter: Chapter, parts: list[ReportPart]) -> None:
    """Appends the report (without Bilaga 1) to `document`: title, contents, chapters, and a
    page break for Bilaga 1."""
    write_title(document, chapter)
    bullets_in_body_font(document)
    _write_contents(document, parts)
    for number, part in enumerate(parts, start=1):
        if part.measures:
            heading = write_measures(document, chapter)
        else:
            heading = document.add_heading(part.heading, level=1)
            _write_blocks(document, part)
        heading.paragraph_format.page_break_before = True
        add_bookmark(heading, chapter_bookmark(number))
    # Bilaga 1 begins on a page of its own, as in the report.
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def bullets_in_body_font(document: DocxDocument, font: str = BODY_FONT) -> None:
    """Every bullet of the document's list styles as "•" in `font` (the default template's is
    the Symbol font's, which the PDF would embed as another font, OpenSymbol, and whose text
    reads as a private-use character)."""
    numbering = document.part.numbering_part.element
    for level in numbering.iter(qn("w:lvl")):
        kind = level.find(qn("w:numFmt"))
        text = level.find(qn("w:lvlText"))
        if kind is None or kind.get(qn("w:val")) != "bullet" or text is None:
            continue
        text.set(qn("w:val"), "•")
        for fonts in level.iter(qn("w:rFonts")):
            for script in ("w:ascii", "w:hAnsi", "w:cs"):
                fonts.set(qn(script), font)


def _write_contents(document: DocxDocument, parts: list[ReportPart]) -> None:
    title = document.add_paragraph()
    title.add_run(_printed.CONTENTS_TITLE).bold = True
    width = Emu(text_width(document))
    for number, part in enumerate(parts, start=1):
        entry = document.add_paragraph()
        entry.paragraph_format.tab_stops.add_tab_stop(
            width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        entry.add_run(part.heading + "\t")
        add_page_reference(entry, chapter_bookmark(number))


def _write_blocks(document: DocxDocument, part: ReportPart) -> None:
    if part.note:
        document.add_paragraph().add_run(part.note).italic = True
    for block in part.blocks:
        kind = block.kind
        if kind == _core.ChapterBlockKind.heading:
            document.add_heading(block.text, level=2)
        elif kind == _core.ChapterBlockKind.paragraph:
            document.add_paragraph(block.text)
        else:
            style = _LIST_STYLES[kind.name]
            for item in block.items:
                document.add_paragraph(item, style=style)
