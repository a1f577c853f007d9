"""handlingsplan: follow national action plans, first of all Sweden's *Samlad informations- och
cybersäkerhetshandlingsplan 2019–2022*: its strategic priorities, objectives, measures (åtgärder),
yearly reports (redovisningar) and the 1 March appendix.

    >>> import handlingsplan as hp
    >>> plan = hp.load_default()
    >>> plan.report(2021).to_dataframe()          # doctest: +SKIP
"""

import importlib
from typing import TYPE_CHECKING

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
    AgencyUnit,
    AppendixWords,
    AssignedAgency,
    AssignmentRole,
    CaseNumber,
    Change,
    ChangedPart,
    ChangeSource,
    ChapterBlock,
    ChapterBlockKind,
    DatedEvent,
    EventKind,
    FollowUp,
    FollowUpNote,
    FormEntry,
    FormEvent,
    GovernmentActivity,
    IdStyle,
    LevelWords,
    Measure,
    MeasureId,
    Objective,
    ObjectiveId,
    Period,
    PlanWords,
    Priority,
    ProseChapter,
    RecordedChange,
    Reopening,
    ReportForm,
    ReportStage,
    ReportState,
    Role,
    Severity,
    Status,
    StatusKind,
    SwedishDate,
    assigned_agency_name,
    role_text,
    status_kind_text,
)
from .diff import ReportDiff
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

# Importing the submodule `diff` (above, while the facade is built, so never again later) set
# the package's attribute `diff` to it; the name belongs to the function `diff`, given below.
globals().pop("diff", None)

if TYPE_CHECKING:
    from .appendix import Appendix
    from .history import MeasureHistory
    from .plan import (
        ImportResult,
        Plan,
        Report,
        default_plan_path,
        diff,
        import_report,
        load_default,
    )
    from .readers.assignment import read_assignment
    from .selection import MeasureSelection

__version__: str = _core.__version__

#: The facade's names that live in the package's Python modules, each imported when first asked
#: for, so that ``import handlingsplan`` (and ``handlingsplan --version``) load the compiled core
#: and no more. Nothing below the facade imports it, so deferring these hides no circle.
_DEFERRED = {
    "Appendix": "appendix",
    "ImportResult": "plan",
    "Plan": "plan",
    "Report": "plan",
    "default_plan_path": "plan",
    "diff": "plan",
    "import_report": "plan",
    "load_default": "plan",
    "MeasureHistory": "history",
    "read_assignment": "readers.assignment",
    "MeasureSelection": "selection",
}


def _measure_html(measure: Measure) -> str:
    from .display import measure_html

    return measure_html(measure)


# A Measure is the core's own class; Jupyter shows it through the package's HTML view.
_core.set_measure_html_view(_measure_html)

__all__ = [
    "Agencies",
    "Appendix",
    "Agency",
    "AgencyRegistry",
    "AgencyRole",
    "AgencySuccessor",
    "AgencyUnit",
    "AppendixWords",
    "AssignedAgency",
    "AssignmentRole",
    "CaseNumber",
    "Change",
    "ChangeSource",
    "ChangedPart",
    "DataError",
    "DatedEvent",
    "Error",
    "EventKind",
    "FileError",
    "FollowUp",
    "FollowUpNote",
    "FormEntry",
    "FormError",
    "FormEvent",
    "ImportResult",
    "GovernmentActivity",
    "IdStyle",
    "InvalidValueError",
    "LevelWords",
    "ProseChapter",
    "ChapterBlock",
    "ChapterBlockKind",
    "Measure",
    "MeasureHistory",
    "MeasureId",
    "MeasureSelection",
    "NotFoundError",
    "Objective",
    "ObjectiveId",
    "ParseError",
    "Period",
    "Plan",
    "PlanWords",
    "Priority",
    "RecordedChange",
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
    "assigned_agency_name",
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
    if name in _DEFERRED:
        value = getattr(importlib.import_module(f".{_DEFERRED[name]}", __name__), name)
        globals()[name] = value  # asked once
        return value
    if name in _RENAMED:
        _deprecation.warn_renamed(f"handlingsplan.{name}", f"handlingsplan.{_RENAMED[name]}")
        return (
            __getattr__(_RENAMED[name])
            if _RENAMED[name] in _DEFERRED
            else globals()[_RENAMED[name]]
        )
    import difflib

    near = difflib.get_close_matches(name, [*__all__, *_RENAMED], n=1)
    hint = f"; did you mean {near[0]!r}?" if near else ""
    raise AttributeError(f"module 'handlingsplan' has no attribute {name!r}{hint}")


def __dir__() -> list[str]:
    """The public names only (`__all__`), not the submodules imported along the way."""
    return sorted(__all__)
