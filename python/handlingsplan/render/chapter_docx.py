"""The Åtgärder chapter in Word, laid out as the published chapter: headings per priority and
objective; per measure its title (bold) with the marking beside it, the description's
paragraphs, the responsible agencies, the period and the number."""

from __future__ import annotations

import re
from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor

from .. import _printed
from .chapter import Chapter, ChapterMeasure
from .docx import add_bookmark
from .pages import bookmark_name

__all__ = ["keep_years_together", "write_chapter", "write_measures", "write_title"]

# The marking's colour (the published chapter prints it in a coloured box).
_MARKING_COLOUR = RGBColor(0x1F, 0x5C, 0x99)
# A span of years ("2019–2022"): the en dash may end a line, unless word joiners hold it.
_YEARS = re.compile(r"(\d{4})\u2013(\d{4})")
_WORD_JOINER = "\u2060"


def keep_years_together(text: str) -> str:
    """`text` with every span of years ("2019–2022") held together by word joiners (U+2060,
    invisible), so that a title never breaks as "2019–" / "2022"."""
    return _YEARS.sub(f"\\1{_WORD_JOINER}\u2013{_WORD_JOINER}\\2", text)


def write_chapter(document: DocxDocument, chapter: Chapter, *, page_header: bool = True) -> None:
    """Appends the chapter to `document`, after a title block with the plan's title and the
    report's year; with `page_header`, every page is headed by the plan's title as the
    published report's pages are."""
    write_title(document, chapter, page_header=page_header)
    write_measures(document, chapter)
    # Bilaga 1 begins on a page of its own, as in the report.
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def write_title(document: DocxDocument, chapter: Chapter, *, page_header: bool = True) -> None:
    """The title block (the plan's title and the report's year); with `page_header`, every
    page headed by the plan's title."""
    if page_header:
        for section in document.sections:
            header = (
                section.header.paragraphs[0]
                if section.header.paragraphs
                else section.header.add_paragraph()
            )
            header.text = keep_years_together(chapter.plan_title)
    document.add_paragraph(keep_years_together(chapter.plan_title), style="Title")
    document.add_paragraph(chapter.report_heading, style="Subtitle")


def write_measures(document: DocxDocument, chapter: Chapter) -> Any:
    """The chapter's heading (returned) and its priorities, objectives and measures."""
    heading = document.add_heading(chapter.title, level=1)
    for priority in chapter.priorities:
        document.add_heading(priority.heading, level=2)
        for objective in priority.objectives:
            document.add_heading(objective.heading, level=3)
            for measure in objective.measures:
                _write_measure(document, measure)
    return heading


def _write_measure(document: DocxDocument, measure: ChapterMeasure) -> None:
    title = document.add_paragraph()
    title.paragraph_format.keep_with_next = True
    title.paragraph_format.space_before = Pt(12)
    title.add_run(measure.title).bold = True
    add_bookmark(title, bookmark_name(measure.id))
    if measure.marking:
        title.add_run("\u2002")  # an en space: close enough that text extraction keeps one line
        marking = title.add_run(measure.marking)
        marking.bold = True
        marking.font.color.rgb = _MARKING_COLOUR
    for text in measure.paragraphs:
        # A measure stays on one page where it fits: a page break only between measures.
        document.add_paragraph(text).paragraph_format.keep_with_next = True
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
