"""benchmarks/compare.py runs and prints its table (on the smallest size, one round: nothing is
timed or compared here, the figures depend on the machine). The peers (orjson, msgspec, polars,
pysimdjson) are the benchmark's own extra, ``.[bench]``: where one is not installed its rows
say "–", and the rows against json.load, pandas and the library itself always run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "compare.py"
ROWS = [
    ("load", "json.load"),
    ("load", "orjson"),
    ("load", "msgspec typed gc=False"),
    ("load", "simdjson parse (limit)"),
    ("frames", "pandas from dicts"),
    ("diff counts", "pandas merge"),
    ("filter agency+role", "pandas mask"),
    ("filter status", "pandas mask"),
    ("filter objective", "pandas mask"),
    ("filter active_in", "pandas mask"),
    ("diff counts", "polars join"),
    ("diff counts", "DuckDB on Parquet"),
    ("diff.to_dataframe", "–"),
    ("selection.to_dataframe", "polars filter, same columns"),
    ("selection.to_dataframe", "polars filter, diff's columns"),
    ("to_parquet", "Plan.load"),
    ("peak memory ÷ file size", "json.load"),
]
ALWAYS = {"json.load", "pandas from dicts", "pandas merge", "pandas mask", "Plan.load"}
STARTUP = [
    "import handlingsplan + load_default()",
    "python -c pass",
    'python -c "import pandas"',
    "handlingsplan --version",
    "handlingsplan check",
]


def figure(cell: str) -> float | None:
    return None if cell == "–" else float(cell)


def test_compare_prints_a_row_per_operation_and_peer() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--sizes", "1", "--rounds", "1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    lines = result.stdout.splitlines()
    assert any(line.startswith("| size | states | file MiB | operation | peer") for line in lines)
    rows = [line.split(" | ") for line in lines if line.startswith("| 1×")]
    assert [(row[3], row[4]) for row in rows] == ROWS
    for row in rows:
        ours, theirs = figure(row[5]), figure(row[6])
        assert ours is not None and ours > 0  # the library always ran
        if row[4] in ALWAYS:
            assert theirs is not None and theirs > 0  # and so did the reference
        assert row[-1].rstrip(" |") in {"yes", "NO", "–"}
    startup = [
        line.split(" | ")[0].lstrip("| ")
        for line in lines
        if line.startswith("| ") and (" wall " in line or " CPU " in line)
    ]
    assert startup == STARTUP
