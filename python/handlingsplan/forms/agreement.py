"""Which answers of two agencies to one measure can both hold: the one table of the rule, and
the comparison of two answers by it.

An answer gives some of these aspects: a status (pågående, genomförd with its year, avskriven
with its year and reason), a new period, a new description; a proposed new measure is the
aspect "ny åtgärd" (its title under an objective says which measure it is). For each pair of
aspects the table says whether the two can both hold (`BOTH`), hold only when they say the same
(`SAME`: the same year, the same period …), or never (`NEVER`: a measure cannot be genomförd and
get a new period from another agency).

The table lives here, with the forms, and not in the core: it is about two agencies' answers in
the yearly forms, which the core never sees; the core's own rules (an ended measure is not
changed, an end year within the plan …) are applied to the merged answers afterwards, on a copy
of the plan (collect.py). The form has no page column (the coordinator sets Bilaga 1's pages
for the printed report), so no answer has a page aspect.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from itertools import combinations_with_replacement

from .._core import StatusKind, status_kind_text

__all__ = ["AGREEMENT", "Aspect", "Rule", "clashes", "rule"]


class Aspect(Enum):
    """What an answer can say about a measure."""

    ongoing = "ongoing"
    completed = "completed"
    withdrawn = "withdrawn"
    period = "period"
    description = "description"
    new_measure = "new_measure"

    @property
    def word(self) -> str:
        """The aspect in Swedish, as conflicts name it: the status words from the core."""
        kind = _STATUS_OF.get(self)
        return status_kind_text(kind) if kind is not None else _WORDS[self]


_STATUS_OF = {
    Aspect.ongoing: StatusKind.ongoing,
    Aspect.completed: StatusKind.completed,
    Aspect.withdrawn: StatusKind.withdrawn,
}
_WORDS = {
    Aspect.period: "ny period",
    Aspect.description: "ny beskrivning",
    Aspect.new_measure: "ny åtgärd",
}


def status_aspect(kind: StatusKind) -> Aspect:
    """The aspect a status answer gives."""
    return next(aspect for aspect, status in _STATUS_OF.items() if status == kind)


class Rule(Enum):
    """Whether two aspects, given by two agencies for one measure, can both hold."""

    BOTH = "both hold"
    SAME = "both hold when they say the same"
    NEVER = "never both"


A = Aspect
#: The rule for every pair of aspects, each unordered pair once.
AGREEMENT: dict[tuple[Aspect, Aspect], Rule] = {
    (A.ongoing, A.ongoing): Rule.BOTH,
    (A.ongoing, A.completed): Rule.NEVER,
    (A.ongoing, A.withdrawn): Rule.NEVER,
    (A.ongoing, A.period): Rule.BOTH,  # it goes on, on a new schedule
    (A.ongoing, A.description): Rule.BOTH,
    (A.ongoing, A.new_measure): Rule.BOTH,  # a proposal is another measure
    (A.completed, A.completed): Rule.SAME,  # the same year
    (A.completed, A.withdrawn): Rule.NEVER,
    (A.completed, A.period): Rule.NEVER,  # finished, and rescheduled by another agency
    (A.completed, A.description): Rule.NEVER,  # finished, and its content changed
    (A.completed, A.new_measure): Rule.BOTH,
    (A.withdrawn, A.withdrawn): Rule.SAME,  # the same year and reason
    (A.withdrawn, A.period): Rule.NEVER,
    (A.withdrawn, A.description): Rule.NEVER,
    (A.withdrawn, A.new_measure): Rule.BOTH,
    (A.period, A.period): Rule.SAME,
    (A.period, A.description): Rule.BOTH,  # schedule and content are apart
    (A.period, A.new_measure): Rule.BOTH,
    (A.description, A.description): Rule.SAME,
    (A.description, A.new_measure): Rule.BOTH,
    (A.new_measure, A.new_measure): Rule.SAME,  # the same title proposed twice: one measure
}
del A

assert set(AGREEMENT) == set(combinations_with_replacement(Aspect, 2)), "the table is total"


def rule(first: Aspect, second: Aspect) -> Rule:
    """The table's rule for the pair, in either order."""
    return AGREEMENT.get((first, second)) or AGREEMENT[(second, first)]


def clashes(
    first: Mapping[Aspect, object], second: Mapping[Aspect, object]
) -> list[tuple[Aspect, Aspect]]:
    """The pairs of aspects (one of each answer: aspect -> its value) that cannot both hold."""
    found = []
    for one, value in first.items():
        for other, other_value in second.items():
            verdict = rule(one, other)
            if verdict is Rule.NEVER or (verdict is Rule.SAME and value != other_value):
                found.append((one, other))
    return found
