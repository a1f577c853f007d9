"""What a report says about the report before it: a partial, clearly labelled view.

The shipped data holds the 2021 report only, but that report says a good deal about the 2020
report: which measures were new in 2021 (so absent in 2020), which were unchanged (so held in
2020 exactly as in 2021, page apart), which were updated in their schedule or content (so held,
with those fields unknown), and which ended in 2019 or 2020. This module derives exactly that and
nothing more: what the source does not say stays unknown (``None``), never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ._core import Measure, MeasureId, StatusKind, status_kind_text
from ._views import ReportView
from ._vocabulary import ACTIVE_WORD

__all__ = ["InferredMeasure", "InferredReport", "infer_previous"]

_ALL_FIELDS = frozenset({"title", "description", "agencies", "period"})
_CONTENT_FIELDS = frozenset({"title", "description", "agencies"})


@dataclass(frozen=True)
class InferredMeasure:
    """One measure as the earlier report must have held it, as far as the later report tells."""

    id: MeasureId
    #: True: the earlier report held it; False: it did not; None: the source does not say.
    held: bool | None
    #: "aktiv" (`ACTIVE_WORD`: one of the active statuses), "genomförd", "avskriven", or None
    #: where the source does not say which.
    status: str | None
    #: The year a measure ended, where it had already ended in the earlier report.
    ended_year: int | None
    #: Fields known to be the same in the earlier report as in the later one.
    known_fields: frozenset[str]
    #: The measure as the later report presents it (the source of every known value).
    later: Measure
    #: Why we know: the fact of the later report this rests on, in Swedish.
    basis: str


@dataclass(frozen=True)
class InferredReport:
    """A partial view of the report of `year`, derived from the report of `source_year`."""

    year: int
    source_year: int
    measures: tuple[InferredMeasure, ...]

    def held(self) -> list[InferredMeasure]:
        """Measures the earlier report certainly held."""
        return [m for m in self.measures if m.held]

    def active(self) -> list[InferredMeasure]:
        """Measures certainly active in the earlier report."""
        return [m for m in self.measures if m.status == ACTIVE_WORD]

    def ended(self) -> list[InferredMeasure]:
        """Measures certainly completed or withdrawn already in the earlier report."""
        return [
            m
            for m in self.measures
            if m.status
            in (status_kind_text(StatusKind.completed), status_kind_text(StatusKind.withdrawn))
        ]

    def not_held(self) -> list[InferredMeasure]:
        """Measures the earlier report did not hold (new in the later one)."""
        return [m for m in self.measures if m.held is False]

    def undetermined(self) -> list[InferredMeasure]:
        """Measures whose status in the earlier report the source leaves open."""
        return [m for m in self.measures if m.held is not False and m.status is None]

    def to_dataframe(self) -> pd.DataFrame:
        """One row per measure: id, held, status, ended_year, known_fields, basis."""
        frame = pd.DataFrame(
            [
                {
                    "id": str(m.id),
                    "held": m.held,
                    "status": m.status,
                    "ended_year": m.ended_year,
                    "known_fields": sorted(m.known_fields),
                    "basis": m.basis,
                }
                for m in self.measures
            ],
            columns=["id", "held", "status", "ended_year", "known_fields", "basis"],
        )
        frame["held"] = frame["held"].astype("boolean")
        frame["ended_year"] = frame["ended_year"].astype("Int64")
        return frame

    def __repr__(self) -> str:
        return (
            f"<InferredReport {self.year} (härledd ur {self.source_year}): "
            f"{len(self.active())} säkert aktiva, {len(self.ended())} redan avslutade, "
            f"{len(self.undetermined())} okända, {len(self.not_held())} ej med>"
        )


def _infer(measure: Measure, year: int) -> InferredMeasure:
    status = measure.status
    kind = status.kind
    source = year + 1

    def make(
        held: bool | None,
        state: str | None,
        known: frozenset[str],
        basis: str,
        ended: int | None = None,
    ) -> InferredMeasure:
        return InferredMeasure(measure.id, held, state, ended, known, measure, basis)

    if kind == StatusKind.ongoing:
        return make(
            True,
            ACTIVE_WORD,
            _ALL_FIELDS,
            f"omarkerad i {source}: oförändrad sedan {year} års redovisning",
        )
    if kind == StatusKind.updated:
        unknown = (frozenset({"period"}) if status.schedule_updated else frozenset()) | (
            _CONTENT_FIELDS if status.content_updated else frozenset()
        )
        return make(
            True,
            ACTIVE_WORD,
            _ALL_FIELDS - unknown,
            f'"{status.appendix_text}" i {source}: fanns {year}, ändrad sedan dess',
        )
    if kind == StatusKind.added:
        return make(
            False, None, frozenset(), f'"{status.appendix_text}" i {source}: fanns inte {year}'
        )
    ended = status.year
    assert ended is not None
    name = status.kind_text
    if ended < year:
        return make(True, name, frozenset(), f"{name} {ended}: redan avslutad {year}", ended)
    if ended == year:
        # Finished during the earlier report's year: before or after 1 March, the source
        # does not say, so it was active or already ended then.
        return make(
            True,
            None,
            frozenset(),
            f"{name} {ended}: aktiv eller redan {name} vid {year} års redovisning",
        )
    return make(None, None, frozenset(), f"{name} {ended}: om den fanns {year} framgår inte")


def infer_previous(report: ReportView) -> InferredReport:
    """The partial view of the report before `report`, from what `report` itself records."""
    year = report.year - 1
    return InferredReport(year, report.year, tuple(_infer(m, year) for m in report))
