"""The command line's words in Swedish: argparse's own ("usage:", "error:", "options", its
error messages) and the library's errors as the coordinator reads them.

argparse writes its words through gettext with no Swedish catalogue; rather than change
gettext for the whole process, the parser here names its sections and its help option itself
and translates the few error templates argparse has (Python 3.11's, matched exactly: an unknown
template is shown as argparse wrote it)."""

from __future__ import annotations

import argparse
import errno
import os
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

from .errors import (
    DataError,
    FileError,
    InvalidValueError,
    NotFoundError,
    ParseError,
    did_you_mean,
    parse_problem_text,
)

__all__ = ["SwedishParser", "error_text"]

#: argparse's error templates and their Swedish, tried in order.
_ARGPARSE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"the following arguments are required: (.*)"), r"dessa argument saknas: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"okända argument: \1"),
    (re.compile(r"invalid choice: (.*) \(choose from (.*)\)"), r"ogiltigt val: \1 (välj bland \2)"),
    (re.compile(r"invalid (\w+) value: (.*)"), r"ogiltigt värde: \2"),
    (re.compile(r"expected one argument"), "ett värde behövs"),
    (re.compile(r"expected at least one argument"), "minst ett värde behövs"),
    (re.compile(r"expected at most one argument"), "högst ett värde"),
    (re.compile(r"ignored explicit argument (.*)"), r"tar inget värde: \1"),
    (re.compile(r"not allowed with argument (.*)"), r"går inte ihop med \1"),
    (re.compile(r"one of the arguments (.*) is required"), r"ett av argumenten \1 behövs"),
    (re.compile(r"ambiguous option: (.*) could match (.*)"), r"tvetydig flagga: \1 kan vara \2"),
]


def _argparse_sv(message: str) -> str:
    prefix = ""
    if m := re.match(r"argument (\S+): (.*)", message, re.S):
        prefix, message = f"argument {m.group(1)}: ", m.group(2)
    for pattern, swedish in _ARGPARSE:
        if pattern.fullmatch(message):
            return prefix + pattern.sub(swedish, message)
    return prefix + message


class _Formatter(argparse.HelpFormatter):
    """Help with "användning:" for "usage:"."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "användning: " if prefix is None else prefix)


class SwedishParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Swedish (its sub-commands' parsers too)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argument"
        self._optionals.title = "flaggor"
        self.add_argument("-h", "--help", action="help", help="visa den här hjälpen och avsluta")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fel: {_argparse_sv(message)}\n")


# --- The library's errors, in the coordinator's words ------------------------------------------

_NOT_FOUND = {
    "report for": "ingen redovisning för",
    "measure": "ingen åtgärd",
    "objective": "ingen målsättning",
    "strategic priority": "ingen strategisk prioritering",
    "agency": "ingen myndighet",
}

_ERRNO = {
    errno.ENOENT: "filen finns inte",
    errno.EACCES: "åtkomst nekad",
    errno.EPERM: "åtgärden är inte tillåten",
    errno.EISDIR: "är en mapp, inte en fil",
    errno.ENOTDIR: "en del av sökvägen är ingen mapp",
    errno.ENOSPC: "disken är full",
    errno.EROFS: "filsystemet är skrivskyddat",
    errno.EFBIG: "filen är för stor",
}

_FILE_TYPES = {
    "a directory": "en mapp",
    "a FIFO (named pipe)": "en FIFO (namngiven rörledning)",
    "a character device": "en teckenenhet",
    "a block device": "en blockenhet",
    "a socket": "en socket",
    "a symbolic link": "en symbolisk länk",
    "a special file": "en specialfil",
}

# The reasons the library gives for a file it refuses, and their Swedish.
_REFUSALS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"it is (.+), not a regular file.*"),
        lambda m: f"det är {_FILE_TYPES.get(m.group(1), m.group(1))}, ingen vanlig fil",
    ),
    (
        re.compile(r"it holds (\d+) bytes( or more)?, more than .*"),
        lambda m: (
            f"den är {m.group(1)} byte{' eller större' if m.group(2) else ''}, mer än som tillåts"
        ),
    ),
    (re.compile(r"the file name holds .*"), lambda _: "filnamnet har ett otillåtet tecken"),
]


def file_reason(error: OSError) -> str:
    """Why a file could not be read or written, in Swedish, without the file's name."""
    swedish = getattr(error, "swedish_problem", None)
    if swedish:
        return str(swedish)
    reason = error.strerror or str(error)
    code = error.errno or 0
    if code in _ERRNO and reason == os.strerror(code):
        return _ERRNO[code]
    for pattern, swedish in _REFUSALS:
        if found := pattern.fullmatch(reason):
            return swedish(found)
    return _ERRNO.get(code, reason)


def _not_found(error: NotFoundError) -> str:
    text = str(error.args[0]) if error.args else str(error)
    for kind, swedish in _NOT_FOUND.items():
        if text.startswith(f"no {kind} "):
            return f"{swedish} {error.key}{did_you_mean(error)}"
    return text


def _where(where: str) -> str:
    where = re.sub(r"^line (\d+), column (\d+)$", r"rad \1, kolumn \2", where)
    where = re.sub(r"^line (\d+)$", r"rad \1", where)
    return {"the whole text": "hela texten", "the whole file": "hela filen"}.get(where, where)


def error_text(error: BaseException) -> str:
    """What the command line prints for a library error (after "handlingsplan: "), in Swedish
    where the error's kind and place are known; a core's detail text it cannot translate (the
    problem of a malformed file or report text) is quoted as the core wrote it."""
    if isinstance(error, FileError) or (isinstance(error, OSError) and error.errno):
        reason = file_reason(error)
        return f"{error.filename}: {reason}" if error.filename else reason
    if isinstance(error, NotFoundError):
        return _not_found(error)
    if isinstance(error, ParseError):
        # A reader's parse error names its place first ("sida.md, line 3: not an …").
        place = re.match(r"(.+), line (\d+): ", str(error))
        where = f"{place.group(1)}, rad {place.group(2)}: " if place else ""
        return where + parse_problem_text(error)
    if isinstance(error, DataError) and getattr(error, "problem", None):
        return _data_error(error)
    if isinstance(error, InvalidValueError):
        return getattr(error, "swedish_problem", None) or str(error)
    return str(error)


def _data_error(error: DataError) -> str:
    """A malformed file or text: its place in Swedish (a plan file's as the core gives it,
    "plan.json:300:24: redovisning 2021, åtgärd 1.3.3, status.kind: …"), then the problem."""
    line, column = getattr(error, "line", None), getattr(error, "column", None)
    if line and column:
        place = f"{error.source}:{line}:{column}: "
    else:
        place = f"{error.source}: {_where(error.where)}: "
    context = getattr(error, "context", None)
    if context:
        context = re.sub(r"\breport (\d+)", r"redovisning \1", context)
        context = re.sub(r"\bmeasure ", "åtgärd ", context)
        field = getattr(error, "field", None)
        place += context + (f", {field}" if field else "") + ": "
    path = f" (vid {error.where})" if line and column and error.where.startswith("/") else ""
    problem = getattr(error, "swedish_problem", None) or error.problem
    return f"{place}{problem}{path}"
