"""The yearly collection: update forms in Excel out to every agency, their answers read back,
checked and applied to the draft report, all or none.

    >>> paths = report.write_update_forms("utskick/")          # doctest: +SKIP
    >>> result = report.read_update_forms(paths)                # doctest: +SKIP
    >>> print(result.summary())                                 # doctest: +SKIP
"""

from __future__ import annotations

from .agreement import AGREEMENT, Aspect, Rule
from .collect import check_update_forms, read_update_forms
from .result import Answer, Conflict, Problem, Proposal, UpdateResult
from .writer import form_agencies, write_update_forms

__all__ = [
    "AGREEMENT",
    "Answer",
    "Aspect",
    "Conflict",
    "Problem",
    "Proposal",
    "Rule",
    "UpdateResult",
    "check_update_forms",
    "form_agencies",
    "read_update_forms",
    "write_update_forms",
]
