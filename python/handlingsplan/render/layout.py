"""What every format of Bilaga 1 shares: the shape of the core's appendix, the published columns
and their widths, the words for an empty part, and the flat records of the data formats.

The renderers rely on nothing but the attributes of the protocols below, so they work on the
core's object (`handlingsplan._core.Appendix`) and on any stand-in with the same shape.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from .._core import AppendixWords, PlanWords

__all__ = [
    "EMPTY_TEXT",
    "PAGE_COLUMN",
    "STANDARD_WORDS",
    "AppendixLike",
    "CellLike",
    "Record",
    "RowLike",
    "SectionLike",
    "TableLike",
    "appendix_words",
    "check_shape",
    "column_width_table",
    "content_widths",
    "empty_text",
    "has_priorities",
    "record_columns",
    "record_values",
    "records",
    "relative_widths",
    "section_columns",
    "table_widths",
]

#: The 2019–2022 plan's words, the core's catalogue (`PlanWords.standard()`): every word of
#: Bilaga 1 below is asked of it, never written here.
STANDARD_WORDS: PlanWords = PlanWords.standard()
_WORDS: AppendixWords = STANDARD_WORDS.appendix
_SECTION_KINDS = ("aktuella", "genomförda", "avskrivna")

#: Bilaga 1's column of the page on which a measure stands in the report's Åtgärder chapter.
PAGE_COLUMN = _WORDS.page_column

#: The line shown under a heading whose section or table has no measure, so an empty part of
#: the appendix is visibly empty rather than silently missing.
EMPTY_TEXT = _WORDS.empty


def _section_columns(words: AppendixWords) -> dict[str, tuple[str, ...]]:
    # The published columns of each section, in the report's order. They fix the CSV's columns
    # and the columns of an Excel sheet whose section has no table to take them from.
    return {kind: tuple(words.columns(kind)) for kind in _SECTION_KINDS}


def _known_columns(words: AppendixWords) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c for cs in _section_columns(words).values() for c in cs))


# Flat records (CSV, pandas) name their own fields in English, like the structured appendix.
_RECORD_FIELDS = ("section", "priority", "id")
#: An Excel sheet is read by people, so its priority column gets the report's own word.
SHEET_PRIORITY_COLUMN = STANDARD_WORDS.levels.priority

# Relative column widths, roughly in characters of their usual content, so that one table serves
# Word (scaled to the page), HTML (as percentages) and Excel (as character widths). "#", "Status",
# "Sida" and "Ansvarig myndighet" are wide enough that "1.1.14.", "Uppdaterad,", the bold header
# "Sida" and "Säkerhetspolisen," stay on one line in Word at 11 pt, even in a font as wide as
# DejaVu Serif (what LibreOffice shows for Cambria); "Åtgärd" wraps well and takes the rest.
# Keyed by the column's part in the catalogue, so that a plan's own headings get the same widths.
_ROLE_WIDTHS: dict[str, float] = {
    "number_column": 13,
    "measure_column": 44,
    "agencies_column": 30,
    "status_column": 21,
    "page_column": 10,
    "completed_column": 9,
    "withdrawn_column": 13,
}
_SHEET_PRIORITY_WIDTH = 45.0


def column_width_table(words: PlanWords) -> dict[str, float]:
    """The relative width of each column of Bilaga 1 in `words`, the priority column of an
    Excel sheet included."""
    table = {getattr(words.appendix, role): width for role, width in _ROLE_WIDTHS.items()}
    table[words.levels.priority] = _SHEET_PRIORITY_WIDTH
    return table


COLUMN_WIDTHS: dict[str, float] = column_width_table(STANDARD_WORDS)
DEFAULT_WIDTH = 14.0


def appendix_words(appendix: object) -> PlanWords:
    """The words `appendix` is written in (the core's appendix carries its plan's); the
    2019–2022 plan's for a stand-in without them."""
    words = getattr(appendix, "words", None)
    return words if isinstance(words, PlanWords) else STANDARD_WORDS


def empty_text(appendix: object) -> str:
    """ "Inga åtgärder.", or the plan's own line for an empty table."""
    return appendix_words(appendix).appendix.empty


# --- The shape of the structured appendix (duck-typed) ------------------------------------------


class CellLike(Protocol):
    """One printed cell: its paragraphs, and whether the first is the measure's title."""

    @property
    def paragraphs(self) -> Sequence[str]:
        """Trimmed paragraphs; none for an empty cell."""

    @property
    def titled(self) -> bool:
        """The first paragraph is the measure's title (set apart in bold)."""

    @property
    def text(self) -> str:
        """The paragraphs joined by a blank line."""


class RowLike(Protocol):
    """One measure's row."""

    @property
    def id(self) -> str:
        """The measure's id, "1.1.5"."""

    @property
    def cells(self) -> Sequence[CellLike]:
        """One cell per column of the row's table."""


class TableLike(Protocol):
    """A table: a priority's active measures, or all completed or withdrawn ones."""

    @property
    def title(self) -> str:
        """ "Strategisk prioritering 1. …", or "" for an untitled table."""

    @property
    def columns(self) -> Sequence[str]:
        """The column headers, as published."""

    @property
    def rows(self) -> Sequence[RowLike]:
        """The rows, in numeric id order; may be empty."""


class SectionLike(Protocol):
    """Aktuella, genomförda or avskrivna åtgärder."""

    @property
    def kind(self) -> str:
        """ "aktuella", "genomförda" or "avskrivna"."""

    @property
    def title(self) -> str:
        """ "Aktuella åtgärder" …"""

    @property
    def tables(self) -> Sequence[TableLike]:
        """Its tables, in order."""


class AppendixLike(Protocol):
    """Bilaga 1 as the core builds it."""

    @property
    def year(self) -> int:
        """The report's year."""

    @property
    def title(self) -> str:
        """ "Bilaga 1: Förteckning över åtgärder"."""

    @property
    def intro(self) -> str:
        """The paragraph that opens the list, or ""."""

    @property
    def sections(self) -> Sequence[SectionLike]:
        """Aktuella, genomförda, avskrivna."""


def check_shape(appendix: AppendixLike) -> None:
    """ValueError naming the row if any row has another number of cells than its table has
    columns, checked once so that no format can drop or shift a cell without a word."""
    for section in appendix.sections:
        for table in section.tables:
            for row in table.rows:
                if len(row.cells) != len(table.columns):
                    raise ValueError(
                        f"row {row.id!r} of table {table.title!r} has {len(row.cells)} cells "
                        f"for {len(table.columns)} columns"
                    )


def has_priorities(section: SectionLike) -> bool:
    """Whether the section is grouped by strategic priority ("aktuella" always is, even in a year
    where its tables happen to be missing)."""
    return section.kind == "aktuella" or any(table.title for table in section.tables)


# --- Flat records: one measure a record (CSV, pandas, Excel) -----------------------------------


@dataclass(frozen=True)
class Record:
    """One measure as a flat record: where it stands in the appendix and its cells by column."""

    section: str
    priority: str
    id: str
    cells: dict[str, str]


def records(sections: Iterable[SectionLike]) -> Iterator[Record]:
    """Every row of `sections` as a record, in order."""
    for section in sections:
        for table in section.tables:
            for row in table.rows:
                cells = {
                    column: cell.text for column, cell in zip(table.columns, row.cells, strict=True)
                }
                yield Record(section=section.kind, priority=table.title, id=row.id, cells=cells)


def _union_columns(known: Sequence[str], *groups: Sequence[str]) -> tuple[str, ...]:
    # The published columns first, in their fixed order, so a file's layout does not change
    # with the year; anything else the core adds follows in the order met.
    seen = [column for column in known if any(column in group for group in groups)]
    for group in groups:
        seen.extend(column for column in group if column not in seen)
    return tuple(seen)


def record_columns(
    sections: Sequence[SectionLike], words: PlanWords = STANDARD_WORDS
) -> tuple[str, ...]:
    """The fields of the flat records: section, priority, id, then every published column (in
    `words`, the plan's)."""
    known = _known_columns(words.appendix)
    return _RECORD_FIELDS + _union_columns(
        known, known, *(table.columns for section in sections for table in section.tables)
    )


def record_values(record: Record, columns: Iterable[str]) -> list[str | None]:
    """The record's values in `columns`; None for a column its section does not have."""
    fields = {"section": record.section, "priority": record.priority, "id": record.id}
    fields.update(record.cells)
    return [fields.get(column) for column in columns]


def section_columns(section: SectionLike, words: PlanWords = STANDARD_WORDS) -> tuple[str, ...]:
    """The published columns of `section` (in `words`, the plan's), known even when it has no
    table to show them."""
    return _union_columns(
        _known_columns(words.appendix),
        _section_columns(words.appendix).get(section.kind, ()),
        *(table.columns for table in section.tables),
    )


def relative_widths(columns: Sequence[str]) -> list[float]:
    """Each column's share of the table's width, summing to 1."""
    weights = [COLUMN_WIDTHS.get(column, DEFAULT_WIDTH) for column in columns]
    total = sum(weights)
    return [weight / total for weight in weights]


# What a line of the table holds, in characters of body text (about 95 at 11 pt on A4 between
# margins of 20 mm); a short column wants its longest line, up to a cap (an agency list wraps
# rather than take the Åtgärd column's room), and never less than its longest word.
LINE_CHARACTERS = 95.0
_SHORT_COLUMN_CAP = 22.0
# The status wraps to its longest word ("Uppdaterad, / tidplan och / innehåll").
_SHORT_COLUMN_CAPS = {_WORDS.status_column: 0.0}
_CELL_PADDING = 4.0
#: The column that wraps and takes what the short columns do not need; in a plan's own words,
#: the measure's column, the second of every table of the core's appendix.
WRAPPING_COLUMN = _WORDS.measure_column
_WRAPPING_POSITION = 1
_WRAPPING_MIN_SHARE = 0.45
_WRAPPING_MAX_SHARE = 0.55


def _longest(texts: Iterable[str], unit: Callable[[str], Iterable[str]]) -> float:
    return float(max((len(piece) for text in texts for piece in unit(text)), default=0))


def content_widths(columns: Sequence[str], cells: Sequence[Sequence[str]]) -> list[float]:
    """Each column's share of the table's width, summing to 1, from what the columns hold
    (`cells`: the texts of each column, column by column): a short column ("#", "Ansvarig
    myndighet", "Status", "Sida", "Klar", "Avskriven") is as wide as its longest line up to a cap
    and at least its longest word, header included; the wrapping column (Åtgärd) takes the
    rest, at least 45 %. Word, PDF and HTML lay out their tables by it."""
    if WRAPPING_COLUMN in columns:
        wrapping = columns.index(WRAPPING_COLUMN)
    else:
        wrapping = _WRAPPING_POSITION if len(columns) > _WRAPPING_POSITION + 2 else -1
    wanted: list[float] = []
    for index, column in enumerate(columns):
        texts = cells[index] if index < len(cells) else ()
        word = _longest([column, *texts], str.split)  # the header may wrap, not break a word
        line = _longest(texts, str.splitlines)
        cap = _SHORT_COLUMN_CAPS.get(column, _SHORT_COLUMN_CAP)
        wanted.append(max(word, min(line, cap)) + _CELL_PADDING)
    if wrapping >= 0:
        others = sum(want for index, want in enumerate(wanted) if index != wrapping)
        wanted[wrapping] = max(
            LINE_CHARACTERS - others, others * _WRAPPING_MIN_SHARE / (1 - _WRAPPING_MIN_SHARE)
        )
    total = sum(wanted) or 1.0
    shares = [want / total for want in wanted]
    if wrapping >= 0 and shares[wrapping] > _WRAPPING_MAX_SHARE:
        # The short columns share the rest in proportion to what they want.
        rest = 1 - shares[wrapping]
        shares = [
            _WRAPPING_MAX_SHARE if index == wrapping else share * (1 - _WRAPPING_MAX_SHARE) / rest
            for index, share in enumerate(shares)
        ]
    return shares


def table_widths(table: TableLike) -> list[float]:
    """`content_widths` of a table of the appendix, from its rows' cells."""
    cells = [[row.cells[index].text for row in table.rows] for index in range(len(table.columns))]
    return content_widths(table.columns, cells)
