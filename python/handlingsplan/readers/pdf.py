"""The text of a PDF, through poppler's ``pdftotext`` (Debian's poppler-utils).

`pdf_text` gives the text as the importer reads it: the words in the order the PDF draws them
(``-raw``, so that a table's cells come row by row and cell by cell, as the report's own text
has them), set into lines by their positions (``-bbox``), with an empty line wherever the
words leave a gap larger than a line (between paragraphs) or go back up the page (from one
table cell to the next), and a form feed before every page. This is the layout of the report
text the importer was written for, whatever produced the PDF."""

from __future__ import annotations

import errno
import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .._programs import argument_path, run
from ..errors import FileError, file_error

__all__ = ["is_pdf", "page_texts", "pdf_text", "words_to_text"]

TIMEOUT_SECONDS = 120
#: The address space pdftotext may take (a PDF that would need more is refused, not read).
MEMORY_BYTES = 512 * 2**20
# A vertical step larger than this many line heights starts a new paragraph.
PARAGRAPH_GAP = 1.25
# How a paragraph's last line ends; a page's last line that ends otherwise goes on overleaf.
_SENTENCE_ENDS = (".", "!", "?", ":", "”", ")")
_PAGE_RE = re.compile(r"<page\b[^>]*>(.*?)</page>", re.S)
_WORD_RE = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', re.S
)


def is_pdf(path: Path) -> bool:
    """Whether the file begins as a PDF does (``%PDF-``)."""
    try:
        with path.open("rb") as file:
            return file.read(5) == b"%PDF-"
    except OSError as error:
        raise FileError(error.errno or errno.EIO, error.strerror or str(error), str(path)) from None


def _pdftotext(path: Path, options: list[str]) -> str:
    program = shutil.which("pdftotext")
    if program is None:
        raise file_error(
            errno.ENOENT,
            "pdftotext (poppler-utils) is not installed; "
            "scripts/install-system-deps.sh installs it",
            str(path),
            "pdftotext (poppler-utils) är inte installerat; "
            "scripts/install-system-deps.sh installerar det",
        )
    command = [program, "-enc", "UTF-8", *options, argument_path(path), "-"]
    try:
        done = run(command, timeout=TIMEOUT_SECONDS, memory=MEMORY_BYTES)
    except subprocess.TimeoutExpired:
        raise file_error(
            errno.ETIMEDOUT,
            f"pdftotext took more than {TIMEOUT_SECONDS} s",
            str(path),
            f"pdftotext tog mer än {TIMEOUT_SECONDS} s",
        ) from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
        raise file_error(
            errno.EIO,
            f"pdftotext cannot read the file: {message}",
            str(path),
            f"pdftotext kan inte läsa filen; pdftotext skriver: “{message}”",
        )
    return done.stdout.decode("utf-8", "replace")


def page_texts(path: Path) -> list[str]:
    """The plain text of each page of the PDF at `path` (pdftotext's reading order), one string
    a page. FileError if pdftotext is missing or cannot read it."""
    text = _pdftotext(path, [])
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # pdftotext ends the last page with a form feed too
    return pages


@dataclass(frozen=True)
class Word:
    """A word of a page and its box (points, y downwards)."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def _lines(page: list[Word]) -> list[list[Word]]:
    """The page's words set into lines: a word on the level of the line's last word and to
    its right continues it."""
    lines: list[list[Word]] = []
    for word in page:
        height = max(word.y1 - word.y0, 1.0)
        last = lines[-1][-1] if lines else None
        if last is not None and abs(word.y0 - last.y0) < 0.3 * height and word.x0 >= last.x1 - 0.5:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def _line_text(line: list[Word]) -> str:
    text = line[0].text
    for before, word in zip(line, line[1:], strict=False):
        gap = word.x0 - before.x1
        text += (" " if gap > 0.1 * max(word.y1 - word.y0, 1.0) else "") + word.text
    return text


def _footer_key(line: list[Word]) -> str:
    # A running footer differs from page to page in its numbers only ("Sida 3 av 40").
    return re.sub(r"\d+", "#", _line_text(line))


def _without_running_footer(paged: list[list[list[Word]]]) -> list[list[list[Word]]]:
    """The pages without the line printed at the bottom of most of them (page numbers): it is
    page furniture, and left in place it would hide where a paragraph runs on overleaf."""
    lasts = [_footer_key(lines[-1]) for lines in paged if lines]
    if len(lasts) < 2:
        return paged
    footer = max(lasts, key=lasts.count)  # of lines as common, the first page's: reproducible
    if lasts.count(footer) * 2 < len(lasts) or "#" not in footer:
        return paged
    return [lines[:-1] if lines and _footer_key(lines[-1]) == footer else lines for lines in paged]


def words_to_text(pages: list[list[Word]]) -> str:
    """Words in drawing order, page by page, set into lines and paragraphs (see the module).

    A line printed at the top of most pages is a running header; the first line under it
    continues the last paragraph of the page before when that page's last line starts at the
    left margin and either runs to the right one or does not end a sentence."""
    paged = _without_running_footer([_lines(page) for page in pages])
    firsts = [_line_text(lines[0]) for lines in paged if lines]
    # Of lines as common, the first page's (a set's order would vary from run to run).
    header = max(firsts, key=firsts.count) if len(firsts) >= 2 else None
    if header is not None and firsts.count(header) * 2 < len(firsts):
        header = None
    out: list[str] = []
    continues = False
    for lines in paged:
        _page_lines(out, lines, header, continues)
        continues = _runs_on(lines, header)
    return "\n".join(out) + "\n"


def _page_lines(
    out: list[str], lines: list[list[Word]], header: str | None, continues: bool
) -> None:
    """A page's lines added to `out`: a form feed before its first, an empty line where a
    paragraph begins (a gap above the line, or the first line where the page before does not
    run on)."""
    page_start = True
    previous: Word | None = None
    for line in lines:
        text = _line_text(line)
        first = line[0]
        height = max(first.y1 - first.y0, 1.0)
        if page_start and text == header:
            out.append("\f" + text)
            page_start = False
            continue
        if previous is None:
            if out and not continues:
                out.append("")
            out.append(("\f" if page_start else "") + text)
        else:
            step = first.y0 - previous.y0
            if step < -0.3 * height or step > PARAGRAPH_GAP * height:
                out.append("")
            out.append(text)
        page_start = False
        previous = first


def _runs_on(lines: list[list[Word]], header: str | None) -> bool:
    """Whether a page's last paragraph runs on overleaf: its last line starts at the left margin
    and runs to the right one or does not end a sentence."""
    body = [line for line in lines if _line_text(line) != header]
    if not body:
        return False
    left = min(line[0].x0 for line in body)
    right = max(line[-1].x1 for line in body)
    width = right - left
    last_text = _line_text(body[-1])
    return body[-1][0].x0 <= left + 0.05 * width and (
        body[-1][-1].x1 >= right - 0.1 * width or not last_text.endswith(_SENTENCE_ENDS)
    )


def pdf_text(path: Path) -> str:
    """The text of the PDF at `path` as the importer reads it (see the module). FileError where
    pdftotext is missing or cannot read the file."""
    page_texts = _PAGE_RE.findall(_pdftotext(path, ["-raw", "-bbox"]))
    pages = [
        [
            Word(float(a), float(b), float(c), float(d), html.unescape(t))
            for a, b, c, d, t in _WORD_RE.findall(page)
        ]
        for page in page_texts
    ]
    return words_to_text(pages)
