#!/usr/bin/env python3
"""Add the government's activities to the shipped plan.

Reads
    data/handlingsplan.json                    the shipped plan
    data/sources/regeringens-aktiviteter.txt   *Översikt över regeringens aktiviteter för att nå
                                               målen i strategin* (or the path given as the only
                                               argument)
Writes
    data/handlingsplan.json   the same plan with its "activities" replaced by those read from
                              the text by the library's importer
                              (handlingsplan.activities.read_activities); every other byte of
                              the file stays as it was.

Re-run (from the repository root, with the package installed: `make install`)
    .venv/bin/python scripts/extract_activities.py
Run it after `handlingsplan import` (`make data` runs both), which writes the plan without activities. Deterministic:
running it twice gives the same file. A problem in the text stops it with the line named.
"""

from __future__ import annotations

import sys
from pathlib import Path

import handlingsplan as hp
from handlingsplan.activities import read_activities_file

REPO = Path(__file__).resolve().parent.parent
PLAN = REPO / "data" / "handlingsplan.json"
SOURCE = REPO / "data" / "sources" / "regeringens-aktiviteter.txt"


def main(argv: list[str]) -> int:
    """Reads the activities and saves the plan with them."""
    source = Path(argv[1]) if len(argv) > 1 else SOURCE
    plan = hp.Plan.load(PLAN)
    try:
        activities = read_activities_file(source, priorities=plan.priorities)
    except hp.Error as error:
        print(f"extract_activities: {error}", file=sys.stderr)
        return 2
    plan.set_activities(activities)
    plan.save(PLAN)
    ongoing = sum(1 for a in activities if a.state_text == "pågående")
    print(
        f"wrote {PLAN.relative_to(REPO)}: {len(activities)} activities "
        f"({ongoing} pågående, {len(activities) - ongoing} avslutade)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
