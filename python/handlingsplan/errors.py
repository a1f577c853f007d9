"""The library's exceptions. Every error handlingsplan raises on purpose is an `Error`.

- `DataError` (a `ValueError`): a plan file is malformed; `.source`, `.where` (line and column,
  or the JSON path) and `.problem` say what and where.
- `ParseError` (a `ValueError`): a text such as an id, a period or an agency phrase is not in its
  expected form; `.input` and `.expected`.
- `InvalidValueError` (a `ValueError`): a value breaks an invariant of the model.
- `RuleViolationError` (a `ValueError`): an edit would break a rule of the plan.
- `NotFoundError` (a `KeyError`): no such report, measure, objective or agency; `.key`.
- `FileError` (an `OSError`): a file cannot be read or written; `.errno`, `.filename` (and,
  where the library words the reason in Swedish, `.swedish_problem`).
- `SourceError` (a `DataError`): a text to import that is not a whole report; `.line`.
- `TemplateError` (a `ValueError`): a Word template that cannot be used.
- `FormError` (a `DataError`): answers in the yearly update forms that cannot be applied;
  `.problems` (file, sheet, cell, message) and `.conflicts`.
"""

from __future__ import annotations

from typing import Any

from ._core import (
    DataError,
    Error,
    FileError,
    InvalidValueError,
    NotFoundError,
    ParseError,
    RuleViolationError,
    parse_kind_word,
)


class SourceError(DataError):
    """A text to import (a report's text or PDF) that is not a whole report of the plan:
    `.source` names the file, `.line` the line where it goes wrong (None where the text as a
    whole is at fault, `.where` says "line N" or "the whole text"), `.problem` what is wrong."""

    line: int | None = None


class FormError(DataError):
    """Answers in the yearly update forms that cannot be applied; nothing was changed.

    `.problems` lists each wrong answer (file, sheet, cell, message, in Swedish), `.conflicts`
    each joint measure the agencies answered differently, `.result` the whole checked result."""

    problems: tuple[Any, ...]
    conflicts: tuple[Any, ...]
    result: Any

    @classmethod
    def of(cls, result: Any) -> FormError:
        """The error for a checked result with problems or conflicts (an `UpdateResult`)."""
        problems, conflicts = tuple(result.problems), tuple(result.conflicts)
        counts = []
        if problems:
            counts.append(f"{len(problems)} fel")
        if conflicts:
            counts.append(f"{len(conflicts)} motstridiga svar")
        lines = [f"formulären kan inte föras in ({', '.join(counts)}); ingenting är ändrat:"]
        lines += [f"  {item}" for item in (*problems, *conflicts)]
        error = cls("\n".join(lines))
        error.problems, error.conflicts, error.result = problems, conflicts, result
        first = problems[0] if problems else None
        error.source = first.file if first is not None else ", ".join(result.files)
        error.where = (
            f"{first.sheet}!{first.cell}" if first is not None else str(conflicts[0].measure)
        )
        error.problem = first.message if first is not None else str(conflicts[0])
        return error


def did_you_mean(error: BaseException) -> str:
    """`; menade du "…"?` for an error carrying the nearest accepted word (a `ParseError` or
    `NotFoundError` from the core), else nothing: the Swedish words for a coordinator's text."""
    near = getattr(error, "did_you_mean", None)
    return f'; menade du "{near}"?' if near else ""


def parse_problem_text(error: Any) -> str:
    """A `ParseError` as the coordinator reads it: its kind in Swedish (the core's
    `parse_kind_word`), the input in quotes, what was expected and the nearest accepted word:
    'ogiltigt åtgärdsnummer "1.1.x": ska vara tre tal som "1.1.5" …; menade du …'. The core
    composes it (the error's `swedish_problem`); a `ParseError` raised in Python without one is
    composed here from the same parts."""
    composed = getattr(error, "swedish_problem", None)
    if composed:
        return str(composed)
    kind = parse_kind_word(error.kind) or f"ogiltig {error.kind}"
    expected = getattr(error, "swedish_expected", None)
    return (
        f'{kind} "{error.input}"'
        + (f": ska vara {expected}" if expected else "")
        + did_you_mean(error)
    )


def file_error(code: int, reason: str, filename: str, swedish: str) -> FileError:
    """A `FileError` (errno `code`, `reason` in English) that carries its reason in Swedish
    too, as `swedish_problem`: what the command line prints for it."""
    error = FileError(code, reason, filename)
    error.swedish_problem = swedish
    return error


class TemplateError(Error, ValueError):
    """A Word template that cannot be used: missing, unreadable or not a Word document."""


__all__ = [
    "DataError",
    "Error",
    "FileError",
    "FormError",
    "InvalidValueError",
    "NotFoundError",
    "ParseError",
    "RuleViolationError",
    "SourceError",
    "TemplateError",
]
