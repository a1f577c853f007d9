"""The catalogue of malformed plan files (tests/malformed, described in its make_catalogue.py),
from Python: each gives the library's own exception naming the place, never a crash or a hang.

The cases built at test time (megabytes, 100,000 levels of nesting) load in a child process, so
that a crash would fail one test instead of killing the run, and under a timeout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import handlingsplan as hp

HERE = Path(__file__).resolve().parent
CATALOGUE_DIR = HERE.parent / "malformed"
CATALOGUE = json.loads((CATALOGUE_DIR / "catalogue.json").read_text(encoding="utf-8"))
FILE_CASES = [case for case in CATALOGUE["cases"] if "file" in case]
GENERATED_CASES = [case for case in CATALOGUE["cases"] if "generate" in case]
ERROR_CLASSES = {"DataError": hp.DataError, "FileError": hp.FileError}
# A hang guard for the cases loaded in a child process (not a speed target: those live in
# benchmarks/); loading any case takes well under a second.
TIME_LIMIT = 30.0


def outcome(load: Any) -> dict[str, Any]:
    """What `load()` gave, as plain data: the class of the library's error and its attributes.
    Any exception that is not a `hp.Error` propagates and fails the test."""
    try:
        load()
    except hp.DataError as error:
        return {
            "error": "DataError",
            "where": error.where,
            "problem": error.problem,
            "source": error.source,
            "value_error": isinstance(error, ValueError),
        }
    except hp.FileError as error:
        return {
            "error": "FileError",
            "filename": error.filename,
            "strerror": error.strerror,
            "errno": error.errno,
            "os_error": isinstance(error, OSError),
        }
    return {"error": None}


def check(case: dict[str, Any], result: dict[str, Any], source: str) -> None:
    assert result["error"] == case["error"], case["why"]
    if result["error"] == "DataError":
        assert result["value_error"]
        assert result["source"] == source
        assert case["where"] in result["where"], case["why"]
        assert case["says"] in result["problem"], case["why"]
        assert len(result["problem"]) < 1000  # a quoted 10 MB token is cut short
    elif result["error"] == "FileError":
        assert result["os_error"] and result["errno"]
        assert result["filename"] == source and case["where"] in result["filename"]
        assert case["says"] in result["strerror"]


def generate(spec: dict[str, Any]) -> bytes:
    """The bytes of a generated case: the base (or nothing) with `replace` swapped for the pieces."""
    pieces = b"".join(
        (bytes.fromhex(piece["hex"]) if "hex" in piece else piece["text"].encode("utf-8"))
        * piece["times"]
        for piece in spec["with"]
    )
    if not spec["base"]:
        return pieces
    base = (CATALOGUE_DIR / spec["base"]).read_bytes()
    return base.replace(spec["replace"].encode("utf-8"), pieces, 1)


def test_the_catalogue_is_large_and_its_base_is_valid() -> None:
    assert len(CATALOGUE["cases"]) >= 40
    # The base is a version-1 file: it loads, its reports final, and saves as the current version.
    base = CATALOGUE_DIR / CATALOGUE["base"]
    plan = hp.Plan.load(base)
    assert all(report.is_final for report in plan.reports)
    assert plan.to_json() == (CATALOGUE_DIR / "current-format.json").read_text(encoding="utf-8")
    # Version-2 and version-3 files load unchanged.
    assert hp.Plan.load(CATALOGUE_DIR / "schema-version-2.json") == plan
    assert hp.Plan.load(CATALOGUE_DIR / "schema-version-3.json") == plan


@pytest.mark.parametrize("case", FILE_CASES, ids=[case["file"] for case in FILE_CASES])
def test_loading_a_malformed_file(case: dict[str, Any]) -> None:
    path = CATALOGUE_DIR / case["file"]
    check(case, outcome(lambda: hp.Plan.load(path)), str(path))


def is_utf8(path: Path) -> bool:
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


TEXT_CASES = [
    case
    for case in FILE_CASES
    if case["error"] != "FileError" and is_utf8(CATALOGUE_DIR / case["file"])
]


@pytest.mark.parametrize("case", TEXT_CASES, ids=[case["file"] for case in TEXT_CASES])
def test_parsing_malformed_text(case: dict[str, Any]) -> None:
    """The same cases handed over as a str, where the bytes decode as UTF-8."""
    text = (CATALOGUE_DIR / case["file"]).read_text(encoding="utf-8")
    check(case, outcome(lambda: hp.Plan.from_json(text, case["file"])), case["file"])


@pytest.mark.parametrize("case", GENERATED_CASES, ids=[case["name"] for case in GENERATED_CASES])
def test_loading_a_huge_or_deep_file_in_a_child_process(
    case: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / f"{case['name']}.json"
    path.write_bytes(generate(case["generate"]))
    child = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(HERE)!r})\n"
        "import handlingsplan as hp, test_malformed as t\n"
        "print(json.dumps(t.outcome(lambda: hp.Plan.load(sys.argv[1]))))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", child, str(path)],
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT * 2,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]  # a crash shows as a negative signal number
    check(case, json.loads(run.stdout), str(path))
