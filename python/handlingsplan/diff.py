"""Year over year: what changed between two reports, as a table and as Swedish prose.

>>> d = plan.diff(2021, 2022)            # doctest: +SKIP
>>> print(d.summary())                    # doctest: +SKIP
5 nya åtgärder, 17 uppdaterade (6 tidplan, 7 innehåll, 4 tidplan och innehåll), 2 genomförda, 1 avskriven
"""

from __future__ import annotations

import html
import json
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from . import _core
from ._core import Change, StatusKind, measure_field_name
from ._safe_text import csv_field, markdown_text
from ._vocabulary import CHANGE_ORDER, CHANGE_WORDS
from .cells import TextList

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CHANGE_ORDER", "ReportDiff"]


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _ids(entries: Iterable[_core.MeasureDiff]) -> str:
    return ", ".join(str(e.id) for e in entries)


class ReportDiff:
    """What changed between two reports: every measure of either report in exactly one class
    (ny, ändrad, genomförd, avskriven, oförändrad, or försvunnen — an error in the data), the
    markings the later report should carry, and where its recorded markings disagree."""

    def __init__(
        self,
        core: _core.ReportDiff,
        reopenings: Sequence[_core.Reopening] = (),
        words: _core.PlanWords | None = None,
    ) -> None:
        self._core = core
        # The plan's words for its measures ("åtgärd", "aktivitet"); the 2019–2022 plan's if none.
        self._words = (words or _core.PlanWords.standard()).levels
        # A later report reopened after it was submitted: a correction on the record.
        self._reopenings = tuple(reopenings)

    @property
    def from_year(self) -> int:
        """The earlier report's year."""
        return self._core.from_year

    @property
    def to_year(self) -> int:
        """The later report's year."""
        return self._core.to_year

    @property
    def measures(self) -> list[_core.MeasureDiff]:
        """Every measure of either report, in numeric id order."""
        return self._core.measures

    def of(self, change: Change | str) -> list[_core.MeasureDiff]:
        """The measures of one class, e.g. ``d.of("ny")`` or ``d.of(Change.completed)``."""
        return self._core.of(_core.parse_change(change) if isinstance(change, str) else change)

    def updated(self) -> list[_core.MeasureDiff]:
        """Changed measures whose changes call for an "Uppdaterad" marking."""
        return [
            e
            for e in self.of(Change.changed)
            if e.derived is not None and e.derived.kind == StatusKind.updated
        ]

    def marking_disagreements(self) -> list[_core.MeasureDiff]:
        """Measures whose recorded status differs from what their changes call for."""
        return self._core.marking_disagreements()

    def problems(self) -> list[_core.MeasureDiff]:
        """Errors in the data: measures that vanish without a trace or come back after ending."""
        return self._core.problems()

    @property
    def empty(self) -> bool:
        """True when nothing changed (as when a report is compared with itself)."""
        return self._core.empty

    def counts(self) -> dict[str, int]:
        """The number of measures per class, every class present."""
        return {_core.change_text(c): self._core.count(c) for c in CHANGE_ORDER}

    def summary(self) -> str:
        """The changes as a person would write them, in Swedish, listing the measures by number."""
        updated = self.updated()
        aspects: dict[str, list[_core.MeasureDiff]] = {
            _core.Status.updated(schedule=s, content=c).aspects_text: []
            for s, c in ((True, False), (False, True), (True, True))
        }
        for entry in updated:
            assert entry.derived is not None
            aspects[entry.derived.aspects_text].append(entry)
        lines = [self._counts_line(updated, aspects)]
        if added := self.of(Change.added):
            lines.append(f"Nya: {_ids(added)}.")
        lines += [f"Uppdaterade, {name}: {_ids(e)}." for name, e in aspects.items() if e]
        lines += _ended_lines("Genomförda", self.of(Change.completed))
        lines += _ended_lines("Avskrivna", self.of(Change.withdrawn))
        lines += self._change_lines()
        lines += [f"Fel i underlaget: {e.id} {e.problem}." for e in self.problems()]
        lines += [_disagreement_line(e) for e in self.marking_disagreements()]
        lines += [
            f"Redovisningen {self.to_year} öppnades igen efter inlämningen "
            f"{reopening.date.isoformat()}: {reopening.reason}"
            for reopening in self._reopenings
        ]
        unchanged = len(self.of(Change.unchanged))
        one, many = self._measure_words()
        lines.append(_count(unchanged, f"{one} är oförändrad.", f"{many} är oförändrade."))
        return "\n".join(lines)

    def _counts_line(
        self, updated: list[_core.MeasureDiff], aspects: dict[str, list[_core.MeasureDiff]]
    ) -> str:
        """ "Från 2021 till 2022: 1 ny åtgärd, 3 uppdaterade (1 tidplan, …), …"."""
        detail = ", ".join(f"{len(v)} {k}" for k, v in aspects.items() if v)
        one, many = self._measure_words()
        parts = [
            _count(len(self.of(Change.added)), f"ny {one}", f"nya {many}"),
            _count(len(updated), "uppdaterad", "uppdaterade") + (f" ({detail})" if detail else ""),
            _count(len(self.of(Change.completed)), "genomförd", "genomförda"),
            _count(len(self.of(Change.withdrawn)), "avskriven", "avskrivna"),
        ]
        return f"Från {self.from_year} till {self.to_year}: " + ", ".join(parts) + "."

    def _measure_words(self) -> tuple[str, str]:
        """ "åtgärd", "åtgärder" (the plan's "aktivitet", "aktiviteter") in running text."""
        return self._words.measure.lower(), self._words.measures.lower()

    def _change_lines(self) -> list[str]:
        """The changed measures with their values: those whose page alone changed, then every
        change of schedule or content ("Ändrat i 1.1.4: tidsperiod 2019–2022 → 2019–2023.")."""
        changed = self.of(Change.changed)
        page_only = [
            e
            for e in changed
            if e.derived is not None and e.derived.kind != StatusKind.updated and not e.problem
        ]
        lines = []
        if page_only:
            pages = ", ".join(f"{e.id} ({_changes_cell(e)})" for e in page_only)
            lines.append(f"Endast ny sidhänvisning: {pages}.")
        for entry in changed:
            if entry.fields.schedule or entry.fields.content:
                said = " ".join("; ".join(_change_texts(entry)).split())  # one line
                lines.append(f"Ändrat i {entry.id}: {said}.")
        return lines

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per measure (what the DataFrame, CSV and JSON forms hold)."""
        return [_record(e) for e in self.measures]

    def to_dataframe(self) -> pd.DataFrame:
        """One row per measure: id (ordered categorical in numeric order), title, change
        (ordered categorical), changed_fields (a `TextList` of the core's field names), changes
        (a `TextList` of "tidsperiod 2019–2022 → 2019–2023", one per changed field, with the
        whole values), before_status, after_status, derived_status, marking_agrees, problem
        (the core's finding in Swedish). Built from whole columns the core lays out
        (`_core.diff_arrays`)."""
        import pandas as pd  # loads at the point of use

        from ._arrays import coded, frame, ids_in_order, texts

        arrays = _core.diff_arrays(self._core, TextList)
        changes = pd.CategoricalDtype(list(CHANGE_WORDS), ordered=True)
        typed: dict[str, Any] = {
            "id": ids_in_order,
            "change": lambda c: coded(lambda _: pd.CategoricalDtype(c[1]))(c).astype(changes),
            "changed_fields": lambda cells: cells,
            "changes": lambda cells: cells,
            "marking_agrees": lambda values: values,
        }
        data = {name: typed.get(name, texts)(arrays[name]) for name in _RECORD_COLUMNS}
        if not len(arrays["marking_agrees"]):  # no rows: the columns pandas infers for none
            return pd.DataFrame(columns=list(_RECORD_COLUMNS)).astype(
                {
                    "id": pd.CategoricalDtype([], ordered=True),
                    "change": changes,
                    "marking_agrees": bool,
                }
            )
        return frame(data)

    def to_csv(self, target: str | os.PathLike[str] | TextIO) -> None:
        """One row per measure, as `to_dataframe`, changed fields and changes joined with "; "
        (UTF-8). A text that a spreadsheet would run as a formula ("=", "+", "-", "@" first)
        gets a leading apostrophe (`handlingsplan._safe_text.csv_field`)."""
        frame = self.to_dataframe()
        for column in ("title", "changed_fields", "changes", "problem"):
            frame[column] = frame[column].map(
                lambda v: csv_field(str(v)) if isinstance(v, str | list) else v
            )
        frame.to_csv(target, index=False)

    def to_json(self) -> str:
        """The diff as JSON: years, counts and one object per measure: its record
        (`to_records`) and `changed_values`, each change as the field's name and its printed
        value before and after."""
        measures = [
            {
                **_record(entry),
                "changed_values": [
                    {"field": measure_field_name(c.field), "before": c.before, "after": c.after}
                    for c in entry.changes()
                ],
            }
            for entry in self.measures
        ]
        document = {
            "from_year": self.from_year,
            "to_year": self.to_year,
            "counts": self.counts(),
            "measures": measures,
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    def to_markdown(self) -> str:
        """The summary followed by a table of every measure that changed; what Markdown or HTML
        would read as markup in a title or status ("|", "*", "<script>", a link) is escaped."""
        header = (
            f"| # | {markdown_text(self._words.measure)} | Ändring | Fält (före → efter) | Före "
            "| Efter | Markering enligt ändringarna |"
        )
        lines = [
            f"# Ändringar {self.from_year}–{self.to_year}",
            "",
            # the summary quotes titles and descriptions: escaped as the table's cells are
            *(markdown_text(line, paragraph=True) for line in self.summary().splitlines()),
            "",
            header,
            "|---|---|---|---|---|---|---|",
        ]
        for entry in self._changed():
            r = _record(entry)
            cells = [
                r["id"],
                r["title"],
                r["change"],
                _changes_cell(entry),
                r["before_status"] or "",
                r["after_status"] or "",
                r["derived_status"] or "",
            ]
            lines.append("| " + " | ".join(markdown_text(c) for c in cells) + " |")
        return "\n".join(lines) + "\n"

    def _repr_html_(self) -> str:
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td>{html.escape(str(v))}</td>"
                for v in (
                    r["id"],
                    r["title"],
                    r["change"],
                    _changes_cell(entry),
                    r["after_status"] or "",
                    r["derived_status"] or "",
                )
            )
            + "</tr>"
            for entry in self._changed()
            for r in (_record(entry),)
        )
        summary = "<br>".join(html.escape(line) for line in self.summary().splitlines())
        return (
            f"<p><strong>Ändringar {self.from_year}–{self.to_year}</strong><br>{summary}</p>"
            f"<table><thead><tr><th>#</th><th>{html.escape(self._words.measure)}</th>"
            "<th>Ändring</th><th>Fält (före → efter)</th>"
            f"<th>Status</th><th>Enligt ändringarna</th></tr></thead><tbody>{rows}</tbody></table>"
        )

    def _changed(self) -> list[_core.MeasureDiff]:
        """Every measure that is not unchanged, in numeric id order."""
        return [e for e in self.measures if e.change != Change.unchanged]

    def __repr__(self) -> str:
        counts = ", ".join(f"{n} {name}" for name, n in self.counts().items() if n)
        return f"<ReportDiff {self.from_year}→{self.to_year}: {counts or 'no measures'}>"


_RECORD_COLUMNS: Sequence[str] = (
    "id",
    "title",
    "change",
    "changed_fields",
    "changes",
    "before_status",
    "after_status",
    "derived_status",
    "marking_agrees",
    "problem",
)


def _ended_lines(heading: str, entries: list[_core.MeasureDiff]) -> list[str]:
    """ "Genomförda: 1.1.2 (2021)." for the measures that ended, none if none did."""
    if not entries:
        return []
    return [
        f"{heading}: "
        + ", ".join(f"{e.id} ({e.after.status.year})" for e in entries if e.after)
        + "."
    ]


def _disagreement_line(entry: _core.MeasureDiff) -> str:
    # A marking disagrees only where the later report records one and the changes call for one.
    assert entry.after is not None and entry.derived is not None
    return (
        f"Markeringen stämmer inte för {entry.id}: redovisad "
        f'"{entry.after.status.printed_text}", ändringarna ger "{entry.derived.printed_text}".'
    )


def _change_texts(entry: _core.MeasureDiff) -> list[str]:
    """The core's text of each change of `entry`: "tidsperiod 2019–2022 → 2019–2023"."""
    return [_core.field_change_text(change) for change in entry.changes()]


def _changes_cell(entry: _core.MeasureDiff) -> str:
    """The changed fields of an entry in Swedish with their values, for one table cell (a
    measure in one report only has none: the core compares fields where it is in both)."""
    return " ".join("; ".join(_change_texts(entry)).split())  # a cell is one line


def _record(entry: _core.MeasureDiff) -> dict[str, Any]:
    measure = entry.after or entry.before
    assert measure is not None  # an entry is a measure of one report or of both
    return {
        "id": str(entry.id),
        "title": measure.title,
        "change": _core.change_text(entry.change),
        "changed_fields": entry.fields.names(),
        "changes": _change_texts(entry),
        "before_status": entry.before.status.printed_text if entry.before else None,
        "after_status": entry.after.status.printed_text if entry.after else None,
        "derived_status": entry.derived.printed_text if entry.derived else None,
        "marking_agrees": entry.marking_agrees,
        "problem": entry.problem or None,
    }
