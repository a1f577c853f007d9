"""Lines of a report's text with the layout noise of a PDF's extraction made harmless.

What reaches the parser does not depend on how the text was laid out: line endings (LF, CRLF,
CR), form feeds between pages, tabs, non-breaking, em, en, thin and every other space, and
trailing spaces all become single spaces in `Line.text`; `Line.raw` keeps the line as printed (the em space a
PDF leaves after a title is a signal the parser reads there). Lines inside a paragraph are
joined by `join_lines`, which repairs words hyphenated across a line break and records every
join in the journal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .journal import (
    CASE_NUMBER_JOINED,
    DASH_JOINED,
    HYPHEN_AND_SPACE_KEPT,
    HYPHEN_KEPT,
    HYPHEN_REMOVED,
    Journal,
)

__all__ = ["Line", "join_lines", "normalise_ws", "paragraphs", "source_lines"]

# Every white space within a line: tabs, the no-break, en, em, thin and the other typographic
# spaces (a PDF's text may hold any of them).
SPACES_RE = re.compile(r"\s+")
# Conjunctions after which a line-final hyphen is a real one ("informations- och").
CONJUNCTIONS = frozenset({"och", "eller", "samt"})
# Short prefixes whose hyphen is part of the word ("it-säkerhet", "e-tjänst", "EU-nivå").
KEEP_HYPHEN_PREFIXES = frozenset({"it", "IT", "e", "E", "EU"})
CASE_NUMBER_END_RE = re.compile(r"[A-ZÅÄÖ][a-zåäö]*\d{4}/\d+/$")


@dataclass(frozen=True)
class Line:
    """One printed line: its 1-based number in the source, as printed, and normalised."""

    no: int
    raw: str
    text: str
    page_start: bool = False

    def with_text(self, text: str) -> Line:
        """The same line with another normalised text (a part of it)."""
        return Line(self.no, self.raw, text, self.page_start)


def normalise_ws(text: str) -> str:
    """Every run of white space (tabs and the typographic spaces too) as one space, trimmed."""
    return SPACES_RE.sub(" ", text).strip()


def source_lines(text: str) -> list[Line]:
    """The lines of a source text, whatever its line endings and page separators.

    A page of a PDF's text begins either with a form feed (pdftotext) or, in a text without
    form feeds, with one space before the first word (the seed's extraction); both mark
    `Line.page_start`."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    form_feeds = "\f" in text
    out: list[Line] = []
    for no, raw in enumerate(text.split("\n"), start=1):
        page_start = False
        if "\f" in raw:
            page_start = raw.lstrip(" \t").startswith("\f") and bool(raw.replace("\f", "").strip())
            raw = raw.replace("\f", "")
        elif not form_feeds and re.match(r"^ \S", raw):
            page_start = True
        out.append(Line(no, raw, normalise_ws(raw), page_start))
    return out


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Groups of non-empty lines separated by empty ones."""
    out: list[list[Line]] = [[]]
    for line in lines:
        if line.text:
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def join_pair(left: str, right: str) -> tuple[str, str | None]:
    """Joins two consecutive printed lines; returns the text and the rule used (None: a plain
    space)."""
    if left.endswith("-") and not left.endswith(" -"):
        last = left.split(" ")[-1]
        fragment = last[:-1].split("-")[-1].lstrip('(”"')
        first = right.split(" ")[0]
        if first.rstrip(",.;:") in CONJUNCTIONS:
            return left + " " + right, HYPHEN_AND_SPACE_KEPT
        if fragment in KEEP_HYPHEN_PREFIXES or (
            len(fragment) >= 2 and fragment.isalpha() and fragment.isupper()
        ):
            return left + right, HYPHEN_KEPT
        return left[:-1] + right, HYPHEN_REMOVED
    if re.search(r"\d–$", left) and right[:1].isdigit():
        return left + right, DASH_JOINED
    if left.endswith("/") and CASE_NUMBER_END_RE.search(left.split(" ")[-1]):
        return left + right, CASE_NUMBER_JOINED
    return left + " " + right, None


def join_lines(lines: list[Line], journal: Journal | None = None) -> str:
    """The printed lines of one paragraph as one text; every join that is more than a space is
    recorded in `journal` (when given) with the line it happened at."""
    texts = [line for line in lines if line.text]
    if not texts:
        return ""
    out = texts[0].text
    for prev, cur in zip(texts, texts[1:], strict=False):
        joined, rule = join_pair(out, cur.text)
        if rule and journal is not None:
            left = prev.text.split(" ")[-1]
            right = cur.text.split(" ")[0]
            if rule == HYPHEN_AND_SPACE_KEPT:
                result = left + " " + right
            elif rule == HYPHEN_REMOVED:
                result = left[:-1] + right
            else:
                result = left + right
            journal.join(prev.no, left, right, result, rule)
        out = joined
    return SPACES_RE.sub(" ", out).strip()
