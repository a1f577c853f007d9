"""The library's exceptions. Every error handlingsplan raises on purpose is an `Error`.

- `DataError` (a `ValueError`): a plan file is malformed; `.source`, `.where` (line and column,
  or the JSON path) and `.problem` say what and where.
- `ParseError` (a `ValueError`): a text such as an id, a period or an agency phrase is not in its
  expected form; `.input` and `.expected`.
- `InvalidValueError` (a `ValueError`): a value breaks an invariant of the model.
- `RuleViolationError` (a `ValueError`): an edit would break a rule of the plan.
- `NotFoundError` (a `KeyError`): no such report, measure, objective or agency; `.key`.
- `FileError` (an `OSError`): a file cannot be read or written; `.errno`, `.filename`.
- `TemplateError` (a `ValueError`): a Word template that cannot be used.
"""

from __future__ import annotations

from ._core import (
    DataError,
    Error,
    FileError,
    InvalidValueError,
    NotFoundError,
    ParseError,
    RuleViolationError,
)



class TemplateError(Error, ValueError):
    """A Word template that cannot be used: missing, unreadable or not a Word document."""


__all__ = [
    "DataError",
    "Error",
    "FileError",
    "InvalidValueError",
    "NotFoundError",
    "ParseError",
    "RuleViolationError",
    "TemplateError",
]
