"""The command line: ``handlingsplan bilaga``, ``diff``, ``check``, ``info``, ``import``, the
yearly collection ``utskick`` and ``inlasning``, and ``uppdrag`` (an assignment page read into
the plan's activities).

Exit codes: 0 success, 1 the plan or the request cannot be served (unreadable file, unknown
year), 2 wrong usage (argparse's convention). ``check`` answers 0 for a clean plan, 1 for
findings and 2 for a file it cannot read. ``import`` answers 0 when the report was read and
written, 1 when the source is not a whole report of the plan (the message names the line), the
imported plan has errors by the same check as ``check`` (each printed; ``--force`` writes it
anyway) or a file cannot be read or written, 2 for wrong usage; it writes nothing unless the
import succeeds. Everything the command line prints is Swedish (see `_swedish_cli`).
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
import shlex
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
from ._swedish_cli import SwedishParser, error_text, file_reason
from .errors import Error, FormError

# The plan's modules load when a command needs them, so that `--version` and `--help` answer at
# once; nothing imports the command line, so deferring them hides no circle.
if TYPE_CHECKING:
    from .forms import UpdateResult
    from .plan import Plan

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
    from .plan import Plan, load_default

    return load_default() if path is None else Plan.load(path)


def _bilaga(args: argparse.Namespace) -> int:
    if args.template is not None and args.format != "docx":
        raise _Failure(f"--template är en Word-mall och hör till --format docx, inte {args.format}")
    plan = _load(args.plan)
    if args.year not in plan.years:
        raise _Failure(_no_report(plan, args.year))
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
        raise _Failure(f"kan inte skriva {output}: {file_reason(error)}") from error
    print(f"Bilaga 1 för {args.year} ({args.format}): {output.resolve()}")
    return 0


def _diff(args: argparse.Namespace) -> int:
    before_plan = _load(args.plan)
    after_plan = _load(args.against) if args.against is not None else before_plan
    for plan, year in ((before_plan, args.before), (after_plan, args.after)):
        if year not in plan.years:
            raise _Failure(_no_report(plan, year))
    from .plan import diff

    d = diff(before_plan.report(args.before), after_plan.report(args.after))
    if args.format == "csv":
        d.to_csv(sys.stdout)
    else:
        text = {"text": d.summary() + "\n", "md": d.to_markdown(), "json": d.to_json()}[args.format]
        sys.stdout.write(text)
    return 0


def _check(args: argparse.Namespace) -> int:
    try:
        plan = _load(args.plan)
    except Error as error:
        print(f"handlingsplan: {error_text(error)}", file=sys.stderr)
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


def _import_command(args: argparse.Namespace) -> str:
    """The import as typed, for the journal's header."""
    words = ["handlingsplan", "import", str(args.source), "-o", str(args.output)]
    for flag, value in (
        ("--into", args.into),
        ("--closed-titles", args.closed_titles),
        ("--journal", args.journal),
    ):
        if value is not None:
            words += [flag, str(value)]
    if args.force:
        words.append("--force")
    return shlex.join(words)


def _import(args: argparse.Namespace) -> int:
    from .plan import import_report

    into = _load(args.into) if args.into is not None else None
    result = import_report(
        args.source,
        into=into,
        command=_import_command(args),
        output=args.output,
        closed_titles=args.closed_titles,
    )
    # The same check as `handlingsplan check`: a plan `check` refuses is not written unless
    # the user says so.
    findings = result.plan.validate()
    errors = [f for f in findings if f.severity == Severity.error]
    for finding in errors:
        print(finding, file=sys.stderr)
    if errors and not args.force:
        print(
            f"handlingsplan: den inlästa planen har {len(errors)} fel (samma granskning som "
            f"check); ingenting är skrivet, {args.output} är oförändrad (--force skriver ändå)",
            file=sys.stderr,
        )
        return 1
    # The plan and the journal both, or neither: every target is checked before either is
    # replaced.
    targets = [args.output] if args.journal is None else [args.output, args.journal]
    with writing_together(targets) as names:
        result.plan.save(names[0])
        if args.journal is not None:
            Path(names[1]).write_text(result.journal.markdown, encoding="utf-8")
    report = result.report
    warnings = len(findings) - len(errors)
    print(
        f"Redovisning {report.year}: {len(report)} åtgärder inlästa från {args.source}, "
        f"planen skriven till {args.output}"
    )
    print(
        f"Granskning (som check): {len(errors)} fel, {warnings} "
        f"{'varning' if warnings == 1 else 'varningar'}"
        + ("; skriven trots felen (--force)" if errors else "")
    )
    return 0


def _report_for(plan: Plan, year: int) -> tuple[Plan, int]:
    """The plan with a report for `year`: the one it has, or a new one started from the last."""
    if year not in plan.years:
        plan.new_report(year)
    return plan, year


def _utskick(args: argparse.Namespace) -> int:
    plan, year = _report_for(_load(args.plan), args.year)
    report = plan.report(year)
    paths = report.write_update_forms(args.output, args.agency, on=args.idag)
    print(f"Uppdateringsformulär för {year} års redovisning ({len(paths)}):")
    for path in paths:
        print(f"  {path}")
    # The register of who was sent a form lives in the plan: inlasning reads it back.
    kept: Path | None = args.spara or args.plan
    if report.is_final:
        print(f"{year} års redovisning är slutlig: inget utskicksregister förs")
    elif kept is None:
        print("Utskicksregistret sparas inte (den inbyggda planen): ange --plan eller --spara")
    else:
        plan.save(kept)
        print(f"Planen med utskicksregistret: {kept}")
    return 0


def _preferences(texts: Sequence[str]) -> dict[str | MeasureId, str]:
    prefer: dict[str | MeasureId, str] = {}
    for text in texts:
        measure, _, agency = text.partition("=")
        if not measure.strip() or not agency.strip():  # no "=": no agency
            raise _Failure(f"--prefer {text!r}: skriv ÅTGÄRD=MYNDIGHET, t.ex. 1.1.5=FRA")
        prefer[measure.strip()] = agency.strip()
    return prefer


def _inlasning(args: argparse.Namespace) -> int:
    output: Path | None = args.output or args.plan
    if output is None:
        raise _Failure(
            "inlasning skriver den uppdaterade planen: ange --plan (uppdateras på plats) eller -o"
        )
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
    from .readers.assignment import read_assignment

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


def _no_report(plan: Plan, year: int) -> str:
    years = ", ".join(str(y) for y in plan.years) or "inga"
    return f"planen har ingen redovisning för {year} (den har redovisningar för: {years})"


class _Failure(Exception):
    """A request the command line cannot serve; its message is printed as is."""


def _parser() -> argparse.ArgumentParser:
    parser = SwedishParser(
        prog="handlingsplan",
        description="Följ upp den nationella handlingsplanen för informations- och cybersäkerhet.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help="visa programmets version och avsluta",
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="KOMMANDO", title="kommandon"
    )
    plan_help = "en planfil (förval: den medföljande nationella planen)"

    bilaga = commands.add_parser(
        "bilaga", help="skriv Bilaga 1: Förteckning över åtgärder för en redovisnings år"
    )
    bilaga.add_argument("--plan", type=Path, metavar="PLAN", help=plan_help)
    bilaga.add_argument(
        "--year", type=int, metavar="ÅR", required=True, help="redovisningens år, t.ex. 2021"
    )
    bilaga.add_argument(
        "--format", choices=sorted(_FORMATS), default="docx", help="filformat (förval: docx)"
    )
    bilaga.add_argument(
        "--template",
        type=Path,
        metavar="MALL",
        help="en Word-mall (.docx eller .dotx): brevet med {{ bilaga }} där bilagan ska stå och "
        "redovisningens fält ({{ år }}, {{ datum }} …) runt den; se README",
    )
    bilaga.add_argument(
        "--author", default="", metavar="NAMN", help="Word-dokumentets författare (förval: ingen)"
    )
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
        metavar="FIL",
        help="filen som skrivs (förval: bilaga-ÅR.FORMAT; html och md skrivs till standard ut)",
    )
    bilaga.set_defaults(run=_bilaga)

    compare = commands.add_parser(
        "diff", help="vad som ändrats mellan två redovisningar (i en plan eller i två planfiler)"
    )
    compare.add_argument("--plan", type=Path, metavar="PLAN", help=plan_help)
    compare.add_argument(
        "--against",
        type=Path,
        metavar="PLAN",
        help="en andra planfil med den senare redovisningen (förval: --plan)",
    )
    compare.add_argument("before", type=int, metavar="FÖRE", help="den tidigare redovisningens år")
    compare.add_argument("after", type=int, metavar="EFTER", help="den senare redovisningens år")
    compare.add_argument(
        "--format",
        choices=["text", "md", "csv", "json"],
        default="text",
        help="utdata (förval: text)",
    )
    compare.set_defaults(run=_diff)

    check = commands.add_parser(
        "check",
        help="granska en planfil (slutkod 0 inga fel, 1 fel, 2 oläslig)",
    )
    check.add_argument("plan", type=Path, metavar="PLAN", help="planfilen")
    check.add_argument(
        "--strict",
        action="store_true",
        help="varningar räknas också: slutkod 1 vid varje anmärkning",
    )
    check.set_defaults(run=_check)

    importer = commands.add_parser(
        "import",
        help="läs in en årlig redovisning från dess text eller PDF till en planfil (slutkod 0 "
        "skriven, 1 ingen redovisning, fel i resultatet eller oläslig fil, 2 fel användning)",
    )
    importer.add_argument(
        "source", type=Path, metavar="KÄLLA", help="redovisningens text (som extraherad) eller PDF"
    )
    importer.add_argument(
        "-o", "--output", type=Path, metavar="PLAN", required=True, help="planfilen som skrivs"
    )
    importer.add_argument(
        "--into",
        type=Path,
        metavar="PLAN",
        help="en planfil som redovisningen läggs till i (förval: en ny plan)",
    )
    importer.add_argument(
        "--journal",
        type=Path,
        metavar="FIL",
        help="skriv också inläsningens journal (extraktionsrapporten, Markdown)",
    )
    importer.add_argument(
        "--closed-titles",
        type=Path,
        metavar="FIL",
        help="var rubrikerna för genomförda och avskrivna åtgärder slutar (JSON, se "
        "data/sources/redovisning-2021.closed-titles.json), där --into inte har åtgärden",
    )
    importer.add_argument(
        "--force",
        action="store_true",
        help="skriv planen även när granskningen (som check) finner fel",
    )
    importer.set_defaults(run=_import)

    utskick = commands.add_parser(
        "utskick", help="skriv årets uppdateringsformulär, en Excel-arbetsbok per myndighet"
    )
    utskick.add_argument("--plan", type=Path, metavar="PLAN", help=plan_help)
    utskick.add_argument(
        "--year",
        type=int,
        metavar="ÅR",
        required=True,
        help="redovisningens år; en plan utan det får en ny redovisning som utgår från den senaste",
    )
    utskick.add_argument(
        "-o", "--output", type=Path, metavar="MAPP", required=True, help="mappen som skrivs till"
    )
    utskick.add_argument(
        "--agency",
        action="append",
        metavar="MYNDIGHET",
        help="en myndighet att skriva ett formulär för (kan upprepas; förval: SAMFI-myndigheterna)",
    )
    utskick.add_argument(
        "--idag",
        type=_day,
        metavar="ÅÅÅÅ-MM-DD",
        help="dagen formulären skickas ut: myndigheterna tilltalas med sina namn den dagen, "
        't.ex. "MSB (sedan 2026 Myndigheten för civilt försvar)" (utan: kortnamnet, som i '
        "redovisningen)",
    )
    utskick.add_argument(
        "--spara",
        type=Path,
        metavar="PLAN",
        help="skriv planen med utskicksregistret hit (förval: --plan, som uppdateras på plats; "
        "utan båda sparas inget register)",
    )
    utskick.set_defaults(run=_utskick)

    inlasning = commands.add_parser(
        "inlasning",
        help="läs in myndigheternas besvarade formulär i redovisningen (slutkod 0 införda, "
        "1 felaktiga svar, 3 motstridiga svar; ingenting skrivs om inte alla svar förs in)",
    )
    inlasning.add_argument(
        "--plan", type=Path, metavar="PLAN", help=plan_help + "; uppdateras på plats utan -o"
    )
    inlasning.add_argument(
        "--year", type=int, metavar="ÅR", required=True, help="redovisningens år, t.ex. 2022"
    )
    inlasning.add_argument(
        "-o", "--output", type=Path, metavar="PLAN", help="skriv den uppdaterade planen hit"
    )
    inlasning.add_argument(
        "--prefer",
        action="append",
        default=[],
        metavar="ÅTGÄRD[:FÄLT]=MYNDIGHET",
        help="vems svar som gäller för en gemensam åtgärd med olika svar, t.ex. 1.1.5=FRA eller "
        "1.1.1=Säpo, eller för ett fält av den (status, period, description), t.ex. "
        "1.1.5:period=FRA (kan upprepas)",
    )
    inlasning.add_argument(
        "--datum",
        type=_day,
        metavar="ÅÅÅÅ-MM-DD",
        help="dagen formulären läses in, sparad med varje ändring (förval: i dag)",
    )
    inlasning.add_argument(
        "forms", type=Path, nargs="+", metavar="FORMULÄR", help="de besvarade formulären (.xlsx)"
    )
    inlasning.set_defaults(run=_inlasning)

    historik = commands.add_parser(
        "historik",
        help="en åtgärd genom alla redovisningar: status, period, vad som ändrats och varifrån",
    )
    historik.add_argument("measure", metavar="ÅTGÄRD", help="åtgärdens nummer, t.ex. 1.1.5")
    historik.add_argument("--plan", type=Path, metavar="PLAN", help=plan_help)
    historik.set_defaults(run=_historik)

    uppdrag = commands.add_parser(
        "uppdrag",
        help="läs en uppdragssida (Markdown) och lägg, med --plan eller -o, till den bland "
        "planens aktiviteter (slutkod 0 läst/tillagd, 1 inget uppdrag, redan med eller oläslig)",
    )
    uppdrag.add_argument("page", type=Path, metavar="SIDA", help="uppdragssidan (Markdown)")
    uppdrag.add_argument(
        "--plan", type=Path, metavar="PLAN", help=plan_help + "; uppdateras på plats utan -o"
    )
    uppdrag.add_argument(
        "-o", "--output", type=Path, metavar="PLAN", help="skriv planen med sidan hit"
    )
    uppdrag.add_argument("--address", metavar="ADRESS", help="sidans adress, sparad som källa")
    uppdrag.add_argument(
        "--idag",
        type=_day,
        metavar="ÅÅÅÅ-MM-DD",
        help="visa myndigheterna med sina namn den dagen där sidan använder ett tidigare namn, "
        't.ex. "MSB (sedan 2026 Myndigheten för civilt försvar)" (utan: som sidan skriver dem)',
    )
    uppdrag.set_defaults(run=_uppdrag)

    info = commands.add_parser("info", help="sammanfatta en plan och dess redovisningar")
    info.add_argument("--plan", type=Path, metavar="PLAN", help=plan_help)
    info.set_defaults(run=_info)
    return parser


class _ClosedOutput(io.TextIOBase):
    """Standard output of a process started without one (`>&-`), where Python's own would
    swallow every line: writing to it fails the command."""

    def write(self, text: str) -> int:
        raise _Failure("standard ut är stängd; ingenting kunde skrivas")


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit code."""
    if sys.stdout is None:
        sys.stdout = cast(TextIO, _ClosedOutput())
    args = _parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except _Failure as error:
        print(f"handlingsplan: {error}", file=sys.stderr)
        return 1
    except Error as error:
        print(f"handlingsplan: {error_text(error)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (say, `head`) stopped early: not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except (OSError, ValueError, MemoryError, RecursionError) as error:
        # What no library error names (a file the system refuses midway, memory run out): a
        # message, never a traceback.
        print(f"handlingsplan: kunde inte slutföras: {error_text(error)}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
