"""
Compiled core of handlingsplan; use the handlingsplan package instead.
"""
from __future__ import annotations
import collections.abc
import datetime
import enum
import os
import typing
__all__: list[str] = ['Agencies', 'Agency', 'AgencyRegistry', 'AgencyRole', 'Appendix', 'AppendixCell', 'AppendixRow', 'AppendixSection', 'AppendixTable', 'Change', 'ChangedFields', 'DataError', 'Error', 'FileError', 'Finding', 'InvalidValueError', 'Measure', 'MeasureDiff', 'MeasureId', 'NotFoundError', 'Objective', 'ObjectiveId', 'ParseError', 'Period', 'Plan', 'Priority', 'Reopening', 'Report', 'ReportDiff', 'ReportState', 'Role', 'RuleViolationError', 'SCHEMA_VERSION', 'Severity', 'Status', 'StatusKind', 'build_appendix', 'change_text', 'content_aspect_text', 'derived_status', 'diff', 'is_active', 'load_plan', 'parse_change', 'parse_role', 'parse_status_kind', 'plan_from_json', 'plan_to_json', 'report_state_text', 'role_text', 'save_plan', 'schedule_aspect_text', 'set_measure_html_view', 'status_kind_text', 'validate']
class ObjectiveId:
    """
    The id of a målsättning, "P.M" (e.g. "1.1").
    """
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __ge__(self, arg0: ObjectiveId) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __gt__(self, arg0: ObjectiveId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self, priority: typing.SupportsInt | typing.SupportsIndex, number: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @typing.overload
    def __init__(self, text: str) -> None:
        """
        Parses the printed form.
        """
    def __le__(self, arg0: ObjectiveId) -> bool:
        ...
    def __lt__(self, arg0: ObjectiveId) -> bool:
        ...
    def __ne__(self, arg0: typing.Any) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def number(self) -> int:
        """
        The objective's number within its priority.
        """
    @property
    def priority(self) -> int:
        """
        The strategic priority's number.
        """
class MeasureId:
    """
    The id of an åtgärd, "P.M.N" (e.g. "1.1.5"); numbers are never reused and order numerically (1.1.9 < 1.1.10).
    """
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __ge__(self, arg0: MeasureId) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __gt__(self, arg0: MeasureId) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self, priority: typing.SupportsInt | typing.SupportsIndex, objective: typing.SupportsInt | typing.SupportsIndex, number: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @typing.overload
    def __init__(self, text: str) -> None:
        """
        Parses the printed form.
        """
    def __le__(self, arg0: MeasureId) -> bool:
        ...
    def __lt__(self, arg0: MeasureId) -> bool:
        ...
    def __ne__(self, arg0: typing.Any) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def number(self) -> int:
        """
        Its number within the objective.
        """
    @property
    def objective(self) -> ObjectiveId:
        """
        The objective it serves.
        """
    @property
    def priority(self) -> int:
        """
        The strategic priority's number.
        """
class Period:
    """
    The years in which a measure is carried out: Period(2019, 2022), Period.parse("2019 och tills vidare").
    """
    @staticmethod
    def open_ended_from(first: typing.SupportsInt | typing.SupportsIndex) -> Period:
        """
        A period with no end: "2019 och tills vidare".
        """
    @staticmethod
    def parse(text: str) -> Period:
        """
        Parses "2019–2022", "2020 – 2022", "2019-2022", "2021", "2019 och tills vidare".
        """
    @staticmethod
    def single_year(year: typing.SupportsInt | typing.SupportsIndex) -> Period:
        """
        A period of one year.
        """
    @typing.overload
    def __contains__(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> bool:
        ...
    @typing.overload
    def __contains__(self, arg0: datetime.date) -> bool:
        ...
    def __eq__(self, arg0: Period) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self, first: typing.SupportsInt | typing.SupportsIndex, last: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @typing.overload
    def __init__(self, text: str) -> None:
        """
        Parses "2019–2022", "2020 – 2022", "2019-2022", "2021", "2019 och tills vidare".
        """
    def __ne__(self, arg0: Period) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def __str__(self) -> str:
        ...
    @typing.overload
    def contains(self, year: typing.SupportsInt | typing.SupportsIndex) -> bool:
        ...
    @typing.overload
    def contains(self, day: datetime.date) -> bool:
        ...
    def overlaps(self, other: Period) -> bool:
        ...
    @property
    def end_date(self) -> datetime.date | None:
        """
        31 December of the last year; None when open-ended.
        """
    @property
    def end_year(self) -> int | None:
        """
        The last year; None when open-ended.
        """
    @property
    def open_ended(self) -> bool:
        """
        "… och tills vidare": no last year.
        """
    @property
    def start_date(self) -> datetime.date:
        """
        1 January of the first year.
        """
    @property
    def start_year(self) -> int:
        """
        The first year.
        """
class Role(enum.Enum):
    """
    The role of an agency in a measure, as the report phrases it.
    """
    in_close_cooperation: typing.ClassVar[Role]
    in_cooperation: typing.ClassVar[Role]
    responsible: typing.ClassVar[Role]
    together_with: typing.ClassVar[Role]
    with_support: typing.ClassVar[Role]
    @classmethod
    def __new__(cls, value):
        ...
class Agency:
    """
    An agency (myndighet) with its short and full name.
    """
    def __eq__(self, arg0: Agency) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, short_name: str, name: str, samfi: bool = False, aliases: collections.abc.Sequence[str] = []) -> None:
        ...
    def __ne__(self, arg0: Agency) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def aliases(self) -> list[str]:
        """
        Other names people use for it ("Säpo"), found by lookup only.
        """
    @property
    def name(self) -> str:
        """
        Its full name.
        """
    @property
    def samfi(self) -> bool:
        """
        One of the seven SAMFI agencies behind the plan.
        """
    @property
    def short_name(self) -> str:
        """
        How the report names it: "MSB".
        """
class AgencyRegistry:
    """
    The agencies a plan knows, by short or full name.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def standard() -> AgencyRegistry:
        """
        The SAMFI agencies and the other authorities named in the plan's sources.
        """
    def __contains__(self, arg0: str) -> bool:
        ...
    def __eq__(self, arg0: AgencyRegistry) -> bool:
        ...
    def __getitem__(self, arg0: str) -> Agency:
        ...
    def __init__(self, agencies: collections.abc.Sequence[Agency]) -> None:
        ...
    def __iter__(self) -> collections.abc.Iterator[Agency]:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, arg0: AgencyRegistry) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def find(self, name: str) -> Agency:
        """
        The agency with this short or full name, or None.
        """
    def lookup(self, name: str) -> Agency | None:
        """
        The agency as a person types it: by short name, full name or alias, ignoring case and surrounding spaces (" fra ", "Säpo"); None when unknown.
        """
    @property
    def agencies(self) -> list[Agency]:
        """
        Every agency, in registry order.
        """
class AgencyRole:
    """
    One agency of a measure and its role.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: AgencyRole) -> bool:
        ...
    def __init__(self, agency: str, role: Role = ...) -> None:
        ...
    def __ne__(self, arg0: AgencyRole) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def agency(self) -> str:
        """
        The agency's short name.
        """
    @property
    def role(self) -> Role:
        """
        Its role in the measure.
        """
class Agencies:
    """
    The agencies of a measure: the phrase as printed and the roles it gives.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def parse(text: str, registry: AgencyRegistry = ...) -> Agencies:
        """
        Parses "Försvarsmakten i samverkan med FMV, MSB och FRA" into roles; an agency the registry does not know raises ParseError naming it.
        """
    def __eq__(self, arg0: Agencies) -> bool:
        ...
    @typing.overload
    def __init__(self, text: str, roles: collections.abc.Sequence[AgencyRole]) -> None:
        ...
    @typing.overload
    def __init__(self, text: str) -> None:
        """
        Parses a printed phrase with the standard registry.
        """
    def __len__(self) -> int:
        ...
    def __ne__(self, arg0: Agencies) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __str__(self) -> str:
        ...
    def role_of(self, agency: str) -> Role | None:
        ...
    @property
    def all(self) -> list[str]:
        """
        Short names of every agency, responsible first.
        """
    @property
    def responsible(self) -> list[str]:
        """
        Short names of the responsible agencies.
        """
    @property
    def roles(self) -> list[AgencyRole]:
        """
        Every agency with its role, in printed order.
        """
    @property
    def text(self) -> str:
        """
        The phrase as printed.
        """
class StatusKind(enum.Enum):
    """
    pågående, ny, uppdaterad, genomförd, avskriven.
    """
    added: typing.ClassVar[StatusKind]
    completed: typing.ClassVar[StatusKind]
    ongoing: typing.ClassVar[StatusKind]
    updated: typing.ClassVar[StatusKind]
    withdrawn: typing.ClassVar[StatusKind]
    @classmethod
    def __new__(cls, value):
        ...
class Status:
    """
    The status of a measure in one report: Status.ongoing(), Status.added(), Status.updated(schedule=True), Status.completed(2020), Status.withdrawn(2019, reason).
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def added() -> Status:
        ...
    @staticmethod
    def completed(year: typing.SupportsInt | typing.SupportsIndex) -> Status:
        ...
    @staticmethod
    def ongoing() -> Status:
        ...
    @staticmethod
    def parse_appendix_text(text: str) -> Status:
        """
        From Bilaga 1's Status column.
        """
    @staticmethod
    def updated(*, schedule: bool = False, content: bool = False) -> Status:
        ...
    @staticmethod
    def withdrawn(year: typing.SupportsInt | typing.SupportsIndex, reason: str) -> Status:
        ...
    def __eq__(self, arg0: Status) -> bool:
        ...
    def __ne__(self, arg0: Status) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def appendix_text(self) -> str:
        """
        The text of Bilaga 1's Status column.
        """
    @property
    def aspects_text(self) -> str:
        """
        "tidplan", "innehåll" or "tidplan och innehåll" (empty unless updated).
        """
    @property
    def content_updated(self) -> bool:
        """
        Uppdaterad, innehåll.
        """
    @property
    def is_active(self) -> bool:
        """
        Still part of the plan: not completed or withdrawn.
        """
    @property
    def kind(self) -> StatusKind:
        """
        ongoing, added, updated, completed or withdrawn.
        """
    @property
    def kind_text(self) -> str:
        """
        "pågående", "ny", "uppdaterad", "genomförd" or "avskriven".
        """
    @property
    def printed_text(self) -> str:
        """
        As the report prints it: "Ny åtgärd", "Uppdaterad, tidplan", "genomförd 2020", "pågående".
        """
    @property
    def reason(self) -> str:
        """
        Why a withdrawn measure was dropped (empty otherwise).
        """
    @property
    def schedule_updated(self) -> bool:
        """
        Uppdaterad, tidplan.
        """
    @property
    def updated_aspects(self) -> list[str]:
        """
        The updated aspects one by one: ["tidplan"], ["innehåll"], both or none.
        """
    @property
    def year(self) -> int | None:
        """
        The year a completed or withdrawn measure ended.
        """
class Measure:
    """
    An åtgärd as one report presents it. Build it with keywords: Measure(id="1.1.19", title=..., description=..., agencies="MSB i samverkan med FRA", period="2021–2022").
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Measure) -> bool:
        ...
    def __init__(self, *, id: str | MeasureId, title: str, description: str = '', agencies: str | Agencies, period: str | Period | None = None, page: typing.SupportsInt | typing.SupportsIndex | None = None, status: Status = ..., chapter_marking: str | None = None, appendix_title: str | None = None, appendix_agencies: str | None = None) -> None:
        ...
    def __ne__(self, arg0: Measure) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> typing.Any:
        """
        The measure as an HTML card, for Jupyter (once the package registered its view).
        """
    def replace(self, **kwargs) -> Measure:
        """
        A copy with the given fields changed, e.g. m.replace(period="2021–2022").
        """
    @property
    def agencies(self) -> Agencies:
        """
        The responsible agencies and the others' roles.
        """
    @property
    def agencies_in_appendix(self) -> str:
        """
        The agency text as Bilaga 1 prints it (its own, else the chapter's).
        """
    @property
    def appendix_agencies(self) -> str | None:
        """
        Bilaga 1's own agency text where it differs from the chapter's; None where they agree.
        """
    @property
    def appendix_differs(self) -> bool:
        """
        Whether Bilaga 1 words the title or the agencies differently from the chapter.
        """
    @property
    def appendix_title(self) -> str | None:
        """
        Bilaga 1's own title where it words the measure differently from the chapter; None where they agree (as in the plan file).
        """
    @property
    def chapter_marking(self) -> typing.Any:
        """
        "Ny åtgärd" or "Uppdaterad" as printed beside the title in the chapter, or None.
        """
    @property
    def description(self) -> str:
        """
        Paragraphs separated by blank lines.
        """
    @property
    def id(self) -> MeasureId:
        """
        Its number, "P.M.N".
        """
    @property
    def page(self) -> int | None:
        """
        Bilaga 1's Sida, or None.
        """
    @property
    def period(self) -> Period | None:
        """
        None where the report prints none.
        """
    @property
    def status(self) -> Status:
        """
        Its status in the report.
        """
    @property
    def title(self) -> str:
        """
        As printed in the Åtgärder chapter.
        """
    @property
    def title_in_appendix(self) -> str:
        """
        The title as Bilaga 1 prints it (its own wording, else the chapter's).
        """
class Objective:
    """
    A målsättning of the strategy.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Objective) -> bool:
        ...
    def __init__(self, id: ObjectiveId, text: str) -> None:
        ...
    def __ne__(self, arg0: Objective) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def id(self) -> ObjectiveId:
        """
        "P.M".
        """
    @property
    def text(self) -> str:
        """
        The objective as the strategy words it.
        """
class Priority:
    """
    A strategisk prioritering with its objectives.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Priority) -> bool:
        ...
    def __init__(self, number: typing.SupportsInt | typing.SupportsIndex, title: str, objectives: collections.abc.Sequence[Objective]) -> None:
        ...
    def __ne__(self, arg0: Priority) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def number(self) -> int:
        """
        1 to 6 in the national strategy.
        """
    @property
    def objectives(self) -> list[Objective]:
        """
        Its målsättningar, in numeric order.
        """
    @property
    def title(self) -> str:
        """
        The priority as the strategy words it.
        """
class ReportState(enum.Enum):
    """
    draft (being prepared) or final (submitted).
    """
    draft: typing.ClassVar[ReportState]
    final: typing.ClassVar[ReportState]
    @classmethod
    def __new__(cls, value):
        ...
class Reopening:
    """
    A final report opened again to correct it: when and why.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Reopening) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def date(self) -> datetime.date:
        ...
    @property
    def reason(self) -> str:
        ...
class Report:
    """
    A yearly report (redovisning): every measure with its status.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def due_date(year: typing.SupportsInt | typing.SupportsIndex) -> datetime.date:
        """
        1 March of the year.
        """
    def __contains__(self, arg0: MeasureId) -> bool:
        ...
    def __eq__(self, arg0: Report) -> bool:
        ...
    def __getitem__(self, arg0: MeasureId) -> Measure:
        ...
    def __init__(self, year: typing.SupportsInt | typing.SupportsIndex, submitted: datetime.date, measures: collections.abc.Sequence[Measure], state: ReportState = ..., reopenings: collections.abc.Sequence[Reopening] = []) -> None:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, arg0: Report) -> bool:
        ...
    def count_by_status(self) -> dict[StatusKind, int]:
        ...
    def find(self, id: MeasureId) -> Measure:
        ...
    def measures(self) -> list[Measure]:
        """
        Every measure, in numeric id order.
        """
    def select(self, *, priority: typing.SupportsInt | typing.SupportsIndex | None = None, objective: ObjectiveId | None = None, agency: str | None = None, role: Role | None = None, status: StatusKind | None = None, active_in: typing.SupportsInt | typing.SupportsIndex | None = None) -> list[Measure]:
        """
        The measures matching every criterion given.
        """
    @property
    def is_final(self) -> bool:
        ...
    @property
    def reopenings(self) -> list[Reopening]:
        """
        Each time the final report was opened again, oldest first.
        """
    @property
    def state(self) -> ReportState:
        """
        Draft (being prepared) or final (submitted).
        """
    @property
    def submitted(self) -> datetime.date:
        ...
    @property
    def year(self) -> int:
        ...
class Plan:
    """
    The plan: strategy, agencies and yearly reports.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Plan) -> bool:
        ...
    def __init__(self, *, title: str, first_year: typing.SupportsInt | typing.SupportsIndex, last_year: typing.SupportsInt | typing.SupportsIndex, agencies: AgencyRegistry = ..., priorities: collections.abc.Sequence[Priority], reports: collections.abc.Sequence[Report] = []) -> None:
        ...
    def __ne__(self, arg0: Plan) -> bool:
        ...
    def add_measure(self, report_year: typing.SupportsInt | typing.SupportsIndex, measure: Measure) -> None:
        ...
    def complete_measure(self, report_year: typing.SupportsInt | typing.SupportsIndex, id: MeasureId, year: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def finalize_report(self, year: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def measure(self, id: MeasureId) -> Measure:
        ...
    def new_report(self, year: typing.SupportsInt | typing.SupportsIndex, submitted: datetime.date | None = None) -> Report:
        ...
    def objective(self, id: ObjectiveId) -> Objective:
        ...
    def priority(self, number: typing.SupportsInt | typing.SupportsIndex) -> Priority:
        ...
    def reopen_report(self, year: typing.SupportsInt | typing.SupportsIndex, reason: str, on: datetime.date) -> None:
        ...
    def report(self, year: typing.SupportsInt | typing.SupportsIndex) -> Report:
        ...
    def update_measure(self, report_year: typing.SupportsInt | typing.SupportsIndex, id: MeasureId, *, title: str | None = None, description: str | None = None, agencies: Agencies | None = None, period: Period | None = None, page: typing.SupportsInt | typing.SupportsIndex | None = None) -> None:
        ...
    def withdraw_measure(self, report_year: typing.SupportsInt | typing.SupportsIndex, id: MeasureId, year: typing.SupportsInt | typing.SupportsIndex, reason: str) -> None:
        ...
    @property
    def agencies(self) -> AgencyRegistry:
        ...
    @property
    def first_year(self) -> int:
        ...
    @property
    def last_year(self) -> int:
        ...
    @property
    def priorities(self) -> list[Priority]:
        ...
    @property
    def title(self) -> str:
        ...
    @property
    def years(self) -> list[int]:
        ...
class AppendixCell:
    """
    One printed cell of the appendix, as paragraphs.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: AppendixCell) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __str__(self) -> str:
        ...
    @property
    def paragraphs(self) -> list[str]:
        """
        The cell's paragraphs, trimmed; none for an empty cell.
        """
    @property
    def text(self) -> str:
        """
        The paragraphs joined by a blank line.
        """
    @property
    def titled(self) -> bool:
        """
        Whether the first paragraph is the measure's title (set apart in bold).
        """
class AppendixRow:
    """
    One measure's row: its id and printed cells.
    """
    def __repr__(self) -> str:
        ...
    @property
    def cells(self) -> list[AppendixCell]:
        """
        One cell per column of the table.
        """
    @property
    def id(self) -> str:
        """
        The measure's id, "1.1.5".
        """
class AppendixTable:
    """
    A table of the appendix.
    """
    def __repr__(self) -> str:
        ...
    @property
    def columns(self) -> list[str]:
        ...
    @property
    def priority(self) -> int | None:
        ...
    @property
    def rows(self) -> list[AppendixRow]:
        ...
    @property
    def title(self) -> str:
        ...
class AppendixSection:
    """
    Aktuella, genomförda or avskrivna åtgärder.
    """
    def __repr__(self) -> str:
        ...
    @property
    def kind(self) -> str:
        """
        "aktuella", "genomförda" or "avskrivna".
        """
    @property
    def tables(self) -> list[AppendixTable]:
        ...
    @property
    def title(self) -> str:
        ...
class Appendix:
    """
    Bilaga 1: Förteckning över åtgärder, as structured data.
    """
    def __repr__(self) -> str:
        ...
    @property
    def intro(self) -> str:
        ...
    @property
    def sections(self) -> list[AppendixSection]:
        ...
    @property
    def title(self) -> str:
        ...
    @property
    def year(self) -> int:
        ...
class Change(enum.Enum):
    """
    How a measure changed between two reports.
    """
    added: typing.ClassVar[Change]
    changed: typing.ClassVar[Change]
    completed: typing.ClassVar[Change]
    unchanged: typing.ClassVar[Change]
    vanished: typing.ClassVar[Change]
    withdrawn: typing.ClassVar[Change]
    @classmethod
    def __new__(cls, value):
        ...
class ChangedFields:
    """
    Which compared fields of a measure differ.
    """
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __eq__(self, arg0: ChangedFields) -> bool:
        ...
    def names(self) -> list[str]:
        """
        The names of the changed fields.
        """
    @property
    def agencies(self) -> bool:
        ...
    @property
    def content(self) -> bool:
        """
        Innehåll: the title, description or agencies changed.
        """
    @property
    def description(self) -> bool:
        ...
    @property
    def page(self) -> bool:
        ...
    @property
    def period(self) -> bool:
        ...
    @property
    def schedule(self) -> bool:
        """
        Tidplan: the period changed.
        """
    @property
    def title(self) -> bool:
        ...
class MeasureDiff:
    """
    One measure's class in a diff.
    """
    def __repr__(self) -> str:
        ...
    @property
    def after(self) -> Measure | None:
        ...
    @property
    def before(self) -> Measure | None:
        ...
    @property
    def change(self) -> Change:
        ...
    @property
    def derived(self) -> Status | None:
        """
        The status the changes call for (measures active in the later report).
        """
    @property
    def fields(self) -> ChangedFields:
        ...
    @property
    def id(self) -> MeasureId:
        ...
    @property
    def marking_agrees(self) -> bool:
        ...
    @property
    def problem(self) -> str:
        ...
class ReportDiff:
    """
    What changed from one report to another.
    """
    def marking_disagreements(self) -> list[MeasureDiff]:
        ...
    def of(self, change: Change) -> list[MeasureDiff]:
        ...
    def problems(self) -> list[MeasureDiff]:
        ...
    @property
    def empty(self) -> bool:
        ...
    @property
    def from_year(self) -> int:
        ...
    @property
    def measures(self) -> list[MeasureDiff]:
        ...
    @property
    def to_year(self) -> int:
        ...
class Severity(enum.Enum):
    """
    How serious a finding is.
    """
    error: typing.ClassVar[Severity]
    warning: typing.ClassVar[Severity]
    @classmethod
    def __new__(cls, value):
        ...
class Finding:
    """
    Something validate() flags: code, severity, place, message.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: Finding) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __str__(self) -> str:
        ...
    @property
    def code(self) -> str:
        """
        Stable, e.g. "objective-missing".
        """
    @property
    def measure(self) -> MeasureId | None:
        """
        The measure concerned, or None.
        """
    @property
    def message(self) -> str:
        ...
    @property
    def place(self) -> str:
        ...
    @property
    def severity(self) -> Severity:
        ...
    @property
    def year(self) -> int | None:
        """
        The report concerned, or None.
        """
def build_appendix(plan: Plan, year: typing.SupportsInt | typing.SupportsIndex) -> Appendix:
    """
    The appendix of the plan's report for `year`.
    """
def change_text(change: Change) -> str:
    """
    "ny", "genomförd", "avskriven", "ändrad", "oförändrad" or "försvunnen".
    """
def content_aspect_text() -> str:
    """
    "innehåll": the word for updated content.
    """
def derived_status(change: Change, fields: ChangedFields) -> Status:
    ...
def diff(before: Report, after: Report) -> ReportDiff:
    """
    Compares two reports.
    """
def is_active(kind: StatusKind) -> bool:
    """
    Still part of the plan: ongoing, added or updated.
    """
def load_plan(path: os.PathLike | str | bytes) -> Plan:
    """
    Reads a plan file; FileError or DataError on failure.
    """
def parse_change(text: str) -> Change:
    """
    The Change a word of change_text names; ParseError otherwise.
    """
def parse_role(text: str) -> Role:
    """
    The Role for "ansvarig", "i samverkan med", ...
    """
def parse_status_kind(text: str) -> StatusKind:
    ...
def plan_from_json(text: str, source: str = '<text>') -> Plan:
    """
    Parses a plan from JSON text; DataError names the place of any problem.
    """
def plan_to_json(plan: Plan) -> str:
    """
    The canonical JSON text of a plan (same plan, same bytes).
    """
def report_state_text(state: ReportState) -> str:
    """
    "draft" or "final", as the plan file writes it.
    """
def role_text(role: Role) -> str:
    """
    The role as the report prints it: "ansvarig", "i samverkan med", ...
    """
def save_plan(plan: Plan, path: os.PathLike | str | bytes) -> None:
    """
    Writes a plan file atomically; on failure the old file is left as it was.
    """
def schedule_aspect_text() -> str:
    """
    "tidplan": the word for an updated schedule.
    """
def set_measure_html_view(view: typing.Any) -> None:
    """
    Registers the function that renders a Measure as HTML for Jupyter.
    """
def status_kind_text(kind: StatusKind) -> str:
    """
    "pågående", "ny", "uppdaterad", "genomförd" or "avskriven".
    """
def validate(plan: Plan) -> list[Finding]:
    """
    Every finding of the plan, ordered by place.
    """
SCHEMA_VERSION: int = 2
__version__: str = '0.1.0'

# --- The exception classes, created at run time by bind_errors.cpp (appended by
# scripts/generate_stubs.sh; stubgen does not see classes made with PyErr_NewException).
class Error(Exception): ...

class ParseError(Error, ValueError):
    kind: str
    input: str
    expected: str
    did_you_mean: str | None

class InvalidValueError(Error, ValueError): ...

class DataError(Error, ValueError):
    source: str
    where: str
    problem: str
    line: int | None
    column: int | None
    context: str | None
    field: str | None

class NotFoundError(Error, KeyError):
    key: str

class RuleViolationError(Error, ValueError): ...

class FileError(Error, OSError): ...
