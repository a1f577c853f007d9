"""One measure across the plan's reports (`Plan.history`): its state in each report, what changed
from the report before, and where each recorded change came from, as text, a DataFrame and a
Jupyter table."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING

from . import _core

if TYPE_CHECKING:
    import jinja2
    import pandas as pd

__all__ = ["HistoryRow", "MeasureHistory", "source_text"]


@dataclass(frozen=True)
class HistoryRow:
    """The measure in one report, as the frame, the table and the text show it."""

    year: int
    state: str  # "utkast" or "inlämnad"
    status: str
    period: str
    title: str
    description: str
    agencies: str
    reopenings: list[str]
    changes: list[str]
    sources: list[str]


#: The columns of `MeasureHistory.to_dataframe`, in order: the fields of a row.
HISTORY_COLUMNS = tuple(field.name for field in fields(HistoryRow))

_STATE_WORDS = {_core.ReportState.draft: "utkast", _core.ReportState.final: "inlämnad"}


def _environment() -> jinja2.Environment:
    from ._templates import environment  # Jinja2 loads with the first view

    return environment("handlingsplan", keep_trailing_newline=False)


def source_text(change: _core.RecordedChange) -> str:
    """Where a recorded change came from, in Swedish, with the agency's comment and the note:
    'FRA, FRA.xlsx, Åtgärder!F3, inläst 2022-02-03; kommentar: "Klart."'."""
    parts = []
    if change.source is not None:
        parts.append(change.source.text())
        if change.source.comment:
            parts.append(f'kommentar: "{change.source.comment}"')
    if change.note:
        parts.append(f'anteckning: "{change.note}"')
    return "; ".join(parts)


def _reopenings(entry: _core.HistoryEntry) -> list[str]:
    return [f"återöppnad {r.date.isoformat()}: {r.reason}" for r in entry.reopenings]


def _sources(entry: _core.HistoryEntry) -> list[str]:
    return [f"{change.text()} ({source_text(change)})" for change in entry.recorded]


class MeasureHistory:
    """Every report's state of one measure, oldest first (`Plan.history`)."""

    def __init__(self, entries: list[_core.HistoryEntry]) -> None:
        self._entries = entries

    @property
    def id(self) -> _core.MeasureId:
        """The measure's id."""
        return self._entries[0].measure.id

    @property
    def entries(self) -> list[_core.HistoryEntry]:
        """The measure in each report that holds it, oldest first."""
        return list(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[_core.HistoryEntry]:
        return iter(self._entries)

    def rows(self) -> list[HistoryRow]:
        """One row per report, the fields of HISTORY_COLUMNS."""
        return [
            HistoryRow(
                year=entry.year,
                state=_STATE_WORDS[entry.state],
                status=entry.measure.status.printed_text,
                period=str(entry.measure.period) if entry.measure.period else "",
                title=entry.measure.title,
                description=entry.measure.description,
                agencies=entry.measure.agencies.text,
                reopenings=_reopenings(entry),
                changes=[change.text() for change in entry.changes],
                sources=_sources(entry),
            )
            for entry in self._entries
        ]

    def to_dataframe(self) -> pd.DataFrame:
        """One row per report: year, state, status, period, texts, the report's reopenings, what
        changed from the report before and the recorded sources (lists of Swedish texts)."""
        import pandas as pd

        return pd.DataFrame([asdict(row) for row in self.rows()], columns=list(HISTORY_COLUMNS))

    def summary(self) -> str:
        """The history in Swedish, a paragraph per report."""
        lines = [f"Åtgärd {self.id}: {self._entries[-1].measure.title}"]
        for row in self.rows():
            period = f", {row.period}" if row.period else ""
            lines.append(f"{row.year} ({row.state}): {row.status}{period}")
            lines.extend(f"  {text}" for text in row.reopenings)
            lines.extend(f"  ändrat: {text}" for text in row.changes)
            lines.extend(f"  källa: {text}" for text in row.sources)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        template = _environment().get_template("history.html.j2")
        return template.render(id=str(self.id), rows=self.rows())

    def __repr__(self) -> str:
        years = ", ".join(str(entry.year) for entry in self._entries)
        return f"<MeasureHistory {self.id}: {years}>"
