"""What the package's modules need of a plan and a report, as protocols.

The facade (`handlingsplan.plan`) defines `Plan` and `Report` and imports the modules that build
frames, figures, views and diffs from them; those modules type their arguments with these
protocols instead of importing the facade back, so the package's imports stay a DAG.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any, Protocol

from ._core import (
    Agencies,
    AgencyRegistry,
    ChangeSource,
    FormEntry,
    FormGroups,
    GovernmentActivity,
    Measure,
    MeasureId,
    Objective,
    Period,
    PlanWords,
    Priority,
    RecordedChange,
)
from .diff import ReportDiff

__all__ = ["MeasureSource", "PlanView", "ReportView"]


class MeasureSource(Protocol):
    """Anything whose measures the core lays out column by column (a report, a selection)."""

    def measure_arrays(self, list_type: type[list[str]]) -> dict[str, Any]: ...


class PlanView(Protocol):
    """A plan as `handlingsplan.Plan` presents it."""

    @property
    def title(self) -> str: ...
    @property
    def first_year(self) -> int: ...
    @property
    def last_year(self) -> int: ...
    @property
    def agencies(self) -> AgencyRegistry: ...
    @property
    def words(self) -> PlanWords: ...
    @property
    def priorities(self) -> list[Priority]: ...
    @property
    def objectives(self) -> list[Objective]: ...
    @property
    def years(self) -> list[int]: ...
    @property
    def reports(self) -> Sequence[ReportView]: ...
    def report(self, year: int) -> ReportView: ...
    def measure(self, id: MeasureId | str) -> Measure: ...
    @property
    def activities(self) -> list[GovernmentActivity]: ...
    def diff(self, before: int, after: int) -> ReportDiff: ...
    def copy(self) -> PlanView: ...
    def to_json(self) -> str: ...


class ReportView(Protocol):
    """A yearly report as `handlingsplan.Report` presents it."""

    @property
    def year(self) -> int: ...
    @property
    def submitted(self) -> date: ...
    @property
    def plan(self) -> PlanView: ...
    def count_by_status(self) -> dict[str, int]: ...
    def __iter__(self) -> Iterator[Measure]: ...
    def __len__(self) -> int: ...
    def __contains__(self, id: object) -> bool: ...
    def __getitem__(self, id: MeasureId | str) -> Measure: ...
    def measures(self, *, agency: str | None = None) -> Sequence[Measure]: ...
    def measure(self, id: MeasureId | str) -> Measure: ...
    def measure_columns(self) -> dict[str, list[Any]]: ...
    def measure_arrays(self, list_type: type[list[str]]) -> dict[str, Any]: ...
    def agency_role_columns(self) -> dict[str, list[Any]]: ...
    def agency_role_arrays(self) -> dict[str, Any]: ...
    # The editing methods, each checking the plan's rules.
    def add(
        self, measure: Measure, *, source: ChangeSource | None = None, note: str | None = None
    ) -> Measure: ...
    def complete(
        self,
        id: MeasureId | str,
        *,
        year: int,
        source: ChangeSource | None = None,
        note: str | None = None,
    ) -> Measure: ...
    def withdraw(
        self,
        id: MeasureId | str,
        *,
        year: int,
        reason: str,
        source: ChangeSource | None = None,
        note: str | None = None,
    ) -> Measure: ...
    def update(
        self,
        id: MeasureId | str,
        *,
        title: str | None = None,
        description: str | None = None,
        agencies: Agencies | str | None = None,
        period: Period | str | None = None,
        page: int | None = None,
        source: ChangeSource | None = None,
        note: str | None = None,
    ) -> Measure: ...
    @property
    def changes(self) -> list[RecordedChange]: ...
    @property
    def forms(self) -> list[FormEntry]: ...
    def form_groups(self) -> FormGroups: ...
    def record_form(self, entry: FormEntry) -> None: ...
    @property
    def is_final(self) -> bool: ...
