"""The text forms of a report and what each of them needs before the reader reads it.

A report's text reaches the importer in one of three forms:

- ``text``: the text the importer was written for, the seed's own extraction or what
  `readers.pdf.pdf_text` gives a PDF: Bilaga 1's cells one after the other, each on lines of its
  own, an empty line between two cells and between two paragraphs.
- ``pdftotext``: poppler's ``pdftotext`` without options. The running text comes line by line
  without the empty lines between paragraphs; Bilaga 1's cells come in the order poppler's
  reading order gives them, sometimes row by row with the cells' lines interleaved, sometimes
  column by column; words broken at a line end are joined.
- ``pdftotext -layout``: the text set by its position on the page. The running text keeps its
  paragraphs apart; Bilaga 1's columns stand side by side, at the positions of the table's header
  line, and a paragraph break inside a cell shows only where another column prints a line beside
  it.

`text_form` tells them apart, `without_page_furniture` drops the page numbers a form prints
("Sida 3 av 40", a bare number at a page's top or bottom) in all of them, `layout_section`
sets the columns of a ``-layout`` section of Bilaga 1 back into cells, and `suspended_hyphens`
puts back the hyphens the plain text drops before a conjunction. The plain text's Bilaga 1 is
read against the chapter by the reader (`redovisning._Reader.plain_aktuella`, `plain_closed`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .._core import PlanWords
from ._layout import Line, join_lines, normalise_ws
from .journal import Journal

__all__ = [
    "LAYOUT",
    "PLAIN",
    "TEXT",
    "LayoutRow",
    "layout_rows",
    "layout_section",
    "suspended_hyphens",
    "text_form",
    "without_page_furniture",
]

TEXT = "text"
PLAIN = "pdftotext"
LAYOUT = "pdftotext -layout"

# The 2019–2022 plan's Bilaga 1 (the core's catalogue): its column headings.
_APPENDIX = PlanWords.standard().appendix
_AGENCY_WORD, _, _AGENCY_REST = _APPENDIX.agencies_column.partition(" ")
# Bilaga 1's header line as -layout sets it: the column titles apart by two spaces or more.
LAYOUT_HEADER_RE = re.compile(
    r"^\s*"
    + re.escape(_APPENDIX.number_column)
    + r"\s{2,}"
    + re.escape(_APPENDIX.measure_column)
    + r"\s{2,}"
    + re.escape(_AGENCY_WORD)
    + r"(\s+"
    + re.escape(_AGENCY_REST)
    + r")?\s{2,}(\S+)"
)
# The page footer the library's documents print, and a bare page number.
PAGE_OF_RE = re.compile(r"^Sida (\d+) av (\d+)$")
BARE_NUMBER_RE = re.compile(r"^\d{1,4}$")
# How the last line of a paragraph ends.
SENTENCE_ENDS = (".", "!", "?", ":", "”", ")")
# Words printed apart by this many spaces or more stand in different columns.
CHUNK_RE = re.compile(r"\S+(?: \S+)*")
ID_RE = re.compile(r"^\d+\.\d+\.\d+\.?$")


def text_form(lines: list[Line]) -> str:
    """Which of the three forms (see the module) the lines are."""
    for k, line in enumerate(lines):
        if LAYOUT_HEADER_RE.match(line.raw):
            return LAYOUT
        if line.text == _APPENDIX.number_column:
            following = [x.text for x in lines[k + 1 : k + 4] if x.text]
            if following[:1] == [_APPENDIX.measure_column]:
                return PLAIN
    return TEXT


def pages(lines: list[Line]) -> list[list[Line]]:
    """The lines page by page (a page begins at a line marked `page_start`)."""
    out: list[list[Line]] = [[]]
    for line in lines:
        if line.page_start and out[-1]:
            out.append([])
        out[-1].append(line)
    return out


def _edge_numbers(paged: list[list[Line]], anywhere: bool) -> set[int]:
    """The source lines of bare page numbers at the top or bottom of the pages: a bare number
    at a page's edge that runs with the pages (one more on each) on most of them. With
    `anywhere` (pdftotext's plain text, which may print a page's footer amid its text), the
    number that runs with the pages is dropped wherever it stands on its page."""
    found = _edges(paged)
    offsets = [number - index for index, number, _ in found]
    if not offsets:
        return set()
    offset = max(set(offsets), key=offsets.count)
    pages_with = {index for index, number, _ in found if number - index == offset}
    if len(pages_with) < 2 or len(pages_with) * 2 < len(paged):
        return set()
    if anywhere:
        return {
            x.no
            for index, page in enumerate(paged)
            for x in page
            if BARE_NUMBER_RE.match(x.text) and int(x.text) == index + offset
        }
    return {no for index, number, no in found if number - index == offset}


def _edges(paged: list[list[Line]]) -> list[tuple[int, int, int]]:
    """The bare numbers at the top or bottom of the pages: (page index, number printed,
    line)."""
    found: list[tuple[int, int, int]] = []
    for index, page in enumerate(paged):
        texts = [x for x in page if x.text]
        for edge in texts[:1] + texts[-1:]:
            if BARE_NUMBER_RE.match(edge.text):
                found.append((index, int(edge.text), edge.no))
    return found


def without_page_furniture(lines: list[Line], form: str, journal: Journal) -> list[Line]:
    """The lines without the page numbers (see the module), each dropped line noted in the
    journal. In the pdftotext forms the empty lines at the foot of a page go too, where the
    page's last paragraph runs on overleaf (its last line does not end a sentence or runs to
    the right margin); an empty line at a page's foot in those forms is page space, not a
    paragraph break. Lines keep their numbers."""
    paged = pages(lines)
    dropped = _edge_numbers(paged, anywhere=form == PLAIN)
    for page in paged:
        for line in page:
            m = PAGE_OF_RE.match(line.text)
            if m and int(m.group(1)) <= int(m.group(2)):
                dropped.add(line.no)
    if dropped:
        shown = ", ".join(str(no) for no in sorted(dropped))
        journal.note(
            min(dropped),
            f"Sidnummer tryckta som sidutsmyckning utelämnas (rader {shown}).",
        )
    out: list[Line] = []
    for page in paged:
        kept = [x for x in page if x.no not in dropped]
        if form != TEXT and out and kept and kept[0].page_start:
            _page_foot(out, form, journal)
        out.extend(kept)
    return out


def _page_foot(out: list[Line], form: str, journal: Journal) -> None:
    """The empty lines at the foot of the page before (the end of `out`) taken out, where its
    text runs on overleaf."""
    body = [x for x in out if x.text]
    last = body[-1] if body else None
    if last is None or not runs_on(last, out):
        return
    while out and not out[-1].text:
        out.pop()
    if last.text.endswith(SENTENCE_ENDS):
        journal.decision(
            last.no,
            f"Rad {last.no}, den sista på sin sida, avslutar en mening och når "
            f"(nästan) till högermarginalen: dess stycke antas fortsätta "
            f"på nästa sida ({form} visar ingen styckebrytning vid en sidas fot).",
        )


def runs_on(last: Line, before: list[Line]) -> bool:
    """Whether the paragraph whose last line on a page is `last` goes on overleaf."""
    if not last.text.endswith(SENTENCE_ENDS):
        return True
    widths = [len(x.text) for x in before[-60:] if x.text]
    return bool(widths) and len(last.text) >= 0.85 * max(widths) and last.raw[:1] != " "


# ---------------------------------------------------------------------------------------------
# Bilaga 1 as pdftotext -layout sets it


Words = list[tuple[int, str]]  # (position on the line, word)


@dataclass
class RowLine:
    """One printed line of a row: its words per column, and the words that run from a column
    into the agencies' with single spaces (told apart per row, see `layout_rows`)."""

    line: Line | None  # None: an empty line
    parts: list[Words]
    agencies_start: int  # where the agencies' column begins on this line's page
    span: tuple[int, Words] | None = None  # (the column it begins in, its words)


@dataclass
class LayoutRow:
    """One row of a Bilaga 1 table as -layout prints it."""

    id: str
    line: int
    kinds: tuple[str, ...]  # what the table's columns hold (see `Columns`)
    lines: list[RowLine] = field(default_factory=list)


@dataclass(frozen=True)
class Columns:
    """The columns of a table, from its header line: where each begins and what it holds."""

    starts: tuple[int, ...]
    kinds: tuple[str, ...]  # "id", "title", "agencies", "status", "page", "year"


def columns_of(header: Line) -> Columns | None:
    """The columns a -layout header line sets: "#", "Åtgärd", "Ansvarig (myndighet)", then
    "Status" and "Sida", or "Klar" or "Avskriven"."""
    raw = header.raw
    if not LAYOUT_HEADER_RE.match(raw):
        return None
    starts = [
        raw.index(_APPENDIX.number_column),
        raw.index(_APPENDIX.measure_column),
        raw.index(_AGENCY_WORD),
    ]
    kinds = ["id", "title", "agencies"]
    for word, kind in (
        (_APPENDIX.status_column, "status"),
        (_APPENDIX.page_column, "page"),
        (_APPENDIX.completed_column, "year"),
        # A part of the word: -layout may break "Avskriven" over the header's two lines.
        (_APPENDIX.withdrawn_column[:7], "year"),
    ):
        if m := re.search(r"\s" + word, raw[starts[2] :]):
            starts.append(starts[2] + m.start() + 1)
            kinds.append(kind)
    return Columns(tuple(starts), tuple(kinds))


STATUS_WORDS = frozenset(
    {"Uppdaterad,", "Uppdaterad", "tidplan", "tidplan,", "och", "innehåll", "Ny", "åtgärd"}
)


def _holds(kind: str, words: list[str]) -> bool:
    text = " ".join(words)
    if kind == "page":
        return bool(re.fullmatch(r"\d{1,3}", text))
    if kind == "year":
        return bool(re.fullmatch(r"\d{4}", text))
    if kind == "status":
        return bool(words) and all(w in STATUS_WORDS for w in words)
    return True


def _chunks(raw: str) -> list[Words]:
    return [
        [(m.start() + w.start(), w.group()) for w in re.finditer(r"\S+", m.group())]
        for m in CHUNK_RE.finditer(raw)
    ]


def _column_at(columns: Columns, position: int) -> int:
    """The column a word printed at `position` stands in (-layout rounds positions: a little
    to the left of a column's start still counts as the column)."""
    index = 0
    for k, start in enumerate(columns.starts):
        if position >= start - 2:
            index = k
    return index


def _end(words: Words) -> int:
    return words[-1][0] + len(words[-1][1])


def _split_typed(columns: Columns, words: Words) -> list[tuple[int, Words]]:
    """A chunk's words split off where they reach a column of numbers or statuses and hold what
    that column holds (a page, a year, status words); the rest stays in the chunk's column."""
    parts: list[tuple[int, Words]] = []
    first = _column_at(columns, words[0][0])
    for k in range(len(columns.starts) - 1, first, -1):
        if columns.kinds[k] not in ("status", "page", "year") or not words:
            continue
        if _end(words) < columns.starts[k] - 1:
            continue
        for cut in range(1, len(words)):
            tail = words[cut:]
            if tail[0][0] >= columns.starts[k - 1] and _holds(
                columns.kinds[k], [w for _, w in tail]
            ):
                parts.insert(0, (k, tail))
                words = words[:cut]
                break
    if words:
        parts.insert(0, (first, words))
    return parts


def layout_rows(lines: list[Line], columns: Columns) -> list[LayoutRow]:
    """The rows of one -layout table: `lines` follow its header line up to the table's end. A
    line whose first column holds a measure number begins a row; a line before the first row
    continues the row of the page before (returned with the id "")."""
    rows: list[LayoutRow] = []
    width = len(columns.starts)
    agencies = columns.kinds.index("agencies")
    for line in lines:
        if not line.text:
            if rows:
                rows[-1].lines.append(
                    RowLine(None, [[] for _ in range(width)], columns.starts[agencies])
                )
            continue
        row_line = RowLine(line, [[] for _ in range(width)], columns.starts[agencies])
        chunks = _chunks(line.raw)
        number = chunks[0][0] if chunks else None
        if number is not None and ID_RE.match(number[1]) and number[0] < columns.starts[1] - 1:
            rows.append(LayoutRow(number[1], line.no, columns.kinds))
            chunks[0] = chunks[0][1:]
        elif not rows:
            rows.append(LayoutRow("", line.no, columns.kinds))
        _place(row_line, columns, chunks, agencies)
        rows[-1].lines.append(row_line)
    return rows


def _place(row_line: RowLine, columns: Columns, chunks: list[Words], agencies: int) -> None:
    """The words of a line's chunks set into their columns of `row_line` (a title running into
    the agencies' column kept as the line's span)."""
    for chunk in chunks:
        if not chunk:
            continue
        for k, words in _split_typed(columns, chunk):
            k = max(k, 1)  # nothing but the number stands in the first column
            if k < agencies and _end(words) > columns.starts[agencies] and len(words) > 1:
                row_line.span = (k, words)
            else:
                row_line.parts[k] = row_line.parts[k] + words


def _cells(row: LayoutRow, cuts: tuple[int, ...]) -> list[list[Line]]:
    """The row's cells with the spans cut at `cuts` (one per span: how many of its words stay
    left): per column its lines, an empty Line where the column leaves a line empty between
    two of its lines (a gap: a paragraph break)."""
    agencies = row.kinds.index("agencies")
    width = len(row.kinds)
    cells: list[list[Line]] = [[] for _ in range(width)]
    gaps = [False] * width
    spans = iter(cuts)
    for row_line in row.lines:
        parts = [list(p) for p in row_line.parts]
        if row_line.span is not None:
            k, words = row_line.span
            cut = next(spans)
            parts[k] = parts[k] + words[:cut]
            parts[agencies] = words[cut:] + parts[agencies]
        for k in range(1, width):
            text = " ".join(w for _, w in parts[k])
            if not text:
                gaps[k] = bool(cells[k])
                continue
            no = row_line.line.no if row_line.line is not None else row.line
            if gaps[k]:
                cells[k].append(Line(no, "", ""))
                gaps[k] = False
            cells[k].append(Line(no, text, normalise_ws(text)))
    return cells


def settle_row(
    row: LayoutRow,
    journal: Journal,
    agencies_ok: Callable[[str], bool],
    expected_agencies: str | None,
) -> list[list[Line]]:
    """The row's cells, its spans told apart: the cut that makes the agencies' lines read as
    agencies the registry knows; where more than one does, the one that gives the agencies as
    `expected_agencies` (the chapter's) has them, else the one nearest the column's position
    (noted in the journal)."""
    spans = [(x, x.span) for x in row.lines if x.span is not None]
    if not spans:
        return _cells(row, ())
    options = [range(1, len(words) + 1) for _, (_, words) in spans]
    scored = []
    for cuts in itertools.islice(itertools.product(*options), 4096):
        cells = _cells(row, cuts)
        text = join_lines(cells[row.kinds.index("agencies")])
        distance = sum(
            abs((words[cut][0] if cut < len(words) else _end(words) + 1) - x.agencies_start)
            for (x, (_, words)), cut in zip(spans, cuts, strict=True)
        )
        scored.append((not agencies_ok(text), text != expected_agencies, distance, cuts, text))
    scored.sort(key=lambda x: x[:3])
    best = scored[0]
    readable = [x for x in scored if not x[0]]
    first_line = spans[0][0].line
    no = first_line.no if first_line is not None else row.line
    if len({x[4] for x in readable}) > 1:
        reason = "som kapitlet trycker dem" if not best[1] else "orden närmast kolumnens läge"
        journal.decision(
            no,
            f"Bilaga 1 {row.id} (rad {no}): kolumnen Åtgärd går ihop med myndigheternas med ett "
            f"enda mellanslag; mer än en delning läses som myndigheter (“"
            + "”, “".join(sorted({x[4] for x in readable}))
            + f"”); “{best[4]}” tas, {reason}.",
        )
    return _cells(row, best[3])


def row_lines(row: LayoutRow, cells: list[list[Line]]) -> list[Line]:
    """The row as the text form prints it: the number and the first line of the Åtgärd
    column, then every cell's lines, an empty line between two cells."""
    out: list[Line] = []
    title = cells[1]
    if row.id:
        head = title[0].text if title and title[0].text else ""
        no = title[0].no if title and title[0].text else row.line
        out.append(Line(no, f"{row.id} {head}".strip(), f"{row.id} {head}".strip()))
        if head:
            title = title[1:]
    out.extend(title)
    for cell in cells[2:]:
        if cell:
            out.append(Line(cell[0].no, "", ""))
            out.extend(cell)
    return out


def layout_section(
    lines: list[Line],
    journal: Journal,
    agencies_ok: Callable[[str], bool],
    expected_agencies: Callable[[str], str | None],
) -> list[Line]:
    """A section of Bilaga 1 printed by -layout, as the text form prints it: every table set
    back into rows and cells (`row_lines`), everything else as it is. A row broken over two
    pages is one row again: the lines under the next page's header that begin no row (no
    number in the first column) continue the row before."""
    items: list[Line | LayoutRow] = []
    columns: Columns | None = None
    table: list[Line] = []

    def flush() -> None:
        if columns is None or not table:
            return
        for row in layout_rows(table, columns):
            last = next((x for x in reversed(items) if isinstance(x, LayoutRow)), None)
            if not row.id and last is not None:
                while last.lines and last.lines[-1].line is None:
                    last.lines.pop()  # the page's foot, not a gap in the row
                last.lines.extend(row.lines)
            elif not row.id:
                # Before the first row (a header's second line): left as printed.
                items.extend(x.line for x in row.lines if x.line is not None)
            else:
                items.append(row)
        table.clear()

    for line in lines:
        found = columns_of(line) if line.text else None
        if found is not None:
            flush()
            columns = found
            items.append(line)
            continue
        starts_left = bool(line.text) and not line.raw[:1].isspace()
        if columns is not None and starts_left and not ID_RE.match(line.text.split(" ")[0]):
            flush()
            columns = None
        if columns is None:
            items.append(line)
        else:
            table.append(line)
    flush()
    out: list[Line] = []
    for item in items:
        if isinstance(item, Line):
            out.append(item)
            continue
        cells = settle_row(item, journal, agencies_ok, expected_agencies(item.id))
        out.extend(row_lines(item, cells))
    return out


# ---------------------------------------------------------------------------------------------
# pdftotext's plain text

SUSPENDED_RE = re.compile(r"(\w+)- (?:och|eller|samt)\b")
CONJUNCTION_GLUED_RE = re.compile(r"\b(\w+?)(och|eller|samt)\b")


def suspended_hyphens(lines: list[Line], known: list[str], journal: Journal) -> list[Line]:
    """The lines with the suspended hyphens pdftotext took put back: its plain text joins a
    word broken at a line's end with the next one and drops the hyphen, also where the hyphen
    is a real one before a conjunction ("informations-" at a line's end, "och" on the next
    gives "informationsoch"). Such a word is split again where the text elsewhere (or the
    plan imported into, `known`) prints its first part with a hyphen before a conjunction;
    each one is noted in the journal."""
    prefixes = {
        m.group(1)
        for text in [*(x.text for x in lines), *known]
        for m in SUSPENDED_RE.finditer(text)
    }
    out = []
    for line in lines:

        def split(m: re.Match[str]) -> str:
            return f"{m.group(1)}- {m.group(2)}" if m.group(1) in prefixes else m.group(0)

        text = CONJUNCTION_GLUED_RE.sub(split, line.text)
        if text != line.text:
            journal.decision(
                line.no,
                f"Rad {line.no}: “{line.text}” läst som “{text}” (pdftotext sammanfogar ett ord "
                f"som brutits vid radslut med nästa och tappar bindestrecket; texten trycker "
                f"annars bindestrecket före konjunktionen).",
            )
            line = line.with_text(text)
        out.append(line)
    return out
