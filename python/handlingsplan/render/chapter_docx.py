"""The Åtgärder chapter in Word, laid out as the published chapter: headings per priority and
objective; per measure its title (bold) with the marking beside it, the description's
paragraphs, the responsible agencies, the period and the number."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor

from .. import _printed
from .chapter import Chapter, ChapterMeasure

__all__ = ["write_chapter"]

# The marking's colour (the published chapter prints it in a coloured box).
_MARKING_COLOUR = RGBColor(0x1F, 0x5C, 0x99)


def write_chapter(document: DocxDocument, chapter: Chapter, *, page_header: bool = True) -> None:
    """Appends the chapter to `document`, after a title block with the plan's title and the
    report's year; with `page_header`, every page is headed by the plan's title as the
    published report's pages are."""
    if page_header:
        for section in document.sections:
            header = (
                section.header.paragraphs[0]
                if section.header.paragraphs
                else section.header.add_paragraph()
            )
            header.text = chapter.plan_title
    document.add_paragraph(chapter.plan_title, style="Title")
    document.add_paragraph(chapter.report_heading, style="Subtitle")
    document.add_heading(chapter.title, level=1)
    for priority in chapter.priorities:
        document.add_heading(priority.heading, level=2)
        for objective in priority.objectives:
            document.add_heading(objective.heading, level=3)
            for measure in objective.measures:
                _write_measure(document, measure)
    # Bilaga 1 begins on a page of its own, as in the report.
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _write_measure(document: DocxDocument, measure: ChapterMeasure) -> None:
    title = document.add_paragraph()
    title.paragraph_format.keep_with_next = True
    title.paragraph_format.space_before = Pt(12)
    title.add_run(measure.title).bold = True
    if measure.marking:
        title.add_run("\u2003")
        marking = title.add_run(measure.marking)
        marking.bold = True
        marking.font.color.rgb = _MARKING_COLOUR
    for text in measure.paragraphs:
        document.add_paragraph(text)
    _labelled(document, _printed.AGENCY_LABEL, measure.agencies)
    if measure.period:
        _labelled(document, _printed.PERIOD_LABEL, measure.period)
    number = document.add_paragraph(measure.number)
    number.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _labelled(document: DocxDocument, label: str, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.keep_with_next = True
    paragraph.add_run(label).bold = True
    paragraph.add_run(" " + text)
