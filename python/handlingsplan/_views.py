"""What the package's modules need of a plan and a report, as protocols.

The facade (`handlingsplan.plan`) defines `Plan` and `Report` and imports the modules that build
frames, figures, views and diffs from them; those modules type their arguments with these
protocols instead of importing the facade back, so the package's imports stay a DAG.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Protocol

from ._core import AgencyRegistry, Measure, Objective, Priority

__all__ = ["PlanView", "ReportView"]


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
    def priorities(self) -> list[Priority]: ...
    @property
    def objectives(self) -> list[Objective]: ...
    @property
    def years(self) -> list[int]: ...
    @property
    def reports(self) -> Sequence[ReportView]: ...


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
