#!/usr/bin/env python3
"""Mutation testing of the C++ core: plants one small, realistic bug at a time in a source of
cpp/src (a flipped comparison, an off-by-one bound, a dropped negation, `and` for `or`, a
constant swapped), rebuilds the Catch2 executables that test it and runs them. A mutant the
tests fail on is killed; one they pass is a survivor, listed with its place.

    scripts/mutate_cpp.py period.cpp diff.cpp        (make mutation-cpp SOURCES="...")
    scripts/mutate_cpp.py diff.cpp --again build/mutation-cpp/results.txt
                                                     (only the survivors listed there)

The copy is built as `make cpp-test` builds (warnings as errors, a Debug build: every assert
checked) and with the standard library's bounds checks (`-D_GLIBCXX_ASSERTIONS`), so a mutant the
project's build refuses does not compile and one that reads past the end of a container aborts
its test; but optimised (OPTIMISATION) and without debugging information, so that its tests run
in a fraction of -O0's time. Mutants that do not
compile (the compiler caught the bug) are counted apart and not scored; a test run that does not
end within TEST_SECONDS kills its mutant ("timeout"). A source whose tests fail without a
mutant is not scored (they would "kill" every mutant).

The mutants are planted in a copy of cpp/src (build/mutation-cpp/tree; tests/cpp is copied too,
as it is when the run begins, and everything else of the worktree linked), so the worktree is
never changed and `make cpp-test` may run beside; the copies are brought up to date at the
start and the build directory kept between runs, so a mutant recompiles one file and relinks
its tests. Each test executable is run directly, stopping at its first failure. Results go to
build/mutation-cpp/results.txt (or --out), a line per source as soon as it is done;
docs/mutation.md says how survivors are dealt with."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGE = ROOT / "build" / "mutation-cpp"
TREE = STAGE / "tree"  # the worktree, linked, with copies (COPIED) to plant mutants in
BUILD = STAGE / "build"
BIN = Path(sys.executable).parent
#: Copied into TREE (the rest is linked): the sources mutated, and the tests as they were when
#: the run began, so that tests written meanwhile wait for the next run.
COPIED = ("cpp/src", "tests/cpp")
#: Optimised, without debugging information (which only the linker's time pays for), but a Debug
#: build still: NDEBUG stays undefined, so every assert holds as in `make cpp-test`. At -O1
#: test_json_load, which reads the shipped plan many times, runs 1.6 s for -O0's 13 s.
OPTIMISATION = "-O1"
#: The longest a build of one mutant, a run of one test executable, and the first build may take.
BUILD_SECONDS, TEST_SECONDS, FIRST_BUILD_SECONDS = 600, 60, 3600

#: Sources that test executables of other names test (too); every other source is tested by
#: test_<name>, or by every test executable where there is none.
TESTED_BY: dict[str, tuple[str, ...]] = {
    "measure_builder.cpp": ("test_json_load",),
    "activity_json.cpp": ("test_government_activity",),
    "scan.cpp": ("test_scan", "test_case_number", "test_swedish_date", "test_government_activity"),
    "json_io.cpp": ("test_json_io", "test_json_load"),
    # The plan file's reading and writing, type by type: the file's own tests too.
    "json_format.cpp": ("test_json_format", "test_json_io"),
    # A report's prose chapters are tested with the chapters; the plan's edits and its
    # government activities apart.
    "report.cpp": ("test_report", "test_chapter"),
    "plan.cpp": ("test_plan", "test_edit", "test_government_activity"),
    "measure.cpp": ("test_measure", "test_declaration"),
}

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


def run(
    command: list[str], timeout: float, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str] | None:
    try:
        return subprocess.run(
            command, cwd=cwd, capture_output=True, text=True, errors="replace", timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return None


def stage() -> None:
    """The worktree linked into TREE, but for COPIED: a file of a copy is rewritten only where
    it differs, so that the build directory stays valid."""
    place(ROOT, TREE)


def place(source: Path, target: Path) -> None:
    if target.is_symlink():
        target.unlink()
    target.mkdir(parents=True, exist_ok=True)
    for entry in source.iterdir():
        relative = entry.relative_to(ROOT).as_posix()
        if relative in {"build", ".git", ".venv"}:
            continue
        there = target / entry.name
        if relative in COPIED:
            if there.is_symlink():
                there.unlink()
            there.mkdir(exist_ok=True)
            for file in entry.iterdir():
                text = file.read_bytes()
                if not (there / file.name).is_file() or (there / file.name).read_bytes() != text:
                    (there / file.name).write_bytes(text)
        elif any(copied.startswith(relative + "/") for copied in COPIED):
            place(entry, there)
        elif not there.is_symlink():
            there.symlink_to(entry)


def configure() -> None:
    stage()
    subprocess.run(
        [
            str(BIN / "cmake"),
            "-S",
            str(TREE),
            "-B",
            str(BUILD),
            "-G",
            "Ninja",
            "-DCMAKE_BUILD_TYPE=Debug",
            "-DHANDLINGSPLAN_WERROR=ON",
            f"-DCMAKE_CXX_FLAGS=-D_GLIBCXX_ASSERTIONS {OPTIMISATION}",
            "-DCMAKE_CXX_FLAGS_DEBUG=",
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    rebuild("-j", "2", seconds=FIRST_BUILD_SECONDS)


def rebuild(*options: str, seconds: float = BUILD_SECONDS) -> None:
    """The copy built (again) as the worktree's tests are; an error if it fails or hangs."""
    command = [str(BIN / "cmake"), "--build", str(BUILD), *options]
    subprocess.run(command, cwd=ROOT, check=True, timeout=seconds)


def tests_of(source: str) -> tuple[str, ...]:
    """The test executables for a source: TESTED_BY's, test_<name>, or all of them."""
    if source in TESTED_BY:
        return TESTED_BY[source]
    name = Path(source).stem
    if (TREE / "tests" / "cpp" / f"test_{name}.cpp").is_file():
        return (f"test_{name}",)
    return tuple(sorted(p.stem for p in (TREE / "tests" / "cpp").glob("test_*.cpp")))


def test_run(targets: tuple[str, ...]) -> str:
    """Builds the test executables and runs them: "stillborn", "timeout", "killed" (a test
    failed) or "survived" (every test passed)."""
    built = run([str(BIN / "cmake"), "--build", str(BUILD), "--target", *targets], BUILD_SECONDS)
    if built is None or built.returncode != 0:
        return "stillborn"
    for target in targets:
        # Catch2 exits non-zero on a failure; -a stops at the first.
        where = BUILD / "tests" / "cpp"
        tested = run([str(where / target), "-a"], TEST_SECONDS, cwd=where)
        if tested is None:
            return "timeout"
        if tested.returncode != 0:
            return "killed"
    return "survived"


def try_mutant(path: Path, original: str, mutant: Mutant, targets: tuple[str, ...]) -> str:
    lines = original.split("\n")
    lines[mutant.line - 1] = mutant.after
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        return test_run(targets)
    finally:
        path.write_text(original, encoding="utf-8")


def survivors_in(listing: Path, source: str) -> set[str]:
    """The mutated lines a results file lists as survivors of a source, matched by their text
    (not their place), so that a run after the source was edited finds them where they moved."""
    found = re.compile(rf"cpp/src/{re.escape(source)}:\d+:\d+: (.*)$")
    return {
        m[1]
        for line in listing.read_text(encoding="utf-8").splitlines()
        if (m := found.match(line))
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", help="files under cpp/src, e.g. period.cpp")
    parser.add_argument("--again", type=Path, help="run only the survivors a results file lists")
    parser.add_argument("--out", type=Path, default=STAGE / "results.txt", help="the results")
    args = parser.parse_args()
    configure()
    args.out.write_text("", encoding="utf-8")
    for source in args.sources:
        path = TREE / "cpp" / "src" / source
        original = path.read_text(encoding="utf-8")
        targets = tests_of(source)
        # Tests that fail without a mutant would "kill" every one: such a source is not scored.
        if (clean := test_run(targets)) != "survived":
            line = f"{source}: not scored, its tests ({', '.join(targets)}) end {clean} unmutated"
            print(line, flush=True)
            with args.out.open("a", encoding="utf-8") as out:
                out.write(line + "\n")
            continue
        mutants = mutants_of(original)
        if args.again:
            lines = survivors_in(args.again, source)
            mutants = [m for m in mutants if m.after.strip() in lines]
        ends: dict[str, int] = {}
        report: list[str] = []
        for mutant in mutants:
            end = try_mutant(path, original, mutant, targets)
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
            f"{' (survivors of ' + str(args.again) + ' again)' if args.again else ''}"
        )
        report.insert(0, line)
        print(line, flush=True)
        with args.out.open("a", encoding="utf-8") as out:
            out.write("\n".join(report) + "\n")
    rebuild()  # the copy as the sources are, for the next run
    print(f"results: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
