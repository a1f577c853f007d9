"""The library's exceptions. Every error handlingsplan raises on purpose is an `Error`.

- `DataError` (a `ValueError`): a plan file is malformed; `.source`, `.where` (line and column,
  or the JSON path) and `.problem` say what and where.
- `ParseError` (a `ValueError`): a text such as an id, a period or an agency phrase is not in its
  expected form; `.input` and `.expected`.
- `InvalidValueError` (a `ValueError`): a value breaks an invariant of the model.
- `RuleViolationError` (a `ValueError`): an edit would break a rule of the plan.
- `NotFoundError` (a `KeyError`): no such report, measure, objective or agency; `.key`.
- `FileError` (an `OSError`): a file cannot be read or written; `.errno`, `.filename`.
- `SourceError` (a `DataError`): a text to import that is not a whole report; `.line`.
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


class SourceError(DataError):
    """A text to import (a report's text or PDF) that is not a whole report of the plan:
    `.source` names the file, `.line` the line where it goes wrong (None where the text as a
    whole is at fault, `.where` says "line N" or "the whole text"), `.problem` what is wrong."""

    line: int | None = None


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
    "SourceError",
    "TemplateError",
]
