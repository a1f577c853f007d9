"""The command line: ``handlingsplan bilaga``, ``diff``, ``check`` and ``info``.

Exit codes: 0 success, 1 the plan or the request cannot be served (unreadable file, unknown
year), 2 wrong usage (argparse's convention). ``check`` answers 0 for a clean plan, 1 for
findings and 2 for a file it cannot read.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO, cast

from ._core import Severity
from .diff import diff
from .errors import Error
from .plan import Plan, load_default

__all__ = ["main"]

# Format name -> (file suffix, whether the format is text that may go to standard output).
_FORMATS: dict[str, tuple[str, bool]] = {
    "docx": (".docx", False),
    "html": (".html", True),
    "md": (".md", True),
    "csv": (".csv", False),
    "xlsx": (".xlsx", False),
}


def _load(path: Path | None) -> Plan:
    return load_default() if path is None else Plan.load(path)


def _bilaga(args: argparse.Namespace) -> int:
    plan = _load(args.plan)
    if args.year not in plan.years:
        years = ", ".join(str(y) for y in plan.years) or "none"
        raise _Failure(f"the plan has no report for {args.year} (it has reports for: {years})")
    bilaga = plan.report(args.year).bilaga()
    suffix, streamable = _FORMATS[args.format]
    if args.output is None and streamable:
        sys.stdout.write(bilaga.to_html() if args.format == "html" else bilaga.to_markdown())
        return 0
    output: Path = args.output or Path(f"bilaga-{args.year}{suffix}")
    render: dict[str, Callable[[Path], object]] = {
        "docx": bilaga.to_docx,
        "html": bilaga.to_html,
        "md": bilaga.to_markdown,
        "csv": bilaga.to_csv,
        "xlsx": bilaga.to_excel,
    }
    try:
        render[args.format](output)
    except OSError as error:
        raise _Failure(f"cannot write {output}: {error.strerror or error}") from error
    print(f"Bilaga 1 för {args.year} ({args.format}): {output.resolve()}")
    return 0


def _diff(args: argparse.Namespace) -> int:
    before_plan = _load(args.plan)
    after_plan = _load(args.against) if args.against is not None else before_plan
    for plan, year in ((before_plan, args.before), (after_plan, args.after)):
        if year not in plan.years:
            years = ", ".join(str(y) for y in plan.years) or "none"
            raise _Failure(f"the plan has no report for {year} (it has reports for: {years})")
    d = diff(before_plan.report(args.before), after_plan.report(args.after))
    if args.format == "csv":
        d.to_csv(sys.stdout)
    else:
        text = {"text": d.summary() + "\n", "md": d.to_markdown(), "json": d.to_json()}[args.format]
        sys.stdout.write(text)
    return 0


def _check(args: argparse.Namespace) -> int:
    try:
        plan = Plan.load(args.plan)
    except Error as error:
        print(f"handlingsplan: {error}", file=sys.stderr)
        return 2
    findings = plan.validate()
    for finding in findings:
        print(finding)
    errors = sum(f.severity == Severity.error for f in findings)
    print(f"{args.plan}: {errors} errors, {len(findings) - errors} warnings")
    counted = errors if args.errors_only else len(findings)
    return 1 if counted else 0


def _info(args: argparse.Namespace) -> int:
    plan = _load(args.plan)
    print(plan.title)
    print(f"Strategiska prioriteringar: {len(plan.priorities)}, målsättningar: {len(plan.objectives)}")
    for report in plan.reports:
        counts = ", ".join(f"{n} {name}" for name, n in report.count_by_status().items())
        print(f"Redovisning {report.year} ({report.submitted.isoformat()}): {len(report)} åtgärder: {counts}")
    return 0


class _Failure(Exception):
    """A request the command line cannot serve; its message is printed as is."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="handlingsplan",
        description="Follow the national information and cyber security action plan.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    plan_help = "a plan file (default: the shipped national plan)"

    bilaga = commands.add_parser(
        "bilaga", help="produce Bilaga 1: Förteckning över åtgärder for a report year"
    )
    bilaga.add_argument("--plan", type=Path, help=plan_help)
    bilaga.add_argument("--year", type=int, required=True, help="the report year, e.g. 2021")
    bilaga.add_argument("--format", choices=sorted(_FORMATS), default="docx")
    bilaga.add_argument(
        "-o", "--output", type=Path,
        help="the file to write (default: bilaga-YEAR.EXT; html and md go to standard output)",
    )
    bilaga.set_defaults(run=_bilaga)

    compare = commands.add_parser(
        "diff", help="what changed between two reports (of one plan, or of two plan files)"
    )
    compare.add_argument("--plan", type=Path, help=plan_help)
    compare.add_argument(
        "--against", type=Path, help="a second plan file holding the later report (default: --plan)"
    )
    compare.add_argument("before", type=int, help="the earlier report's year")
    compare.add_argument("after", type=int, help="the later report's year")
    compare.add_argument("--format", choices=["text", "md", "csv", "json"], default="text")
    compare.set_defaults(run=_diff)

    check = commands.add_parser(
        "check",
        help="validate a plan file (exit 0 clean, 1 findings, 2 unreadable)",
    )
    check.add_argument("plan", type=Path, help="the plan file")
    check.add_argument(
        "--errors-only", action="store_true",
        help="exit 0 when there are warnings but no errors",
    )
    check.set_defaults(run=_check)

    info = commands.add_parser("info", help="summarise a plan and its reports")
    info.add_argument("--plan", type=Path, help=plan_help)
    info.set_defaults(run=_info)
    return parser


class _ClosedOutput(io.TextIOBase):
    """Standard output of a process started without one (`>&-`), where Python's own would
    swallow every line: writing to it fails the command."""

    def write(self, text: str) -> int:
        raise _Failure("standard output is closed; nothing could be written")


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit code."""
    if sys.stdout is None:
        sys.stdout = cast(TextIO, _ClosedOutput())
    args = _parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except (Error, _Failure) as error:
        print(f"handlingsplan: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (say, `head`) stopped early: not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
