"""The importer's intermediate model: what the front ends make of the text (the chapter's
blocks, Bilaga 1's rows of lines) before the form-independent reader turns it into the plan."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import _core
from .._core import Agencies, MeasureId, Status
from ._layout import Line
from .journal import Journal

# ReadReport is documented where the package exports it (handlingsplan.readers).
__all__ = ["Block", "Chapter", "Entry", "Listed"]


@dataclass
class Block:
    """One numbered measure of the Åtgärder chapter, as printed."""

    id: MeasureId
    number_line: int
    body: list[Line]  # title, marking and description lines (with blanks)
    agency_lines: list[Line]
    period_line: Line
    page_first: int | None
    page_last: int | None


@dataclass
class Chapter:
    """The Åtgärder chapter: headings and blocks."""

    priorities: dict[int, tuple[int, str]] = field(default_factory=dict)
    objectives: list[tuple[str, int, str]] = field(default_factory=list)  # (id, line, text)
    blocks: list[Block] = field(default_factory=list)
    page_checks: list[str] = field(default_factory=list)


@dataclass
class Entry:
    """One row of a Bilaga 1 table: its number and its lines."""

    id: MeasureId
    line: int
    dotted: bool
    lines: list[Line]  # the first line with the number removed; blanks kept


@dataclass
class Listed:
    """A row of Bilaga 1, read."""

    id: MeasureId
    line: int
    title: str
    agencies: Agencies
    status: Status
    page: int | None = None
    description: str = ""


@dataclass
class ReadReport:
    """What `read_report_text` gives: the plan holding the report, and the journal."""

    plan: _core.Plan
    journal: Journal
    year: int
