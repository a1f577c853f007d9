"""The output examples/cpp/plan_summary should print for a plan file, worked out from the file
with the json module alone (no handlingsplan), so that the C++ example, built against an
installed library, is checked against a reader of its own (scripts/cpp_install_check.sh).

Usage: python3 expected_plan_summary.py PLAN.json [AGENCY]   (prints the expected stdout)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The status words in the order of the library's StatusKind, and the diff's classes in the order
# of Change, as data/FORMAT.md and the README name them.
KINDS = ["pågående", "ny", "uppdaterad", "genomförd", "avskriven"]
ACTIVE = {"pågående", "ny", "uppdaterad"}
CHANGES = ["ny", "genomförd", "avskriven", "ändrad", "oförändrad", "försvunnen"]


def version() -> str:
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\(handlingsplan VERSION ([0-9.]+)", text)
    assert match, "no project version in CMakeLists.txt"
    return match.group(1)


def id_key(measure: dict) -> tuple[int, ...]:
    return tuple(int(part) for part in measure["id"].split("."))


def printed_status(status: dict) -> str:
    """The status as Bilaga 1 prints it, else the word with the year a measure ended."""
    kind = status["kind"]
    if kind == "ny":
        return "Ny åtgärd"
    if kind == "uppdaterad":
        return "Uppdaterad, " + " och ".join(status["aspects"])
    return f"{kind} {status['year']}" if "year" in status else kind


def period_years(text: str | None) -> tuple[int, int | None] | None:
    """(first, last) of "2019–2022", "2021" or "2019 och tills vidare" (last None)."""
    if text is None:
        return None
    if text.endswith(" och tills vidare"):
        return int(text.split()[0]), None
    first, _, last = text.partition("–")
    return int(first), int(last or first)


def role_of(measure: dict, agency: str) -> str | None:
    roles = [r["role"] for r in measure["agencies"]["roles"] if r["agency"] == agency]
    return roles[0] if roles else None


def report_lines(report: dict) -> list[str]:
    counts = {kind: 0 for kind in KINDS}
    for measure in report["measures"]:
        counts[measure["status"]["kind"]] += 1
    lines = [f"Report {report['year']}: {len(report['measures'])} measures"]
    return lines + [f"  {kind}: {n}" for kind, n in counts.items() if n]


def agency_lines(measures: list[dict], agency: str) -> list[str]:
    lines = [f"Measures naming {agency}: {len(measures)}"]
    for m in measures:
        status = printed_status(m["status"])
        lines.append(f"  {m['id']} [{role_of(m, agency)}, {status}] {m['title']}")
    return lines


def draft_lines(year: int, measures: list[dict]) -> tuple[list[str], dict[str, str]]:
    """The draft's two edits, and how the diff lists each measure they touch."""
    lines, changes = [f"Draft {year}:"], {}
    for m in measures:
        years = period_years(m.get("period"))
        if m["status"]["kind"] not in ACTIVE or years is None or years[0] > year:
            continue
        if not changes:
            lines.append(f"  {m['id']} completed in {year}")
            changes[m["id"]] = f"genomförd {m['id']}"
        elif years[1] is not None:
            lines.append(f"  {m['id']} period {m['period']} -> {years[0]}–{years[1] + 1}")
            changes[m["id"]] = f"ändrad {m['id']} period"
            break
    return lines, changes


def expected(plan: dict, agency: str) -> list[str]:
    lines = [f"handlingsplan {version()}: {plan['title']}"]
    report = max(plan["reports"], key=lambda r: r["year"])
    lines += report_lines(report)
    measures = sorted((m for m in report["measures"] if role_of(m, agency) is not None), key=id_key)
    lines += agency_lines(measures, agency)
    year = report["year"] + 1
    draft, changes = draft_lines(year, measures)
    lines += draft
    counts = {change: 0 for change in CHANGES}
    for change in changes.values():
        counts[change.split()[0]] += 1
    counts["oförändrad"] = len(report["measures"]) - len(changes)
    summary = ", ".join(f"{change} {n}" for change, n in counts.items())
    lines.append(f"Diff {report['year']} -> {year}: {summary}")
    order = sorted(changes, key=lambda i: tuple(int(p) for p in i.split(".")))
    lines += [f"  {changes[i]}" for i in order]
    return lines


def main() -> None:
    plan = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    agency = sys.argv[2] if len(sys.argv) > 2 else "FRA"
    print("\n".join(expected(plan, agency)))


if __name__ == "__main__":
    main()
