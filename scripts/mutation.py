#!/usr/bin/env python3
"""Mutation testing of the Python package with mutmut: does the suite catch small, realistic
bugs planted one at a time? (`make mutation MODULES="diff.py forms/*"`; see docs/mutation.md.)

mutmut takes a module's name from its path and imports the mutated copy from mutants/src, so
the run is staged in build/mutation/: the installed package (with its compiled module and
data) as src/handlingsplan, and beside it what the tests read (tests/, data/, notebooks/,
benchmarks/, scripts/). The sources there are the repository's own after `make install`.

Each mutant mutmut lets survive is run once more against every selected test (see `recheck`).
Prints mutmut's results and a score per module: killed / (killed + survived), mutants whose
tests time out counting as killed and those no test reaches as survived."""

from __future__ import annotations

import argparse
import collections
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGE = ROOT / "build" / "mutation"
#: What the tests read besides the package, copied beside it.
ALSO = ["tests", "data", "notebooks", "benchmarks", "scripts", "docs"]


def stage(modules: list[str], tests: list[str], children: int) -> None:
    spec = importlib.util.find_spec("handlingsplan")
    assert spec is not None and spec.origin is not None, "install the package first"
    installed = Path(spec.origin).parent
    shutil.rmtree(STAGE, ignore_errors=True)
    shutil.copytree(
        installed, STAGE / "src" / "handlingsplan", ignore=shutil.ignore_patterns("__pycache__")
    )
    for name in ALSO:
        shutil.copytree(
            ROOT / name, STAGE / name, ignore=shutil.ignore_patterns("__pycache__", "_build")
        )
    only = ", ".join(f'"src/handlingsplan/{m}"' for m in modules)
    selection = ", ".join(f'"{t}"' for t in tests)
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    config += f"""
[tool.mutmut]
source_paths = ["src/handlingsplan"]
only_mutate = [{only}]
also_copy = {ALSO!r}
pytest_add_cli_args_test_selection = [{selection}]
pytest_add_cli_args = ["-p", "no:cacheprovider", "-x", "-q"]
max_children = {children}
"""
    (STAGE / "pyproject.toml").write_text(config, encoding="utf-8")


def scores(results: str) -> dict[str, collections.Counter[str]]:
    """Per module, how many mutants ended how (mutmut's `results --all true` lines)."""
    per: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for line in results.splitlines():
        found = re.match(r"\s*(src\.)?handlingsplan\.([\w.]+)\.x.*__mutmut_\d+: (.+)", line)
        if found:
            module = found.group(2).replace(".", "/") + ".py"
            per[module][found.group(3).strip()] += 1
    return per


def recheck(results: str, tests: list[str]) -> str:
    """`results` with each survivor run again against every selected test, ending "killed" where
    one fails. mutmut runs a mutant only against the tests it saw call the function, and a value
    a fixture or a module computes once (a module-scoped fixture, a module's REPORT) is charged
    to the first test that asked for it: the others, which check that value too, never see the
    mutant."""
    lines = results.splitlines()
    for i, line in enumerate(lines):
        found = re.match(r"\s*(\S+__mutmut_\d+): survived$", line)
        if not found:
            continue
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *tests],
            cwd=STAGE / "mutants",
            env={**os.environ, "MUTANT_UNDER_TEST": found.group(1), "PYTHONPATH": "src"},
            capture_output=True,
            check=False,
        )
        if run.returncode == 1:  # a test failed (not an error of collection or usage)
            lines[i] = line.replace(": survived", ": killed")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "modules", nargs="+", help='modules under python/handlingsplan, e.g. "diff.py" "forms/*"'
    )
    parser.add_argument("--tests", nargs="*", default=["tests/python"], help="tests to run")
    parser.add_argument("--children", type=int, default=2)
    parser.add_argument(
        "--mutants",
        nargs="*",
        default=[],
        help="run only the mutants whose names match these patterns (fnmatch), e.g. "
        '"handlingsplan.cli.x__diff__mutmut_*": a large module in parts; the others are not '
        "checked and not scored",
    )
    parser.add_argument(
        "--no-recheck",
        action="store_true",
        help="score mutmut's own results, without running each survivor once more against every "
        "selected test (which, for slow tests and many survivors, takes long)",
    )
    args = parser.parse_args()
    stage(args.modules, args.tests, args.children)
    mutmut = [sys.executable, "-m", "mutmut"]
    subprocess.run([*mutmut, "run", *args.mutants], cwd=STAGE, check=False)
    results = subprocess.run(
        [*mutmut, "results", "--all", "true"], cwd=STAGE, capture_output=True, text=True
    ).stdout
    if not args.no_recheck:
        results = recheck(results, args.tests)
    (STAGE / "results.txt").write_text(results, encoding="utf-8")
    print(f"{'module':40} {'killed':>7} {'survived':>9} {'score':>6}")
    for module, counts in sorted(scores(results).items()):
        killed = counts["killed"] + counts["timeout"]
        survived = counts["survived"] + counts["no tests"]
        score = 100 * killed / max(1, killed + survived)
        print(f"{module:40} {killed:7} {survived:9} {score:5.1f}%")
    print(f"every mutant and how it ended: {STAGE / 'results.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
