"""The Markdown front end of an assignment page (regeringsuppdrag) as the Government publishes
it: a ``#`` title line (newer pages append "Diarienummer: …" to it), then paragraphs and bullet
lists.

This module knows the Markdown only: it finds the title line and the body, and the page's year
and month in its address or file name (``regeringsuppdrag/2025/10/…``, ``2025-10-….md``), for a
decision day written without its year. What the page says (case numbers, the decision, the
agencies and their roles, every dated event) is read by the core (`read_assignment_page`).

Every refusal is a `ParseError` naming the file (or "<text>"), the line and why.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .._core import AgencyRegistry, AssignmentPage, GovernmentActivity, read_assignment_page
from ..errors import ParseError
from ._text import read_text

__all__ = ["page_year", "read_assignment", "read_assignment_text"]

# The year of a page's address or file: ".../regeringsuppdrag/2025/10/..." or "2025-10-....md".
_YEAR_IN_ADDRESS = re.compile(r"(?:/|^)(20\d\d)[/-](0[1-9]|1[0-2])(?:/|-)")


def page_year(source: str) -> int | None:
    """The year of a page's address or file name; None when neither gives one."""
    found = _YEAR_IN_ADDRESS.search(source.replace(os.sep, "/"))
    return int(found.group(1)) if found else None


def _error(source: str, line: int, found: str, why: str, swedish_why: str) -> ParseError:
    """Not an assignment page: what was `found` and what was expected (`why`, and in Swedish
    `swedish_why` for the command line, which composes 'ingen uppdragssida "…": ska vara …')."""
    shown = found if len(found) <= 80 else found[:80] + "…"
    error = ParseError(
        f"{source}, line {line}: not an assignment page: expected {why}, found {shown!r}"
    )
    error.kind = "assignment page"
    error.input = found
    error.expected = why
    error.swedish_expected = swedish_why
    return error


# The first line a page must have, in English and in Swedish.
_TITLE_LINE = ('a title line ("# Uppdrag till …")', 'en rubrikrad ("# Uppdrag till …")')


def read_assignment_text(
    text: str,
    source: str = "<text>",
    *,
    year: int | None = None,
    registry: AgencyRegistry | None = None,
) -> GovernmentActivity:
    """The assignment page `text` as an activity (see `read_assignment`); `source` is kept as
    the activity's source and named in errors; `year` (else the year in `source`) dates a
    decision day written without one."""
    lines = text.splitlines()
    number = next((i for i, line in enumerate(lines) if line.strip()), None)
    if number is None:
        raise _error(source, 1, text, *_TITLE_LINE)
    first = lines[number].strip()
    if not first.startswith("# "):
        raise _error(source, number + 1, first, *_TITLE_LINE)
    page = AssignmentPage(
        title_line=first[2:],
        body="\n".join(lines[number + 1 :]).strip(),
        source=source,
        year=year if year is not None else page_year(source),
    )
    try:
        if registry is None:
            return read_assignment_page(page)
        return read_assignment_page(page, registry)
    except ParseError as error:
        if getattr(error, "kind", None) != "assignment page":
            raise
        raise _error(
            source, number + 1, error.input, error.expected, error.swedish_expected
        ) from None


def read_assignment(
    source: str | os.PathLike[str],
    *,
    year: int | None = None,
    address: str | None = None,
    registry: AgencyRegistry | None = None,
) -> GovernmentActivity:
    """An assignment page read into a `GovernmentActivity`: `source` is a Markdown file (a path)
    or the page's text. The activity keeps its title, its source (`address` where given, else
    the file), the case numbers ("Diarienummer: …" first), the decision day, the agencies with
    their roles and every dated event. ParseError (with file and line) for a page that is no
    assignment; FileError for a file that cannot be read."""
    if isinstance(source, os.PathLike) or (
        isinstance(source, str) and "\n" not in source and source.endswith(".md")
    ):
        path = Path(source)
        text = read_text(path)
        # The source (the address, else the file) dates the page where no year is given.
        return read_assignment_text(text, address or str(path), year=year, registry=registry)
    return read_assignment_text(source, address or "<text>", year=year, registry=registry)
