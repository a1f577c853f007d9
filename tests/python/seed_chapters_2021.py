"""The tests' own reader of the 2021 report's prose chapters (data/sources/redovisning-2021.txt),
sharing no code with the library's importer (handlingsplan.readers.chapters).

What it knows it learned from reading the text: the chapters are headed by a line of their own
("Sammanfattning", "Introduktion", "Myndigheternas arbete med handlingsplanen", "Extern
samverkan", "Slutord"), each ends where the next chapter's heading ("Uppföljning", "Åtgärder",
"Bilaga 1:") stands; the chapter's heading is printed again at the top of its later pages; the
Introduktion has one subheading, "Nationell strategi", and ends, as prose, where the figure of the
strategy's priorities and objectives begins ("Översikt över de strategiska prioriteringar …").
Paragraphs are separated by empty lines; a group of lines that begins in lower case continues
the one before (a page break); lines that begin with "•" or "N." are list items.

Texts are compared by `key`: letters and digits only, lower case, so that the line-break
hyphenation a reader repairs (or not) makes no difference while every word does."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "data" / "sources" / "redovisning-2021.txt"

CHAPTERS = (
    "Sammanfattning",
    "Introduktion",
    "Myndigheternas arbete med handlingsplanen",
    "Extern samverkan",
    "Slutord",
)
ENDS = ("Uppföljning", "Åtgärder", "Bilaga 1:")
SUBHEADINGS = ("Nationell strategi",)
FIGURE = "Översikt över de strategiska prioriteringar"
ITEM = re.compile(r"^(•|\d\.)\s*")


@dataclass(frozen=True)
class Piece:
    """A paragraph, a subheading or a list item of a chapter, and where it starts."""

    kind: str  # "paragraph", "heading", "item"
    text: str  # the lines joined with spaces, as printed (hyphens left)
    line: int


def key(text: str) -> str:
    """Letters and digits of `text`, lower case."""
    return "".join(c for c in text.lower() if c.isalnum())


def _lines() -> list[str]:
    return [" ".join(line.split()) for line in SOURCE.read_text(encoding="utf-8").splitlines()]


def _span(lines: list[str], heading: str) -> tuple[int, int]:
    start = lines.index(heading)
    stops = [*CHAPTERS, *ENDS]
    end = next(
        i
        for i in range(start + 1, len(lines))
        if (lines[i] in stops and lines[i] != heading) or lines[i].startswith(("Bilaga 1:", FIGURE))
    )
    return start, end


def _groups(lines: list[str], start: int, end: int, heading: str) -> list[list[tuple[int, str]]]:
    groups: list[list[tuple[int, str]]] = [[]]
    for no in range(start + 1, end):
        text = lines[no]
        if text == heading or "Samlad informations- och cybersäkerhetshandlingsplan 2019" in text:
            continue
        if not text:
            groups.append([])
        elif groups[-1] or not (len(groups) > 1 and text[:1].islower()):
            groups[-1].append((no + 1, text))
        else:
            # A page break between a paragraph (or item) and its end.
            previous = next(g for g in reversed(groups) if g)
            previous.append((no + 1, text))
    return [g for g in groups if g]


def _pieces(group: list[tuple[int, str]]) -> list[Piece]:
    out: list[Piece] = []
    first_no, first = group[0]
    if first in SUBHEADINGS:
        out.append(Piece("heading", first, first_no))
        group = group[1:]
    for no, text in group:
        if ITEM.match(text):
            out.append(Piece("item", ITEM.sub("", text), no))
        elif out and out[-1].kind != "heading":
            last = out[-1]
            out[-1] = Piece(last.kind, last.text + " " + text, last.line)
        else:
            out.append(Piece("paragraph", text, no))
    return out


def chapters() -> dict[str, list[Piece]]:
    """Each prose chapter's paragraphs, subheadings and list items, in printed order."""
    lines = _lines()
    out: dict[str, list[Piece]] = {}
    for heading in CHAPTERS:
        start, end = _span(lines, heading)
        out[heading] = [p for g in _groups(lines, start, end, heading) for p in _pieces(g)]
    return out
