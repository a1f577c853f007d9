"""handlingsplan: follow national action plans, first of all Sweden's *Samlad informations- och
cybersäkerhetshandlingsplan 2019–2022*: its strategic priorities, objectives, measures (åtgärder),
yearly reports (redovisningar) and the 1 March appendix.

    >>> import handlingsplan as hp
    >>> plan = hp.load_default()
    >>> plan.report(2021).to_dataframe()          # doctest: +SKIP
"""

import difflib

try:
    from . import _core
except ImportError as error:  # pragma: no cover - only on a broken install
    raise ImportError(
        "handlingsplan's compiled module handlingsplan._core could not be imported. Install the "
        "package with `pip install .` from a checkout (or `make install`), rather than importing "
        "it from the source folder; the original error follows."
    ) from error

from . import _deprecation
from ._core import (
    Agencies,
    Agency,
    AgencyRegistry,
    AgencyRole,
    AgencySuccessor,
    AssignedAgency,
    AssignmentRole,
    CaseNumber,
    Change,
    ChapterBlock,
    ChapterBlockKind,
    DatedEvent,
    EventKind,
    FollowUp,
    FollowUpNote,
    GovernmentActivity,
    Measure,
    MeasureId,
    Objective,
    ObjectiveId,
    Period,
    Priority,
    ProseChapter,
    Reopening,
    ReportForm,
    ReportStage,
    ReportState,
    Role,
    Severity,
    Status,
    StatusKind,
    SwedishDate,
    role_text,
    status_kind_text,
)
from .appendix import Appendix
from .diff import ReportDiff
from .display import measure_html
from .errors import (
    DataError,
    Error,
    FileError,
    FormError,
    InvalidValueError,
    NotFoundError,
    ParseError,
    RuleViolationError,
    SourceError,
    TemplateError,
)
from .plan import ImportResult, Plan, Report, default_plan_path, diff, import_report, load_default
from .readers.assignment import read_assignment
from .selection import MeasureSelection

__version__: str = _core.__version__

# A Measure is the core's own class; Jupyter shows it through the package's HTML view.
_core.set_measure_html_view(measure_html)

__all__ = [
    "Agencies",
    "Appendix",
    "Agency",
    "AgencyRegistry",
    "AgencyRole",
    "AgencySuccessor",
    "AssignedAgency",
    "AssignmentRole",
    "CaseNumber",
    "Change",
    "DataError",
    "DatedEvent",
    "Error",
    "EventKind",
    "FileError",
    "FollowUp",
    "FollowUpNote",
    "FormError",
    "ImportResult",
    "GovernmentActivity",
    "InvalidValueError",
    "ProseChapter",
    "ChapterBlock",
    "ChapterBlockKind",
    "Measure",
    "MeasureId",
    "MeasureSelection",
    "NotFoundError",
    "Objective",
    "ObjectiveId",
    "ParseError",
    "Period",
    "Plan",
    "Priority",
    "Reopening",
    "Report",
    "ReportDiff",
    "ReportForm",
    "ReportStage",
    "ReportState",
    "Role",
    "RuleViolationError",
    "Severity",
    "SourceError",
    "Status",
    "StatusKind",
    "SwedishDate",
    "TemplateError",
    "__version__",
    "default_plan_path",
    "diff",
    "import_report",
    "load_default",
    "read_assignment",
    "role_text",
    "status_kind_text",
]


#: Public names renamed since 0.1.0, kept for one more minor version with a warning.
_RENAMED = {"Bilaga": "Appendix", "Diff": "ReportDiff"}


def __getattr__(name: str) -> object:
    """An old name with a DeprecationWarning naming the new one; for any other unknown name an
    AttributeError that suggests the nearest public name."""
    if name in _RENAMED:
        _deprecation.warn_renamed(f"handlingsplan.{name}", f"handlingsplan.{_RENAMED[name]}")
        return globals()[_RENAMED[name]]
    near = difflib.get_close_matches(name, [*__all__, *_RENAMED], n=1)
    hint = f"; did you mean {near[0]!r}?" if near else ""
    raise AttributeError(f"module 'handlingsplan' has no attribute {name!r}{hint}")


def __dir__() -> list[str]:
    """The public names only (`__all__`), not the submodules imported along the way."""
    return sorted(__all__)
