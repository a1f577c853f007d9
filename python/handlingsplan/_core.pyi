"""
Compiled core of handlingsplan; use the handlingsplan package instead.
"""
from __future__ import annotations
import collections.abc
import datetime
import enum
import os
import typing
__all__: list[str] = ['ActivityFacts', 'ActivityState', 'Agencies', 'Agency', 'AgencyRegistry', 'AgencyRole', 'AgencyRoleColumnDeclaration', 'AgencySuccessor', 'AgencyUnit', 'Appendix', 'AppendixCell', 'AppendixRow', 'AppendixSection', 'AppendixTable', 'AppendixWords', 'AssignedAgency', 'AssignmentPage', 'AssignmentRole', 'CaseNumber', 'CaseNumberCitation', 'CaseNumberKind', 'Change', 'ChangeSource', 'ChangedFields', 'ChangedPart', 'ChapterBlock', 'ChapterBlockKind', 'ColumnDeclaration', 'DataError', 'DateBound', 'DateMention', 'DatePrecision', 'DatedEvent', 'DiffProblem', 'EntityDeclaration', 'Error', 'EventKind', 'FOLLOW_UP_CHAPTER', 'FieldChange', 'FieldDeclaration', 'FileError', 'Finding', 'FollowUp', 'FollowUpNote', 'FormEntry', 'FormEvent', 'FormGroups', 'GovernmentActivity', 'HistoryEntry', 'IdStyle', 'InvalidValueError', 'LevelWords', 'MEASURES_CHAPTER', 'Measure', 'MeasureDiff', 'MeasureField', 'MeasureId', 'MeasureSelection', 'NotFoundError', 'Objective', 'ObjectiveId', 'ParseError', 'PartChange', 'Period', 'Plan', 'PlanWords', 'Priority', 'ProseChapter', 'RecordedChange', 'Reopening', 'Report', 'ReportDiff', 'ReportForm', 'ReportStage', 'ReportState', 'Role', 'RuleViolationError', 'SCHEMA_VERSION', 'Season', 'Severity', 'Status', 'StatusKind', 'SwedishDate', 'activity_state_text', 'agency_role_arrays', 'agency_role_column_declarations', 'agency_role_columns', 'assigned_agency_name', 'assignment_role_text', 'build_appendix', 'case_number_kind_text', 'change_text', 'changed_part_name', 'changed_part_word', 'chapter_marking_text', 'chapter_order', 'check_text', 'content_aspect_text', 'date_bound_text', 'date_precision_text', 'deadlines_between', 'derived_status', 'diff', 'diff_arrays', 'entities', 'entity', 'event_kind_text', 'field_change_text', 'find_case_numbers', 'find_dates', 'form_event_name', 'form_groups', 'id_style_text', 'is_active', 'load_plan', 'measure_arrays', 'measure_column_declarations', 'measure_columns', 'measure_field_name', 'measure_field_word', 'measure_history', 'month_name', 'overdue_activities', 'parse_activity_state', 'parse_assignment_role', 'parse_change', 'parse_event_kind', 'parse_kind_word', 'parse_measure_field', 'parse_report_form', 'parse_report_stage', 'parse_role', 'parse_status_kind', 'plan_from_json', 'plan_to_json', 'prose_chapter_headings', 'read_activity_text', 'read_assignment_page', 'read_file', 'recorded_changes', 'report_form_text', 'report_stage_text', 'report_state_text', 'role_text', 'save_plan', 'schedule_aspect_text', 'select_activities', 'set_measure_html_view', 'split_title_line', 'status_kind_text', 'table_arrays', 'validate', 'write_file']
class IdStyle(enum.Enum):
    """
    How a plan writes its ids: numbers ("1.1.5") or a capital letter first ("A.1.5").
    """
    letters: typing.ClassVar[IdStyle]
    numbers: typing.ClassVar[IdStyle]
    @classmethod
    def __new__(cls, value):
        ...
class ObjectiveId:
    """
    The id of a målsättning, "P.M" (e.g. "1.1", or "A.1").
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
    def __init__(self, priority: typing.SupportsInt | typing.SupportsIndex, number: typing.SupportsInt | typing.SupportsIndex, style: IdStyle = ...) -> None:
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
        The strategic priority's number (1 for "A").
        """
    @property
    def style(self) -> IdStyle:
        """
        How the id is written: IdStyle.numbers ("1.1") or IdStyle.letters ("A.1").
        """
class MeasureId:
    """
    The id of an åtgärd, "P.M.N" (e.g. "1.1.5", or "A.1.5" in a plan that letters its top level); numbers are never reused and order numerically (1.1.9 < 1.1.10).
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
    def __init__(self, priority: typing.SupportsInt | typing.SupportsIndex, objective: typing.SupportsInt | typing.SupportsIndex, number: typing.SupportsInt | typing.SupportsIndex, style: IdStyle = ...) -> None:
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
        The strategic priority's number (1 for "A").
        """
    @property
    def style(self) -> IdStyle:
        """
        How the id is written: IdStyle.numbers ("1.1") or IdStyle.letters ("A.1").
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
class AgencySuccessor:
    """
    The names an agency bears from a day on (MSB: MCF from 2026).
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: AgencySuccessor) -> bool:
        ...
    def __init__(self, *, short_name: str, name: str, since: datetime.date) -> None:
        ...
    def __ne__(self, arg0: AgencySuccessor) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def name(self) -> str:
        """
        Its full name: "Myndigheten för civilt försvar".
        """
    @property
    def short_name(self) -> str:
        """
        Its short name: "MCF".
        """
    @property
    def since(self) -> datetime.date:
        """
        The day it takes over (datetime.date).
        """
class AgencyUnit:
    """
    A unit of an agency that texts name as if it were one (NCSC at FRA).
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: AgencyUnit) -> bool:
        ...
    def __init__(self, *, short_name: str, name: str, aliases: collections.abc.Sequence[str] = []) -> None:
        ...
    def __ne__(self, arg0: AgencyUnit) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def aliases(self) -> list[str]:
        """
        Other names for it ("Nationella cybersäkerhetscentret").
        """
    @property
    def name(self) -> str:
        """
        Its full name: "Nationellt cybersäkerhetscenter".
        """
    @property
    def short_name(self) -> str:
        """
        Its short name: "NCSC".
        """
class Agency:
    """
    An agency (myndighet) with its short and full name.
    """
    def __eq__(self, arg0: Agency) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, short_name: str, name: str, samfi: bool = False, aliases: collections.abc.Sequence[str] = [], successor: AgencySuccessor | None = None, units: collections.abc.Sequence[AgencyUnit] = []) -> None:
        ...
    def __ne__(self, arg0: Agency) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def name_on(self, day: datetime.date) -> str:
        """
        The full name valid on `day`.
        """
    def short_name_on(self, day: datetime.date) -> str:
        """
        The short name valid on `day` ("MCF" for MSB from 2026-01-01).
        """
    def today_name(self, day: datetime.date) -> str:
        """
        "MSB (sedan 2026 Myndigheten för civilt försvar)" once the successor has taken over on `day`, else the short name.
        """
    def unit(self, name: str) -> AgencyUnit | None:
        """
        The unit with this name (ignoring case), or None.
        """
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
    @property
    def successor(self) -> AgencySuccessor | None:
        """
        The names it bears from a day on (AgencySuccessor), or None.
        """
    @property
    def units(self) -> list[AgencyUnit]:
        """
        Its units that texts name as if they were agencies (AgencyUnit).
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
        The agency as a person types it: by short name, full name, alias, a successor's or a unit's name ("MCF" is MSB; "NCSC", "NCSC vid FRA", "FRA genom NCSC" are FRA), ignoring case and surrounding spaces (" fra ", "Säpo"); None when unknown.
        """
    def lookup_with_unit(self, name: str) -> tuple[Agency, AgencyUnit | None] | None:
        """
        (agency, unit) for a name as lookup finds it, the unit (AgencyUnit) where the name names one ("NCSC vid FRA": FRA and NCSC), else None; None when unknown.
        """
    def resolve(self, name: str) -> Agency:
        """
        The agency as a person types it, as lookup finds it; NotFoundError naming the nearest known name (did_you_mean) otherwise.
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
    def __init__(self, *, id: str | MeasureId, title: str, description: str = '', agencies: str | Agencies, period: str | Period | None = None, page: typing.SupportsInt | typing.SupportsIndex | None = None, status: Status = ..., chapter_marking: str | None = None, appendix_title: str | None = None, appendix_agencies: str | None = None, registry: AgencyRegistry = ...) -> None:
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
        A copy with the given fields changed (id, title, description, agencies, period, page, status, chapter_marking, appendix_title, appendix_agencies), e.g. m.replace(period="2021–2022"); the rules are checked again.
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
class FollowUpNote:
    """
    A titled note of the Uppföljning chapter, such as the one on the covid-19 pandemic's effect on the measures.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: FollowUpNote) -> bool:
        ...
    def __init__(self, title: str, text: str) -> None:
        ...
    def __ne__(self, arg0: FollowUpNote) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def text(self) -> str:
        """
        Its paragraphs, separated by a blank line.
        """
    @property
    def title(self) -> str:
        """
        The note's heading.
        """
class FollowUp:
    """
    The Uppföljning chapter of a report: an introduction, notes, and the selected results per strategic priority. Texts are paragraphs separated by a blank line.
    """
    __hash__: typing.ClassVar[None] = None
    def __bool__(self) -> bool:
        ...
    def __eq__(self, arg0: FollowUp) -> bool:
        ...
    @typing.overload
    def __init__(self) -> None:
        ...
    @typing.overload
    def __init__(self, *, introduction: str = '', notes: collections.abc.Sequence[FollowUpNote] = [], results: collections.abc.Mapping[typing.SupportsInt | typing.SupportsIndex, str] = {}) -> None:
        ...
    def __ne__(self, arg0: FollowUp) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def results_for(self, priority: typing.SupportsInt | typing.SupportsIndex) -> str | None:
        """
        The results for one priority; None where none are given.
        """
    @property
    def introduction(self) -> str:
        """
        The chapter's opening paragraphs.
        """
    @property
    def notes(self) -> list[FollowUpNote]:
        """
        The titled notes, in printed order.
        """
    @property
    def results(self) -> dict[int, str]:
        """
        The selected results (utvalda resultat) per priority number.
        """
class ChangeSource:
    """
    Where a change came from: the agency, the file with its sheet and cell (a form) or line (a text), the day it was read and the agency's comment.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: ChangeSource) -> bool:
        ...
    def __init__(self, *, agency: str = '', file: str = '', sheet: str = '', cell: str = '', line: typing.SupportsInt | typing.SupportsIndex | None = None, read: datetime.date | None = None, comment: str = '') -> None:
        ...
    def __ne__(self, arg0: ChangeSource) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def text(self) -> str:
        """
        The source in Swedish: "FRA, FRA.xlsx, Åtgärder!F7, inläst 2022-02-03".
        """
    @property
    def agency(self) -> str:
        """
        The agency (short name) or "".
        """
    @property
    def cell(self) -> str:
        """
        The cell ("F7") or "".
        """
    @property
    def comment(self) -> str:
        """
        What the agency wrote beside its answer, or "".
        """
    @property
    def file(self) -> str:
        """
        The file's name or "".
        """
    @property
    def line(self) -> int | None:
        """
        The line of a text file, or None.
        """
    @property
    def read(self) -> datetime.date | None:
        """
        The day it was read, or None.
        """
    @property
    def sheet(self) -> str:
        """
        The sheet of a workbook or "".
        """
class ChangedPart(enum.Enum):
    """
    The part of a measure a recorded change changed.
    """
    added: typing.ClassVar[ChangedPart]
    agencies: typing.ClassVar[ChangedPart]
    description: typing.ClassVar[ChangedPart]
    page: typing.ClassVar[ChangedPart]
    period: typing.ClassVar[ChangedPart]
    status: typing.ClassVar[ChangedPart]
    title: typing.ClassVar[ChangedPart]
    @classmethod
    def __new__(cls, value):
        ...
class RecordedChange:
    """
    One change of one measure made in a report, with its values before and after as the report prints them, its source and its note.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: RecordedChange) -> bool:
        ...
    def __init__(self, measure: MeasureId, part: ChangedPart, before: str, after: str, *, source: ChangeSource | None = None, note: str = '') -> None:
        ...
    def __ne__(self, arg0: RecordedChange) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def text(self) -> str:
        """
        The change in Swedish: "tidsperiod 2019–2022 → 2019–2026".
        """
    @property
    def after(self) -> str:
        """
        The value after.
        """
    @property
    def before(self) -> str:
        """
        The value before ("": none).
        """
    @property
    def measure(self) -> MeasureId:
        """
        The measure changed.
        """
    @property
    def note(self) -> str:
        """
        The note given with it, or "".
        """
    @property
    def part(self) -> ChangedPart:
        """
        What of it changed: a field, its status, or the measure added.
        """
    @property
    def source(self) -> ChangeSource | None:
        """
        Where it came from, or None.
        """
class FormEvent(enum.Enum):
    """
    What happened to an agency's update form.
    """
    answered: typing.ClassVar[FormEvent]
    blank: typing.ClassVar[FormEvent]
    sent: typing.ClassVar[FormEvent]
    @classmethod
    def __new__(cls, value):
        ...
class FormEntry:
    """
    One line of a report's register of update forms.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: FormEntry) -> bool:
        ...
    def __init__(self, agency: str, event: FormEvent, file: str, on: datetime.date | None = None) -> None:
        ...
    def __ne__(self, arg0: FormEntry) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def agency(self) -> str:
        """
        The agency (short name).
        """
    @property
    def event(self) -> FormEvent:
        """
        Sent, answered or blank.
        """
    @property
    def file(self) -> str:
        """
        The form's file name.
        """
    @property
    def on(self) -> datetime.date | None:
        """
        The day, or None where not given.
        """
class FormGroups:
    """
    The agencies of a form register: answered, blank, not returned.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: FormGroups) -> bool:
        ...
    @property
    def answered(self) -> list[str]:
        """
        Returned a form with answers.
        """
    @property
    def blank(self) -> list[str]:
        """
        Returned only blank (untouched) forms.
        """
    @property
    def not_returned(self) -> list[str]:
        """
        Returned no form.
        """
class ChapterBlockKind(enum.Enum):
    """
    What a block of a chapter is.
    """
    bullets: typing.ClassVar[ChapterBlockKind]
    heading: typing.ClassVar[ChapterBlockKind]
    numbered: typing.ClassVar[ChapterBlockKind]
    paragraph: typing.ClassVar[ChapterBlockKind]
    @classmethod
    def __new__(cls, value):
        ...
class ChapterBlock:
    """
    A block of a prose chapter: a paragraph or subheading (text), or a bullet or numbered list (items). Made with the static methods.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def bullets(items: collections.abc.Sequence[str]) -> ChapterBlock:
        ...
    @staticmethod
    def heading(text: str) -> ChapterBlock:
        ...
    @staticmethod
    def numbered(items: collections.abc.Sequence[str]) -> ChapterBlock:
        ...
    @staticmethod
    def paragraph(text: str) -> ChapterBlock:
        ...
    def __eq__(self, arg0: ChapterBlock) -> bool:
        ...
    def __ne__(self, arg0: ChapterBlock) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def is_list(self) -> bool:
        """
        Whether the block is a list (bullets or numbered).
        """
    @property
    def items(self) -> list[str]:
        """
        The list's items; empty for a paragraph or subheading.
        """
    @property
    def kind(self) -> ChapterBlockKind:
        """
        What the block is: paragraph, heading, bullets or numbered.
        """
    @property
    def text(self) -> str:
        """
        The paragraph's or subheading's text; empty for a list.
        """
class ProseChapter:
    """
    A prose chapter of a report (Sammanfattning, Introduktion, Myndigheternas arbete med handlingsplanen, Extern samverkan, Slutord): its heading and blocks, and the year of the report whose text it is where it was carried over unedited.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: ProseChapter) -> bool:
        ...
    def __init__(self, heading: str, blocks: collections.abc.Sequence[ChapterBlock], carried_over_from: typing.SupportsInt | typing.SupportsIndex | None = None) -> None:
        ...
    def __ne__(self, arg0: ProseChapter) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def edited(self) -> ProseChapter:
        """
        The same chapter as the report's own text.
        """
    def paragraphs(self) -> list[str]:
        """
        The paragraphs' texts, in order (subheadings and lists left out).
        """
    @property
    def blocks(self) -> list[ChapterBlock]:
        """
        Its paragraphs, subheadings and lists, in printed order.
        """
    @property
    def carried_over_from(self) -> int | None:
        """
        The year of the report whose unedited text this is; None for the report's own text.
        """
    @property
    def heading(self) -> str:
        """
        The chapter's heading, one of prose_chapter_headings().
        """
class LevelWords:
    """
    What a plan calls the three levels of its strategy, as a heading begins them: "Strategisk prioritering", "Målsättning", "Åtgärd" ("Pelare", "Mål", "Aktivitet" in the 2025–2029 strategy).
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: LevelWords) -> bool:
        ...
    def __init__(self, *, priority: str = 'Strategisk prioritering', objective: str = 'Målsättning', measure: str = 'Åtgärd', measures: str = 'Åtgärder') -> None:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def measure(self) -> str:
        """
        A measure: "Åtgärd", "Aktivitet".
        """
    @property
    def measures(self) -> str:
        """
        The plural: "Åtgärder", "Aktiviteter".
        """
    @property
    def objective(self) -> str:
        """
        The objectives: "Målsättning", "Mål".
        """
    @property
    def priority(self) -> str:
        """
        The top level: "Strategisk prioritering", "Pelare".
        """
class AppendixWords:
    """
    Bilaga 1's wording: title, opening paragraph, sections, column headings and the line of an empty table.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: AppendixWords) -> bool:
        ...
    def __init__(self, *, title: str = 'Bilaga 1: Förteckning över åtgärder', intro: str = 'Bilagan innehåller en överskådlig lista på samtliga åtgärder i handlingsplanen. Åtgärder som avslutats återfinns i avsnittet ”Genomförda åtgärder” nedan. Åtgärder som inte längre är relevanta att genomföra återfinns under avsnittet ”Avskrivna åtgärder” nedan.', current: str = 'Aktuella åtgärder', completed: str = 'Genomförda åtgärder', withdrawn: str = 'Avskrivna åtgärder', number_column: str = '#', measure_column: str = 'Åtgärd', agencies_column: str = 'Ansvarig myndighet', status_column: str = 'Status', page_column: str = 'Sida', completed_column: str = 'Klar', withdrawn_column: str = 'Avskriven', empty: str = 'Inga åtgärder.') -> None:
        ...
    def __repr__(self) -> str:
        ...
    def columns(self, kind: str) -> list[str]:
        """
        The columns of the section "aktuella", "genomförda" or "avskrivna".
        """
    def section_title(self, kind: str) -> str:
        """
        The title of the section "aktuella", … ("Aktuella åtgärder").
        """
    @property
    def agencies_column(self) -> str:
        """
        "Ansvarig myndighet".
        """
    @property
    def completed(self) -> str:
        """
        "Genomförda åtgärder".
        """
    @property
    def completed_column(self) -> str:
        """
        "Klar".
        """
    @property
    def current(self) -> str:
        """
        "Aktuella åtgärder".
        """
    @property
    def empty(self) -> str:
        """
        "Inga åtgärder.": shown where a section or table has no measure.
        """
    @property
    def intro(self) -> str:
        """
        The paragraph that opens the list.
        """
    @property
    def measure_column(self) -> str:
        """
        "Åtgärd".
        """
    @property
    def number_column(self) -> str:
        """
        "#".
        """
    @property
    def page_column(self) -> str:
        """
        "Sida".
        """
    @property
    def status_column(self) -> str:
        """
        "Status".
        """
    @property
    def title(self) -> str:
        """
        "Bilaga 1: Förteckning över åtgärder".
        """
    @property
    def withdrawn(self) -> str:
        """
        "Avskrivna åtgärder".
        """
    @property
    def withdrawn_column(self) -> str:
        """
        "Avskriven".
        """
class PlanWords:
    """
    The plan's own words: what it calls its levels, how it writes its ids and how its Bilaga 1 is worded. PlanWords.standard() gives the 2019–2022 plan's, those of a plan file that gives none.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def standard() -> PlanWords:
        """
        The 2019–2022 plan's words.
        """
    def __eq__(self, arg0: PlanWords) -> bool:
        ...
    def __init__(self, *, levels: LevelWords = ..., ids: IdStyle = ..., appendix: AppendixWords = ...) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def priority_heading(self, number: typing.SupportsInt | typing.SupportsIndex, title: str = '') -> str:
        """
        "Strategisk prioritering 1." or "Pelare A.", with the title after it where one is given.
        """
    def priority_label(self, number: typing.SupportsInt | typing.SupportsIndex) -> str:
        """
        The top level's number as the plan writes it: "1" or "A".
        """
    @property
    def appendix(self) -> AppendixWords:
        """
        Its Bilaga 1's wording.
        """
    @property
    def ids(self) -> IdStyle:
        """
        How it writes its ids: IdStyle.numbers or IdStyle.letters.
        """
    @property
    def levels(self) -> LevelWords:
        """
        What the plan calls its levels.
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
        """
        The day it was reopened.
        """
    @property
    def reason(self) -> str:
        """
        Why: what was corrected.
        """
class MeasureSelection:
    """
    Some measures of one report (what a filter selects), in the report's order: a snapshot sharing the report's measures, each one copied out only when asked for.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: MeasureSelection) -> bool:
        ...
    @typing.overload
    def __getitem__(self, index: typing.SupportsInt | typing.SupportsIndex) -> Measure:
        ...
    @typing.overload
    def __getitem__(self, index: slice) -> MeasureSelection:
        ...
    def __iter__(self) -> collections.abc.Iterator[Measure]:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, arg0: MeasureSelection) -> bool:
        ...
    def ids(self) -> list[MeasureId]:
        """
        The selected measures' ids, in order.
        """
    def measures(self) -> list[Measure]:
        """
        The selected measures themselves (copies), in order.
        """
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
    def __init__(self, year: typing.SupportsInt | typing.SupportsIndex, submitted: datetime.date, measures: collections.abc.Sequence[Measure], state: ReportState = ..., reopenings: collections.abc.Sequence[Reopening] = [], follow_up: FollowUp = ..., changes: collections.abc.Sequence[RecordedChange] = [], forms: collections.abc.Sequence[FormEntry] = [], chapters: collections.abc.Sequence[ProseChapter] = []) -> None:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, arg0: Report) -> bool:
        ...
    def changes_of(self, id: MeasureId) -> list[RecordedChange]:
        """
        The recorded changes of one measure, in the order made.
        """
    def chapter(self, heading: str) -> ProseChapter | None:
        """
        The prose chapter so headed; None where the report has none.
        """
    def count_by_status(self) -> dict[StatusKind, int]:
        ...
    def find(self, id: MeasureId) -> Measure:
        ...
    def measures(self) -> list[Measure]:
        """
        Every measure, in numeric id order.
        """
    def select(self, *, priority: typing.SupportsInt | typing.SupportsIndex | None = None, objective: ObjectiveId | None = None, agency: str | None = None, role: Role | None = None, status: StatusKind | None = None, active_in: typing.SupportsInt | typing.SupportsIndex | None = None) -> MeasureSelection:
        """
        The measures matching every criterion given, as a selection (no copies).
        """
    @property
    def changes(self) -> list[RecordedChange]:
        """
        The changes made in the report with a source or a note, in the order made.
        """
    @property
    def chapters(self) -> list[ProseChapter]:
        """
        The prose chapters, in the published order.
        """
    @property
    def follow_up(self) -> FollowUp:
        """
        The report's Uppföljning chapter (empty, falsy, where it has none).
        """
    @property
    def forms(self) -> list[FormEntry]:
        """
        The register of update forms: sent, answered, blank.
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
    def __init__(self, *, title: str, first_year: typing.SupportsInt | typing.SupportsIndex, last_year: typing.SupportsInt | typing.SupportsIndex, agencies: AgencyRegistry = ..., priorities: collections.abc.Sequence[Priority], reports: collections.abc.Sequence[Report] = [], words: PlanWords = ...) -> None:
        ...
    def __ne__(self, arg0: Plan) -> bool:
        ...
    def add_activity(self, activity: GovernmentActivity) -> None:
        """
        Adds one activity; RuleViolationError if the plan has it already (its source or diarienummer), InvalidValueError for an unknown priority.
        """
    def add_measure(self, report_year: typing.SupportsInt | typing.SupportsIndex, measure: Measure, *, source: ChangeSource | None = None, note: str = '') -> None:
        ...
    def complete_measure(self, report_year: typing.SupportsInt | typing.SupportsIndex, id: MeasureId, year: typing.SupportsInt | typing.SupportsIndex, *, source: ChangeSource | None = None, note: str = '') -> None:
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
    def record_form(self, report_year: typing.SupportsInt | typing.SupportsIndex, entry: FormEntry) -> None:
        """
        Adds an entry to the draft report's form register (once).
        """
    def remove_chapter(self, report_year: typing.SupportsInt | typing.SupportsIndex, heading: str) -> None:
        ...
    def reopen_report(self, year: typing.SupportsInt | typing.SupportsIndex, reason: str, on: datetime.date) -> None:
        ...
    def report(self, year: typing.SupportsInt | typing.SupportsIndex) -> Report:
        ...
    def set_activities(self, activities: collections.abc.Sequence[GovernmentActivity]) -> None:
        """
        Replaces the government's activities; InvalidValueError for an unknown priority.
        """
    def set_chapter(self, report_year: typing.SupportsInt | typing.SupportsIndex, chapter: ProseChapter) -> None:
        ...
    def update_measure(self, report_year: typing.SupportsInt | typing.SupportsIndex, id: MeasureId, *, title: str | None = None, description: str | None = None, agencies: Agencies | None = None, period: Period | None = None, page: typing.SupportsInt | typing.SupportsIndex | None = None, source: ChangeSource | None = None, note: str = '') -> None:
        ...
    def withdraw_measure(self, report_year: typing.SupportsInt | typing.SupportsIndex, id: MeasureId, year: typing.SupportsInt | typing.SupportsIndex, reason: str, *, source: ChangeSource | None = None, note: str = '') -> None:
        ...
    @property
    def activities(self) -> list[GovernmentActivity]:
        """
        The government's activities for the strategy, in their published order (copies).
        """
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
    def words(self) -> PlanWords:
        """
        The plan's own words: its levels, ids and Bilaga 1's wording.
        """
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
    def words(self) -> PlanWords:
        """
        The plan's words the appendix is written in.
        """
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
class MeasureField(enum.Enum):
    """
    A field of a measure that a diff compares.
    """
    agencies: typing.ClassVar[MeasureField]
    description: typing.ClassVar[MeasureField]
    page: typing.ClassVar[MeasureField]
    period: typing.ClassVar[MeasureField]
    title: typing.ClassVar[MeasureField]
    @classmethod
    def __new__(cls, value):
        ...
class DiffProblem(enum.Enum):
    """
    What a diff's data should not show about a measure.
    """
    brought_back: typing.ClassVar[DiffProblem]
    ended_differently: typing.ClassVar[DiffProblem]
    none: typing.ClassVar[DiffProblem]
    vanished: typing.ClassVar[DiffProblem]
    @classmethod
    def __new__(cls, value):
        ...
class FieldChange:
    """
    A changed field of a measure with its printed value in each report.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: FieldChange) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def after(self) -> str:
        ...
    @property
    def before(self) -> str:
        ...
    @property
    def field(self) -> MeasureField:
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
    def fields(self) -> list[MeasureField]:
        """
        The changed fields, in MeasureField's order.
        """
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
    def changes(self) -> list[FieldChange]:
        """
        Every changed field with its printed value before and after.
        """
    @property
    def after(self) -> Measure | None:
        """
        The measure in the later report, or None where it lacks it.
        """
    @property
    def before(self) -> Measure | None:
        """
        The measure in the earlier report, or None where it lacks it.
        """
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
        """
        The finding in Swedish, as every surface prints it; "" when all is well.
        """
    @property
    def problem_kind(self) -> DiffProblem:
        ...
class ReportDiff:
    """
    What changed from one report to another.
    """
    def count(self, change: Change) -> int:
        """
        How many measures of(change) holds, without copying them out.
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
        """
        Every measure of either report once, in numeric id order.
        """
    @property
    def to_year(self) -> int:
        ...
class PartChange:
    """
    A part of a measure that differs from the report before.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: PartChange) -> bool:
        ...
    def text(self) -> str:
        """
        The change in Swedish: "tidsperiod 2019–2022 → 2019–2026".
        """
    @property
    def after(self) -> str:
        """
        Its value in this report.
        """
    @property
    def before(self) -> str:
        """
        Its value in the report before.
        """
    @property
    def part(self) -> ChangedPart:
        """
        The part that differs.
        """
class HistoryEntry:
    """
    The measure in one report.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: HistoryEntry) -> bool:
        ...
    @property
    def changes(self) -> list[PartChange]:
        """
        What differs from the last earlier report holding it.
        """
    @property
    def measure(self) -> Measure:
        """
        The measure as this report has it.
        """
    @property
    def recorded(self) -> list[RecordedChange]:
        """
        The report's recorded changes of the measure, with their sources.
        """
    @property
    def reopenings(self) -> list[Reopening]:
        """
        The report's reopenings.
        """
    @property
    def state(self) -> ReportState:
        """
        The report's state: draft or final.
        """
    @property
    def year(self) -> int:
        """
        The report's year.
        """
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
class CaseNumberKind(enum.Enum):
    """
    The kinds of reference a case number is.
    """
    bill: typing.ClassVar[CaseNumberKind]
    committee: typing.ClassVar[CaseNumberKind]
    communication: typing.ClassVar[CaseNumberKind]
    council_document: typing.ClassVar[CaseNumberKind]
    department: typing.ClassVar[CaseNumberKind]
    directive: typing.ClassVar[CaseNumberKind]
    ds: typing.ClassVar[CaseNumberKind]
    eu_act: typing.ClassVar[CaseNumberKind]
    eu_document: typing.ClassVar[CaseNumberKind]
    sou: typing.ClassVar[CaseNumberKind]
    statute: typing.ClassVar[CaseNumberKind]
    treaty: typing.ClassVar[CaseNumberKind]
    @classmethod
    def __new__(cls, value):
        ...
class CaseNumber:
    """
    A case number (diarienummer) or other reference: CaseNumber("Ju2018/03737/SSK"), CaseNumber("dir 2017:99"), CaseNumber("lag (2018:585)").
    """
    @staticmethod
    def parse(text: str) -> CaseNumber:
        """
        Parses any written form; ParseError otherwise.
        """
    def __eq__(self, arg0: CaseNumber) -> bool:
        ...
    def __ge__(self, arg0: CaseNumber) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __gt__(self, arg0: CaseNumber) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parses any written form; ParseError otherwise.
        """
    def __le__(self, arg0: CaseNumber) -> bool:
        ...
    def __lt__(self, arg0: CaseNumber) -> bool:
        ...
    def __ne__(self, arg0: CaseNumber) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def __str__(self) -> str:
        ...
    def same_case(self, other: CaseNumber) -> bool:
        """
        Equal, or two diarienummer that differ only in that one is printed without its unit: what a query matches.
        """
    @property
    def kind(self) -> CaseNumberKind:
        """
        diarienummer, kommittédirektiv, SOU ... (CaseNumberKind).
        """
    @property
    def number(self) -> int:
        """
        The running number.
        """
    @property
    def printed(self) -> str:
        """
        The text as written where it was read ("Ju 2019/03058/SSK"); not part of the value.
        """
    @property
    def series(self) -> str:
        """
        The department or series code: "Ju", "JOIN".
        """
    @property
    def unit(self) -> str:
        """
        A department's unit ("SSK") or a committee's letter; empty for a diarienummer printed without it ("Fö2025/01712").
        """
    @property
    def year(self) -> int:
        """
        The year (the first of a riksmöte).
        """
class CaseNumberCitation:
    """
    A case number found in a text, and where.
    """
    def __repr__(self) -> str:
        ...
    @property
    def length(self) -> int:
        """
        Length in bytes.
        """
    @property
    def number(self) -> CaseNumber:
        ...
    @property
    def offset(self) -> int:
        """
        Byte offset in the UTF-8 text.
        """
class DatePrecision(enum.Enum):
    """
    How precisely a Swedish date is given.
    """
    day: typing.ClassVar[DatePrecision]
    month: typing.ClassVar[DatePrecision]
    season: typing.ClassVar[DatePrecision]
    year: typing.ClassVar[DatePrecision]
    @classmethod
    def __new__(cls, value):
        ...
class Season(enum.Enum):
    """
    våren, sommaren, hösten.
    """
    autumn: typing.ClassVar[Season]
    spring: typing.ClassVar[Season]
    summer: typing.ClassVar[Season]
    @classmethod
    def __new__(cls, value):
        ...
class DateBound(enum.Enum):
    """
    How a date bounds what it dates.
    """
    from_: typing.ClassVar[DateBound]
    no_later_than: typing.ClassVar[DateBound]
    none: typing.ClassVar[DateBound]
    through: typing.ClassVar[DateBound]
    @classmethod
    def __new__(cls, value):
        ...
class SwedishDate:
    """
    A date of Swedish running text with its precision: SwedishDate("den 12 juli 2018"), SwedishDate("hösten 2017").
    """
    @staticmethod
    def of_day(day: datetime.date) -> SwedishDate:
        """
        A date given to the day.
        """
    @staticmethod
    def of_month(year: typing.SupportsInt | typing.SupportsIndex, month: typing.SupportsInt | typing.SupportsIndex) -> SwedishDate:
        """
        A month.
        """
    @staticmethod
    def of_season(year: typing.SupportsInt | typing.SupportsIndex, season: Season) -> SwedishDate:
        """
        A season.
        """
    @staticmethod
    def of_year(year: typing.SupportsInt | typing.SupportsIndex) -> SwedishDate:
        """
        A year.
        """
    @staticmethod
    def parse(text: str) -> SwedishDate:
        """
        "den 12 juli 2018", "i oktober 2019", "hösten 2017", "under 2020", "2020".
        """
    @staticmethod
    def parse_iso(text: str) -> SwedishDate:
        """
        "2018-07-12", "2019-10", "2017-hösten", "2020".
        """
    def __eq__(self, arg0: SwedishDate) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        ...
    def __lt__(self, arg0: SwedishDate) -> bool:
        ...
    def __ne__(self, arg0: SwedishDate) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def __str__(self) -> str:
        ...
    def to_iso(self) -> str:
        """
        "2018-07-12", "2019-10", "2017-hösten", "2020".
        """
    @property
    def exact_day(self) -> datetime.date | None:
        """
        The day, when given to the day; else None.
        """
    @property
    def first_day(self) -> datetime.date:
        """
        The first day the date covers.
        """
    @property
    def last_day(self) -> datetime.date:
        """
        The last day the date covers.
        """
    @property
    def precision(self) -> DatePrecision:
        """
        Day, month, season or year.
        """
    @property
    def season(self) -> Season | None:
        """
        The season of a date given by season; else None.
        """
    @property
    def year(self) -> int:
        """
        The year the date lies in.
        """
class DateMention:
    """
    A date found in a text, with its bound and place.
    """
    def __repr__(self) -> str:
        ...
    @property
    def bound(self) -> DateBound:
        ...
    @property
    def date(self) -> SwedishDate:
        ...
    @property
    def length(self) -> int:
        """
        Length in bytes.
        """
    @property
    def offset(self) -> int:
        """
        Byte offset in the UTF-8 text.
        """
class ActivityState(enum.Enum):
    """
    pågående or avslutad.
    """
    finished: typing.ClassVar[ActivityState]
    ongoing: typing.ClassVar[ActivityState]
    @classmethod
    def __new__(cls, value):
        ...
class EventKind(enum.Enum):
    """
    What a date in an activity's text dates.
    """
    adopted: typing.ClassVar[EventKind]
    decided: typing.ClassVar[EventKind]
    due: typing.ClassVar[EventKind]
    extended: typing.ClassVar[EventKind]
    in_force: typing.ClassVar[EventKind]
    other: typing.ClassVar[EventKind]
    published: typing.ClassVar[EventKind]
    reported: typing.ClassVar[EventKind]
    started: typing.ClassVar[EventKind]
    @classmethod
    def __new__(cls, value):
        ...
class ReportStage(enum.Enum):
    """
    Which report a dated report event is.
    """
    final_report: typing.ClassVar[ReportStage]
    interim: typing.ClassVar[ReportStage]
    none: typing.ClassVar[ReportStage]
    @classmethod
    def __new__(cls, value):
        ...
class ReportForm(enum.Enum):
    """
    How a report is given.
    """
    none: typing.ClassVar[ReportForm]
    oral: typing.ClassVar[ReportForm]
    written: typing.ClassVar[ReportForm]
    @classmethod
    def __new__(cls, value):
        ...
class AssignmentRole(enum.Enum):
    """
    What an agency is in an assignment.
    """
    assignee: typing.ClassVar[AssignmentRole]
    in_cooperation: typing.ClassVar[AssignmentRole]
    supporting: typing.ClassVar[AssignmentRole]
    through: typing.ClassVar[AssignmentRole]
    @classmethod
    def __new__(cls, value):
        ...
class AssignedAgency:
    """
    An agency of an assignment and its role.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: AssignedAgency) -> bool:
        ...
    def __init__(self, name: str, role: AssignmentRole, *, unit: str = '', printed: str = '') -> None:
        ...
    def __ne__(self, arg0: AssignedAgency) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def name(self) -> str:
        """
        The registry's short name where it knows the agency, else as printed.
        """
    @property
    def printed(self) -> str:
        """
        The name as the page printed it at its date ("Myndigheten för civilt försvar (MCF)"), where it differs from `name`; else "".
        """
    @property
    def role(self) -> AssignmentRole:
        """
        Its role (AssignmentRole).
        """
    @property
    def unit(self) -> str:
        """
        The unit of the agency the page names ("NCSC" at FRA), or "".
        """
class DatedEvent:
    """
    A dated event of an activity: its kind and its date.
    """
    __hash__: typing.ClassVar[None] = None
    def __eq__(self, arg0: DatedEvent) -> bool:
        ...
    def __init__(self, kind: EventKind, when: SwedishDate, bound: DateBound = ..., stage: ReportStage = ..., form: ReportForm = ...) -> None:
        ...
    def __ne__(self, arg0: DatedEvent) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def bound(self) -> DateBound:
        """
        senast, till och med ... or none.
        """
    @property
    def date(self) -> datetime.date | None:
        """
        The day (datetime.date) when the text gives one; None for a month, season or year.
        """
    @property
    def form(self) -> ReportForm:
        """
        Oral, written or none (ReportForm).
        """
    @property
    def kind(self) -> EventKind:
        """
        What the date dates (EventKind).
        """
    @property
    def kind_text(self) -> str:
        """
        "beslutad", "ska redovisas" ...
        """
    @property
    def precision(self) -> DatePrecision:
        """
        Day, month, season or year: how precisely the text gives the date.
        """
    @property
    def stage(self) -> ReportStage:
        """
        An interim or the final report, or none (ReportStage).
        """
    @property
    def when(self) -> SwedishDate:
        """
        The date as the text gives it, with its precision.
        """
class ActivityFacts:
    """
    What the rule finds in an activity's text.
    """
    @property
    def case_numbers(self) -> list[CaseNumber]:
        ...
    @property
    def events(self) -> list[DatedEvent]:
        ...
class GovernmentActivity:
    """
    An activity of the government for the strategy: an assignment, a directive, a bill, a law ..., with its case numbers and dated events.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_text(*, priority: typing.SupportsInt | typing.SupportsIndex, state: ActivityState, text: str) -> GovernmentActivity:
        """
        The activity with the case numbers and events its text gives.
        """
    def __eq__(self, arg0: GovernmentActivity) -> bool:
        ...
    def __init__(self, *, priority: typing.SupportsInt | typing.SupportsIndex | None, text: str, state: ActivityState, case_numbers: collections.abc.Sequence[CaseNumber] = [], events: collections.abc.Sequence[DatedEvent] = [], title: str = '', source: str = '', agencies: collections.abc.Sequence[AssignedAgency] = []) -> None:
        ...
    def __ne__(self, arg0: GovernmentActivity) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def cites(self, number: CaseNumber) -> bool:
        ...
    def deadlines(self) -> list[DatedEvent]:
        """
        The "ska redovisas" events.
        """
    def names_agency(self, agency: Agency) -> bool:
        """
        True if the text names the agency (short or full name).
        """
    def overdue_on(self, day: datetime.date) -> bool:
        """
        Ongoing with a "ska redovisas" date passed before `day` and not reported since.
        """
    @property
    def agencies(self) -> list[AssignedAgency]:
        """
        The agencies of an assignment and their roles (AssignedAgency).
        """
    @property
    def case_numbers(self) -> list[CaseNumber]:
        """
        The case numbers its text cites, each once, in the order first cited.
        """
    @property
    def events(self) -> list[DatedEvent]:
        """
        Its dated events, in the order written.
        """
    @property
    def priority(self) -> int | None:
        """
        The strategic priority's number; None for an assignment read from a page that no priority names.
        """
    @property
    def source(self) -> str:
        """
        Where it was read (the page's address or file); empty for the overview's.
        """
    @property
    def state(self) -> ActivityState:
        """
        ongoing (pågående) or finished (avslutad).
        """
    @property
    def state_text(self) -> str:
        """
        "pågående" or "avslutad".
        """
    @property
    def text(self) -> str:
        """
        The activity as the government words it.
        """
    @property
    def title(self) -> str:
        """
        The assignment page's title; empty for an activity of the overview.
        """
class AssignmentPage:
    """
    An assignment page as its front end hands it to read_assignment.
    """
    def __init__(self, *, title_line: str, body: str, source: str = '', year: typing.SupportsInt | typing.SupportsIndex | None = None) -> None:
        ...
    @property
    def body(self) -> str:
        """
        The rest of the text.
        """
    @property
    def source(self) -> str:
        """
        The page's address or file.
        """
    @property
    def title_line(self) -> str:
        """
        The title, with "Diarienummer: …" where the page has it.
        """
    @property
    def year(self) -> int | None:
        """
        The page's year, for a day written without one; None if unknown.
        """
class FieldDeclaration:
    """
    One field of an entity of the plan file, as the core declares it.
    """
    def __repr__(self) -> str:
        ...
    @property
    def default(self) -> str | None:
        """
        The keyword's default as Python spells it ("None", "''"); None where the keyword must be given.
        """
    @property
    def json_type(self) -> str:
        """
        "string", "integer", "boolean", "object" or "array".
        """
    @property
    def key(self) -> str:
        """
        Its JSON key; "parent.key" where it sits in a nested object.
        """
    @property
    def label(self) -> str:
        """
        Its Swedish name.
        """
    @property
    def name(self) -> str:
        """
        Its name in C++ and Python (the property and the keyword).
        """
    @property
    def nullable(self) -> bool:
        """
        Whether it is written as null where it has no value.
        """
    @property
    def of(self) -> str:
        """
        The entity of an object field or of an array's elements; "" for a value or a list of texts.
        """
    @property
    def required(self) -> bool:
        """
        Whether the file always holds it (else it is written only where it has a value).
        """
class EntityDeclaration:
    """
    An entity of the plan file and its fields, in the order the writer writes them.
    """
    def __repr__(self) -> str:
        ...
    @property
    def fields(self) -> list[FieldDeclaration]:
        """
        Its fields, in the order the writer writes them.
        """
    @property
    def label(self) -> str:
        """
        Its Swedish name.
        """
    @property
    def name(self) -> str:
        """
        "measure" …
        """
    @property
    def placeholder(self) -> str:
        """
        FORMAT.md's name for it ("MEASURE"); "" where it has none.
        """
class ColumnDeclaration:
    """
    One column of a report's measures (measure_columns, measures_frame, the Arrow tables).
    """
    def __repr__(self) -> str:
        ...
    @property
    def arrow_type(self) -> str:
        """
        Its Arrow type: "string", "int32", "bool" or "list<string>".
        """
    @property
    def coded(self) -> bool:
        """
        Whether measure_arrays gives it as (codes, categories).
        """
    @property
    def few_values(self) -> bool:
        """
        Whether its entries repeat a few values (the Parquet files store it by dictionary).
        """
    @property
    def frame_type(self) -> str:
        """
        How measures_frame holds it: "id category", "int64", "category", "text", "Int64", "bool" or "TextList".
        """
    @property
    def in_frame(self) -> bool:
        """
        Whether measures_frame has the column.
        """
    @property
    def label(self) -> str:
        """
        Its Swedish name.
        """
    @property
    def name(self) -> str:
        """
        The column's name.
        """
    @property
    def nullable(self) -> bool:
        """
        Whether an entry may be missing.
        """
    @property
    def tables(self) -> list[str]:
        """
        The Arrow tables that hold it ("measures", "statuses").
        """
class AgencyRoleColumnDeclaration:
    """
    One column of a report's agency roles (agency_role_columns, agency_roles_frame, the Arrow table agency_roles).
    """
    def __repr__(self) -> str:
        ...
    @property
    def arrow_type(self) -> str:
        """
        Its type in the Arrow table agency_roles; "" where the table leaves it out.
        """
    @property
    def few_values(self) -> bool:
        """
        Whether its entries repeat a few values (the Parquet files store it by dictionary).
        """
    @property
    def frame_type(self) -> str:
        """
        How agency_roles_frame holds it: "id category", "int64", "text", "bool", "role category" or "status category".
        """
    @property
    def label(self) -> str:
        """
        Its Swedish name.
        """
    @property
    def name(self) -> str:
        """
        The column's name.
        """
def activity_state_text(state: ActivityState) -> str:
    """
    "pågående" or "avslutad".
    """
def agency_role_arrays(report: Report, registry: AgencyRegistry, tables_only: bool = False) -> dict[str, typing.Any]:
    """
    The columns of agency_role_columns as whole arrays (as measure_arrays): texts as the buffers of an Arrow large string array, priority int64, samfi and responsible bool. With tables_only, only the columns the Arrow table agency_roles holds.
    """
def agency_role_column_declarations() -> list[AgencyRoleColumnDeclaration]:
    """
    The columns of a report's agency roles, in the order agency_role_columns gives them.
    """
def agency_role_columns(report: Report, registry: AgencyRegistry) -> dict[str, list[typing.Any]]:
    """
    The report's agency roles column by column, one entry per measure and agency taking part in it (printed order): id, priority, objective, agency, agency_name, samfi, role, responsible, status. An agency the registry does not know keeps its printed name.
    """
def assigned_agency_name(agency: AssignedAgency, registry: AgencyRegistry, today: datetime.date | None = None) -> str:
    """
    How a document names an agency of an assignment: as the page printed it ("NCSC vid FRA" for a unit the page does not print); with `today` (datetime.date), an agency whose successor has taken over by then and that the page names otherwise by today's name, "MSB (sedan 2026 Myndigheten för civilt försvar)".
    """
def assignment_role_text(role: AssignmentRole) -> str:
    """
    "uppdragstagare", "genom", "i samverkan med" or "ska stödja".
    """
def build_appendix(plan: Plan, year: typing.SupportsInt | typing.SupportsIndex) -> Appendix:
    """
    The appendix of the plan's report for `year`.
    """
def case_number_kind_text(kind: CaseNumberKind) -> str:
    """
    "diarienummer", "kommittédirektiv", "SOU" ...
    """
def change_text(change: Change) -> str:
    """
    "ny", "genomförd", "avskriven", "ändrad", "oförändrad" or "försvunnen".
    """
def changed_part_name(part: ChangedPart) -> str:
    """
    "title" … "status", "added", as the plan file writes it.
    """
def changed_part_word(part: ChangedPart) -> str:
    """
    The Swedish word: "rubrik" … "status", "ny åtgärd".
    """
def chapter_marking_text(kind: StatusKind) -> str:
    """
    The marking the Åtgärder chapter prints beside a title: "Ny åtgärd" (added), "Uppdaterad" (updated), "" for the other kinds.
    """
def chapter_order() -> list[str]:
    """
    Every chapter of a report in the published order: the prose chapters and where the Uppföljning and Åtgärder chapters stand.
    """
def check_text(text: str, what: str, swedish_what: str = '') -> None:
    """
    InvalidValueError naming `what` (and in its swedish_problem `swedish_what`, where given) where `text` holds a character no document can hold (a control character other than tab and line feed, U+FFFE, U+FFFF).
    """
def content_aspect_text() -> str:
    """
    "innehåll": the word for updated content.
    """
def date_bound_text(bound: DateBound) -> str:
    """
    "", "senast", "till och med" or "från och med".
    """
def date_precision_text(precision: DatePrecision) -> str:
    """
    "dag", "månad", "årstid" or "år".
    """
def deadlines_between(activities: collections.abc.Sequence[GovernmentActivity], start: datetime.date, end: datetime.date) -> list[tuple[GovernmentActivity, DatedEvent]]:
    """
    (activity, event) for each "ska redovisas" date wholly within [start, end], in date order.
    """
def derived_status(change: Change, fields: ChangedFields) -> Status:
    ...
def diff(before: Report, after: Report) -> ReportDiff:
    """
    Compares two reports.
    """
def diff_arrays(diff: ReportDiff, list_type: typing.Any) -> dict[str, typing.Any]:
    """
    A diff's measures column by column as whole arrays (as measure_arrays): id, title, change (codes, categories), changed_fields and changes (a list_type per entry, as measure_arrays gives them), before_status, after_status, derived_status, marking_agrees, problem.
    """
def entities() -> list[EntityDeclaration]:
    """
    Every entity of the plan file as the core declares it, the plan first.
    """
def entity(name: str) -> EntityDeclaration:
    """
    The entity so named ("measure", "report" …); NotFoundError otherwise.
    """
def event_kind_text(kind: EventKind) -> str:
    """
    "beslutad", "ska redovisas", "redovisad", "i kraft", "förlängd", "antagen", "publicerad", "påbörjad" or "övrigt".
    """
def field_change_text(change: FieldChange) -> str:
    """
    A change as documents print it: "tidsperiod 2019–2022 → 2019–2023", texts in quotes, an absent value as "(inget)".
    """
def find_case_numbers(text: str) -> list[CaseNumberCitation]:
    """
    Every case number in a text, in order.
    """
def find_dates(text: str) -> list[DateMention]:
    """
    Every Swedish date in a text, in order.
    """
def form_event_name(event: FormEvent) -> str:
    """
    "sent", "answered" or "blank", as the plan file writes it.
    """
def form_groups(entries: collections.abc.Sequence[FormEntry], expected: collections.abc.Sequence[str]) -> FormGroups:
    """
    The agencies in three groups: returned with answers, returned only blank, and those of `expected` (or sent a form) that returned none.
    """
def id_style_text(style: IdStyle) -> str:
    """
    "siffror" or "bokstäver", as the plan file names it.
    """
def is_active(kind: StatusKind) -> bool:
    """
    Still part of the plan: ongoing, added or updated.
    """
def load_plan(path: os.PathLike | str | bytes, max_bytes: typing.SupportsInt | typing.SupportsIndex | None = None) -> Plan:
    """
    Reads a plan file (any size; at most max_bytes if given); FileError or DataError on failure.
    """
@typing.overload
def measure_arrays(report: Report, list_type: typing.Any, tables_only: bool = False) -> dict[str, typing.Any]:
    """
    The columns of measure_columns as whole arrays, for DataFrames: texts as the buffers of an Arrow large string array (offsets int64, UTF-8 data uint8, valid bool or None where none is missing); priority and number int64 arrays; period_start, period_end, completed_year, withdrawn_year and page as (int64 values, bool missing); open_ended and active bool arrays; objective and status as (int32 codes, categories: the objectives by first appearance, every status kind in order); agencies, responsible and updated_aspects a NumPy array of objects, one new `list_type` (list or a subclass; its __init__ is not called) per entry, or where list_type is None the buffers of an Arrow large list of large strings: (int64 starts, one more than the entries; the items' buffers as a text's). With tables_only, only the columns the Arrow tables hold (not agencies and responsible).
    """
@typing.overload
def measure_arrays(report: MeasureSelection, list_type: typing.Any, tables_only: bool = False) -> dict[str, typing.Any]:
    """
    The columns of measure_columns as whole arrays, for DataFrames: texts as the buffers of an Arrow large string array (offsets int64, UTF-8 data uint8, valid bool or None where none is missing); priority and number int64 arrays; period_start, period_end, completed_year, withdrawn_year and page as (int64 values, bool missing); open_ended and active bool arrays; objective and status as (int32 codes, categories: the objectives by first appearance, every status kind in order); agencies, responsible and updated_aspects a NumPy array of objects, one new `list_type` (list or a subclass; its __init__ is not called) per entry, or where list_type is None the buffers of an Arrow large list of large strings: (int64 starts, one more than the entries; the items' buffers as a text's). With tables_only, only the columns the Arrow tables hold (not agencies and responsible).
    """
def measure_column_declarations() -> list[ColumnDeclaration]:
    """
    The columns of a report's measures, in the order measure_columns gives them.
    """
def measure_columns(report: Report) -> dict[str, list[typing.Any]]:
    """
    The measures column by column, one list per column (one entry per measure, in order: numeric id order for a report): id, priority, objective, number, title, title_in_appendix, description, agency_text, agencies_in_appendix, agencies, responsible, period, period_start, period_end, open_ended, status, active, updated_aspects, completed_year, withdrawn_year, withdrawn_reason, page, chapter_marking.
    """
def measure_field_name(field: MeasureField) -> str:
    """
    "title", "description", "agencies", "period" or "page".
    """
def measure_field_word(field: MeasureField) -> str:
    """
    The field's Swedish word in documents: "rubrik", "beskrivning", "myndigheter", "tidsperiod" or "sida".
    """
def measure_history(plan: Plan, id: MeasureId) -> list[HistoryEntry]:
    """
    Every report's state of the measure, oldest first (NotFoundError where none holds it).
    """
def month_name(month: typing.SupportsInt | typing.SupportsIndex) -> str:
    """
    The Swedish name of month 1..12: "januari" … "december".
    """
def overdue_activities(activities: collections.abc.Sequence[GovernmentActivity], day: datetime.date) -> list[GovernmentActivity]:
    """
    The activities overdue on `day`.
    """
def parse_activity_state(text: str) -> ActivityState:
    ...
def parse_assignment_role(text: str) -> AssignmentRole:
    ...
def parse_change(text: str) -> Change:
    """
    The Change a word of change_text names; ParseError otherwise.
    """
def parse_event_kind(text: str) -> EventKind:
    ...
def parse_kind_word(kind: str) -> str:
    """
    A ParseError's kind in Swedish ("ogiltigt åtgärdsnummer" for "measure id"); "" for a kind without a word.
    """
def parse_measure_field(name: str) -> MeasureField:
    """
    The MeasureField a name of measure_field_name gives; ParseError otherwise.
    """
def parse_report_form(text: str) -> ReportForm:
    ...
def parse_report_stage(text: str) -> ReportStage:
    ...
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
def prose_chapter_headings() -> list[str]:
    """
    The headings a ProseChapter may have, in the published order.
    """
def read_activity_text(text: str) -> ActivityFacts:
    """
    The case numbers and dated events of an activity's text (the rule the importer uses).
    """
def read_assignment_page(page: AssignmentPage, registry: AgencyRegistry = ...) -> GovernmentActivity:
    """
    The page as an ongoing activity with no strategic priority; ParseError for a page that gives no assignment.
    """
def read_file(path: os.PathLike | str | bytes, limit: typing.SupportsInt | typing.SupportsIndex) -> bytes:
    """
    The bytes of a regular file of at most `limit` bytes; FileError for anything else.
    """
def recorded_changes(before: Measure | None, after: Measure, *, source: ChangeSource | None = None, note: str = '') -> list[RecordedChange]:
    """
    The changes from `before` (None: the measure is new) to `after` as an edit records them, each with `source` and `note`: "added", or each changed field and an ended status; none where neither source nor note is given or nothing changed.
    """
def report_form_text(form: ReportForm) -> str:
    """
    "", "muntlig" or "skriftlig".
    """
def report_stage_text(stage: ReportStage) -> str:
    """
    "", "delredovisning" or "slutredovisning".
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
def select_activities(activities: collections.abc.Sequence[GovernmentActivity], *, priority: typing.SupportsInt | typing.SupportsIndex | None = None, state: ActivityState | None = None, agency: str | None = None, case_number: CaseNumber | None = None, registry: AgencyRegistry = ...) -> list[GovernmentActivity]:
    """
    The activities matching every criterion given.
    """
def set_measure_html_view(view: typing.Any) -> None:
    """
    Registers the function that renders a Measure as HTML for Jupyter.
    """
def split_title_line(title_line: str) -> tuple[str, str]:
    """
    (title, what follows "Diarienummer:") of an assignment page's title line.
    """
def status_kind_text(kind: StatusKind) -> str:
    """
    "pågående", "ny", "uppdaterad", "genomförd" or "avskriven".
    """
def table_arrays(report: Report, registry: AgencyRegistry) -> tuple:
    """
    What the Arrow tables hold of the report, as (measure_arrays(report, None, tables_only=True), agency_role_arrays(report, registry, tables_only=True)), laid out in one walk over its measures: each measure's texts are fetched from memory once.
    """
def validate(plan: Plan) -> list[Finding]:
    """
    Every finding of the plan, ordered by place.
    """
def write_file(path: os.PathLike | str | bytes, contents: bytes) -> None:
    """
    Replaces a file atomically (as save_plan): on failure the old file is left as it was; a directory, FIFO or device is refused with FileError.
    """
FOLLOW_UP_CHAPTER: str = 'Uppföljning'
MEASURES_CHAPTER: str = 'Åtgärder'
SCHEMA_VERSION: int = 6
__version__: str = '0.1.0'
# --- The exception classes, created at run time by bind_errors.cpp (appended by
# scripts/generate_stubs.sh; stubgen does not see classes made with PyErr_NewException).
class Error(Exception): ...

class ParseError(Error, ValueError):
    kind: str
    input: str
    expected: str
    swedish_expected: str
    did_you_mean: str | None
    swedish_problem: str

class InvalidValueError(Error, ValueError):
    swedish_problem: str

class DataError(Error, ValueError):
    source: str
    where: str
    problem: str
    swedish_problem: str
    line: int | None
    column: int | None
    context: str | None
    field: str | None

class NotFoundError(Error, KeyError):
    key: str
    did_you_mean: str | None

class RuleViolationError(Error, ValueError): ...

class FileError(Error, OSError):
    swedish_problem: str
