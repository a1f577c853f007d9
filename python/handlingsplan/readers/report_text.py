"""The text of a yearly report as every stage of the importer reads it: the words and patterns
of the report's parts, the refusal every stage raises (`fail`, turned into a `SourceError` naming
the source and line by `redovisning.read_report_text`), and `ReportText`, the text after its
front end (`pdftotext.text_form` tells the form; page furniture dropped, the plain text's
suspended hyphens put back) with the plan it is imported into. `Stage` is what each stage of
the reader builds on: the text, its journal and the look-ups every stage shares."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import _core, _printed
from .._core import Agencies, AgencyRegistry, MeasureId, Period, Status, StatusKind
from ..errors import Error, ParseError, SourceError, parse_problem_text
from ._layout import Line, source_lines
from .journal import Journal
from .pdftotext import PLAIN, TEXT, suspended_hyphens, text_form, without_page_furniture

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
# Bilaga 1's sections and a priority's heading, as the 2019–2022 report prints them.
CURRENT_SECTION, COMPLETED_SECTION, WITHDRAWN_SECTION = (
    _APPENDIX.current,
    _APPENDIX.completed,
    _APPENDIX.withdrawn,
)
PRIORITY_WORD = _WORDS.levels.priority
WORDS = _WORDS
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


class _Refused(Exception):
    """Raised inside the reader; turned into a DataError naming the source."""

    def __init__(self, line: int | None, message: str, swedish: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.swedish = swedish


def fail(line: int | None, message: str, swedish: str) -> _Refused:
    """The error to raise: `raise fail(line, message, swedish)`: the problem in English (the
    exception's text for Python callers) and in Swedish (what the command line prints)."""
    return _Refused(line, message, swedish)


def data_error(source: str, line: int | None, message: str, swedish: str) -> SourceError:
    """The error for a text that is not a whole report: a DataError with the attributes the
    core's have (`source`, `where`, `problem`, `swedish_problem`) and the line as a number
    (`line`)."""
    where = f"line {line}" if line else "the whole text"
    error = SourceError(f"{source}: {where}: {message}")
    error.source, error.where, error.problem = source, where, message
    error.swedish_problem = swedish
    error.line = line
    return error


def swedish_of(error: BaseException) -> str:
    """A library error's problem in Swedish where it has one (the core's `swedish_problem`, a
    parse error's kind, input and nearest accepted word), else its text as written."""
    swedish = getattr(error, "swedish_problem", None)
    if swedish:
        return str(swedish)
    if isinstance(error, ParseError):
        return parse_problem_text(error)
    return str(error)


# What find_line looks for, in Swedish: the names its callers give (the stages'), then the
# beginnings of the names built from a section's words.
_WHAT_SV = {
    "the heading Sammanfattning, or the report's year "
    '("NNNN års redovisning")': 'rubriken Sammanfattning eller redovisningens år ("NNNN års '
    'redovisning")',
    "the strategy's list of priorities": "strategins lista över prioriteringarna",
    "the end of the strategy's list of priorities": "slutet av strategins lista över "
    "prioriteringarna",
    "the overview of priorities and objectives": "översikten över prioriteringar och mål",
    "the section after the overview": "avsnittet efter översikten",
    "the Åtgärder chapter": "kapitlet Åtgärder",
    "the introduction or the heading of the Åtgärder chapter": "inledningen eller rubriken till "
    "kapitlet Åtgärder",
    "the heading of priority 1 in the Åtgärder chapter": "rubriken för prioritering 1 i kapitlet "
    "Åtgärder",
    "the Slutord or Bilaga 1 after the chapter": "Slutord eller Bilaga 1 efter kapitlet",
}
_WHAT_BEGINNING_SV = (
    ("Bilaga 1's section ", "avsnittet "),
    ("the heading ", "rubriken "),
    ("the first table of ", "den första tabellen i "),
)


def swedish_what(what: str) -> str:
    """What find_line looks for, in Swedish."""
    if what in _WHAT_SV:
        return _WHAT_SV[what]
    for english, swedish in _WHAT_BEGINNING_SV:
        if what.startswith(english):
            return swedish + what[len(english) :]
    return what


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
    raise fail(
        first,
        f"expected {what or pattern!r} between lines {first} and {last}",
        f"{swedish_what(what) or pattern!r} väntades mellan rad {first} och {last}",
    )


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


@dataclass
class ReportText:
    """A report's text after its front end: its lines (page furniture dropped), its form, the
    journal of the import, the plan it is imported into and the agency registry it is read
    against."""

    source: str
    lines: list[Line]
    form: str
    journal: Journal
    into: _core.Plan | None
    registry: AgencyRegistry
    # The titles of completed and withdrawn measures given to the import (closed_titles.py).
    closed_titles: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(
        cls,
        text: str,
        source: str,
        into: _core.Plan | None,
        from_pdf: bool,
        closed_titles: dict[str, str] | None = None,
    ) -> ReportText:
        """The text through the front end of its form: a PDF's text (`from_pdf`) is the text
        form; pdftotext's forms are told by Bilaga 1's table header."""
        journal = Journal(source=source)
        lines = source_lines(text)
        form = TEXT if from_pdf else text_form(lines)
        if form != TEXT:
            journal.note(
                None,
                f"Texten är utdata från {form} (Bilaga 1:s tabellhuvud visar det).",
            )
        lines = without_page_furniture(lines, form, journal)
        if form == PLAIN:
            lines = suspended_hyphens(lines, known_texts(into), journal)
        registry = into.agencies if into is not None else AgencyRegistry.standard()
        return cls(source, lines, form, journal, into, registry, dict(closed_titles or {}))


class Stage:
    """A stage of the reader: what it reads (`src`) and the look-ups every stage shares."""

    def __init__(self, src: ReportText) -> None:
        self.src = src

    @property
    def lines(self) -> list[Line]:
        return self.src.lines

    @property
    def form(self) -> str:
        return self.src.form

    @property
    def into(self) -> _core.Plan | None:
        return self.src.into

    @property
    def registry(self) -> AgencyRegistry:
        return self.src.registry

    @property
    def journal(self) -> Journal:
        return self.src.journal

    @journal.setter
    def journal(self, journal: Journal) -> None:
        self.src.journal = journal

    def span(self, start: int, end: int) -> list[Line]:
        """Lines start..end-1 (1-based)."""
        return self.lines[start - 1 : end - 1]

    def agencies(self, text: str, line: int) -> Agencies:
        try:
            return Agencies.parse(text, self.registry)
        except Error as error:
            raise fail(
                line,
                f"agency text {text!r} cannot be read: {error}",
                f"myndighetstexten {text!r} går inte att läsa: {swedish_of(error)}",
            ) from None

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

    def parses_as_agencies(self, text: str) -> bool:
        if not starts_with_agency(text, self.registry):
            return False
        try:
            Agencies.parse(text, self.registry)
        except Error:
            return False
        return True

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

    def known_titles(self, mid: MeasureId) -> list[str]:
        """The titles a completed or withdrawn row may begin with (see `closed_title`)."""
        out = []
        if self.into is not None:
            for year in reversed(self.into.years):
                report = self.into.report(year)
                if mid in report:
                    out += [report[mid].title_in_appendix, report[mid].title]
        if str(mid) in self.src.closed_titles:
            out.append(self.src.closed_titles[str(mid)])
        return out
