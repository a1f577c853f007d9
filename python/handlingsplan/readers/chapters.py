"""The prose chapters of a report's text (Sammanfattning, Introduktion, Myndigheternas arbete med
handlingsplanen, Extern samverkan, Slutord), read into the core's `ProseChapter` values.

A chapter runs from the line that is its heading to the next chapter's heading (or Bilaga 1).
Page furniture is left out: the page headers, and the chapter's own heading printed again at the
top of its pages. Paragraphs are the groups of lines between empty lines, joined as the source
wraps them (`_layout.join_lines`); a paragraph that a page break divides (it ends without a full
stop and the next begins in lower case) is joined again. Lines that begin with "•" or "1." are
list items; an item continues on the lines after it, across an empty line where the next line
begins in lower case; after an item that ends a sentence, a line that begins with a capital
begins a paragraph. A short first line without a full stop over a paragraph that begins with a
capital ("Nationell strategi") is a subheading. A chapter whose first paragraph is the note a
draft prints under a chapter still last year's (`_printed.carried_over_note`) is read as carried
over from that year. Every such reading is in the journal.

The chapters' headings and order are the core's (`_core.chapter_order`); nothing here raises: a
chapter the text does not have, or whose text no document can hold (a control character), is a
note in the journal."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .. import _core, _printed
from .._core import ChapterBlock, ProseChapter
from ..errors import Error
from ._layout import Line, join_lines, paragraphs
from .journal import Journal
from .report_text import swedish_of

__all__ = ["read_chapters"]

# Where Bilaga 1 begins: the end of the last chapter.
_APPENDIX_RE = re.compile(r"^Bilaga 1:?")
# The strategy's overview (a figure of the priorities and objectives, which the plan holds as
# its priorities) ends the Introduktion's text.
_OVERVIEW_RE = re.compile(r"^Översikt över de strategiska prioriteringar")
# A bullet as printed, or as pdftotext gives Word's (the Symbol font's, U+F0B7).
_BULLET_RE = re.compile(r"^[•●▪\uf0b7]\s*(.*)$")
_NUMBERED_RE = re.compile(r"^\d{1,2}\.\s+(\S.*)$")
_SENTENCE_END = (".", ":", "!", "?", "”", '"', ")")
# A subheading: a few words on a line of its own.
_SUBHEADING_WORDS = 6


def read_chapters(
    lines: list[Line], journal: Journal, furniture: Callable[[str], bool]
) -> list[ProseChapter]:
    """The prose chapters found in `lines` (the text's lines, 1-based order), in the published
    order; `furniture` tells a page header to leave out."""
    starts, appendix = _chapter_starts(lines)
    ends = [*starts.values(), appendix]
    chapters: list[ProseChapter] = []
    for heading in _core.prose_chapter_headings():
        if heading not in starts:
            journal.note(None, f"Texten har inget kapitel “{heading}”; redovisningen har inget.")
            continue
        start = starts[heading]
        end = min(e for e in ends if e > start)
        body = _body(lines[start + 1 : end], heading, journal, furniture)
        chapter = _chapter(heading, body, lines[start].no, journal)
        if chapter is not None:
            chapters.append(chapter)
    return chapters


def _chapter_starts(lines: list[Line]) -> tuple[dict[str, int], int]:
    """The index of each chapter's heading (the first line before Bilaga 1 that is nothing but
    the heading), and the index of Bilaga 1's first line (past the last line where there is
    none)."""
    headings = set(_core.chapter_order())
    starts: dict[str, int] = {}
    for index, line in enumerate(lines):
        if _APPENDIX_RE.match(line.text):
            return starts, index
        if line.text in headings and line.text not in starts:
            starts[line.text] = index
    return starts, len(lines)


def _body(
    lines: list[Line], heading: str, journal: Journal, furniture: Callable[[str], bool]
) -> list[Line]:
    """The chapter's lines without page furniture, up to the strategy's overview."""
    out: list[Line] = []
    page_start = False  # a page begins with a line left out: the next line kept begins it
    for line in lines:
        if _OVERVIEW_RE.match(line.text):
            journal.decision(
                line.no,
                f"{heading}: texten slutar på rad {line.no}, där översikten över strategins "
                "prioriteringar och målsättningar börjar (en figur; planen har dem som sina "
                "prioriteringar).",
            )
            break
        if line.text == heading or furniture(line.text):
            page_start = page_start or line.page_start
            continue
        if page_start and line.text:
            line = replace(line, page_start=True)
            page_start = False
        out.append(line)
    return out


def _chapter(heading: str, body: list[Line], no: int, journal: Journal) -> ProseChapter | None:
    """The chapter whose heading is at line `no`; None (noted) where it has no text, or a text no
    document can hold."""
    try:
        blocks = _blocks(_joined_across_pages(_groups(body), journal), journal)
        # A draft written by the library says so under the heading of a chapter still last
        # year's.
        carried = _printed.carried_over_year(blocks[0].text) if blocks else None
        if carried is not None:
            journal.decision(
                no,
                f"Kapitlet “{heading}” (rad {no}) säger att dess text är redovisningens från "
                f"{carried}: den läses som överförd från den redovisningen, utan själva noten.",
            )
            blocks = blocks[1:]
        if not blocks:
            journal.note(no, f"Kapitlet “{heading}” (rad {no}) har ingen text; det utelämnas.")
            return None
        return ProseChapter(heading, blocks, carried)
    except Error as error:
        journal.note(no, f"Kapitlet “{heading}” (rad {no}) kan inte behållas: {swedish_of(error)}")
        return None


def _groups(body: list[Line]) -> list[list[Line]]:
    """The groups of lines between empty lines and page breaks (a text form that prints no
    empty line at the foot of a page still begins a page; a paragraph a page break divides is
    joined again by `_joined_across_pages`)."""
    out: list[list[Line]] = []
    for group in paragraphs(body):
        for line in group:
            if line is group[0] or line.page_start or _ends_list(out[-1], line):
                out.append([line])
            else:
                out[-1].append(line)
    return out


def _ends_list(group: list[Line], line: Line) -> bool:
    """Whether `line` begins a paragraph after a list with no empty line between (a text form
    that prints none at a page break): the list's last item ended a sentence and the line begins
    with a capital (which no item's marker is)."""
    return _is_item(group[0]) and group[-1].text.endswith(_SENTENCE_END) and line.text[:1].isupper()


def _is_item(line: Line) -> bool:
    return _item(line.text) is not None


def _joined_across_pages(groups: list[list[Line]], journal: Journal) -> list[list[Line]]:
    """The groups of lines, a paragraph divided by a page break (or an empty line) joined
    again: one that ends without a full stop followed by one that begins in lower case."""
    out: list[list[Line]] = []
    for group in groups:
        first = group[0].text
        if out and first[:1].islower() and not out[-1][-1].text.endswith(_SENTENCE_END):
            journal.decision(
                group[0].no,
                f"Rad {group[0].no} (“{first}”) fortsätter stycket eller listpunkten före "
                "den tomma raden ovanför (den raden slutar utan punkt, den här börjar med "
                "gemen).",
            )
            out[-1] = out[-1] + group
        else:
            out.append(group)
    return out


def _blocks(groups: list[list[Line]], journal: Journal) -> list[ChapterBlock]:
    blocks: list[ChapterBlock] = []
    items: list[tuple[bool, list[Line]]] = []  # the list being read, its items of one kind
    for group in _headings_apart(groups):
        if not _is_item(group[0]):
            if items:
                blocks.append(_list_block(items, journal))
                items = []
            blocks.extend(_paragraph_blocks(group, journal))
            continue
        for item in _items(group):
            if items and item[0] != items[-1][0]:
                blocks.append(_list_block(items, journal))
                items = []
            items.append(item)
    if items:
        blocks.append(_list_block(items, journal))
    return blocks


def _headings_apart(groups: list[list[Line]]) -> list[list[Line]]:
    """The groups, a subheading that an empty line parts from its paragraph (as a PDF's text
    prints a heading's space after) joined to it, so that `_paragraph_blocks` tells it."""
    out: list[list[Line]] = []
    for group in groups:
        if (
            out
            and len(out[-1]) == 1
            and _heading_like(out[-1][0].text)
            and group[0].text[:1].isupper()
        ):
            out[-1] = out[-1] + group
        else:
            out.append(group)
    return out


def _heading_like(text: str) -> bool:
    return (
        len(text.split()) <= _SUBHEADING_WORDS
        and not text.endswith((*_SENTENCE_END, "-", ","))
        and text[:1].isupper()
    )


def _item(text: str) -> tuple[bool, str] | None:
    """Of a list item's first line, whether the list is numbered and the text after the marker;
    None for a line that begins no item."""
    if bullet := _BULLET_RE.match(text):
        return False, bullet.group(1)
    if number := _NUMBERED_RE.match(text):
        return True, number.group(1)
    return None


def _items(group: list[Line]) -> list[tuple[bool, list[Line]]]:
    """The items of a group of list lines (the first a marker's), each whether it is numbered
    and its lines, the first without its marker: an item begins at a line with a marker."""
    out: list[tuple[bool, list[Line]]] = []
    for line in group:
        marker = _item(line.text)
        if marker is None:
            out[-1][1].append(line)
        else:
            numbered, text = marker
            out.append((numbered, [line.with_text(text)]))
    return out


def _list_block(items: list[tuple[bool, list[Line]]], journal: Journal) -> ChapterBlock:
    """The list of `items` (all numbered or all bulleted, as `_items` gives them)."""
    texts = [join_lines(lines, journal) for _, lines in items]
    return ChapterBlock.numbered(texts) if items[0][0] else ChapterBlock.bullets(texts)


def _paragraph_blocks(group: list[Line], journal: Journal) -> list[ChapterBlock]:
    first = group[0].text
    if len(group) > 1 and _heading_like(first) and group[1].text[:1].isupper():
        journal.decision(
            group[0].no,
            f"Rad {group[0].no} (“{first}”) läses som en underrubrik: några ord utan "
            "punkt på en egen rad över ett stycke.",
        )
        return [ChapterBlock.heading(first), ChapterBlock.paragraph(join_lines(group[1:], journal))]
    return [ChapterBlock.paragraph(join_lines(group, journal))]
