"""The figures of the assignment pages vendored in tests/peers/regeringsuppdrag/ as
`handlingsplan.read_assignment` reads them: pages read, pages refused (with why), events by
kind, stage and form, and agencies by role. For a closing note or a change's review:

    .venv/bin/python scripts/assignment_figures.py

The checks against a reader of the tests' own are in tests/python/test_readers_assignment.py;
this script only counts.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import handlingsplan as hp
from handlingsplan._core import assignment_role_text, report_form_text, report_stage_text

PEERS = Path(__file__).resolve().parents[1] / "tests" / "peers" / "regeringsuppdrag"


def main() -> None:
    addresses = {e["file"]: e["url"] for e in json.loads((PEERS / "index.json").read_text())}
    read: list[hp.GovernmentActivity] = []
    refused: list[tuple[str, str]] = []
    for path in sorted((PEERS / "pages").glob("*.md")):
        try:
            read.append(hp.read_assignment(path, address=addresses[path.name]))
        except hp.ParseError as error:
            refused.append((path.name, str(error)))
    events = [e for a in read for e in a.events]
    print(f"Sidor: {len(read) + len(refused)}, inlästa: {len(read)}, avvisade: {len(refused)}")
    for name, why in refused:
        print(f"  avvisad {name}: {why}")
    print(f"Händelser: {len(events)}")
    for kind, n in Counter(e.kind_text for e in events).most_common():
        print(f"  {kind}: {n}")
    due = [e for e in events if e.kind == hp.EventKind.due]
    stages = Counter(report_stage_text(e.stage) or "(inte angivet)" for e in due)
    forms = Counter(report_form_text(e.form) or "(inte angivet)" for e in due)
    print("Redovisningar (ska redovisas) efter slag: " + _counts(stages))
    print("Redovisningar (ska redovisas) efter form: " + _counts(forms))
    numbered = sum(1 for a in read if a.case_numbers)
    print(f"Sidor med diarienummer eller hänvisning: {numbered}")
    roles = Counter(assignment_role_text(g.role) for a in read for g in a.agencies)
    print(f"Myndigheter med roll: {sum(roles.values())} ({_counts(roles)})")
    printed = sum(1 for a in read for g in a.agencies if g.printed)
    units = sum(1 for a in read for g in a.agencies if g.unit)
    print(f"  med namnet som sidan skrev det: {printed}; en enhet vid sin myndighet: {units}")


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{name} {n}" for name, n in counter.most_common())


if __name__ == "__main__":
    main()
