"""The domain's words in the order and groups the package shows them, taken from the core.

The core owns every word (status kinds, changes, roles, update aspects) and how each is printed;
this module only fixes the order Python lays them out in, the groups (what counts as active) and
the colours of the views and figures. Every other module keys on the core's enums through here and
imports nothing else of the package, so there is no import circle to hide.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ._core import (
    Change,
    MeasureField,
    StatusKind,
    change_text,
    content_aspect_text,
    is_active,
    measure_field_name,
    measure_field_word,
    month_name,
    parse_measure_field,
    schedule_aspect_text,
    status_kind_text,
)

__all__ = [
    "ACTIVE_KINDS",
    "ACTIVE_STATUSES",
    "ACTIVE_WORD",
    "CHANGE_ORDER",
    "CHANGE_WORDS",
    "FIELD_WORDS",
    "MONTHS",
    "STATUS_COLORS",
    "STATUS_KINDS",
    "STATUS_ORDER",
    "UPDATE_ASPECTS",
    "field_word",
    "status_color",
    "swedish_date",
]

#: The status kinds in the order the reports list them: pågående, ny, uppdaterad, genomförd,
#: avskriven (the core's own order).
STATUS_KINDS: tuple[StatusKind, ...] = tuple(StatusKind)

#: Their words, in that order.
STATUS_ORDER: tuple[str, ...] = tuple(status_kind_text(kind) for kind in STATUS_KINDS)

#: The kinds of measures still being carried out (the others are closed).
ACTIVE_KINDS: tuple[StatusKind, ...] = tuple(kind for kind in STATUS_KINDS if is_active(kind))

#: Their words: pågående, ny, uppdaterad.
ACTIVE_STATUSES: tuple[str, ...] = tuple(status_kind_text(kind) for kind in ACTIVE_KINDS)

#: The word for "one of the active statuses, not known which" (what a later report tells of an
#: earlier one).
ACTIVE_WORD = "aktiv"

#: The aspects of an update, as the core words them: tidplan, innehåll.
UPDATE_ASPECTS: tuple[str, ...] = (schedule_aspect_text(), content_aspect_text())

#: The classes of a diff in the order the summary lists them.
CHANGE_ORDER: tuple[Change, ...] = (
    Change.added,
    Change.changed,
    Change.completed,
    Change.withdrawn,
    Change.vanished,
    Change.unchanged,
)

#: The words of the classes, in that order.
CHANGE_WORDS: tuple[str, ...] = tuple(change_text(change) for change in CHANGE_ORDER)

#: The colour of each status, shared by the HTML views and the figures: active measures in
#: strong colours, closed ones (genomförd, avskriven) muted. Keyed by the status's word, as the
#: frames and the core print it.
STATUS_COLORS: Mapping[str, str] = {
    status_kind_text(StatusKind.ongoing): "#4c72b0",
    status_kind_text(StatusKind.added): "#55a868",
    status_kind_text(StatusKind.updated): "#dd8452",
    status_kind_text(StatusKind.completed): "#9a9a9a",
    status_kind_text(StatusKind.withdrawn): "#c44e52",
}


def status_color(kind: StatusKind) -> str:
    """The colour of a status kind in the views and figures."""
    return STATUS_COLORS[status_kind_text(kind)]


#: The Swedish words, for documents and diff summaries, of the fields the core names in English
#: when it says what changed in a measure (`ChangedFields.names()`), as the core words them.
FIELD_WORDS: Mapping[str, str] = {
    measure_field_name(field): measure_field_word(field) for field in MeasureField
}


def field_word(name: str) -> str:
    """The Swedish word of a field the core names ("agencies" -> "myndigheter"); the core's
    ParseError naming the fields it has for any other name."""
    return measure_field_word(parse_measure_field(name))


#: The months, as Swedish dates print them (the core's names, January first).
MONTHS: tuple[str, ...] = tuple(month_name(m) for m in range(1, 13))


def swedish_date(day: date) -> str:
    """A date as Swedish prose writes it: "1 mars 2021"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
