"""Facts about the 2021 report per measure, derived from the report's own text through the
independent reader ``seed_2021`` (never from the shipped data), for the tests of the DataFrames,
the figures and the HTML views.

* status: Bilaga 1's status cell for an active measure; "genomförd" / "avskriven" for a row of
  the "Genomförda" / "Avskrivna åtgärder" tables.
* agency text: the Åtgärder chapter's (after ``Building``) for an active measure, the table's
  cell for a closed one.
* roles: each agency of that text with the role phrase it follows ("ansvarig" before any).
* period: the chapter's (after ``clock``), for active measures; closed ones print none.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

import seed_2021

STATUSES = ("pågående", "ny", "uppdaterad", "genomförd", "avskriven")
ACTIVE = ("pågående", "ny", "uppdaterad")
ROLES = ("ansvarig", "i samverkan med", "i nära samverkan med", "med stöd av", "tillsammans med")


@dataclass(frozen=True)
class SeedMeasure:
    id: str
    priority: int
    objective: str
    status: str
    agency_text: str
    roles: tuple[tuple[str, str], ...]  # (agency, role) in printed order
    period: tuple[int, int | None, bool] | None  # (start, end, open_ended)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE


def roles_of(agency_text: str) -> tuple[tuple[str, str], ...]:
    """(agency, role) pairs of a printed agency text: the agencies before the first role phrase
    are "ansvarig", those after a phrase take that phrase as their role."""
    phrases = "|".join(re.escape(p) for p in seed_2021.ROLE_PHRASES)
    parts = re.split(rf",?\s+({phrases})\s+", agency_text)
    pairs = [(name, "ansvarig") for name in seed_2021.agencies_of(parts[0])[0]]
    for phrase, chunk in zip(parts[1::2], parts[2::2], strict=False):
        pairs += [(name, phrase) for name in seed_2021.agencies_of(chunk)[0]]
    return tuple(pairs)


def _measure(mid: str, status: str, agency_text: str, period: str | None) -> SeedMeasure:
    p, o, _ = mid.split(".")
    return SeedMeasure(
        id=mid,
        priority=int(p),
        objective=f"{p}.{o}",
        status=status,
        agency_text=agency_text,
        roles=roles_of(agency_text),
        period=seed_2021.parse_period(period) if period is not None else None,
    )


@cache
def seed() -> seed_2021.Seed2021:
    return seed_2021.load()


@cache
def measures() -> tuple[SeedMeasure, ...]:
    """Every measure of the 2021 report, in numeric id order."""
    s = seed()
    out = [
        _measure(
            row.id,
            seed_2021.status_of(row.status_text)[0],
            s.chapter[row.id].agency_text,
            s.chapter[row.id].period,
        )
        for row in s.current
    ]
    out += [_measure(row.id, "genomförd", row.agency_text, None) for row in s.completed]
    out += [_measure(row.id, "avskriven", row.agency_text, None) for row in s.withdrawn]
    return tuple(sorted(out, key=lambda m: seed_2021.id_key(m.id)))


def status_counts() -> dict[str, int]:
    counts = Counter(m.status for m in measures())
    return {status: counts[status] for status in STATUSES}


def objective_ids() -> list[str]:
    """The strategy's objectives as the overview prints them, 3.2 included."""
    return [o.id for o in seed().overview_objectives]


def matrix(role: str | None = None, active_only: bool = True) -> dict[tuple[str, int], int]:
    """(agency, priority) -> number of measures in which the agency has `role` (any if None)."""
    counts: Counter[tuple[str, int]] = Counter()
    for m in measures():
        if active_only and not m.active:
            continue
        agencies = {agency for agency, r in m.roles if role is None or r == role}
        counts.update((agency, m.priority) for agency in agencies)
    return dict(counts)
