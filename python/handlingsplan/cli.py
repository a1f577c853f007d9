"""The command line: ``handlingsplan bilaga``, ``diff``, ``check``, ``info``, ``import``, the
yearly collection ``utskick`` and ``inlasning``, and ``uppdrag`` (an assignment page read into
the plan's activities).

Exit codes: 0 success, 1 the plan or the request cannot be served (unreadable file, unknown
year), 2 wrong usage (argparse's convention). ``check`` answers 0 for a clean plan, 1 for
findings and 2 for a file it cannot read. ``import`` answers 0 when the report was read and
written, 1 when the source is not a whole report of the plan (the message names the line) or a
file cannot be read or written, 2 for wrong usage; it writes nothing unless the import succeeds.
``inlasning`` answers 0 when every answer was applied and the plan saved, 1 when any answer is
wrong or a form cannot be read (every problem listed, nothing written), 3 when the answers are right but agencies contradict each other on a joint
measure (the conflicts listed with how to settle them, nothing written).
``uppdrag`` answers 0 when the page was read (and, with ``--plan``, added and the plan saved), 1
when the page is no assignment (the message names the file, the line and why), the plan has it
already, or a file cannot be read or written; it writes nothing unless the page is added.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

from ._core import (
    AgencyRegistry,
    MeasureId,
    Severity,
    __version__,
    assigned_agency_name,
    assignment_role_text,
    report_form_text,
    report_stage_text,
)
from ._files import writing_together
from .errors import Error, FormError
from .plan import Plan, diff, import_report, load_default
from .readers.assignment import read_assignment

if TYPE_CHECKING:
    from .forms import UpdateResult

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
    if args.template is not None and args.format != "docx":
        raise _Failure(
            f"--template is a Word template; it goes with --format docx, not {args.format}"
        )
    plan = _load(args.plan)
    if args.year not in plan.years:
        years = ", ".join(str(y) for y in plan.years) or "none"
        raise _Failure(f"the plan has no report for {args.year} (it has reports for: {years})")
    bilaga = plan.report(args.year).appendix(today=args.idag)
    suffix, streamable = _FORMATS[args.format]
    if args.output is None and streamable:
        sys.stdout.write(bilaga.to_html() if args.format == "html" else bilaga.to_markdown())
        return 0
    output: Path = args.output or Path(f"bilaga-{args.year}{suffix}")

    def to_docx(path: Path) -> None:
        bilaga.to_docx(path, template=args.template, author=args.author)

    render: dict[str, Callable[[Path], object]] = {
        "docx": to_docx,
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
    warnings = len(findings) - errors
    print(f"{args.plan}: {errors} fel, {warnings} {'varning' if warnings == 1 else 'varningar'}")
    # Warnings are facts worth a look (the 2021 report itself has two); only errors fail,
    # unless --strict says every finding must be dealt with.
    counted = len(findings) if args.strict else errors
    return 1 if counted else 0


def _info(args: argparse.Namespace) -> int:
    plan = _load(args.plan)
    print(plan.title)
    print(
        f"Strategiska prioriteringar: {len(plan.priorities)}, målsättningar: {len(plan.objectives)}"
    )
    for report in plan.reports:
        counts = ", ".join(f"{n} {name}" for name, n in report.count_by_status().items())
        print(
            f"Redovisning {report.year} ({report.submitted.isoformat()}): {len(report)} åtgärder: {counts}"
        )
    if plan.activities:
        states = Counter(a.state_text for a in plan.activities)
        deadlines = sum(len(a.deadlines()) for a in plan.activities)
        print(
            f"Regeringens aktiviteter: {len(plan.activities)} ("
            + ", ".join(f"{n} {state}" for state, n in states.items())
            + f"), {deadlines} redovisningsdatum"
        )
    return 0


def _import(args: argparse.Namespace) -> int:
    into = Plan.load(args.into) if args.into is not None else None
    result = import_report(args.source, into=into)
    # The plan and the journal both, or neither: every target is checked before either is
    # replaced.
    targets = [args.output] if args.journal is None else [args.output, args.journal]
    with writing_together(targets) as names:
        result.plan.save(names[0])
        if args.journal is not None:
            Path(names[1]).write_text(result.journal.markdown, encoding="utf-8")
    report = result.report
    print(
        f"Redovisning {report.year}: {len(report)} åtgärder inlästa från {args.source}, "
        f"planen skriven till {args.output}"
    )
    return 0


def _report_for(plan: Plan, year: int) -> tuple[Plan, int]:
    """The plan with a report for `year`: the one it has, or a new one started from the last."""
    if year not in plan.years:
        plan.new_report(year)
    return plan, year


def _utskick(args: argparse.Namespace) -> int:
    plan, year = _report_for(_load(args.plan), args.year)
    paths = plan.report(year).write_update_forms(args.output, args.agency, on=args.idag)
    print(f"Uppdateringsformulär för {year} års redovisning ({len(paths)}):")
    for path in paths:
        print(f"  {path}")
    return 0


def _preferences(texts: Sequence[str]) -> dict[str | MeasureId, str]:
    prefer: dict[str | MeasureId, str] = {}
    for text in texts:
        measure, sep, agency = text.partition("=")
        if not sep or not measure.strip() or not agency.strip():
            raise _Failure(f"--prefer {text!r}: expected MEASURE=AGENCY, e.g. 1.1.5=FRA")
        prefer[measure.strip()] = agency.strip()
    return prefer


def _inlasning(args: argparse.Namespace) -> int:
    output: Path | None = args.output or args.plan
    if output is None:
        raise _Failure("inlasning writes the updated plan: give --plan (updated in place) or -o")
    plan, year = _report_for(_load(args.plan), args.year)
    # The command line is where the day comes from: the library takes it as given.
    read_on = args.datum if args.datum is not None else date.today()
    try:
        result = plan.report(year).read_update_forms(
            args.forms, prefer=_preferences(args.prefer), on=read_on
        )
    except FormError as error:
        checked: UpdateResult = error.result
        print(checked.summary(), file=sys.stderr)
        print(f"handlingsplan: ingenting är skrivet; {output} är oförändrad", file=sys.stderr)
        return 1 if checked.problems else 3
    plan.save(output)
    print(result.summary())
    print(f"Planen med {year} års redovisning: {output}")
    return 0


def _historik(args: argparse.Namespace) -> int:
    plan = _load(args.plan)
    print(plan.history(args.measure).summary())
    return 0


def _uppdrag(args: argparse.Namespace) -> int:
    activity = read_assignment(args.page, address=args.address)
    print(f"Uppdrag: {activity.title}")
    print(f"Källa: {activity.source}")
    if activity.case_numbers:
        print("Diarienummer och hänvisningar: " + ", ".join(str(n) for n in activity.case_numbers))
    registry = AgencyRegistry.standard()
    for agency in activity.agencies:
        # The registry's name ("NCSC vid FRA"), then the page's own where it differs.
        key = f"{agency.unit} vid {agency.name}" if agency.unit else agency.name
        shown = assigned_agency_name(agency, registry, args.idag)
        page = f": {shown}" if shown != key else ""
        print(f"  {key} ({assignment_role_text(agency.role)}){page}")
    for event in activity.events:
        words = [event.kind_text, report_stage_text(event.stage), report_form_text(event.form)]
        print(f"  {event.when.to_iso()}: " + ", ".join(w for w in words if w))
    output: Path | None = args.output or args.plan
    if output is None:
        return 0
    plan = _load(args.plan)
    plan.add_activity(activity)
    plan.save(output)
    print(f"Uppdraget tillagt som aktivitet {len(plan.activities)}; planen skriven till {output}")
    return 0


def _day(text: str) -> date:
    """A day given on the command line, ÅÅÅÅ-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-01"
        ) from None


class _Failure(Exception):
    """A request the command line cannot serve; its message is printed as is."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="handlingsplan",
        description="Follow the national information and cyber security action plan.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    plan_help = "a plan file (default: the shipped national plan)"

    bilaga = commands.add_parser(
        "bilaga", help="produce Bilaga 1: Förteckning över åtgärder for a report year"
    )
    bilaga.add_argument("--plan", type=Path, help=plan_help)
    bilaga.add_argument("--year", type=int, required=True, help="the report year, e.g. 2021")
    bilaga.add_argument("--format", choices=sorted(_FORMATS), default="docx")
    bilaga.add_argument(
        "--template",
        type=Path,
        help="a Word template (.docx or .dotx), the letter with {{ bilaga }} where the appendix "
        "goes and the report's fields ({{ år }}, {{ datum }} …) around it; see the README",
    )
    bilaga.add_argument("--author", default="", help="the Word document's author (default: none)")
    bilaga.add_argument(
        "--idag",
        type=_day,
        metavar="ÅÅÅÅ-MM-DD",
        help="dagen brevet skrivs ({{ idag }}): myndigheterna i {{ myndigheter }} får sina namn "
        'den dagen, t.ex. "MSB (sedan 2026 Myndigheten för civilt försvar)"; bilagan själv är '
        "oförändrad",
    )
    bilaga.add_argument(
        "-o",
        "--output",
        type=Path,
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
        help="validate a plan file (exit 0 no errors, 1 errors, 2 unreadable)",
    )
    check.add_argument("plan", type=Path, help="the plan file")
    check.add_argument(
        "--strict",
        action="store_true",
        help="warnings count too: exit 1 on any finding",
    )
    check.set_defaults(run=_check)

    importer = commands.add_parser(
        "import",
        help="read a yearly report from its text or PDF into a plan file (exit 0 written, "
        "1 not a report or unreadable, 2 usage)",
    )
    importer.add_argument("source", type=Path, help="the report's text (as extracted) or PDF")
    importer.add_argument("-o", "--output", type=Path, required=True, help="the plan file to write")
    importer.add_argument(
        "--into", type=Path, help="a plan file the report joins (default: a new plan)"
    )
    importer.add_argument(
        "--journal",
        type=Path,
        help="also write the import's journal (the extraction report, Markdown)",
    )
    importer.set_defaults(run=_import)

    utskick = commands.add_parser(
        "utskick", help="write the yearly update forms, one Excel workbook per agency"
    )
    utskick.add_argument("--plan", type=Path, help=plan_help)
    utskick.add_argument(
        "--year",
        type=int,
        required=True,
        help="the report year; a plan without it gets a new report started from its latest",
    )
    utskick.add_argument("-o", "--output", type=Path, required=True, help="the folder to write to")
    utskick.add_argument(
        "--agency",
        action="append",
        help="an agency to write a form for (repeatable; default: the SAMFI agencies)",
    )
    utskick.add_argument(
        "--idag",
        type=_day,
        metavar="ÅÅÅÅ-MM-DD",
        help="dagen formulären skickas ut: myndigheterna tilltalas med sina namn den dagen, "
        't.ex. "MSB (sedan 2026 Myndigheten för civilt försvar)" (utan: kortnamnet, som i '
        "redovisningen)",
    )
    utskick.set_defaults(run=_utskick)

    inlasning = commands.add_parser(
        "inlasning",
        help="read the agencies' answered forms into the report (exit 0 applied, 1 wrong answers, "
        "3 conflicts; nothing is written unless every answer is applied)",
    )
    inlasning.add_argument("--plan", type=Path, help=plan_help + "; updated in place unless -o")
    inlasning.add_argument("--year", type=int, required=True, help="the report year, e.g. 2022")
    inlasning.add_argument("-o", "--output", type=Path, help="write the updated plan here instead")
    inlasning.add_argument(
        "--prefer",
        action="append",
        default=[],
        metavar="MEASURE[:FIELD]=AGENCY",
        help="whose answer holds for a joint measure answered differently, e.g. 1.1.5=FRA, or "
        "for one field of it (status, period, description), e.g. 1.1.5:period=FRA (repeatable)",
    )
    inlasning.add_argument(
        "--datum",
        type=_day,
        help="the day the forms are read, kept with each change (YYYY-MM-DD; default: today)",
    )
    inlasning.add_argument("forms", type=Path, nargs="+", help="the answered forms (.xlsx)")
    inlasning.set_defaults(run=_inlasning)

    historik = commands.add_parser(
        "historik",
        help="a measure across every report: its status, period, what changed and from where",
    )
    historik.add_argument("measure", help="the measure's number, e.g. 1.1.5")
    historik.add_argument("--plan", type=Path, help=plan_help)
    historik.set_defaults(run=_historik)

    uppdrag = commands.add_parser(
        "uppdrag",
        help="read an assignment page (Markdown) and, with --plan or -o, add it to the plan's "
        "activities (exit 0 read/added, 1 no assignment, already there or unreadable)",
    )
    uppdrag.add_argument("page", type=Path, help="the assignment page (Markdown)")
    uppdrag.add_argument("--plan", type=Path, help=plan_help + "; updated in place unless -o")
    uppdrag.add_argument("-o", "--output", type=Path, help="write the plan with the page here")
    uppdrag.add_argument("--address", help="the page's address, kept as its source")
    uppdrag.add_argument(
        "--idag",
        type=_day,
        metavar="ÅÅÅÅ-MM-DD",
        help="visa myndigheterna med sina namn den dagen där sidan använder ett tidigare namn, "
        't.ex. "MSB (sedan 2026 Myndigheten för civilt försvar)" (utan: som sidan skriver dem)',
    )
    uppdrag.set_defaults(run=_uppdrag)

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
    except (OSError, ValueError, MemoryError, RecursionError) as error:
        # What no library error names (a file the system refuses midway, memory run out): a
        # message, never a traceback.
        print(
            f"handlingsplan: kunde inte slutföras ({type(error).__name__}): {error}",
            file=sys.stderr,
        )
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
