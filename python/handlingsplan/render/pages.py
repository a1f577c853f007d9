"""Bilaga 1's "Sida": the page on which each measure stands in the report's Åtgärder chapter,
found by laying the report out (LibreOffice headless, as `handlingsplan.render.pdf` does) and
reading the pages back (pdftotext).

A Word report carries a PAGEREF field to each measure's bookmark in its Sida cell, so Word and
LibreOffice keep the numbers right after edits; `fill_page_fields` lays the document out once
and writes the numbers into the fields' results, so that a reader that never updates fields
shows them too. A report whose pages are given (the imported 2021 report) keeps its own;
`page_differences` says where a layout puts a measure elsewhere."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..readers.pdf import page_texts
from . import pdf
from .chapter import Chapter

__all__ = [
    "bookmark_name",
    "chapter_bookmark",
    "chapter_start",
    "fill_page_fields",
    "heading_pages",
    "laid_out_pages",
    "measure_id_of",
    "measure_pages",
    "page_differences",
    "page_fields",
]

# Characters the PDF's text shows otherwise or not at all: the soft hyphen and the word joiner
# (invisible), the non-breaking hyphen (a hyphen).
_INVISIBLE = str.maketrans({"\u00ad": None, "\u2060": None, "\u2011": "-"})
_BOOKMARK_PREFIX = "atgard_"
_PAGEREF = re.compile(rf"\s*PAGEREF\s+({_BOOKMARK_PREFIX}[0-9_]+)\b")
# A chapter's heading is among the first lines of its page (below the page header).
_TOP_LINES = 3
# The bookmark on a chapter's heading, for the table of contents.
_CHAPTER_PREFIX = "kapitel_"
_CHAPTER_PAGEREF = re.compile(rf"\s*PAGEREF\s+({_CHAPTER_PREFIX}[0-9]+)\b")
# A title that a page break divides is found by its first words (at least this many).
_PREFIX_WORDS = 3


def bookmark_name(measure_id: str) -> str:
    """The name of the bookmark on a measure's title in the chapter: "atgard_1_1_5" (a Word
    bookmark's name takes letters, digits and underscores)."""
    return _BOOKMARK_PREFIX + measure_id.replace(".", "_")


def chapter_bookmark(number: int) -> str:
    """The name of the bookmark on the heading of the report's `number`-th chapter (from 1):
    "kapitel_3"; the table of contents refers to it."""
    return f"{_CHAPTER_PREFIX}{number}"


def measure_id_of(bookmark: str) -> str:
    """The measure id a bookmark of `bookmark_name` names."""
    return bookmark.removeprefix(_BOOKMARK_PREFIX).replace("_", ".")


def _normal(text: str) -> str:
    return " ".join(text.translate(_INVISIBLE).split())


def measure_pages(
    pages: Sequence[str], titles: Iterable[tuple[str, str]], start: int = 0
) -> dict[str, int]:
    """The page (from 1) on which each measure's title stands, given the text of each page and
    the chapter's (measure id, title) pairs in the chapter's order: each title is looked for
    after the one before it, so a title repeated later (in Bilaga 1) is not taken for the
    chapter's; a title divided by a page break is found by its first words (the most that are
    on one page, three at least). A title not found is left out. The search begins on the page
    `start` (from 0)."""
    texts = [_normal(page) for page in pages]
    found: dict[str, int] = {}
    page, offset = start, 0
    for measure_id, title in titles:
        wanted = _normal(title)
        words = wanted.split()
        candidates = [wanted] + [
            " ".join(words[:count]) for count in range(len(words) - 1, _PREFIX_WORDS - 1, -1)
        ]
        for candidate in candidates:
            place = _find(texts, candidate, page, offset)
            if place is not None:
                page, offset = place
                found[measure_id] = page + 1
                break
    return found


def _find(texts: Sequence[str], wanted: str, page: int, offset: int) -> tuple[int, int] | None:
    for index in range(page, len(texts)):
        start = texts[index].find(wanted, offset if index == page else 0)
        if start >= 0:
            return index, start + len(wanted)
    return None


def _titles(chapter: Chapter) -> list[tuple[str, str]]:
    return [
        (measure.id, measure.title)
        for priority in chapter.priorities
        for objective in priority.objectives
        for measure in objective.measures
    ]


def chapter_start(pages: Sequence[str], chapter: Chapter) -> int:
    """The page (from 0) where the chapter's measures begin: that of its first objective's
    heading, which no other chapter prints (the Uppföljning chapter heads priorities too, and
    its text may name a measure's title); 0 where it is not found."""
    if not chapter.priorities:
        return 0
    first = _normal(chapter.priorities[0].objectives[0].heading)
    words = " ".join(first.split()[: _PREFIX_WORDS + 1])
    texts = [_normal(page) for page in pages]
    return next((index for index, text in enumerate(texts) if words in text), 0)


def laid_out_pages(pdf_path: str | os.PathLike[str], chapter: Chapter) -> dict[str, int]:
    """The page of each of `chapter`'s measures in the PDF at `pdf_path` (the report that
    holds the chapter)."""
    pages = page_texts(Path(pdf_path))
    return measure_pages(pages, _titles(chapter), chapter_start(pages, chapter))


def heading_pages(pages: Sequence[str], headings: Sequence[tuple[str, str]]) -> dict[str, int]:
    """The page (from 1) of each chapter heading ((bookmark, heading) in the report's order):
    every chapter begins a page, so its heading is a line of its own at the top of the page
    (below the page header), looked for after the one before."""
    found: dict[str, int] = {}
    page = 0
    for bookmark, heading in headings:
        wanted = _normal(heading)
        for index in range(page, len(pages)):
            top = [_normal(line) for line in pages[index].splitlines() if line.strip()]
            if wanted in top[:_TOP_LINES]:
                found[bookmark] = index + 1
                page = index + 1
                break
    return found


def _headings(document: Any) -> list[tuple[str, str]]:
    """(bookmark, text) of each chapter heading bookmarked for the contents, in order."""
    from docx.oxml.ns import qn

    out = []
    for start in document.element.body.iter(qn("w:bookmarkStart")):
        name = start.get(qn("w:name")) or ""
        if name.startswith(_CHAPTER_PREFIX):
            paragraph = start.getparent()
            text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
            out.append((name, text))
    return out


def page_fields(
    document: Any, pattern: re.Pattern[str] = _PAGEREF, key: Callable[[str], str] | None = None
) -> dict[str, Any]:
    """The result runs (w:r elements) of the PAGEREF fields to measures' bookmarks in
    `document`'s body (a python-docx Document), by measure id; with `pattern` and `key`, those
    of other bookmarks (the contents' to the chapters: by bookmark)."""
    name_of = key or measure_id_of
    from docx.oxml.ns import qn

    fields: dict[str, Any] = {}
    pending: str | None = None
    in_result = False
    for run in document.element.body.iter(qn("w:r")):
        code = run.find(qn("w:instrText"))
        char = run.find(qn("w:fldChar"))
        if code is not None and (match := pattern.match(code.text or "")):
            pending = name_of(match.group(1))
        elif char is not None:
            kind = char.get(qn("w:fldCharType"))
            in_result = kind == "separate" and pending is not None
            if kind == "end":
                pending = None
        elif in_result and pending is not None:
            fields[pending] = run
            in_result = False
    return fields


def _set_text(run: Any, text: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for old in run.findall(qn("w:t")):
        run.remove(old)
    shown = OxmlElement("w:t")
    shown.text = text
    run.append(shown)


def fill_page_fields(docx_path: str | os.PathLike[str], chapter: Chapter) -> dict[str, int]:
    """Lay the Word report at `docx_path` (holding `chapter` and Bilaga 1) out as its PDF is
    laid out, and write each measure's page into the result of the PAGEREF field to its
    bookmark, so that a reader that never updates fields shows the right page too; returns the
    pages (none if the document has no such field). FileError if LibreOffice or pdftotext is
    missing or fails."""
    from docx import Document

    document = Document(os.fspath(docx_path))
    fields = page_fields(document)
    chapters = page_fields(document, _CHAPTER_PAGEREF, str)
    if not fields and not chapters:
        return {}
    with tempfile.TemporaryDirectory(prefix="handlingsplan-sidor-") as work:
        copy = Path(work) / "redovisning.docx"
        laid_out = Path(work) / "redovisning.pdf"
        shutil.copyfile(docx_path, copy)
        pdf.prepare_for_pdf(copy)
        pdf.docx_to_pdf(copy, laid_out)
        texts = page_texts(laid_out)
        pages = measure_pages(texts, _titles(chapter), chapter_start(texts, chapter))
        headings = heading_pages(texts, _headings(document))
    for measure_id, run in fields.items():
        _set_text(run, str(pages[measure_id]) if measure_id in pages else "")
    for bookmark, run in chapters.items():
        _set_text(run, str(headings[bookmark]) if bookmark in headings else "")
    document.save(os.fspath(docx_path))
    return pages


def page_differences(
    given: Mapping[str, int], laid_out: Mapping[str, int]
) -> list[tuple[str, int, int]]:
    """(measure id, given page, laid-out page) for each measure whose given page is not the
    page the layout puts it on, in the given pages' order."""
    return [
        (measure_id, page, laid_out[measure_id])
        for measure_id, page in given.items()
        if measure_id in laid_out and laid_out[measure_id] != page
    ]
