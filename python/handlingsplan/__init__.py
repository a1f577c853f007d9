"""handlingsplan: follow national action plans, first of all Sweden's *Samlad informations- och
cybersäkerhetshandlingsplan 2019–2022*: its strategic priorities, objectives, measures (åtgärder),
yearly reports (redovisningar) and the 1 March appendix.

    >>> import handlingsplan as hp
    >>> plan = hp.load_default()
    >>> plan.report(2021).to_dataframe()          # doctest: +SKIP
"""

from __future__ import annotations

try:
    from . import _core
except ImportError as error:  # pragma: no cover - only on a broken install
    raise ImportError(
        "handlingsplan's compiled module handlingsplan._core could not be imported. Install the "
        "package with `pip install .` from a checkout (or `make install`), rather than importing "
        "it from the source folder; the original error follows."
    ) from error

from ._core import (
    Agencies,
    Agency,
    AgencyRegistry,
    AgencyRole,
    Change,
    Measure,
    MeasureId,
    Objective,
    ObjectiveId,
    Period,
    Priority,
    Role,
    Severity,
    Status,
    StatusKind,
    role_text,
    status_kind_text,
)
from .errors import (
    DataError,
    Error,
    FileError,
    InvalidValueError,
    NotFoundError,
    ParseError,
    RuleViolationError,
)
from .diff import Diff, diff
from .plan import Plan, Report, default_plan_path, load_default
from ._core import CaseNumber, DatedEvent, EventKind, GovernmentActivity, SwedishDate  # activities

__version__: str = _core.__version__

__all__ = [
    "Agencies",
    "Agency",
    "AgencyRegistry",
    "AgencyRole",
    "CaseNumber",
    "Change",
    "DataError",
    "DatedEvent",
    "Diff",
    "Error",
    "EventKind",
    "FileError",
    "GovernmentActivity",
    "InvalidValueError",
    "Measure",
    "MeasureId",
    "NotFoundError",
    "Objective",
    "ObjectiveId",
    "ParseError",
    "Period",
    "Plan",
    "Priority",
    "Report",
    "Role",
    "RuleViolationError",
    "Severity",
    "Status",
    "StatusKind",
    "SwedishDate",
    "__version__",
    "default_plan_path",
    "diff",
    "load_default",
    "role_text",
    "status_kind_text",
]
