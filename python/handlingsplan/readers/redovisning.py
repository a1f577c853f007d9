"""Reads a yearly report (redovisning) of the plan from its published text.

The text is what a PDF's text extraction gives: the seed's own extraction (with the icon words
"Building" and "clock" standing for the labels "ansvarig myndighet" and "period"), what
`readers.pdf.pdf_text` makes of a PDF, or poppler's ``pdftotext`` with or without ``-layout``
(`readers.pdftotext` tells the forms apart and says what each needs). The reader finds the report's parts by their headings, reads every measure of the
Åtgärder chapter and every row of Bilaga 1, compares the two, and builds the report through the
core: ids, periods, agency phrases, statuses and chapter markings are parsed by the core's own
parsers, so that each rule of the domain is written once.

Where the text is not a report of the plan, or not a whole one, the reader raises the library's
`DataError` naming the source and its line; it never returns part of a report.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import SupportsIndex, SupportsInt

from .. import _core, _printed
from .._core import (
    Agencies,
    AgencyRegistry,
    FollowUp,
    FollowUpNote,
    Measure,
    MeasureId,
    Objective,
    ObjectiveId,
    Period,
    Priority,
    Status,
    StatusKind,
)
from ..errors import Error, SourceError
from ._layout import Line, join_lines, normalise_ws, paragraphs, source_lines
from .chapters import read_chapters
from .journal import Journal
from .pdftotext import (
    LAYOUT,
    PLAIN,
    TEXT,
    layout_section,
    suspended_hyphens,
    text_form,
    without_page_furniture,
)

__all__ = ["ReadReport", "read_report_text"]

# The plan's title as printed in every page header, with its years.
PLAN_TITLE_RE = re.compile(
    r"Samlad informations- och cybersäkerhetshandlingsplan (\d{4}\s*[–-]\s*\d{4})"
)
PAGE_HEADER_RE = re.compile(
    r"^(?:(\d+)\s*)?Samlad informations- och cybersäkerhetshandlingsplan \d{4}\s*[–-]\s*\d{4}"
    r"(?:\s*(\d+))?$"
)
# The 2019–2022 plan's words (the core's catalogue) that its report prints.
_WORDS = _core.PlanWords.standard()
_APPENDIX = _WORDS.appendix
PRIORITY_HEAD_RE = re.compile("^" + re.escape(_WORDS.levels.priority) + r" (\d+)\.(?:\s+(.*))?$")
OBJECTIVE_HEAD_RE = re.compile(
    "^" + re.escape(_WORDS.levels.objective) + r" (\d+\.\d+)\.?(?:\s+(.*))?$"
)
# Where the plan's title and years are printed when the page headers are not.
PLAN_TITLE_IN_TEXT_RE = re.compile(
    r"samlad informations- och cybersäkerhetshandlingsplan för åren (\d{4}\s*[–-]\s*\d{4})"
)
_COLUMNS = {kind: _APPENDIX.columns(kind) for kind in ("aktuella", "genomförda", "avskrivna")}
TABLE_HEADER_RE = re.compile(
    "^"
    + re.escape(" ".join(_COLUMNS["aktuella"][:3]))
    + " ("
    + "|".join(re.escape(" ".join(columns[3:])) for columns in _COLUMNS.values())
    + ")$"
)
# Running headers of the chapter's and the appendix's pages: the chapter's heading, and the
# appendix's title without its "Bilaga 1: ".
RUNNING_HEADERS = frozenset({_printed.CHAPTER_TITLE, _APPENDIX.title.partition(": ")[2]})
# What stands before a measure's agencies and its period: the icon words of the published
# PDF's text, or the labels the library's own documents print.
AGENCY_MARKERS = (_printed.AGENCY_ICON, _printed.AGENCY_LABEL)
PERIOD_MARKERS = (_printed.PERIOD_ICON, _printed.PERIOD_LABEL)
# The words of Bilaga 1's column headers (a header printed over several lines is dropped line
# by line) and what an empty table prints.
TABLE_HEADER_WORDS = frozenset(
    word for columns in _COLUMNS.values() for column in columns for word in column.split()
)
EMPTY_TABLE = _APPENDIX.empty
# Words far apart on one line of Bilaga 1: table columns laid side by side.
COLUMN_GAP_RE = re.compile(r"\S[ \t]{3,}\S")
# A line of nothing but a number: a page of Bilaga 1's Sida column in the plain text.
BARE_NUMBER_RE = re.compile(r"^\d{1,6}$")

# The markings beside a chapter title and the texts of Bilaga 1's Status column, from the core.
MARKINGS = tuple(_core.chapter_marking_text(k) for k in (StatusKind.added, StatusKind.updated))
STATUS_TEXTS = tuple(
    sorted(
        {
            Status.added().appendix_text,
            *(
                Status.updated(schedule=s, content=c).appendix_text
                for s, c in ((True, False), (False, True), (True, True))
            ),
        },
        key=len,
        reverse=True,
    )
)
_MARKS = "|".join(re.escape(m) for m in MARKINGS)
# A marking at the end of a title line, printed once or doubled ("UppdateradUppdaterad").
MARKING_RE = re.compile(r"\s*((?:" + _MARKS + r")(?:\s*(?:" + _MARKS + r"))?)\s*$")
EMSPACE_END_RE = re.compile(r"\u2003\s*((?:" + _MARKS + r")(?:\s*(?:" + _MARKS + r"))?)?\s*$")

# Bilaga 1, "Genomförda åtgärder" and "Avskrivna åtgärder": the Åtgärd column prints the title
# and then the description with no visible separator. Where the importer has no earlier report
# that names the measure (`into`), these titles, read off the 2021 report by a person, tell
# where each title ends; the text is checked to begin with them.
KNOWN_CLOSED_TITLES = {
    "1.1.2": "Utbilda bevakningsansvariga myndigheter",
    "1.1.7": "Genomföra en årlig informationssäkerhetskonferens",
    "1.1.8": "Revidering och komplettering av MSB:s föreskrifter för statliga myndigheter",
    "1.1.10": "Utreda möjligheten till utökad styrning rörande informationssäkerhetsarbete för "
    "kommuner och landsting",
    "1.1.11": "Utveckla MSB:s metodstöd för systematiskt informationssäkerhetsarbete",
    "1.1.12": "Utforma vägledning för grundläggande it-säkerhetsåtgärder",
    "1.1.13": "Etablera och förvalta en referenslista för it-säkerhetsprodukter",
    "1.3.4": "Fördjupa samarbetet mellan FRA, Säkerhetspolisen, Försvarsmakten och MSB",
    "1.3.5": "Utveckla säkerhetskrav för specifika it-produkter",
    "1.3.7": "Förbereda etablerandet av ett nationellt cybersäkerhetscenter",
    "1.4.3": "Ta fram stöd för och utveckla samordnad tillsyn inom NIS",
    "2.1.1": "Ta fram stöd för anskaffning av robust elektronisk kommunikation",
    "2.1.3": "Utreda möjligheten att öka spårbarheten i betrodda tjänster",
    "2.1.7": "Etablera en federationstjänst för SGSI-anslutna aktörer",
    "2.3.1": "Utreda möjligheten att besluta om specifika säkerhetsåtgärder hos aktörer i "
    "sektorn elektronisk kommunikation",
    "2.4.3": "Ta fram process för hantering av signalskydd",
    "3.1.5": "Skapa förutsättningar för samverkan inom ramen för MSB:s CSIRT-verksamhet",
    "3.2.1": "Utreda möjligheten att säkert delge operativ information och incidentinformation "
    "säkert mellan SAMFI-myndigheterna",
    "3.2.2": "Arbeta inom NSIT för att öka förmågan att möta komplexa och allvarliga it-hot",
    "3.2.3": "Etablera ett samarbetsforum för olika myndigheters incidenthanteringsfunktioner",
    "3.3.4": "Utveckla en militär Cyber Range",
    "4.1.1": "Stärka samarbete vid incidentrapportering rörande brottslig verksamhet",
    "5.1.1": "Etablera ett strategiskt arbetssätt för bevakning och värdering av samhällets "
    "förmåga inom informations- och cybersäkerhetsområdet",
    "5.2.3": "Nationell kampanj ”Tänk säkert”",
    "6.1.2": "Etablera en resurs vid Europol",
}


class _Refused(Exception):
    """Raised inside the reader; turned into a DataError naming the source."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def fail(line: int | None, message: str) -> _Refused:
    """The error to raise: `raise fail(line, message)`."""
    return _Refused(line, message)


def data_error(source: str, line: int | None, message: str) -> SourceError:
    """The error for a text that is not a whole report: a DataError with the attributes the
    core's have (`source`, `where`, `problem`) and the line as a number (`line`)."""
    where = f"line {line}" if line else "the whole text"
    error = SourceError(f"{source}: {where}: {message}")
    error.source, error.where, error.problem = source, where, message
    error.line = line
    return error


def line_no(lines: list[Line], position: int) -> int:
    """The source line at a position (1-based) of `lines` (the two differ where page furniture
    was left out)."""
    if not lines:
        return position
    return lines[min(max(position, 1), len(lines)) - 1].no


def known_texts(plan: _core.Plan | None) -> list[str]:
    """Every text of a plan's strategy and its latest report (titles, descriptions, agencies,
    objectives)."""
    if plan is None:
        return []
    out = [p.title for p in plan.priorities]
    out += [o.text for p in plan.priorities for o in p.objectives]
    if plan.years:
        for m in plan.report(plan.years[-1]).measures():
            out += [m.title, m.title_in_appendix, m.description, m.agencies.text]
    return out


def heading_key(text: str) -> str:
    """A heading without spaces and hyphens: pdftotext's plain text joins a word broken at a
    line's end with the next, taking the hyphen ("it- och" printed over two lines gives
    "itoch")."""
    return re.sub(r"[\s\-\u2010\u2011]", "", text)


def find_line(
    lines: list[Line], pattern: str, start: int = 1, end: int | None = None, what: str = ""
) -> int:
    """The position (1-based) of the first line from `start` before `end` whose text matches.
    Positions and source line numbers differ where page furniture was left out: messages name
    `Line.no` (`line_no`)."""
    rx = re.compile(pattern)
    stop = min(end or len(lines) + 1, len(lines) + 1)
    for no in range(max(start, 1), stop):
        if rx.search(lines[no - 1].text):
            return no
    first, last = line_no(lines, start), line_no(lines, stop - 1)
    raise fail(first, f"expected {what or pattern!r} between lines {first} and {last}")


def measure_id_at(text: str) -> tuple[MeasureId, str, bool] | None:
    """The measure number a text begins with (as the core parses it), the rest of the text, and
    whether the number was printed with its trailing dot."""
    first, _, rest = text.partition(" ")
    if not first[:1].isdigit() or first.count(".") < 2:
        return None
    try:
        mid = MeasureId(first)
    except Error:
        return None
    return mid, rest, first.endswith(".")


def ends_block(body: list[Line], marked: bool) -> bool:
    """Whether a measure's block has come to its end, so that a number alone on the next line
    is the measure's, not its description's ("… inom ramen för åtgärd" / "1.1.10."): the
    block's last line is its period or agencies with their marker ("clock 2019–2022",
    "Period: 2021", "Ansvarig myndighet: MSB") where the text prints markers (`marked`), or
    else a period ("2019–2022")."""
    last = next((x.text for x in reversed(body) if x.text), None)
    if last is None:
        return False
    if marked:
        return any(after_marker(last, m) is not None for m in (PERIOD_MARKERS, AGENCY_MARKERS))
    try:
        Period.parse(last)
    except Error:
        return False
    return True


def after_marker(text: str, markers: tuple[str, ...]) -> str | None:
    """The text after one of `markers` ("Building MSB" -> "MSB"); None if it has none."""
    for marker in markers:
        if text.startswith(marker + " "):
            return text[len(marker) + 1 :]
    return None


def is_table_header(text: str) -> bool:
    """A line made of Bilaga 1's column headers only."""
    words = text.split(" ")
    return (
        bool(text)
        and all(word in TABLE_HEADER_WORDS for word in words[:-1])
        and any(h.startswith(words[-1]) for h in TABLE_HEADER_WORDS)
    )


def split_list(text: str) -> list[str]:
    """'A, B, C och D' -> [A, B, C, D] (only the last item is split at ' och ')."""
    items = [x.strip() for x in text.split(", ")]
    last = items.pop()
    items.extend(x.strip() for x in last.split(" och "))
    return items


def starts_with_agency(text: str, registry: AgencyRegistry) -> bool:
    """Whether `text` begins with the short or full name of an agency of `registry`."""
    for agency in registry:
        for name in (agency.short_name, agency.name):
            if text.startswith(name) and (len(text) == len(name) or text[len(name)] in " ,"):
                return True
    return False


# ---------------------------------------------------------------------------------------------
# What the reader collects before building the report


@dataclass
class Block:
    """One numbered measure of the Åtgärder chapter, as printed."""

    id: MeasureId
    number_line: int
    body: list[Line]  # title, marking and description lines (with blanks)
    agency_lines: list[Line]
    period_line: Line
    page_first: int | None
    page_last: int | None


@dataclass
class Chapter:
    """The Åtgärder chapter: headings and blocks."""

    priorities: dict[int, tuple[int, str]] = field(default_factory=dict)
    objectives: list[tuple[str, int, str]] = field(default_factory=list)  # (id, line, text)
    blocks: list[Block] = field(default_factory=list)
    page_checks: list[str] = field(default_factory=list)


@dataclass
class Entry:
    """One row of a Bilaga 1 table: its number and its lines."""

    id: MeasureId
    line: int
    dotted: bool
    lines: list[Line]  # the first line with the number removed; blanks kept


@dataclass
class Listed:
    """A row of Bilaga 1, read."""

    id: MeasureId
    line: int
    title: str
    agencies: Agencies
    status: Status
    page: int | None = None
    description: str = ""


@dataclass
class ReadReport:
    """What `read_report_text` gives: the plan holding the report, and the journal."""

    plan: _core.Plan
    journal: Journal
    year: int


# ---------------------------------------------------------------------------------------------
# The reader


class _Reader:
    def __init__(
        self, text: str, source: str, into: _core.Plan | None, from_pdf: bool = False
    ) -> None:
        self.source = source
        self.text = text
        self.journal = Journal(source=source)
        lines = source_lines(text)
        self.form = TEXT if from_pdf else text_form(lines)
        if self.form != TEXT:
            self.journal.note(
                None,
                f"The text is the output of {self.form} (Bilaga 1's table header shows it).",
            )
        self.lines = without_page_furniture(lines, self.form, self.journal)
        if self.form == PLAIN:
            self.lines = suspended_hyphens(self.lines, known_texts(into), self.journal)
        self.into = into
        self.registry = into.agencies if into is not None else AgencyRegistry.standard()
        self.has_overview = False
        self.text_width = 80
        self.page_checks: list[str] = []
        self.methods: dict[str, list[str]] = {}

    # -- helpers ---------------------------------------------------------------------------

    def span(self, start: int, end: int) -> list[Line]:
        """Lines start..end-1 (1-based)."""
        return self.lines[start - 1 : end - 1]

    def agencies(self, text: str, line: int) -> Agencies:
        try:
            return Agencies.parse(text, self.registry)
        except Error as error:
            raise fail(line, f"agency text {text!r} cannot be read: {error}") from None

    # -- the parts of the report -------------------------------------------------------------

    def plan_title(self) -> tuple[str, int, int]:
        """The plan's title with its years: from the page headers, else from the text that
        names the plan "för åren 2019–2022" (Introduktion)."""
        found: tuple[int, str] | None = None
        for line in self.lines:
            if m := PLAN_TITLE_RE.search(line.text):
                found = line.no, m.group(1)
                break
        if found is None:
            for para in paragraphs(self.lines[:400]):
                if m := PLAN_TITLE_IN_TEXT_RE.search(join_lines(para)):
                    found = para[0].no, m.group(1)
                    self.journal.note(
                        para[0].no,
                        "No page header prints the plan's title; its "
                        "years are read from the Introduktion.",
                    )
                    break
        if found is None:
            raise fail(
                1,
                'not a report of the plan: the title "Samlad informations- och '
                'cybersäkerhetshandlingsplan" with its years occurs nowhere in the '
                "text",
            )
        no, printed = found
        try:
            years = Period.parse(printed)
        except Error as error:
            raise fail(no, f"the plan's years {printed!r}: {error}") from None
        end = years.end_year
        if end is None:
            raise fail(no, f"the plan's years {printed!r} have no end")
        return (
            f"Samlad informations- och cybersäkerhetshandlingsplan {years}",
            years.start_year,
            end,
        )

    def has(self, pattern: str, start: int = 1, end: int | None = None) -> bool:
        """Whether a line from `start` before `end` matches."""
        try:
            find_line(self.lines, pattern, start, end)
        except _Refused:
            return False
        return True

    def own_document(self) -> bool:
        """Whether the text is one of the library's own documents: they print "2022 års
        redovisning" under the plan's title (the published report prints no such line)."""
        return self.has(r"^\d{4} års redovisning$", 1, 60)

    def report_year(self) -> int:
        # The library's own documents' Sammanfattning may be last year's text, naming last
        # year's report: their title says the year.
        if self.own_document() or not self.has(r"^Sammanfattning$", 1, 40):
            no = find_line(
                self.lines,
                r"^\d{4} års redovisning$",
                1,
                60,
                'the heading Sammanfattning, or the report\'s year ("NNNN års redovisning")',
            )
            return int(self.lines[no - 1].text[:4])
        summary = find_line(self.lines, r"^Sammanfattning$", 1, 40, "the heading Sammanfattning")
        para = paragraphs(self.span(summary + 1, summary + 30))[0]
        text = join_lines(para)
        if not (m := re.search(r"\bI (\d{4}) års redovisning\b", text)):
            raise fail(
                para[0].no,
                "the first paragraph of Sammanfattning does not name the "
                'report\'s year ("I NNNN års redovisning")',
            )
        return int(m.group(1))

    def check_samfi(self) -> None:
        """The agencies behind the plan, as Sammanfattning names them, against the registry."""
        if self.own_document() or not self.has(r"^Sammanfattning$", 1, 40):
            self.journal.note(
                None,
                "The text has no Sammanfattning as the published report prints it (with "
                "Regeringens beslut after it): the SAMFI agencies are not checked against it.",
            )
            return
        start = find_line(self.lines, r"^Sammanfattning$", 1, 40, "Sammanfattning")
        para = paragraphs(self.span(start + 1, start + 30))[0]
        text = join_lines(para)
        m = re.search(r"innehåller åtgärder som (.*?) enskilt, tillsammans", text)
        if not m:
            raise fail(
                para[0].no,
                "the first paragraph of Sammanfattning does not list the agencies behind the plan",
            )
        named = []
        for item in split_list(m.group(1)):
            mm = re.fullmatch(r"(.+?) \(([A-ZÅÄÖ]+)\)", item)
            named.append((mm.group(2), mm.group(1)) if mm else (item, item))
        samfi = [(a.short_name, a.name) for a in self.registry if a.samfi]
        if named != samfi:
            raise fail(
                para[0].no,
                f"Sammanfattning names the agencies {named}, the registry's "
                f"SAMFI agencies are {samfi}",
            )
        dec = find_line(self.lines, r"^Regeringen uppdrar åt ", start, None, "Regeringens beslut")
        dec_text = join_lines(self.span(dec, dec + 4))
        m2 = re.search(r"uppdrar åt (.*?) att ta fram", dec_text)
        if not m2 or split_list(m2.group(1)) != [name for _, name in samfi]:
            raise fail(
                line_no(self.lines, dec),
                "Regeringens beslut does not name the agencies Sammanfattning names",
            )
        self.journal.note(
            para[0].no,
            f"The SAMFI agencies named in Sammanfattning (line {para[0].no}) are those of the "
            f"registry and of Regeringens beslut (line {dec}).",
        )

    def strategy_list(self) -> dict[int, tuple[int, str]]:
        start = find_line(
            self.lines,
            r"^Strategin omfattar sex strategiska prioriteringar:$",
            1,
            300,
            "the strategy's list of priorities",
        )
        end = find_line(
            self.lines,
            r"^Strategin omfattar hela samhället",
            start,
            start + 40,
            "the end of the strategy's list of priorities",
        )
        items: dict[int, list[Line]] = {}
        current = None
        for line in self.span(start + 1, end):
            if m := re.match(r"^(\d)\.\s+(.*)$", line.text):
                current = int(m.group(1))
                items[current] = [line.with_text(m.group(2))]
            elif line.text and current is not None:
                items[current].append(line)
        if sorted(items) != [1, 2, 3, 4, 5, 6]:
            raise fail(
                start, f"expected priorities 1–6 in the strategy list, found {sorted(items)}"
            )
        return {n: (ls[0].no, join_lines(ls)) for n, ls in items.items()}

    def overview(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        start = find_line(
            self.lines,
            r"^Översikt över de strategiska prioriteringar",
            1,
            400,
            "the overview of priorities and objectives",
        )
        end = find_line(
            self.lines,
            r"^Myndigheternas arbete med handlingsplanen$",
            start,
            start + 400,
            "the section after the overview",
        )
        paras = paragraphs(self.span(start, end))[1:]
        bullets: list[tuple[int, str]] = []
        headings: list[tuple[int, str]] = []
        for para in paras:
            groups: list[list[Line]] = []
            is_heading: list[bool] = []
            for line in para:
                if line.text.startswith("•"):
                    groups.append([line.with_text(line.text.lstrip("• ").strip())])
                    is_heading.append(False)
                elif groups:
                    groups[-1].append(line)
                else:
                    groups.append([line])
                    is_heading.append(True)
            for group, heading in zip(groups, is_heading, strict=True):
                (headings if heading else bullets).append((group[0].no, join_lines(group)))
        return bullets, headings

    # -- the Åtgärder chapter ----------------------------------------------------------------

    def chapter_lines(self) -> tuple[list[tuple[Line, int | None]], int]:
        """The chapter's lines with their page numbers, page furniture removed."""
        if self.has(r"^I kapitlet redovisas planerade och pågående åtgärder"):
            intro = find_line(self.lines, r"^I kapitlet redovisas planerade och pågående åtgärder")
        else:
            intro = find_line(
                self.lines,
                "^" + _printed.CHAPTER_TITLE + "$",
                1,
                None,
                "the introduction or the heading of the Åtgärder chapter",
            )
        start = find_line(
            self.lines,
            r"^Strategisk prioritering 1\.",
            intro,
            None,
            "the heading of priority 1 in the Åtgärder chapter",
        )
        end = find_line(
            self.lines,
            r"^(Slutord|Bilaga 1:.*)$",
            start,
            None,
            "the Slutord or Bilaga 1 after the chapter",
        )
        page: int | None = None
        checks = self.page_checks
        for no in range(intro, 0, -1):
            if m := PAGE_HEADER_RE.match(self.lines[no - 1].text):
                page = int(m.group(1) or m.group(2) or 0) or None
                if page is not None:
                    checks.append(f"line {self.lines[no - 1].no}: page header {page} (start)")
                break
        if page is None:
            self.journal.note(
                intro,
                "No numbered page header before the Åtgärder chapter: the "
                "chapter's pages are not counted and not compared with "
                "Bilaga 1's Sida column.",
            )
        out: list[tuple[Line, int | None]] = []
        header_seen_on_page = False
        for position, line in enumerate(self.span(intro + 1, end), start=intro + 1):
            if m := PAGE_HEADER_RE.match(line.text):
                printed = int(m.group(1) or m.group(2) or 0) or None
                if page is not None and printed is not None:
                    if printed == page + 1 and not header_seen_on_page:
                        page = printed
                    elif printed != page:
                        self.journal.note(
                            line.no,
                            f"The page header says {printed}, the counted "
                            f"page breaks say {page + 1}; the header is "
                            f"taken.",
                        )
                        page = printed
                    checks.append(
                        f"line {line.no}: page header {printed} agrees with the counted page breaks"
                    )
                header_seen_on_page = True
                continue
            if line.page_start:
                header_seen_on_page = False
                if page is not None:
                    page += 1
            elif self.form == TEXT and re.match(r"^ \s", line.raw) and line.text:
                self.journal.note(
                    line.no,
                    f"Line {line.no} ({line.text!r}) starts with a space followed by white space; "
                    f"it is not counted as a page break (counting it would contradict both "
                    f"Bilaga 1's Sida column and the printed page headers).",
                )
            if position < start or line.text in RUNNING_HEADERS:
                continue
            out.append((line, page))
        if page is not None:
            checks.append(f"line {line_no(self.lines, end)}: the chapter ends on page {page}")
        return out, end

    def plain_paragraphs(self, mid: MeasureId, body: list[Line]) -> list[Line]:
        """A measure's lines in pdftotext's plain text, with an empty line where a paragraph
        ends: pdftotext prints none between paragraphs, so a line is taken to end one where
        the next line begins with a capital and its first word would have fitted on the line
        (a line broken short of the text's width, `self.text_width`, with room to spare); where
        a line ends a sentence but is too long to tell, the journal says a paragraph may begin
        there. A marking printed on a line of its own goes back to the end of the title."""
        out: list[Line] = []
        lines = [x for x in body if x.text or not x.no]
        # A title runs to its marking: no paragraph ends before it.
        marked = next(
            (k for k, x in enumerate(lines[:6]) if x.text and MARKING_RE.search(x.text)), -1
        )
        for k, line in enumerate(lines):
            if MARKING_RE.fullmatch(" " + line.text) and out:
                while out and not out[-1].text:
                    out.pop()
                out[-1] = out[-1].with_text(out[-1].text + " " + line.text)
                out.append(Line(line.no, "", ""))
                continue
            out.append(line)
            after = lines[k + 1] if k + 1 < len(lines) else None
            if after is None or not line.text or not after.text:
                continue
            if not (after.text[:1].isupper() or after.text[:1].isdigit()):
                continue
            first = after.text.split(" ")[0]
            if k < marked:
                continue
            if k == marked:
                out.append(Line(line.no, "", ""))  # the title ends at its marking
                continue
            ends = line.text.endswith((".", "!", "?", ":", "”"))
            room = self.text_width - len(line.text) - 1 - len(first)
            in_title = all(x.text for x in out)
            if (
                room >= 0.15 * self.text_width
                if in_title
                else ends and room >= 0.1 * self.text_width
            ):
                out.append(Line(line.no, "", ""))
            elif ends and not after_marker(after.text, AGENCY_MARKERS + PERIOD_MARKERS):
                self.journal.decision(
                    after.no,
                    f"{mid}: line {line.no} ends a sentence and runs (nearly) to the right "
                    f"margin: a paragraph may begin at line {after.no}, which {self.form} does "
                    f"not show; it is taken to go on.",
                )
        return out

    def known_breaks(self, b: Block, description: str) -> str:
        """A description read from pdftotext's plain text with the paragraphs of the plan
        imported into, where its text reads the same but for the breaks (noted)."""
        known = self.known_paragraphs(b.id)
        if known is None:
            return description
        paras = known[0]
        if " ".join(paras) != description.replace("\n\n", " ") or "\n\n".join(paras) == description:
            return description
        self.journal.decision(
            b.number_line,
            f"{b.id}: {self.form} shows no paragraph break; the description's paragraphs are "
            f"those of the plan imported into, whose text reads the same.",
        )
        return "\n\n".join(paras)

    def chapter(self) -> Chapter:
        self.page_checks = []
        numbered, end = self.chapter_lines()
        widths = sorted(len(x.text) for x, _ in numbered if x.text)
        self.text_width = widths[int(0.95 * (len(widths) - 1))] if widths else 80
        ch = Chapter(page_checks=self.page_checks)
        lines = [line for line, _ in numbered]
        pages = {line.no: page for line, page in numbered}
        priority: int | None = None
        objective: str | None = None
        body: list[Line] = []
        i = 0

        known_headings = self.known_headings()
        # Whether the chapter prints its agencies and periods with icon words or labels.
        marked = any(after_marker(x.text, AGENCY_MARKERS) is not None for x in lines)

        def take_heading(i: int) -> tuple[list[Line], int]:
            """A heading: its lines up to an empty line or the next heading. In pdftotext's
            plain text no empty line follows a heading: it ends where its lines spell the
            heading the plan imported into knows, else before the first line that begins with
            a capital (noted in the journal)."""
            out = [lines[i]]
            i += 1
            while (
                i < len(lines)
                and lines[i].text
                and not (
                    PRIORITY_HEAD_RE.match(lines[i].text) or OBJECTIVE_HEAD_RE.match(lines[i].text)
                )
            ):
                if self.form == PLAIN:
                    if heading_key(join_lines(out)) in known_headings:
                        break
                    if not known_headings and lines[i].text[:1].isupper():
                        self.journal.decision(
                            out[0].no,
                            f"The heading at line {out[0].no} is taken to end before line "
                            f"{lines[i].no}, the first that begins with a capital ({self.form} "
                            f"prints no empty line after a heading).",
                        )
                        break
                out.append(lines[i])
                i += 1
            return out, i

        while i < len(lines):
            line = lines[i]
            t = line.text
            in_block = any(x.text for x in body)
            if not in_block and (m := PRIORITY_HEAD_RE.match(t)):
                head, i = take_heading(i)
                priority = int(m.group(1))
                heading = PRIORITY_HEAD_RE.match(join_lines(head, self.journal))
                if heading is None or not heading.group(2):
                    raise fail(line.no, f"the heading of priority {priority} has no title")
                if priority in ch.priorities:
                    raise fail(
                        line.no,
                        f"priority {priority} is headed twice in the chapter "
                        f"(first at line {ch.priorities[priority][0]})",
                    )
                ch.priorities[priority] = (line.no, heading.group(2))
                continue
            if not in_block and OBJECTIVE_HEAD_RE.match(t):
                head, i = take_heading(i)
                mm = OBJECTIVE_HEAD_RE.match(join_lines(head, self.journal))
                if mm is None or not mm.group(2):
                    raise fail(line.no, "an objective heading without its text")
                try:
                    oid = ObjectiveId(mm.group(1))
                except Error as error:
                    raise fail(line.no, f"objective heading: {error}") from None
                if oid.priority != priority:
                    raise fail(line.no, f"objective {oid} printed under priority {priority}")
                objective = str(oid)
                ch.objectives.append((objective, line.no, mm.group(2)))
                continue
            number = measure_id_at(t)
            if number is not None and not number[1] and ends_block(body, marked):
                mid = number[0]
                if priority is None or objective is None:
                    raise fail(line.no, f"measure {mid} before the first objective heading")
                if str(mid.objective) != objective:
                    raise fail(line.no, f"measure {mid} printed under objective {objective}")
                ch.blocks.append(self.block(mid, line, body, pages))
                body = []
                i += 1
                continue
            if not in_block and not t:
                i += 1
                continue
            if priority is None or objective is None:
                raise fail(line.no, f"text before the first objective heading: {t!r}")
            body.append(line)
            i += 1
        if any(x.text for x in body):
            first = next(x for x in body if x.text)
            raise fail(
                first.no,
                "the Åtgärder chapter ends inside a measure: the text from "
                "this line on has no measure number",
            )
        return ch

    def block(
        self, mid: MeasureId, number_line: Line, body: list[Line], pages: dict[int, int | None]
    ) -> Block:
        """A measure's block: the body up to its number line, split into title and description,
        agency lines and the period line (with or without the icon words)."""
        if self.form == PLAIN:
            body = self.plain_paragraphs(mid, body)
        content = [x for x in body if x.text]
        starts = [k for k, x in enumerate(body) if after_marker(x.text, AGENCY_MARKERS) is not None]
        if starts:
            head = body[: starts[-1]]
            tail = [x for x in body[starts[-1] :] if x.text]
            period_text = after_marker(tail[-1].text, PERIOD_MARKERS)
            if period_text is None or any(
                after_marker(x.text, PERIOD_MARKERS) is not None for x in tail[:-1]
            ):
                raise fail(
                    tail[-1].no,
                    f"measure {mid}: expected the period ({PERIOD_MARKERS[0]!r} "
                    f"or {PERIOD_MARKERS[1]!r}) right before the number",
                )
            period_line = tail[-1].with_text(period_text)
            agency_text = after_marker(tail[0].text, AGENCY_MARKERS) or ""
            agency_lines = [tail[0].with_text(agency_text)] + tail[1:-1]
            paras = paragraphs(head)
        else:
            paras = paragraphs(body)
            if any(after_marker(x.text, PERIOD_MARKERS) is not None for x in content):
                raise fail(
                    content[-1].no,
                    f"measure {mid}: a period without the responsible "
                    f"agencies ({AGENCY_MARKERS[0]!r} or "
                    f"{AGENCY_MARKERS[1]!r}) before it",
                )
            if len(paras) < 2:
                raise fail(
                    number_line.no,
                    f"measure {mid}: expected a title, a description, "
                    f"the responsible agencies and a period before the "
                    f"number",
                )
            period_line = paras[-1][-1]
            if len(paras[-1]) == 1:
                agency_lines = paras[-2]
                paras = paras[:-2]
            else:
                agency_lines = paras[-1][:-1]
                paras = paras[:-1]
        if not paras:
            raise fail(number_line.no, f"measure {mid}: no title before its agencies")
        if not agency_lines:
            raise fail(period_line.no, f"measure {mid}: no responsible agency before its period")
        return Block(
            mid,
            number_line.no,
            [x for p in paras for x in p + [Line(0, "", "")]],
            agency_lines,
            period_line,
            pages.get(content[0].no),
            pages.get(number_line.no),
        )

    # -- Bilaga 1 ----------------------------------------------------------------------------

    def entries(self, start: int, end: int, chapter: Chapter, section: str) -> list[Entry]:
        """A Bilaga 1 table split into rows; headers, headings and page furniture dropped."""
        lines = self.span(start, end)
        if self.form == LAYOUT:
            lines = layout_section(
                lines, self.journal, self.parses_as_agencies, self.expected_agencies(chapter)
            )
        out: list[Entry] = []
        i = 0
        # A line of header words alone ("Klar", "Åtgärd") is the table's header only where one
        # begins ("# Åtgärd …") or goes on; elsewhere it is a cell's text.
        header_goes_on = False
        while i < len(lines):
            line = lines[i]
            t = line.text
            if (
                PAGE_HEADER_RE.match(t)
                or t in RUNNING_HEADERS
                or TABLE_HEADER_RE.match(t)
                or (is_table_header(t) and (t.startswith("#") or header_goes_on))
                or t == EMPTY_TABLE
            ):
                header_goes_on = True
                i += 1
                # A header word broken in a narrow column ("Avskriv" / "en"): its end too.
                last = t.split(" ")[-1]
                if i < len(lines) and any(
                    h.startswith(last) and h != last and h == last + lines[i].text
                    for h in TABLE_HEADER_WORDS
                ):
                    i += 1
                continue
            header_goes_on = header_goes_on and not t
            if m := PRIORITY_HEAD_RE.match(t):
                head = [line]
                i += 1
                while (
                    i < len(lines)
                    and lines[i].text
                    and not (
                        is_table_header(lines[i].text)
                        or measure_id_at(lines[i].text)
                        or PRIORITY_HEAD_RE.match(lines[i].text)
                    )
                ):
                    head.append(lines[i])
                    i += 1
                n = int(m.group(1))
                heading = PRIORITY_HEAD_RE.match(join_lines(head))
                text = heading.group(2) if heading is not None else None
                if n not in chapter.priorities:
                    raise fail(line.no, f"Bilaga 1 heading for unknown priority {n}")
                if text != chapter.priorities[n][1]:
                    self.journal.discrepancy(
                        "Priority titles",
                        line.no,
                        f"Priority {n}: Bilaga 1 heading (line {line.no}) prints “{text}”, the "
                        f"chapter heading (line {chapter.priorities[n][0]}) "
                        f"“{chapter.priorities[n][1]}”.",
                    )
                continue
            if COLUMN_GAP_RE.search(line.raw):
                raise fail(
                    line.no,
                    f"{section}: the line sets the table's columns side by side "
                    f"(as pdftotext -layout does), so its cells cannot be told "
                    f"apart; give the text without -layout or the PDF itself",
                )
            number = measure_id_at(t)
            if number is not None and (
                section == "Aktuella åtgärder"
                or not out
                or (number[0] > out[-1].id and self.closed_row_complete(out[-1]))
            ):
                mid, rest, dotted = number
                for earlier in out:
                    if earlier.id == mid:
                        raise fail(
                            line.no,
                            f"{section}: measure {mid} is listed twice (first at "
                            f"line {earlier.line})",
                        )
                out.append(Entry(mid, line.no, dotted, [line.with_text(rest)]))
                i += 1
                continue
            if t and not out:
                raise fail(line.no, f"{section}: text before the first row: {t!r}")
            if out:
                out[-1].lines.append(line)
            i += 1
        return out

    # -- Bilaga 1 in pdftotext's plain text ---------------------------------------------------

    def plain_lines(self, start: int, end: int) -> list[Line]:
        """A section's lines without page furniture and table headers."""
        return [
            x
            for x in self.span(start, end)
            if not (
                PAGE_HEADER_RE.match(x.text)
                or x.text in RUNNING_HEADERS
                or TABLE_HEADER_RE.match(x.text)
                or (x.text and is_table_header(x.text))
                or x.text == EMPTY_TABLE
            )
        ]

    def title_candidates(self, block: Block) -> tuple[list[str], str | None]:
        """Where a chapter block's title may end, as the chapter alone shows it: at its
        marking (one candidate), else at the end of one of the first lines of its first
        paragraph; and the marking. (The journal of this reading is dropped: the block is read
        again against Bilaga 1.)"""
        journal, self.journal = self.journal, Journal()
        try:
            title_lines, _, marking, method = self.chapter_title(block, "")
            if method == "marking":
                return [join_lines(title_lines)], marking
        except _Refused:
            pass
        finally:
            self.journal = journal
        first = paragraphs(block.body)[0]
        return [join_lines(first[:k]) for k in range(1, min(len(first), 4) + 1)], None

    @staticmethod
    def titles_adding_up(
        candidates: list[list[str]],
        rest: Counter[str],
        letters: Callable[[str], Counter[str]],
        squeezed: str,
    ) -> list[str] | None:
        """One title per row, from its candidates, whose letters together are `rest`; where
        none adds up, per row the longest whose every word the table (`squeezed`: without
        spaces and hyphens, in lower case) prints; None where more than one adds up."""
        found: list[list[str]] = []

        def search(k: int, left: Counter[str], chosen: list[str]) -> None:
            if len(found) > 1:
                return
            if k == len(candidates):
                if not any(left.values()):
                    found.append(chosen)
                return
            for title in candidates[k]:
                need = letters(title)
                if all(left[c] >= n for c, n in need.items()):
                    search(k + 1, left - need, [*chosen, title])

        search(0, rest, [])
        if len(found) == 1:
            return found[0]
        if found:
            return None

        # Nothing adds up (a row's Bilaga 1 text differs from the chapter's): of the titles
        # whose every added line the table prints (most of its letters in words it prints),
        # the choice whose letters come nearest.
        def printed(line: str) -> bool:
            words = [heading_key(w).casefold() for w in line.split()]
            found = sum(len(w) for w in words if w in squeezed)
            return found >= 0.5 * sum(len(w) for w in words)

        kept = []
        for titles in candidates:
            ok = [titles[0]]
            for shorter, longer in zip(titles, titles[1:], strict=False):
                if not printed(longer[len(shorter) :]):
                    break
                ok.append(longer)
            kept.append(ok)

        def distance(titles: Iterable[str]) -> int:
            left = Counter(rest)
            left.subtract(letters(" ".join(titles)))
            return sum(abs(n) for n in left.values())

        combos = itertools.islice(itertools.product(*kept), 20000)
        return list(min(combos, key=distance))

    def plain_aktuella(self, start: int, end: int, chapter: Chapter) -> list[Entry]:
        """Aktuella åtgärder in pdftotext's plain text, which prints a table's cells in an
        order of its own (line by line across a row, or column by column) and joins words of
        two cells: the rows are read against the chapter, table by table (priority by
        priority). The numbers in the table that are not the chapter's are the pages, in the
        order of the rows (Bilaga 1 lists the measures in the chapter's order); the statuses
        are those pdftotext prints, in its order, matched with the chapter's markings; the
        letters of the table must add up to the chapter's titles and agency texts with those
        statuses, and where they do not, the journal says so and names the rows that may
        differ: their titles and agency texts are the chapter's."""
        blocks = {str(b.id): b for b in chapter.blocks}
        tables: list[tuple[int, list[Line]]] = []
        lines = self.plain_lines(start, end)
        i = 0
        while i < len(lines):
            line = lines[i]
            if m := PRIORITY_HEAD_RE.match(line.text):
                n = int(m.group(1))
                if n not in chapter.priorities:
                    raise fail(line.no, f"Bilaga 1 heading for unknown priority {n}")
                want = heading_key(f"Strategisk prioritering {n}. {chapter.priorities[n][1]}")
                head = [line]
                while heading_key(join_lines(head)) != want and i + len(head) < len(lines):
                    if len(head) >= 3:
                        break
                    head.append(lines[i + len(head)])
                if heading_key(join_lines(head)) != want:
                    head = [line]
                    self.journal.discrepancy(
                        "Priority titles",
                        line.no,
                        f"Priority {n}: the Bilaga 1 heading (line {line.no}) does not spell "
                        f"the chapter's “{chapter.priorities[n][1]}”.",
                    )
                tables.append((line.no, []))
                i += len(head)
                continue
            if not tables:
                if line.text:
                    raise fail(
                        line.no, f"Aktuella åtgärder: text before the first table: {line.text!r}"
                    )
                i += 1
                continue
            tables[-1][1].append(line)
            i += 1
        entries: list[Entry] = []
        for first, table in self.pages_to_their_tables(tables):
            entries += self.plain_table(first, table, blocks)
        return entries

    @staticmethod
    def suspect_rows(
        rows: list[tuple[MeasureId, int, bool]],
        table: list[Line],
        expected: dict[str, tuple[str, str | None]],
        agency_texts: dict[str, str],
        squeezed: str,
    ) -> list[str]:
        """The rows whose title or agency text has a word the table does not print: a word
        missing from the whole table, else one missing from the row's own lines (from its
        number to the next row's)."""

        def missing(mid: MeasureId, printed: str) -> bool:
            words = (expected[str(mid)][0] + " " + agency_texts[str(mid)]).split()
            return any(heading_key(word).casefold() not in printed for word in words)

        suspects = [str(mid) for mid, _, _ in rows if missing(mid, squeezed)]
        if suspects:
            return suspects
        for k, (mid, no, _) in enumerate(rows):
            end = rows[k + 1][1] if k + 1 < len(rows) else None
            own = heading_key(
                "".join(
                    line.text for line in table if line.no >= no and (end is None or line.no < end)
                )
            ).casefold()
            if missing(mid, own):
                suspects.append(str(mid))
        return suspects

    def pages_to_their_tables(
        self, tables: list[tuple[int, list[Line]]]
    ) -> list[tuple[int, list[Line]]]:
        """The tables with the pages (Sida) each one's rows print: pdftotext's plain text may
        print a page's Sida column after all else on the page, below the next table's heading
        where a table ends on that page, or amid the next table's rows. Where the tables' bare
        numbers do not match their rows one by one, but all of them together are as many as
        all the rows, they are the rows' pages in ascending order (Bilaga 1 lists the measures
        in the chapter's order, so their pages never go down): each table gets as many of
        them, in that order, as it has rows."""
        rows = [sum(1 for line in table if measure_id_at(line.text)) for _, table in tables]
        numbers = [
            [line for line in table if BARE_NUMBER_RE.match(line.text)] for _, table in tables
        ]
        pooled = sorted((line for lines in numbers for line in lines), key=lambda x: int(x.text))
        if len(pooled) != sum(rows) or all(
            len(lines) in (0, count) for lines, count in zip(numbers, rows, strict=True)
        ):
            return tables
        out = []
        taken = 0
        for (first, table), count in zip(tables, rows, strict=True):
            kept = [line for line in table if not BARE_NUMBER_RE.match(line.text)]
            out.append((first, kept + pooled[taken : taken + count]))
            taken += count
        self.journal.decision(
            tables[0][0],
            "Aktuella åtgärder: pdftotext's plain text prints a page's Sida column apart from "
            "its rows, past the end of a table; the pages are given to the rows in ascending "
            "order, table by table.",
        )
        return out

    def plain_table(self, first: int, table: list[Line], blocks: dict[str, Block]) -> list[Entry]:
        """One table of Aktuella åtgärder in pdftotext's plain text (see `plain_aktuella`)."""
        rows: list[tuple[MeasureId, int, bool]] = []
        texts: list[str] = []
        for line in table:
            number = measure_id_at(line.text)
            if number is not None:
                mid, rest, dotted = number
                if str(mid) not in blocks:
                    raise fail(
                        line.no,
                        f"Bilaga 1 row {mid}: the chapter prints no measure {mid}, and "
                        f"pdftotext's plain text does not tell a row's cells apart without it "
                        f"(import the PDF itself or pdftotext -layout's text)",
                    )
                if any(r[0] == mid for r in rows):
                    raise fail(line.no, f"Aktuella åtgärder: measure {mid} is listed twice")
                rows.append((mid, line.no, dotted))
                texts.append(rest)
            else:
                texts.append(line.text)
        if not rows:
            return []
        stream = "\n".join(texts)
        last = rows[-1][1]
        candidates = {str(mid): self.title_candidates(blocks[str(mid)]) for mid, _, _ in rows}
        expected = {key: (titles[0], marking) for key, (titles, marking) in candidates.items()}
        agency_texts = {str(mid): join_lines(blocks[str(mid)].agency_lines) for mid, _, _ in rows}
        # The statuses, in the order printed.
        statuses: list[tuple[str, bool, bool]] = []  # (marking, schedule, content)
        for m in re.finditer(r"Uppdaterad|Ny\s+åtgärd|tidplan|innehåll", stream):
            found = m.group()
            if found == "Uppdaterad":
                statuses.append(("Uppdaterad", False, False))
            elif found.startswith("Ny"):
                statuses.append(("Ny åtgärd", False, False))
            elif statuses and statuses[-1][0] == "Uppdaterad":
                marking, schedule, content = statuses[-1]
                statuses[-1] = (
                    marking,
                    schedule or found == "tidplan",
                    content or found == "innehåll",
                )
        markings = [(mid, expected[str(mid)][1]) for mid, _, _ in rows if expected[str(mid)][1]]
        kinds = [s[0] for s in statuses]
        if kinds != [mark for _, mark in markings]:
            raise fail(
                first,
                f"Bilaga 1's table under line {first}: pdftotext prints the statuses "
                f"{kinds}, the chapter marks {[m for _, m in markings]}; its plain text does "
                f"not show which row a status belongs to (import the PDF itself or "
                f"pdftotext -layout's text)",
            )
        status_of: dict[str, str] = {}
        for (mid, _), (marking, schedule, content) in zip(markings, statuses, strict=True):
            if marking == "Ny åtgärd":
                status_of[str(mid)] = Status.added().appendix_text
            else:
                status_of[str(mid)] = Status.updated(
                    schedule=schedule, content=content
                ).appendix_text
        if len({v for v in status_of.values() if v != Status.added().appendix_text}) > 1:
            self.journal.decision(
                first,
                f"Bilaga 1's table under line {first}: pdftotext's plain text prints the "
                f"statuses of rows {', '.join(str(m) for m, _ in markings)} apart from their "
                f"rows; they are taken in the order printed.",
            )

        # The titles: where the chapter leaves a choice, the one whose letters add up.
        def letters(text: str) -> Counter[str]:
            return Counter(c for c in text.casefold() if c.isalpha())

        have = letters(stream)
        titles_letters = Counter(have)
        titles_letters.subtract(
            letters(" ".join(agency_texts.values())) + letters(" ".join(status_of.values()))
        )
        squeezed = heading_key(stream.replace("\n", "")).casefold()
        chosen = self.titles_adding_up(
            [candidates[str(mid)][0] for mid, _, _ in rows], titles_letters, letters, squeezed
        )
        for (mid, _, _), title in zip(rows, chosen or [], strict=False):
            expected[str(mid)] = (title, candidates[str(mid)][1])
        printed = " ".join(expected[str(m)][0] + " " + agency_texts[str(m)] for m, _, _ in rows)
        # The pages: the numbers that are not the titles' and the agency texts'.
        numbers = Counter(re.findall(r"\d+", stream))
        numbers.subtract(Counter(re.findall(r"\d+", printed)))
        found_pages = sorted(int(n) for n in numbers.elements())
        # Where the table prints no pages, the rows have none.
        pages: list[int | None] = [*found_pages] if found_pages else [None] * len(rows)
        if len(pages) != len(rows):
            raise fail(
                first,
                f"Bilaga 1's table under line {first}: {len(rows)} rows but the numbers "
                f"{pages} left for their pages (Sida)",
            )
        want = letters(printed) + letters(" ".join(status_of.values()))
        if have != want:
            more, less = have - want, want - have
            suspects = self.suspect_rows(rows, table, expected, agency_texts, squeezed)
            self.journal.discrepancy(
                "Plain text",
                first,
                f"Bilaga 1's table under line {first} (to line {last}): its letters do not "
                f"add up to the chapter's titles and agency texts of its rows (Bilaga 1 has "
                f"more “{''.join(sorted(more.elements()))}”, less "
                f"“{''.join(sorted(less.elements()))}”): a title or an agency text differs "
                f"from the chapter's, and pdftotext's plain text does not show it whole; the "
                f"chapter's are taken for "
                + (f"rows {', '.join(suspects)}" if suspects else "every row")
                + ".",
            )
        entries = []
        for (mid, no, dotted), page in zip(rows, pages, strict=True):
            cells = [expected[str(mid)][0], agency_texts[str(mid)]]
            if str(mid) in status_of:
                cells.append(status_of[str(mid)])
            if page is not None:
                cells.append(str(page))
            lines: list[Line] = []
            for cell in cells:
                lines += [Line(no, cell, cell), Line(no, "", "")]
            entries.append(Entry(mid, no, dotted, lines[:-1]))
        return entries

    def plain_closed(self, start: int, end: int, section: str) -> list[Entry]:
        """Genomförda or Avskrivna åtgärder in pdftotext's plain text: the numbers, the years
        (lines of four digits), the agency cells (groups of lines that read as agency texts)
        and the Åtgärd column, each in the order of the rows; the Åtgärd column is cut where
        each row's title begins (the title the plan imported into or the table of known
        titles gives)."""
        rows: list[tuple[MeasureId, int, bool]] = []
        years: list[Line] = []
        agencies: list[list[Line]] = []
        text: list[Line] = []
        group: list[Line] = []

        def flush() -> None:
            cells = self.agency_cells(group)
            if cells is None and any(re.search(r"\s\d{4}$", x.text) for x in group):
                # A year printed on the line of the agencies beside it.
                split = [x.with_text(re.sub(r"\s+\d{4}$", "", x.text)) for x in group]
                cells = self.agency_cells(split)
                if cells is not None:
                    years.extend(
                        x.with_text(x.text[-4:]) for x in group if re.search(r"\s\d{4}$", x.text)
                    )
            if cells is None:
                text.extend(group)
                text.append(Line(group[-1].no if group else 0, "", ""))
            else:
                agencies.extend(cells)
            group.clear()

        for line in self.plain_lines(start, end) + [Line(0, "", "")]:
            number = measure_id_at(line.text)
            if number is not None:
                mid, rest, dotted = number
                if any(r[0] == mid for r in rows):
                    raise fail(line.no, f"{section}: measure {mid} is listed twice")
                rows.append((mid, line.no, dotted))
                if rest:
                    group.append(line.with_text(rest))
                continue
            if re.fullmatch(r"\d{4}", line.text):
                years.append(line)
                continue
            if line.text:
                group.append(line)
            elif group:
                flush()
        if not rows:
            return []
        years.sort(key=lambda x: x.no)
        agencies.sort(key=lambda cell: cell[0].no)
        if not (len(rows) == len(years) == len(agencies)):
            raise fail(
                rows[0][1],
                f"{section}: {len(rows)} rows, {len(years)} years and {len(agencies)} agency "
                f"cells in pdftotext's plain text: its rows cannot be told apart (import the "
                f"PDF itself or pdftotext -layout's text)",
            )
        starts: list[int] = []
        position = 0
        for k, (mid, no, _) in enumerate(rows):
            titles = self.known_titles(mid)
            # pdftotext's plain text may print a row's text before the row above's (its
            # flows run down a page's columns): looked for after the row above, then anywhere.
            found = self.title_start(text, titles, position, k == 0, starts)
            if found is None and titles:
                found = self.title_start(text, titles, 0, False, starts)
            if found is None:
                raise fail(
                    no,
                    f"{section} {mid}: pdftotext's plain text does not show where the row's "
                    f"text begins"
                    + (
                        f" (its title “{titles[0]}” is not printed)"
                        if titles
                        else " (its title is not known: import the report into the plan that "
                        "holds the measure)"
                    ),
                )
            starts.append(found)
            position = max(position, found + 1)
        entries = []
        whole = heading_key(" ".join(line.text for line in text))
        for k, (mid, no, dotted) in enumerate(rows):
            end = min((start for start in starts if start > starts[k]), default=len(text))
            body = text[starts[k] : end]
            while body and not body[-1].text:
                body.pop()
            body = self.known_closed_body(mid, no, body, whole, section) or body
            lines = [body[0].with_text(body[0].text)] + body[1:]
            lines += [Line(no, "", ""), *agencies[k], Line(no, "", ""), years[k]]
            entries.append(Entry(mid, no, dotted, lines))
        return entries

    def known_closed_body(
        self, mid: MeasureId, no: int, body: list[Line], whole: str, section: str
    ) -> list[Line] | None:
        """The title and text of a completed or withdrawn row as the plan imported into holds
        them, where the lines taken for the row are not they but the section prints them
        whole elsewhere (pdftotext's plain text may run a page's cells in an order of its
        own); None where the lines hold the plan's text, or the plan knows no text that the
        section prints whole."""
        known = None
        if self.into is not None:
            for year in reversed(self.into.years):
                if mid in self.into.report(year):
                    known = self.into.report(year)[mid]
                    break
        if known is None or not known.description:
            return None
        title, description = known.title_in_appendix, known.description
        printed = heading_key(" ".join(line.text for line in body))
        if heading_key(description) in printed or not (
            heading_key(title) in whole and heading_key(description) in whole
        ):
            return None
        self.journal.decision(
            no,
            f"{section} {mid}: pdftotext's plain text prints the row's cells apart (its text "
            f"is not where the row's title begins); the title and text the plan imported into "
            f"holds for {mid}, which the section prints whole, are taken.",
        )
        lines = [Line(no, title, title)]
        for paragraph in description.split("\n\n"):
            lines += [Line(no, paragraph, paragraph), Line(no, "", "")]
        return lines[:-1]

    @staticmethod
    def title_start(
        text: list[Line], titles: list[str], position: int, first: bool, taken: list[int]
    ) -> int | None:
        """The index of the first line from `position` on, not `taken`, where one of `titles`
        begins (a title may run over up to eight lines); the first line with text for the
        `first` row when its title is not known."""
        for i in range(position, len(text)):
            if not text[i].text or i in taken:
                continue
            if first and not titles:
                return i
            so_far = ""
            for j in range(i, min(i + 8, len(text))):
                so_far = heading_key(so_far + text[j].text)
                if any(so_far.startswith(heading_key(t)) for t in titles):
                    return i
        return None

    def known_titles(self, mid: MeasureId) -> list[str]:
        """The titles a completed or withdrawn row may begin with (see `closed_title`)."""
        out = []
        if self.into is not None:
            for year in reversed(self.into.years):
                report = self.into.report(year)
                if mid in report:
                    out += [report[mid].title_in_appendix, report[mid].title]
        if str(mid) in KNOWN_CLOSED_TITLES:
            out.append(KNOWN_CLOSED_TITLES[str(mid)])
        return out

    def agency_cells(self, group: list[Line]) -> list[list[Line]] | None:
        """A group of lines cut into agency cells, each reading as an agency text the registry
        knows; None where the group cannot be cut so."""
        if not group:
            return []
        best: list[list[list[Line]] | None] = [[]]
        for j in range(1, len(group) + 1):
            options = []
            for i in range(j):
                before = best[i]
                text = join_lines(group[i:j])
                if (
                    before is not None
                    and not re.search(r"(,| och| med| samt| i)$", text)
                    and self.parses_as_agencies(text)
                ):
                    options.append([*before, group[i:j]])
            best.append(min(options, key=len) if options else None)
        return best[-1]

    def aktuella(self, entries: list[Entry]) -> dict[MeasureId, Listed]:
        out = {}
        for e in entries:
            paras = paragraphs(e.lines)
            texts = [join_lines(p, self.journal) for p in paras]
            full = " ".join(texts)
            m = re.fullmatch(r"(.*?)\s+(\d{1,3})", full)
            page: int | None
            if m:
                rest, page = m.group(1), int(m.group(2))
            else:
                rest, page = full, None
                self.journal.note(
                    e.line, f"Bilaga 1 row {e.id} (line {e.line}) prints no page (Sida)."
                )
            status = Status.ongoing()
            for printed in STATUS_TEXTS:
                if rest.endswith(" " + printed):
                    rest = rest[: -len(printed) - 1].rstrip()
                    status = Status.parse_appendix_text(printed)
                    break
            split: tuple[str, str] | None = None
            if len(texts) > 1 and rest.startswith(texts[0] + " "):
                candidate = rest[len(texts[0]) + 1 :]
                if self.parses_as_agencies(candidate):
                    split = texts[0], candidate
            if split is None:
                words = rest.split(" ")
                for k in range(1, len(words)):
                    tail = " ".join(words[k:])
                    if self.parses_as_agencies(tail):
                        split = " ".join(words[:k]), tail
                        break
            if split is None:
                raise fail(
                    e.line,
                    f"Bilaga 1 row {e.id}: no agency text the registry knows at "
                    f"the end of {rest!r}",
                )
            title, agency_text = split
            out[e.id] = Listed(
                e.id, e.line, title, self.agencies(agency_text, e.line), status, page
            )
            if not e.dotted:
                self.journal.note(
                    e.line,
                    f"Bilaga 1 prints the number of {e.id} without a trailing dot (line {e.line}).",
                )
        return out

    def known_headings(self) -> frozenset[str]:
        """The headings of the priorities and objectives of the plan imported into, as the
        chapter prints them."""
        if self.into is None:
            return frozenset()
        out = set()
        for priority in self.into.priorities:
            out.add(heading_key(f"Strategisk prioritering {priority.number}. {priority.title}"))
            for objective in priority.objectives:
                out.add(heading_key(f"Målsättning {objective.id}. {objective.text}"))
        return frozenset(out)

    def expected_agencies(self, chapter: Chapter) -> Callable[[str], str | None]:
        """The agency text a Bilaga 1 row is expected to print: the chapter's for a current
        measure, else that of the latest report of the plan imported into."""
        printed = {str(b.id): join_lines(b.agency_lines) for b in chapter.blocks}

        def expected(number: str) -> str | None:
            key = number.rstrip(".")
            if key in printed:
                return printed[key]
            if self.into is not None:
                for year in reversed(self.into.years):
                    report = self.into.report(year)
                    if MeasureId(key) in report:
                        return report[MeasureId(key)].agencies_in_appendix
            return None

        return expected

    def closed_row_complete(self, entry: Entry) -> bool:
        """Whether a completed or withdrawn row has come to its last cell: its agencies and
        then the year, in a paragraph of its own or at the end of the agencies' last line. A
        measure number at the start of a line before that, or one not after the row's own (the
        rows are in numeric order), is the row's text ("… inom ramen för åtgärd" / "2.1.6 …"),
        not a new row."""
        paras = paragraphs(entry.lines)
        if not paras:
            return False
        last = join_lines(paras[-1])
        if re.fullmatch(r"\d{4}", last):
            return True
        with_year = re.fullmatch(r"(.*\S)\s+\d{4}", last)
        return with_year is not None and self.parses_as_agencies(with_year.group(1))

    def parses_as_agencies(self, text: str) -> bool:
        if not starts_with_agency(text, self.registry):
            return False
        try:
            Agencies.parse(text, self.registry)
        except Error:
            return False
        return True

    def closed_title(self, e: Entry, first: str, kind: str) -> str:
        """Where the title of a completed or withdrawn row ends: the title the plan it is
        imported into knows, else the title of KNOWN_CLOSED_TITLES, else the first line."""
        known: list[tuple[str, str]] = []
        if self.into is not None:
            for year in self.into.years:
                report = self.into.report(year)
                if e.id in report:
                    measure = report[e.id]
                    known += [
                        (measure.title_in_appendix, f"the title of {e.id} in the {year} report")
                    ]
                    known += [(measure.title, f"the title of {e.id} in the {year} report")]
        if str(e.id) in KNOWN_CLOSED_TITLES:
            known.append((KNOWN_CLOSED_TITLES[str(e.id)], "the table of known titles"))
        for title, _why in known:
            if first == title or first.startswith(title + " "):
                return title
        self.journal.decision(
            e.line,
            f"Bilaga 1 {e.id} ({kind}, line {e.line}): no known title "
            f"for this measure; its first printed line is taken as "
            f"its title.",
        )
        return normalise_ws(e.lines[0].text)

    def closed(self, entries: list[Entry], kind: StatusKind) -> dict[MeasureId, Listed]:
        """'Genomförda åtgärder' (completed) or 'Avskrivna åtgärder' (withdrawn)."""
        name = _core.status_kind_text(kind)
        out = {}
        for e in entries:
            paras = paragraphs(e.lines)
            if not paras:
                raise fail(e.line, f"{name} row {e.id} is empty")
            last = join_lines(paras[-1])
            if re.fullmatch(r"\d{4}", last):
                if len(paras) < 3:
                    raise fail(
                        e.line,
                        f"{name} row {e.id}: expected the measure's text, its "
                        f"agencies and the year",
                    )
                year = int(last)
                agency_par, body = paras[-2], paras[:-2]
            elif m := re.fullmatch(r"(.*\S)\s+(\d{4})", last):
                year = int(m.group(2))
                tail = paras[-1][-1]
                cut = re.sub(r"\s*\d{4}$", "", tail.text)
                agency_par = paras[-1][:-1] + ([tail.with_text(cut)] if cut else [])
                body = paras[:-1]
                if not body:
                    raise fail(
                        e.line,
                        f"{name} row {e.id}: expected the measure's text before its agencies",
                    )
            else:
                raise fail(paras[-1][-1].no, f"{name} row {e.id}: no year at the end: {last!r}")
            agency_text = join_lines(agency_par, self.journal)
            agencies = self.agencies(agency_text, agency_par[0].no)
            first_text = join_lines(body[0], self.journal)
            title = self.closed_title(e, first_text, name)
            description_first = first_text[len(title) :].strip()
            desc_paras = ([description_first] if description_first else []) + [
                join_lines(p, self.journal) for p in body[1:]
            ]
            if self.form != TEXT:
                desc_paras = self.cell_paragraphs(e, body, title, desc_paras, kind)
            if kind == StatusKind.withdrawn and len(desc_paras) < 2:
                raise fail(e.line, f"{name} row {e.id}: no paragraph giving the reason")
            try:
                if kind == StatusKind.withdrawn:
                    desc_paras, reason = self.split_reason(e.id, desc_paras)
                    status = Status.withdrawn(year, reason)
                else:
                    status = Status.completed(year)
            except Error as error:
                raise fail(e.line, f"{name} row {e.id}: {error}") from None
            if not e.dotted:
                self.journal.note(
                    e.line,
                    f"Bilaga 1 prints the number of {e.id} without a trailing dot (line {e.line}).",
                )
            out[e.id] = Listed(e.id, e.line, title, agencies, status, None, "\n\n".join(desc_paras))
        return out

    def cell_paragraphs(
        self,
        e: Entry,
        body: list[list[Line]],
        title: str,
        seen: list[str],
        kind: StatusKind,
    ) -> list[str]:
        """The paragraphs of a completed or withdrawn row's text (after its title) where the
        text form does not show a paragraph break inside a cell (pdftotext's forms show one
        only where a gap in the cell happens to have a line of another column beside it).

        Where the plan imported into knows the measure and its text reads the same but for the
        breaks, its paragraphs are taken (and a withdrawal's reason is what follows them);
        otherwise the paragraphs seen are kept, a withdrawal's reason begins after the last
        line that ends a sentence, and the journal names the lines where a break may stand."""
        flat = " ".join(seen)
        known = self.known_paragraphs(e.id)
        if known is not None:
            description, reason = known
            whole = description + ([reason] if reason else [])
            if kind == StatusKind.withdrawn and reason is None:
                if flat.startswith(" ".join(description) + " "):
                    rest = flat[len(" ".join(description)) + 1 :]
                    self.journal.decision(
                        e.line,
                        f"Bilaga 1 {e.id} (line {e.line}): {self.form} shows no paragraph "
                        f"break inside a cell; the description's paragraphs are those of the "
                        f"plan imported into, and the reason for the withdrawal is the text "
                        f"after them.",
                    )
                    return [*description, rest]
            elif " ".join(whole) == flat:
                if whole != seen:
                    self.journal.decision(
                        e.line,
                        f"Bilaga 1 {e.id} (line {e.line}): {self.form} shows no paragraph "
                        f"break inside a cell; the paragraphs are those of the plan imported "
                        f"into, whose text reads the same.",
                    )
                return whole
        # Where a break may stand: after a line that ends a sentence, before a capital.
        lines = [x for p in body for x in p if x.text]
        maybe = [
            (before, after)
            for before, after in zip(lines, lines[1:], strict=False)
            if before.text.endswith((".", "!", "?", ":", "”"))
            and after.text[:1].isupper()
            and after.no > lines[0].no
        ]
        out = list(seen)
        if kind == StatusKind.withdrawn and len(out) < 2 and maybe:
            start = maybe[-1][1]
            tail = start.text
            words = tail.split(" ")
            at = flat.rfind(" " + (" ".join(words[:-1]) if len(words) > 1 else tail.rstrip("-")))
            if at > 0:
                out = [flat[:at], flat[at + 1 :]]
                self.journal.decision(
                    start.no,
                    f"Bilaga 1 {e.id} (line {e.line}): {self.form} shows no paragraph break "
                    f"inside a cell; the reason for the withdrawal is taken to begin at line "
                    f"{start.no} (“{tail}”), after the last line that ends a sentence.",
                )
                maybe = maybe[:-1]
        if maybe:
            where = ", ".join(str(after.no) for _, after in maybe)
            self.journal.decision(
                e.line,
                f"Bilaga 1 {e.id} (line {e.line}): {self.form} shows no paragraph break "
                f"inside a cell; the text is kept in the {len(out)} paragraph(s) its gaps "
                f"show, though a paragraph may also begin at line(s) {where}.",
            )
        return out

    def split_reason(self, mid: MeasureId, paras: list[str]) -> tuple[list[str], str]:
        """A withdrawn row's paragraphs split into the description and the reason: where they
        begin with the description the plan imported into holds, the reason is all that
        follows it (a reason of several paragraphs); otherwise its last paragraph."""
        known = self.known_paragraphs(mid)
        if known is not None:
            n = len(known[0])
            if len(paras) > n and paras[:n] == known[0]:
                return paras[:n], "\n\n".join(paras[n:])
        return paras[:-1], paras[-1]

    def known_paragraphs(self, mid: MeasureId) -> tuple[list[str], str | None] | None:
        """The description's paragraphs and the reason for a withdrawal (None: not withdrawn)
        of a measure in the latest report of the plan imported into that has it."""
        if self.into is None:
            return None
        for year in reversed(self.into.years):
            report = self.into.report(year)
            if mid in report:
                measure = report[mid]
                paras = [p for p in measure.description.split("\n\n") if p]
                reason = (
                    measure.status.reason if measure.status.kind == StatusKind.withdrawn else None
                )
                return paras, reason
        return None

    # -- measures ----------------------------------------------------------------------------

    def chapter_title(
        self, block: Block, bilaga_title: str
    ) -> tuple[list[Line], list[list[Line]], str | None, str]:
        """A block's body split into title lines, description paragraphs, the marking and how
        the title's end was found: where the marking is printed; without one, where the lines
        spell Bilaga 1's title; failing that, at the em space a PDF leaves after a title."""
        paras = paragraphs(block.body)
        first = paras[0]
        marks = [(k, x) for k, x in enumerate(first) if MARKING_RE.search(x.text)]
        for p in paras[1:]:
            for x in p:
                if MARKING_RE.search(x.text):
                    raise fail(x.no, f"{block.id}: a marking outside the title paragraph")
        hints = [k for k, x in enumerate(first) if EMSPACE_END_RE.search(x.raw)]
        marking = None
        if marks:
            k, x = marks[0]
            if len(marks) > 1 or k != len(first) - 1:
                raise fail(x.no, f"{block.id}: the marking is not at the end of the title")
            found = MARKING_RE.search(x.text)
            assert found is not None
            printed = found.group(1)
            marking = next(mark for mark in MARKINGS if printed.startswith(mark))
            rest = MARKING_RE.sub("", x.text)
            title_lines = first[:-1] + ([x.with_text(rest)] if rest else [])
            desc = paras[1:]
            method = "marking"
            n_title = len(title_lines)
        else:
            cands = [
                k
                for k in range(1, len(first) + 1)
                if join_lines(first[:k]) == bilaga_title and (k < len(first) or len(paras) > 1)
            ]
            if len(cands) == 1:
                n_title, method = cands[0], "Bilaga 1 title"
            elif hints:
                n_title, method = hints[0] + 1, "em space after the title"
            elif len(paras) > 1:
                n_title, method = len(first), "a paragraph of its own"
                self.journal.decision(
                    first[0].no,
                    f"{block.id}: the title is taken to be the "
                    f"whole first paragraph (line {first[0].no}): "
                    f"no marking, no em space, and Bilaga 1 words "
                    f"it otherwise.",
                )
            else:
                raise fail(
                    first[0].no,
                    f"{block.id}: cannot tell where the title ends (no "
                    f"marking, no em space, and Bilaga 1 titles it "
                    f"“{bilaga_title}”)",
                )
            title_lines = first[:n_title]
            desc = ([first[n_title:]] if first[n_title:] else []) + paras[1:]
        if hints and hints[0] + 1 != n_title:
            raise fail(
                first[0].no,
                f"{block.id}: the em space after line {first[hints[0]].no} "
                f"disagrees with the title end found by {method}",
            )
        return title_lines, desc, marking, method

    def active(
        self, chapter: Chapter, aktuella: dict[MeasureId, Listed]
    ) -> tuple[list[Measure], dict[str, list[str]]]:
        measures: list[Measure] = []
        methods: dict[str, list[str]] = {}
        chapter_ids = [b.id for b in chapter.blocks]
        seen: dict[MeasureId, int] = {}
        for b in chapter.blocks:
            if b.id in seen:
                raise fail(
                    b.number_line,
                    f"measure {b.id} is printed twice in the chapter (first at line {seen[b.id]})",
                )
            seen[b.id] = b.number_line
        for cid in sorted(set(chapter_ids) - set(aktuella)):
            self.journal.discrepancy(
                "Measures present on one side only",
                None,
                f"{cid} is in the Åtgärder chapter but not in Bilaga 1 Aktuella åtgärder.",
            )
        for bid in sorted(set(aktuella) - set(chapter_ids)):
            self.journal.discrepancy(
                "Measures present on one side only",
                aktuella[bid].line,
                f"{bid} is in Bilaga 1 Aktuella åtgärder but not in the Åtgärder chapter.",
            )
        for b in chapter.blocks:
            listed = aktuella.get(b.id)
            if listed is None:
                raise fail(
                    b.number_line, f"{b.id} has no row in Bilaga 1: its status and page are unknown"
                )
            title_lines, desc, marking, method = self.chapter_title(b, listed.title)
            methods.setdefault(method, []).append(str(b.id))
            title = join_lines(title_lines, self.journal)
            description = "\n\n".join(join_lines(p, self.journal) for p in desc)
            if self.form == PLAIN:
                description = self.known_breaks(b, description)
            agency_text = join_lines(b.agency_lines, self.journal)
            agencies = self.agencies(agency_text, b.agency_lines[0].no)
            try:
                period = Period.parse(b.period_line.text)
            except Error as error:
                raise fail(
                    b.period_line.no, f"{b.id}: the period {b.period_line.text!r}: {error}"
                ) from None
            if str(period) != b.period_line.text:
                self.journal.decision(
                    b.period_line.no,
                    f"{b.id}: period printed “{b.period_line.text}” (line "
                    f"{b.period_line.no}) stored as “{period}”.",
                )
            appendix_title = None
            appendix_agencies = None
            if listed.title != title:
                appendix_title = listed.title
                self.journal.discrepancy(
                    "Titles worded differently",
                    title_lines[0].no,
                    f"{b.id}: chapter (line {title_lines[0].no}) “{title}”; Bilaga 1 (line "
                    f"{listed.line}) “{listed.title}”.",
                )
            if listed.agencies.text != agency_text:
                appendix_agencies = listed.agencies.text
                self.journal.discrepancy(
                    "Agency texts worded differently",
                    b.agency_lines[0].no,
                    f"{b.id}: chapter (line {b.agency_lines[0].no}) “{agency_text}”; Bilaga 1 "
                    f"(line {listed.line}) “{listed.agencies.text}”.",
                )
            try:
                measure = Measure(
                    id=b.id,
                    title=title,
                    description=description,
                    agencies=agencies,
                    period=period,
                    page=listed.page,
                    status=listed.status,
                    chapter_marking=marking,
                    appendix_title=appendix_title,
                    appendix_agencies=appendix_agencies,
                )
            except Error as error:
                raise fail(b.number_line, f"{b.id}: {error}") from None
            self.check_marking(b, marking, listed)
            self.check_page(b, listed)
            measures.append(measure)
        return measures, methods

    def check_marking(self, b: Block, marking: str | None, listed: Listed) -> None:
        expected = _core.chapter_marking_text(listed.status.kind) or None
        if marking != expected:
            printed = listed.status.appendix_text or "(empty)"
            self.journal.discrepancy(
                "Chapter marking and Bilaga 1 status disagree",
                b.number_line,
                f"{b.id}: chapter marking {marking or '(none)'} (block ending at line "
                f"{b.number_line}); Bilaga 1 status {printed} (line {listed.line}).",
            )

    def check_page(self, b: Block, listed: Listed) -> None:
        if b.page_first is None or b.page_last is None:
            return
        if b.page_first != b.page_last:
            self.journal.discrepancy(
                "Pages",
                b.number_line,
                f"{b.id}: the block runs from page {b.page_first} to page {b.page_last} of the "
                f"chapter; Bilaga 1 gives Sida {listed.page}.",
            )
        if listed.page not in (b.page_first, b.page_last):
            self.journal.discrepancy(
                "Pages",
                listed.line,
                f"{b.id}: Bilaga 1 gives Sida {listed.page} (line {listed.line}); the chapter's "
                f"page headers put the block on page {b.page_first}.",
            )

    # -- priorities and objectives -----------------------------------------------------------

    def priorities_from_chapter(self, chapter: Chapter) -> list[Priority]:
        """Without the strategy's list and overview: the plan's priorities and objectives where
        the report joins a plan (checked against the chapter's headings), else the chapter's."""
        if self.into is not None:
            for oid, line, text in chapter.objectives:
                known = (
                    self.into.objective(ObjectiveId(oid))
                    if any(str(o.id) == oid for p in self.into.priorities for o in p.objectives)
                    else None
                )
                if known is None:
                    raise fail(line, f"objective {oid} is not an objective of the plan")
                if known.text != text:
                    self.journal.discrepancy(
                        "Objective texts",
                        line,
                        f"Objective {oid}: the chapter (line {line}) prints "
                        f"“{text}”, the plan “{known.text}”.",
                    )
            for number, (line, title) in chapter.priorities.items():
                if self.into.priority(number).title != title:
                    self.journal.discrepancy(
                        "Priority titles",
                        line,
                        f"Priority {number}: the chapter (line {line}) "
                        f"prints “{title}”, the plan "
                        f"“{self.into.priority(number).title}”.",
                    )
            self.journal.note(
                None,
                "The text has no overview of the strategy: the priorities "
                "and objectives are those of the plan imported into.",
            )
            return list(self.into.priorities)
        self.journal.note(
            None,
            "The text has no overview of the strategy: the priorities and "
            "objectives are those the chapter heads (an objective without "
            "active measures is not known).",
        )
        return [
            Priority(
                n,
                title,
                [
                    Objective(ObjectiveId(oid), text)
                    for oid, _, text in chapter.objectives
                    if ObjectiveId(oid).priority == n
                ],
            )
            for n, (_, title) in sorted(chapter.priorities.items())
        ]

    def priorities(self, chapter: Chapter) -> list[Priority]:
        # The strategy's list and its overview (a figure) of the published report; the
        # library's own documents print the list in the Introduktion but no overview.
        self.has_overview = self.has(
            r"^Strategin omfattar sex strategiska prioriteringar:$", 1, 300
        ) and self.has(r"^Översikt över de strategiska prioriteringar", 1, 400)
        if not self.has_overview:
            return self.priorities_from_chapter(chapter)
        strategy = self.strategy_list()
        bullets, headings = self.overview()
        if sorted(chapter.priorities) != [1, 2, 3, 4, 5, 6]:
            first = min((line for line, _ in chapter.priorities.values()), default=None)
            raise fail(
                first,
                f"the chapter's headings give priorities "
                f"{sorted(chapter.priorities)}, expected 1–6",
            )
        for n, (line, text) in strategy.items():
            ch_line, ch_text = chapter.priorities[n]
            if text.rstrip(".") != ch_text:
                self.journal.discrepancy(
                    "Priority titles",
                    line,
                    f"Priority {n}: strategy list (line {line}) “{text}”; "
                    f"chapter heading (line {ch_line}) “{ch_text}”.",
                )
        chapter_titles = {t for _, t in chapter.priorities.values()}
        for line, text in headings:
            if text not in chapter_titles:
                self.journal.discrepancy(
                    "Priority titles",
                    line,
                    f"Overview column heading (line {line}) “{text}” "
                    f"matches no chapter priority heading.",
                )
        first_line = min(line for line, _ in strategy.values())
        self.journal.note(
            first_line,
            f"The strategy list (lines {first_line}–) ends each "
            f"priority title with a full stop; the chapter headings, "
            f"whose wording is stored, do not.",
        )
        objectives = list(chapter.objectives)
        result: list[tuple[str, str]] = []
        j = 0
        for line, text in bullets:
            bare = text[:-1] if text.endswith(".") else text
            if j < len(objectives) and bare == objectives[j][2]:
                result.append((objectives[j][0], objectives[j][2]))
                j += 1
                continue
            prev = ObjectiveId(result[-1][0]) if result else None
            nxt = ObjectiveId(objectives[j][0]) if j < len(objectives) else None
            if prev is None or nxt is None:
                raise fail(
                    line, f"the overview's objective “{text}” matches no heading of the chapter"
                )
            gap = ObjectiveId(prev.priority, prev.number + 1)
            if nxt != ObjectiveId(prev.priority, prev.number + 2):
                raise fail(
                    line,
                    f"the overview's objective “{text}” matches no heading of the "
                    f"chapter and is not a gap between {prev} and {nxt}",
                )
            result.append((str(gap), bare))
            self.journal.decision(
                line,
                f"Objective {gap} has no heading in the Åtgärder chapter; its text is the "
                f"overview bullet at line {line} (between {prev} and {nxt}), stored "
                f"without the bullet's final full stop like the chapter headings.",
            )
        if j != len(objectives):
            raise fail(
                objectives[j][1],
                f"the chapter's objective {objectives[j][0]} is not in the overview",
            )
        self.journal.note(
            None,
            f"All {len(objectives)} objective headings of the chapter match "
            f"the overview's bullets word for word (apart from the bullets' "
            f"final full stop).",
        )
        out = []
        for n in sorted(chapter.priorities):
            objs = [
                Objective(ObjectiveId(oid), t)
                for oid, t in result
                if ObjectiveId(oid).priority == n
            ]
            out.append(Priority(n, chapter.priorities[n][1], objs))
        return out

    # -- the Uppföljning chapter -------------------------------------------------------------

    def follow_up(self, chapter: Chapter) -> FollowUp:
        """The Uppföljning chapter: its introduction, its notes (headings beginning "Om …",
        such as the note on the covid-19 pandemic) and the selected results per priority. A
        report without the chapter gets an empty FollowUp (noted in the journal)."""
        try:
            start = find_line(self.lines, r"^Uppföljning$", 1, None, "Uppföljning")
            intro = find_line(
                self.lines,
                r"^I kapitlet redovisas planerade och pågående åtgärder",
                start,
                None,
                "the Åtgärder chapter",
            )
        except _Refused:
            self.journal.note(
                None,
                "The text has no Uppföljning chapter before the Åtgärder "
                "chapter; the report's follow-up is left empty.",
            )
            return FollowUp()
        end = intro
        for no in range(intro - 1, start, -1):
            if self.lines[no - 1].text == "Åtgärder":
                end = no
        lines = [
            x
            for x in self.span(start + 1, end)
            if not PAGE_HEADER_RE.match(x.text) and x.text not in RUNNING_HEADERS
        ]
        sections: list[tuple[str, int, str, list[Line]]] = [("introduction", start, "", [])]
        i = 0
        while i < len(lines):
            line = lines[i]
            previous_blank = i == 0 or not lines[i - 1].text
            m = PRIORITY_HEAD_RE.match(line.text)
            if m or (previous_blank and line.text.startswith("Om ")):
                expected = None
                if m and int(m.group(1)) in chapter.priorities:
                    expected = (
                        f"Strategisk prioritering {m.group(1)}. "
                        + chapter.priorities[int(m.group(1))][1]
                    )
                head = [line]
                i += 1
                while i < len(lines) and lines[i].text:
                    so_far = join_lines(head)
                    if expected is not None:
                        if so_far == expected or not expected.startswith(
                            join_lines(head + [lines[i]])
                        ):
                            break
                    elif not lines[i].text[:1].islower():
                        break
                    head.append(lines[i])
                    i += 1
                title = join_lines(head, self.journal)
                if m:
                    if expected is not None and title != expected:
                        self.journal.discrepancy(
                            "Priority titles",
                            line.no,
                            f"Priority {m.group(1)}: the Uppföljning heading (line {line.no}) "
                            f"prints “{title}”, the chapter heading “{expected}”.",
                        )
                    sections.append(("priority", line.no, m.group(1), []))
                else:
                    self.journal.decision(
                        line.no,
                        f"Uppföljning: “{title}” (line {line.no}) is "
                        f"read as the heading of a note (it begins "
                        f"with “Om” and ends before the first line "
                        f"that starts with a capital).",
                    )
                    sections.append(("note", line.no, title, []))
                continue
            sections[-1][3].append(line)
            i += 1
        introduction = ""
        notes: list[FollowUpNote] = []
        results: dict[SupportsInt | SupportsIndex, str] = {}
        for kind, no, name, body in sections:
            text = "\n\n".join(join_lines(p, self.journal) for p in paragraphs(body))
            if kind == "introduction":
                introduction = text
            elif not text:
                raise fail(no, f"Uppföljning: the heading “{name}” has no text under it")
            elif kind == "note":
                notes.append(FollowUpNote(name, text))
            else:
                if int(name) in results:
                    raise fail(no, f"Uppföljning: priority {name} is headed twice")
                results[int(name)] = text
        try:
            return FollowUp(introduction=introduction, notes=notes, results=results)
        except Error as error:
            raise fail(line_no(self.lines, start), f"Uppföljning: {error}") from None

    def prose_chapters(self) -> list[_core.ProseChapter]:
        """The prose chapters (readers.chapters); in pdftotext's forms, which print no empty
        line between paragraphs, the paragraphs may run together (noted)."""
        if self.form != TEXT:
            self.journal.note(
                None,
                f"The prose chapters are read from {self.form}'s text, which prints no empty "
                "line between paragraphs: a chapter's paragraphs may run together.",
            )
        if self.has(r"^I kapitlet redovisas planerade och pågående åtgärder"):
            self.journal.note(
                line_no(
                    self.lines,
                    find_line(self.lines, r"^I kapitlet redovisas planerade och pågående åtgärder"),
                ),
                "The Åtgärder chapter's own introduction (what the chapter holds, how measures "
                "are numbered and marked, what the icons mean) is not kept in the model: the "
                "library's documents print the chapter without it.",
            )
        return read_chapters(
            self.lines, self.journal, lambda text: bool(PAGE_HEADER_RE.match(text))
        )

    # -- the whole report --------------------------------------------------------------------

    def read(self) -> ReadReport:
        if not any(line.text for line in self.lines):
            raise fail(1, "the text is empty")
        title, first_year, last_year = self.plan_title()
        year = self.report_year()
        self.check_samfi()
        chapter = self.chapter()
        priorities = self.priorities(chapter)
        objective_ids = {str(o.id) for p in priorities for o in p.objectives}

        akt = find_line(
            self.lines, r"^Aktuella åtgärder$", 1, None, "Bilaga 1's section Aktuella åtgärder"
        )
        akt_first = find_line(
            self.lines,
            r"^Strategisk prioritering 1\.",
            akt,
            None,
            "the first table of Aktuella åtgärder",
        )
        gen = find_line(
            self.lines,
            r"^Genomförda åtgärder$",
            akt,
            None,
            "Bilaga 1's section Genomförda åtgärder",
        )
        avs = find_line(
            self.lines, r"^Avskrivna åtgärder$", gen, None, "Bilaga 1's section Avskrivna åtgärder"
        )
        if self.has(r"^Aktuella åtgärder$", akt + 1):
            again = find_line(self.lines, r"^Aktuella åtgärder$", akt + 1)
            raise fail(
                line_no(self.lines, again),
                "Bilaga 1 begins a second time here (the first at line "
                f"{line_no(self.lines, akt)}): the text holds the report more than once; import "
                "one copy",
            )
        if self.has(r"^Uppdrag om en samlad informations- och", avs):
            end = find_line(self.lines, r"^Uppdrag om en samlad informations- och", avs)
            written = [no for no, line in enumerate(self.lines, start=1) if line.text]
            first, last = line_no(self.lines, end), line_no(self.lines, written[-1])
            self.journal.note(
                first,
                f"Lines {first}–{last} follow the report (the government's decision and anything "
                "after it); no measure is read from them.",
            )
        else:
            end = len(self.lines) + 1
            self.journal.note(
                None, "Bilaga 1 runs to the end of the text (no government decision after it)."
            )
        if self.form == PLAIN:
            self.journal.note(
                None,
                "pdftotext's plain text prints Bilaga 1's cells in an order of its own: the "
                "rows are read against the chapter (see the decisions and discrepancies).",
            )
            rows = self.plain_aktuella(akt_first, gen, chapter)
            done = self.plain_closed(gen + 1, avs, "Genomförda åtgärder")
            ended = self.plain_closed(avs + 1, end, "Avskrivna åtgärder")
        else:
            rows = self.entries(akt_first, gen, chapter, "Aktuella åtgärder")
            done = self.entries(gen + 1, avs, chapter, "Genomförda åtgärder")
            ended = self.entries(avs + 1, end, chapter, "Avskrivna åtgärder")
        aktuella = self.aktuella(rows)
        genomforda = self.closed(done, StatusKind.completed)
        avskrivna = self.closed(ended, StatusKind.withdrawn)
        active, methods = self.active(chapter, aktuella)
        closed = [
            Measure(
                id=x.id,
                title=x.title,
                description=x.description,
                agencies=x.agencies,
                status=x.status,
            )
            for x in (*genomforda.values(), *avskrivna.values())
        ]
        measures = active + closed
        where: dict[MeasureId, int] = {b.id: b.number_line for b in chapter.blocks}
        for x in (*genomforda.values(), *avskrivna.values()):
            if x.id in where or x.id in aktuella:
                first = where.get(x.id) or aktuella[x.id].line
                raise fail(
                    x.line, f"measure {x.id} is listed as ended here and as current at line {first}"
                )
            where[x.id] = x.line
        for m in measures:
            if str(m.id.objective) not in objective_ids:
                hint = (
                    ""
                    if self.has_overview or self.into is not None
                    else " (the text has no overview of the strategy and heads only the "
                    "objectives with current measures: import it into the plan it belongs to)"
                )
                raise fail(
                    where[m.id], f"measure {m.id} belongs to no objective of the strategy{hint}"
                )
        submitted: date = _core.Report.due_date(year)
        self.journal.decision(
            None,
            f"`submitted` is {submitted.isoformat()}: the report is due "
            f"on 1 March of its year and prints no delivery date of its "
            f"own.",
        )
        follow_up = self.follow_up(chapter)
        report = _core.Report(
            year,
            submitted,
            sorted(measures, key=lambda m: m.id),
            follow_up=follow_up,
            chapters=self.prose_chapters(),
        )
        plan = self.plan(title, first_year, last_year, priorities, report)
        self.methods = methods
        return ReadReport(plan, self.journal, year)

    def plan(
        self,
        title: str,
        first_year: int,
        last_year: int,
        priorities: list[Priority],
        report: _core.Report,
    ) -> _core.Plan:
        if self.into is None:
            return _core.Plan(
                title=title,
                first_year=first_year,
                last_year=last_year,
                agencies=self.registry,
                priorities=priorities,
                reports=[report],
            )
        into = self.into
        if (into.title, into.first_year, into.last_year) != (title, first_year, last_year):
            raise fail(
                None, f"the text reports on “{title}”, the plan imported into is “{into.title}”"
            )
        if into.priorities != priorities:
            self.journal.note(
                None,
                "The priorities and objectives the text prints differ from "
                "those of the plan imported into; the plan's are kept.",
            )
        if report.year in into.years:
            raise fail(None, f"the plan imported into already holds a {report.year} report")
        reports = [into.report(y) for y in into.years] + [report]
        try:
            return _core.Plan(
                title=into.title,
                first_year=into.first_year,
                last_year=into.last_year,
                agencies=into.agencies,
                priorities=into.priorities,
                reports=reports,
            )
        except Error as error:
            raise fail(None, f"the {report.year} report cannot join the plan: {error}") from None


def read_report_text(
    text: str, source: str = "<text>", into: _core.Plan | None = None, *, from_pdf: bool = False
) -> tuple[ReadReport, _Reader]:
    """Reads a report from its text (`from_pdf`: as `readers.pdf.pdf_text` gives a PDF's, whose
    errors also name the page); `source` names it in errors. Raises SourceError (with the
    line) where the text is not a whole report of the plan."""
    reader = _Reader(text, source, into, from_pdf)
    try:
        return reader.read(), reader
    except _Refused as refused:
        message = refused.message
        if reader.form in (PLAIN, LAYOUT):
            message += (
                f" (the text is the output of {reader.form}; importing the PDF itself "
                f"reads the words with their places on the page)"
            )
        if from_pdf and refused.line:
            before = text.split("\n")[: refused.line]
            page = sum(1 for line in before if line.startswith("\f"))
            message = f"(page {page} of the PDF) {message}"
        raise data_error(source, refused.line, message) from None


def sha256(text: str) -> str:
    """The SHA-256 of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
