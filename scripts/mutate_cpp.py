#!/usr/bin/env python3
"""Mutation testing of the C++ core: plants one small, realistic bug at a time in a source of
cpp/src (a flipped comparison, an off-by-one bound, a dropped negation, `and` for `or`, a
constant swapped), rebuilds that component's Catch2 executable and runs its ctest cases. A
mutant the tests fail on is killed; one they pass is a survivor, listed with its place.

    scripts/mutate_cpp.py period.cpp diff.cpp        (make mutation-cpp SOURCES="...")

Mutants that do not compile (the compiler caught the bug) are counted apart and not scored.
The source is restored after every mutant, also when the run is interrupted. Results go to
build/mutation-cpp/results.txt; docs/mutation.md says how survivors are dealt with."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "mutation-cpp"
BIN = Path(sys.executable).parent

#: (pattern, replacement): operators as the sources write them, spaced, so that templates,
#: streams and includes are left alone.
OPERATORS: list[tuple[str, str]] = [
    (r" == ", " != "),
    (r" != ", " == "),
    (r" <= ", " < "),
    (r" >= ", " > "),
    (r" < ", " <= "),
    (r" > ", " >= "),
    (r" && ", " || "),
    (r" \|\| ", " && "),
    (r"\btrue\b", "false"),
    (r"\bfalse\b", "true"),
    (r" \+ 1\b", " - 1"),
    (r" - 1\b", " + 1"),
    (r"(?<![!=<>])!(?=[\w(])", ""),  # a negation dropped
]

#: A string or character literal, or a comment to the end of the line.
_NOT_CODE = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|//.*$')


@dataclass(frozen=True)
class Mutant:
    line: int  # from 1
    column: int  # from 1
    before: str
    after: str  # the whole mutated line

    def place(self, source: str) -> str:
        return f"{source}:{self.line}:{self.column}"


def code_spans(line: str) -> list[tuple[int, int]]:
    """The parts of a line that are code: not inside a literal or a comment."""
    spans, start = [], 0
    for found in _NOT_CODE.finditer(line):
        spans.append((start, found.start()))
        start = found.end()
    spans.append((start, len(line)))
    return spans


def mutants_of(text: str) -> list[Mutant]:
    out: list[Mutant] = []
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.lstrip()
        if stripped.startswith(("#", "//", "*", "/*")):
            continue
        for start, end in code_spans(line):
            for pattern, replacement in OPERATORS:
                for found in re.finditer(pattern, line[start:end]):
                    at = start + found.start()
                    mutated = line[:at] + replacement + line[start + found.end() :]
                    out.append(Mutant(number, at + 1, line, mutated))
    return out


def run(command: list[str], timeout: float) -> subprocess.CompletedProcess[str] | None:
    try:
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None


def configure() -> None:
    subprocess.run(
        [
            str(BIN / "cmake"),
            "-S",
            ".",
            "-B",
            str(BUILD),
            "-G",
            "Ninja",
            "-DCMAKE_BUILD_TYPE=Debug",
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    subprocess.run([str(BIN / "cmake"), "--build", str(BUILD), "-j", "2"], cwd=ROOT, check=True)


def component(source: str) -> tuple[str, str]:
    """The test executable and the ctest name pattern for a source: test_<name> and its
    '<name>:' cases, or every test where the source has no test file of its own."""
    name = Path(source).stem
    if (ROOT / "tests" / "cpp" / f"test_{name}.cpp").is_file():
        return f"test_{name}", f"^{name}:"
    return "all", "."


def try_mutant(path: Path, original: str, mutant: Mutant, target: str, cases: str) -> str:
    lines = original.split("\n")
    lines[mutant.line - 1] = mutant.after
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        built = run([str(BIN / "cmake"), "--build", str(BUILD), "--target", target], 600)
        if built is None or built.returncode != 0:
            return "stillborn"
        tested = run(
            [str(BIN / "ctest"), "--test-dir", str(BUILD), "-R", cases, "--timeout", "60"], 600
        )
        if tested is None:
            return "timeout"
        return "killed" if tested.returncode != 0 else "survived"
    finally:
        path.write_text(original, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", help="files under cpp/src, e.g. period.cpp")
    args = parser.parse_args()
    configure()
    report: list[str] = []
    for source in args.sources:
        path = ROOT / "cpp" / "src" / source
        original = path.read_text(encoding="utf-8")
        target, cases = component(source)
        ends: dict[str, int] = {}
        for mutant in mutants_of(original):
            end = try_mutant(path, original, mutant, target, cases)
            ends[end] = ends.get(end, 0) + 1
            if end == "survived":
                report.append(f"{mutant.place('cpp/src/' + source)}: {mutant.after.strip()}")
                print(f"survived {report[-1]}", flush=True)
        killed = ends.get("killed", 0) + ends.get("timeout", 0)
        scored = killed + ends.get("survived", 0)
        score = 100 * killed / max(1, scored)
        line = (
            f"{source}: {killed} killed, {ends.get('survived', 0)} survived, "
            f"{ends.get('stillborn', 0)} did not compile; score {score:.1f}%"
        )
        report.insert(0, line)
        print(line, flush=True)
    subprocess.run([str(BIN / "cmake"), "--build", str(BUILD)], cwd=ROOT, check=False)
    (BUILD / "results.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    print(f"results: {BUILD / 'results.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
