"""The parsing cases of nst/JSONTestSuite (tests/peers/JSONTestSuite, MIT) through Plan.load and
Plan.from_json, as they are and wrapped into a valid plan (issue 13): every case a clean load or a
DataError with a place, never another exception, a crash or a hang; no `n_*` file ever loads.

The cases run in batches, each in a process of its own (json_test_suite_runner.py), so that a
crash (a signal) or a hang (the timeout) fails this test naming the case it happened in."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
SUITE = HERE.parent / "peers" / "JSONTestSuite" / "test_parsing"
FILES = sorted(SUITE.glob("*.json"))
BATCHES = 4
WAYS = 8  # json_test_suite_runner.WAYS: two readers, as they are and at three places


def test_the_suite_is_vendored_with_its_licence() -> None:
    assert len(FILES) == 318
    assert "MIT License" in (SUITE.parent / "LICENSE").read_text(encoding="utf-8")
    assert {f.name[:2] for f in FILES} == {"y_", "n_", "i_"}


def run_batch(files: list[Path]) -> list[dict[str, Any]]:
    process = subprocess.run(
        [sys.executable, str(HERE / "json_test_suite_runner.py"), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [json.loads(line) for line in process.stdout.splitlines()]
    last = lines[-1] if lines else {}
    assert process.returncode == 0, (
        f"the runner ended with {process.returncode} in {last}: {process.stderr[-2000:]}"
    )
    return [line for line in lines if "start" not in line]


@pytest.mark.parametrize("batch", range(BATCHES))
def test_every_case_loads_cleanly_or_is_a_data_error_with_a_place(batch: int) -> None:
    files = FILES[batch::BATCHES]
    results = run_batch(files)
    assert len(results) == len(files) * WAYS
    problems = []
    for result in results:
        case = f"{result['file']} ({result['way']})"
        if result["outcome"] == "loaded":
            if result["file"].startswith("n_"):
                problems.append(f"{case}: a file JSON does not allow was loaded")
            if not result["round_trip"]:
                problems.append(f"{case}: loaded, but does not save back byte for byte")
        elif result["outcome"] == "DataError":
            if not result["where"]:
                problems.append(f"{case}: a DataError with no place")
        else:
            problems.append(f"{case}: {result['outcome']}: {result.get('message')}")
    assert problems == []
