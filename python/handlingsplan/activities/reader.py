"""The importer of *Översikt över regeringens aktiviteter för att nå målen i strategin*: the
government's activities per strategic priority, ongoing (pågående) and finished (avslutade).

The document is a title, an introduction, and per priority a heading (the priority's title, or
its first words), then "Pågående aktiviteter" and "Avslutade aktiviteter", each followed by
bullets (" • ") of one activity each. This module reads that structure; the case numbers, dates
and events of each bullet are read by the core (`GovernmentActivity.from_text`), which owns that
rule. Every problem is a `ParseError` naming the source, the line and what was expected.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Sequence
from pathlib import Path

from .._core import ActivityState, GovernmentActivity, Priority, parse_activity_state
from ..errors import FileError, ParseError

__all__ = ["SECTION_HEADINGS", "read_activities", "read_activities_file"]

#: The section headings and the state of the activities listed under each.
SECTION_HEADINGS: dict[str, ActivityState] = {
    "Pågående aktiviteter": parse_activity_state("pågående"),
    "Avslutade aktiviteter": parse_activity_state("avslutad"),
}

_BULLET = "•"


def _error(source: str, line: int, found: str, expected: str) -> ParseError:
    """A ParseError saying where (source and line), what was found and what was expected."""
    shown = found if len(found) <= 80 else found[:80] + "…"
    error = ParseError(f"{source}, line {line}: expected {expected}, found {shown!r}")
    error.kind = "activities document"
    error.input = found
    error.expected = expected
    return error


def _priority_of(heading: str, priorities: Sequence[Priority], source: str, line: int) -> int:
    """The number of the priority a heading names: its title, or the title's first words."""
    matches = [
        p.number
        for p in priorities
        if p.title == heading or (p.title.startswith(heading) and p.title[len(heading)] == " ")
    ]
    if len(matches) == 1:
        return matches[0]
    near = difflib.get_close_matches(heading, [p.title for p in priorities])
    hint = f'; did you mean "{near[0]}"?' if near else ""
    what = (
        "one strategic priority's title"
        if not matches
        else "a heading that names one priority only"
    )
    raise _error(source, line, heading, what + hint)


def read_activities(
    text: str, *, priorities: Sequence[Priority], source: str = "<text>"
) -> list[GovernmentActivity]:
    """Every activity of the document `text`, in the order listed. `priorities` are the plan's
    (`plan.priorities`): each heading must name one of them."""
    lines = text.splitlines()
    # The lines that carry something, with their numbers (1-based).
    content = [(number, line.strip()) for number, line in enumerate(lines, start=1) if line.strip()]
    activities: list[GovernmentActivity] = []
    priority: int | None = None
    # The priority and state of the section the lines are in (a priority's heading is always
    # followed by a section's).
    section: tuple[int, ActivityState] | None = None
    seen: set[tuple[int, ActivityState]] = set()
    for index, (number, line) in enumerate(content):
        # A priority's heading is the line before a section's.
        heads_a_section = index + 1 < len(content) and content[index + 1][1] in SECTION_HEADINGS
        if line in SECTION_HEADINGS:
            if priority is None:
                raise _error(source, number, line, "a priority's heading before the first section")
            section = (priority, SECTION_HEADINGS[line])
            if section in seen:
                raise _error(source, number, line, "each section once per priority")
            seen.add(section)
        elif line.startswith(_BULLET):
            body = line[len(_BULLET) :].strip()
            if section is None:
                raise _error(
                    source,
                    number,
                    line,
                    'a bullet only under "Pågående aktiviteter" or "Avslutade aktiviteter"',
                )
            if not body:
                raise _error(source, number, line, "the text of an activity after the bullet")
            try:
                activities.append(
                    GovernmentActivity.from_text(priority=section[0], state=section[1], text=body)
                )
            except ParseError as error:
                raise _error(source, number, body, str(error)) from error
        elif heads_a_section:
            priority = _priority_of(line, priorities, source, number)
        elif priority is not None:
            raise _error(
                source, number, line, 'a bullet ("•"), a section heading or a priority\'s heading'
            )
        # Before the first priority: the title and the introduction.
    if not activities:
        raise _error(source, len(lines), "", "at least one priority with its activities")
    return activities


def read_activities_file(
    path: str | os.PathLike[str], *, priorities: Sequence[Priority]
) -> list[GovernmentActivity]:
    """`read_activities` on a UTF-8 file; FileError if it cannot be read."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        # The line of the first byte that is not UTF-8: the newlines before it, plus one.
        line = error.object[: error.start].count(b"\n") + 1
        raise _error(str(file), line, "(bytes)", "UTF-8 text") from None
    except OSError as error:
        raise FileError(error.errno, error.strerror, str(file)) from None
    return read_activities(text, priorities=priorities, source=str(file))
