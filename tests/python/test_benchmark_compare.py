"""benchmarks/compare.py runs and prints its table (on the smallest size only; nothing is timed
or compared here: the figures depend on the machine)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "compare.py"
OPERATIONS = [
    "load",
    "frames",
    "diff",
    "agency+role",
    "status",
    "objective",
    "active_in",
    "peak memory ÷ file size",
]


def test_compare_prints_a_row_per_operation() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--sizes", "1", "--repeat", "1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    lines = result.stdout.splitlines()
    assert any(line.startswith("| size | states | file MiB | operation") for line in lines)
    rows = [line.split(" | ") for line in lines if line.startswith("| 1×")]
    assert [row[3] for row in rows] == OPERATIONS
    for row in rows[:-1]:
        assert float(row[4]) >= 0 and float(row[5]) > 0 and float(row[6]) > 0  # both sides ran
