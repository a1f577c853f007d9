"""The Python face of a plan and its reports: the compiled objects, held by composition, with
what Python does best added on top (DataFrames, rendering, file paths as `os.PathLike`)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from . import _core
from ._core import (
    Agencies,
    AgencyRegistry,
    Measure,
    MeasureId,
    Objective,
    ObjectiveId,
    Period,
    Priority,
    Role,
    StatusKind,
)
from ._arguments import require_type
from .errors import DataError, NotFoundError, ParseError

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .bilaga import Bilaga
    from .diff import Diff
    from .inferred import InferredReport

__all__ = ["Plan", "Report", "default_plan_path", "load_default", "STATUS_ORDER"]

#: The statuses in the order the reports list them.
STATUS_ORDER: tuple[str, ...] = tuple(
    _core.status_kind_text(kind)
    for kind in (
        StatusKind.ongoing,
        StatusKind.added,
        StatusKind.updated,
        StatusKind.completed,
        StatusKind.withdrawn,
    )
)


def default_plan_path() -> Path:
    """The plan file shipped with the package: the national plan with its 2021 report."""
    return Path(str(resources.files("handlingsplan") / "data" / "handlingsplan.json"))


def load_default() -> Plan:
    """Loads the shipped national plan (with the 2021 report, extracted from the report itself)."""
    return Plan.load(default_plan_path())


def _data_error(source: str, where: str, problem: str) -> DataError:
    """A DataError like those the core raises, with the same attributes."""
    error = DataError(f"{source}: {where}: {problem}")
    error.source, error.where, error.problem = source, where, problem
    return error


def _measure_id(id: MeasureId | str) -> MeasureId:
    return MeasureId(id) if isinstance(id, str) else id


def _role(role: Role | str | None) -> Role | None:
    if role is None or isinstance(role, Role):
        return role
    return _core.parse_role(role)


def _status(status: StatusKind | str | None) -> StatusKind | None:
    if status is None or isinstance(status, StatusKind):
        return status
    return _core.parse_status_kind(status)


class Report:
    """A yearly report (redovisning): every measure of the plan with its status that year.

    Get one from its plan, ``plan.report(2021)``; it stays tied to that plan.
    """

    def __init__(self, core: _core.Report, plan: Plan) -> None:
        self._core = core
        self._plan = plan

    @property
    def year(self) -> int:
        """The report's year (it is due 1 March of that year)."""
        return self._core.year

    @property
    def submitted(self) -> date:
        """The date the report was submitted."""
        return self._core.submitted

    @property
    def plan(self) -> Plan:
        """The plan this report belongs to."""
        return self._plan

    def measures(
        self,
        *,
        priority: int | None = None,
        objective: ObjectiveId | str | None = None,
        agency: str | None = None,
        role: Role | str | None = None,
        status: StatusKind | str | None = None,
        active_in: int | None = None,
    ) -> list[Measure]:
        """The measures matching every criterion given, in numeric id order.

        ``agency`` is a short or full name ("FRA", "Försvarets radioanstalt"); with ``role``
        ("ansvarig", "i samverkan med", ... or a `Role`) only that role counts. ``status`` is
        "pågående", "ny", "uppdaterad", "genomförd" or "avskriven" (or a `StatusKind`).
        ``active_in=2021``: measures still active whose period includes 2021.
        """
        short_name = None
        if agency is not None:
            found = self._plan.agencies.find(agency)
            if found is None:
                raise NotFoundError(f"no agency {agency!r} in the plan's registry")
            short_name = found.short_name
        return self._core.select(
            priority=priority,
            objective=ObjectiveId(objective) if isinstance(objective, str) else objective,
            agency=short_name,
            role=_role(role),
            status=_status(status),
            active_in=active_in,
        )

    def measure(self, id: MeasureId | str) -> Measure:
        """The measure with this id; NotFoundError if the report has none."""
        return self._core[_measure_id(id)]

    # Preparing a report: each edit checks the plan's rules (numbers never reused, ended
    # measures stay ended, years within the plan) and raises RuleViolationError leaving the
    # report as it was.

    def add(self, measure: Measure) -> Measure:
        """Adds a new measure; it is marked "Ny åtgärd". Returns the measure as stored."""
        self._plan._core.add_measure(self.year, measure)
        return self.measure(measure.id)

    def complete(self, id: MeasureId | str, *, year: int) -> Measure:
        """Records the measure as genomförd in `year`."""
        self._plan._core.complete_measure(self.year, _measure_id(id), year)
        return self.measure(id)

    def withdraw(self, id: MeasureId | str, *, year: int, reason: str) -> Measure:
        """Records the measure as avskriven in `year`, with the reason."""
        self._plan._core.withdraw_measure(self.year, _measure_id(id), year, reason)
        return self.measure(id)

    def update(
        self,
        id: MeasureId | str,
        *,
        title: str | None = None,
        description: str | None = None,
        agencies: Agencies | str | None = None,
        period: Period | str | None = None,
        page: int | None = None,
    ) -> Measure:
        """Changes an active measure. A new period marks it "Uppdaterad, tidplan"; a new
        title, description or agencies "Uppdaterad, innehåll" (a new measure stays new)."""
        self._plan._core.update_measure(
            self.year,
            _measure_id(id),
            title=title,
            description=description,
            agencies=Agencies.parse(agencies, self._plan.agencies) if isinstance(agencies, str) else agencies,
            period=Period.parse(period) if isinstance(period, str) else period,
            page=page,
        )
        return self.measure(id)

    def infer_previous(self) -> InferredReport:
        """A partial view of the previous year's report, derived only from what this report
        records (new, unchanged, updated, ended measures); what it does not say stays unknown."""
        from .inferred import infer_previous

        return infer_previous(self)

    def count_by_status(self) -> dict[str, int]:
        """Number of measures per status, every status present (zero where none)."""
        counts = {_core.status_kind_text(k): n for k, n in self._core.count_by_status().items()}
        return {name: counts.get(name, 0) for name in STATUS_ORDER}

    def bilaga(self) -> Bilaga:
        """The report's appendix, "Bilaga 1: Förteckning över åtgärder", as structured data that
        renders to Word, HTML, Markdown, CSV and Excel (and displays as tables in Jupyter)."""
        from .bilaga import Bilaga

        return Bilaga(_core.build_appendix(self._plan._core, self.year))

    def to_dataframe(self) -> pd.DataFrame:
        """One row per measure; see `handlingsplan.frames.measures_frame` for the columns."""
        from .frames import measures_frame

        return measures_frame(self)

    def agency_roles(self) -> pd.DataFrame:
        """One row per measure and agency; see `handlingsplan.frames.agency_roles_frame`."""
        from .frames import agency_roles_frame

        return agency_roles_frame(self)

    def objectives_frame(self) -> pd.DataFrame:
        """One row per objective with measure counts; see `handlingsplan.frames.objectives_frame`."""
        from .frames import objectives_frame

        return objectives_frame(self._plan, self)

    def plot_timeline(self, ax: Axes | None = None) -> Figure:
        """The measures' periods as a Gantt chart; see `handlingsplan.plots.timeline`."""
        from .plots import timeline

        return timeline(self, ax=ax)

    def plot_agency_matrix(
        self, ax: Axes | None = None, role: Role | str | None = None, active_only: bool = True
    ) -> Figure:
        """Agencies × priorities, measures counted; see `handlingsplan.plots.agency_matrix`."""
        from .plots import agency_matrix

        return agency_matrix(self, ax=ax, role=role, active_only=active_only)

    def _repr_html_(self) -> str:
        from .display import report_html

        return report_html(self)

    def __len__(self) -> int:
        return len(self._core)

    def __iter__(self) -> Iterator[Measure]:
        return iter(self._core.measures)

    def __contains__(self, id: object) -> bool:
        try:
            return (MeasureId(id) if isinstance(id, str) else id) in self._core  # type: ignore[operator]
        except ParseError:
            return False

    def __getitem__(self, id: MeasureId | str) -> Measure:
        return self.measure(id)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Report) and self._core == other._core

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        counts = ", ".join(f"{n} {name}" for name, n in self.count_by_status().items() if n)
        return f"<Report {self.year}: {len(self)} measures ({counts})>"


class Plan:
    """A national action plan: the strategy's priorities and objectives, the agencies, and the
    yearly reports. Load one with `Plan.load` or `load_default`, or build one with keywords."""

    def __init__(
        self,
        *,
        title: str,
        first_year: int,
        last_year: int,
        priorities: Sequence[Priority],
        reports: Iterable[_core.Report] = (),
        agencies: AgencyRegistry | None = None,
    ) -> None:
        self._core = _core.Plan(
            title=title,
            first_year=first_year,
            last_year=last_year,
            agencies=agencies if agencies is not None else AgencyRegistry.standard(),
            priorities=list(priorities),
            reports=list(reports),
        )

    @classmethod
    def _wrap(cls, core: _core.Plan) -> Plan:
        plan = cls.__new__(cls)
        plan._core = core
        return plan

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Plan:
        """Reads a plan file. FileError if it cannot be read; DataError (with the line and column
        or the JSON path) if it is malformed."""
        return cls._wrap(_core.load_plan(path))

    @classmethod
    def from_json(cls, text: str, source: str = "<text>") -> Plan:
        """Parses a plan from JSON text; `source` names it in error messages."""
        require_type(text, str, "Plan.from_json: the JSON text")
        require_type(source, str, "Plan.from_json: the source")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            # A lone surrogate: a str that no file could hold, rejected before the core sees it.
            raise _data_error(source, f"character {error.start + 1}",
                              "the text holds a character that is not valid Unicode") from None
        return cls._wrap(_core.plan_from_json(text, source))

    def save(self, path: str | os.PathLike[str]) -> None:
        """Writes the plan file atomically in its canonical form (the same plan gives the same
        bytes); on failure the old file is left untouched."""
        _core.save_plan(self._core, path)

    def to_json(self) -> str:
        """The canonical JSON text of the plan."""
        return _core.plan_to_json(self._core)

    @property
    def title(self) -> str:
        """The plan's name."""
        return self._core.title

    @property
    def first_year(self) -> int:
        """The plan's first year (2019 for the national plan)."""
        return self._core.first_year

    @property
    def last_year(self) -> int:
        """The plan's last year; its final report is due 1 March the year after."""
        return self._core.last_year

    @property
    def agencies(self) -> AgencyRegistry:
        """The agencies the plan knows, by short or full name."""
        return self._core.agencies

    @property
    def priorities(self) -> list[Priority]:
        """The strategy's strategic priorities with their objectives."""
        return self._core.priorities

    @property
    def objectives(self) -> list[Objective]:
        """Every objective (målsättning) of the strategy, in numeric order."""
        return [objective for priority in self.priorities for objective in priority.objectives]

    @property
    def years(self) -> list[int]:
        """The years of the plan's reports, ascending."""
        return self._core.years

    @property
    def reports(self) -> list[Report]:
        """Every report, ascending by year."""
        return [self.report(year) for year in self.years]

    def report(self, year: int) -> Report:
        """The report of `year`; NotFoundError if the plan has none."""
        return Report(self._core.report(year), self)

    def priority(self, number: int) -> Priority:
        """The strategic priority with this number; NotFoundError if none."""
        return self._core.priority(number)

    def objective(self, id: ObjectiveId | str) -> Objective:
        """The objective (målsättning) "P.M"; NotFoundError if none."""
        return self._core.objective(ObjectiveId(id) if isinstance(id, str) else id)

    def measure(self, id: MeasureId | str) -> Measure:
        """The measure as the latest report holding it presents it."""
        return self._core.measure(_measure_id(id))

    def validate(self) -> list[_core.Finding]:
        """Everything a careful reader would flag, each finding with a stable code, a severity,
        its place and a message: measures outside the strategy, reused numbers, years outside
        the plan, unknown agencies, markings that contradict the report before, and (warnings)
        where the chapter and Bilaga 1 disagree. Malformed files never get here: loading them
        raises DataError."""
        return _core.validate(self._core)

    def new_report(self, year: int, submitted: date | None = None) -> Report:
        """Starts the report of `year` from the latest one: every active measure carried
        forward as pågående (without markings and pages), ended ones as they were. Then record
        what happened with `complete`, `withdraw`, `update` and `add` on the returned report."""
        self._core.new_report(year, submitted)
        return self.report(year)

    def diff(self, before: int, after: int) -> Diff:
        """What changed from the report of year `before` to that of `after`."""
        from .diff import diff

        return diff(self.report(before), self.report(after))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Plan) and self._core == other._core

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        years = ", ".join(str(y) for y in self.years) or "none"
        return (
            f"<Plan {self.title!r} {self.first_year}–{self.last_year}: "
            f"{len(self.priorities)} priorities, reports {years}>"
        )

    def summary_frame(self) -> pd.DataFrame:
        """Measures per report year and status; see `handlingsplan.frames.report_summary_frame`."""
        from .frames import report_summary_frame

        return report_summary_frame(self)

    def plot_composition(self, ax: Axes | None = None) -> Figure:
        """Stacked bars of each report by status; see `handlingsplan.plots.composition`."""
        from .plots import composition

        return composition(self, ax=ax)

    def _repr_html_(self) -> str:
        from .display import plan_html

        return plan_html(self)
