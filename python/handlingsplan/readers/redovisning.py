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

The reader works in layers, each stage in a module of its own: the front end of the text's form
(`report_text.ReportText`: `pdftotext` tells the forms apart and drops their page furniture),
the front matter (`strategy`), the Åtgärder chapter's blocks (`blocks`), Bilaga 1's rows in the
forms that print a row's cells apart (`front_rows`) or in pdftotext's plain text
(`front_plain`), the rows read whatever the form (`bilaga`), the chapter and Bilaga 1
reconciled into the measures (`reconcile`), the other chapters (`follow_up`), and the journal
of it all (`journal`, `extraction_report`). This module puts them together.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import PurePath

from .. import _core
from .._core import ChangeSource, Measure, MeasureId, Priority, StatusKind
from ..errors import Error
from .bilaga import BilagaReader
from .blocks import ChapterReader
from .follow_up import FollowUpReader
from .front_plain import PlainRowsReader
from .front_rows import RowsReader
from .model import Block, Chapter, Entry, Listed, ReadReport
from .pdftotext import LAYOUT, PLAIN
from .reconcile import Reconciler
from .report_text import (
    COMPLETED_SECTION,
    CURRENT_SECTION,
    PRIORITY_WORD,
    WITHDRAWN_SECTION,
    ReportText,
    Stage,
    _Refused,
    data_error,
    fail,
    find_line,
    line_no,
    swedish_of,
)
from .strategy import StrategyReader

__all__ = ["read_report_text"]


class _Reader(Stage):
    """The whole report, stage by stage."""

    def __init__(
        self,
        text: str,
        source: str,
        into: _core.Plan | None,
        from_pdf: bool = False,
        closed_titles: dict[str, str] | None = None,
    ) -> None:
        super().__init__(ReportText.read(text, source, into, from_pdf, closed_titles))
        self.source = source
        self.text = text
        self.page_checks: list[str] = []
        self.methods: dict[str, list[str]] = {}

    def read(self) -> ReadReport:
        if not any(line.text for line in self.lines):
            raise fail(1, "the text is empty", "texten är tom")
        strategy = StrategyReader(self.src)
        title, first_year, last_year = strategy.plan_title()
        year = strategy.report_year()
        strategy.check_samfi()
        blocks = ChapterReader(self.src)
        chapter = blocks.chapter()
        self.page_checks = blocks.page_checks
        priorities = strategy.priorities(chapter)
        objective_ids = {str(o.id) for p in priorities for o in p.objectives}

        rows, done, ended = self.bilaga_rows(chapter)
        bilaga = BilagaReader(self.src)
        aktuella = bilaga.aktuella(rows)
        genomforda = bilaga.closed(done, StatusKind.completed)
        avskrivna = bilaga.closed(ended, StatusKind.withdrawn)
        active, methods = Reconciler(self.src).active(chapter, aktuella)
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
        self.check_places(
            chapter,
            aktuella,
            [*genomforda.values(), *avskrivna.values()],
            measures,
            objective_ids,
            strategy.has_overview,
        )
        submitted: date = _core.Report.due_date(year)
        self.journal.decision(
            None,
            f"`submitted` är {submitted.isoformat()}: redovisningen ska lämnas "
            f"senast den 1 mars sitt år och trycker inget eget "
            f"inlämningsdatum.",
        )
        others = FollowUpReader(self.src)
        follow_up = others.follow_up(chapter)
        starts = {b.id: first_line(b) for b in chapter.blocks}
        starts.update({x.id: x.line for x in (*genomforda.values(), *avskrivna.values())})
        ordered = sorted(measures, key=lambda m: m.id)
        report = _core.Report(
            year,
            submitted,
            ordered,
            follow_up=follow_up,
            changes=self.sourced_changes(ordered, starts, year),
            chapters=others.prose_chapters(),
        )
        plan = self.plan(title, first_year, last_year, priorities, report)
        self.methods = methods
        return ReadReport(plan, self.journal, year)

    def bilaga_sections(self) -> tuple[int, int, int, int]:
        """Where Bilaga 1's sections are: the first table of Aktuella åtgärder, the headings of
        Genomförda and Avskrivna åtgärder, and the end of the last (the government's decision
        after it, or the end of the text)."""
        current, completed, withdrawn = (
            f"^{re.escape(s)}$" for s in (CURRENT_SECTION, COMPLETED_SECTION, WITHDRAWN_SECTION)
        )
        akt = find_line(self.lines, current, 1, None, f"Bilaga 1's section {CURRENT_SECTION}")
        akt_first = find_line(
            self.lines,
            f"^{re.escape(PRIORITY_WORD)} 1\\.",
            akt,
            None,
            f"the first table of {CURRENT_SECTION}",
        )
        gen = find_line(self.lines, completed, akt, None, f"Bilaga 1's section {COMPLETED_SECTION}")
        avs = find_line(self.lines, withdrawn, gen, None, f"Bilaga 1's section {WITHDRAWN_SECTION}")
        if self.has(current, akt + 1):
            again = find_line(self.lines, current, akt + 1)
            raise fail(
                line_no(self.lines, again),
                "Bilaga 1 begins a second time here (the first at line "
                f"{line_no(self.lines, akt)}): the text holds the report more than once; import "
                "one copy",
                "Bilaga 1 börjar en andra gång här (första gången på rad "
                f"{line_no(self.lines, akt)}): texten innehåller redovisningen mer än en gång; "
                "importera en kopia",
            )
        return akt_first, gen, avs, self.bilaga_end(avs)

    def bilaga_end(self, avs: int) -> int:
        """Where Avskrivna åtgärder ends."""
        if self.has(r"^Uppdrag om en samlad informations- och", avs):
            end = find_line(self.lines, r"^Uppdrag om en samlad informations- och", avs)
            written = [no for no, line in enumerate(self.lines, start=1) if line.text]
            first, last = line_no(self.lines, end), line_no(self.lines, written[-1])
            self.journal.note(
                first,
                f"Raderna {first}–{last} följer efter redovisningen (regeringens beslut och allt "
                "efter det); ingen åtgärd läses från dem.",
            )
        else:
            end = len(self.lines) + 1
            self.journal.note(
                None, "Bilaga 1 går till textens slut (inget regeringsbeslut efter den)."
            )
        return end

    def bilaga_rows(self, chapter: Chapter) -> tuple[list[Entry], list[Entry], list[Entry]]:
        """Bilaga 1's three sections cut into rows by the front end of the text's form."""
        akt_first, gen, avs, end = self.bilaga_sections()
        if self.form == PLAIN:
            self.journal.note(
                None,
                "pdftotexts oformaterade text trycker Bilaga 1:s celler i en egen ordning: "
                "raderna läses mot kapitlet (se besluten och skillnaderna).",
            )
            plain = PlainRowsReader(self.src)
            rows = plain.plain_aktuella(akt_first, gen, chapter)
            done = plain.plain_closed(gen + 1, avs, COMPLETED_SECTION)
            ended = plain.plain_closed(avs + 1, end, WITHDRAWN_SECTION)
            return rows, done, ended
        cut = RowsReader(self.src)
        rows = cut.entries(akt_first, gen, chapter, CURRENT_SECTION)
        done = cut.entries(gen + 1, avs, chapter, COMPLETED_SECTION)
        ended = cut.entries(avs + 1, end, chapter, WITHDRAWN_SECTION)
        return rows, done, ended

    def check_places(
        self,
        chapter: Chapter,
        aktuella: dict[MeasureId, Listed],
        ended: list[Listed],
        measures: list[Measure],
        objective_ids: set[str],
        has_overview: bool,
    ) -> None:
        """No ended measure is also current, and every measure belongs to an objective of the
        strategy (`objective_ids`)."""
        where: dict[MeasureId, int] = {b.id: b.number_line for b in chapter.blocks}
        for x in ended:
            if x.id in where or x.id in aktuella:
                first = where.get(x.id) or aktuella[x.id].line
                raise fail(
                    x.line,
                    f"measure {x.id} is listed as ended here and as current at line {first}",
                    f"åtgärd {x.id} står som avslutad här och som aktuell på rad {first}",
                )
            where[x.id] = x.line
        for m in measures:
            if str(m.id.objective) not in objective_ids:
                hint, hint_sv = (
                    ("", "")
                    if has_overview or self.into is not None
                    else (
                        " (the text has no overview of the strategy and heads only the "
                        "objectives with current measures: import it into the plan it belongs to)",
                        " (texten har ingen översikt över strategin och rubriker bara för målen "
                        "med aktuella åtgärder: importera den till den plan den hör till)",
                    )
                )
                raise fail(
                    where[m.id],
                    f"measure {m.id} belongs to no objective of the strategy{hint}",
                    f"åtgärd {m.id} hör inte till något mål i strategin{hint_sv}",
                )

    def sourced_changes(
        self, measures: list[Measure], starts: dict[MeasureId, int], year: int
    ) -> list[_core.RecordedChange]:
        """What the report changed of each measure (added, or the fields and status changed
        from the latest earlier report of the plan imported into), each change with its source:
        the file's name and the line where the measure starts (its title in the chapter, its
        row in Bilaga 1)."""
        name = PurePath(self.src.source).name or self.src.source
        out: list[_core.RecordedChange] = []
        for m in measures:
            source = ChangeSource(file=name, line=starts[m.id])
            out += _core.recorded_changes(self.earlier(m.id, year), m, source=source)
        return out

    def earlier(self, mid: MeasureId, year: int) -> Measure | None:
        """The measure in the latest report before `year` of the plan imported into; None
        where there is none."""
        if self.into is None:
            return None
        for earlier in reversed([y for y in self.into.years if y < year]):
            report = self.into.report(earlier)
            if mid in report:
                return report[mid]
        return None

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
                None,
                f"the text reports on “{title}”, the plan imported into is “{into.title}”",
                f"texten redovisar “{title}”, planen som importeras till är “{into.title}”",
            )
        if into.priorities != priorities:
            self.journal.note(
                None,
                "Prioriteringarna och målsättningarna som texten trycker skiljer sig från "
                "dem som planen som läses in i har; planens behålls.",
            )
        if report.year in into.years:
            raise fail(
                None,
                f"the plan imported into already holds a {report.year} report",
                f"planen som importeras till har redan en redovisning för {report.year}",
            )
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
            raise fail(
                None,
                f"the {report.year} report cannot join the plan: {error}",
                f"redovisningen för {report.year} kan inte fogas till planen: {swedish_of(error)}",
            ) from None


def read_report_text(
    text: str,
    source: str = "<text>",
    into: _core.Plan | None = None,
    *,
    from_pdf: bool = False,
    closed_titles: dict[str, str] | None = None,
) -> tuple[ReadReport, _Reader]:
    """Reads a report from its text (`from_pdf`: as `readers.pdf.pdf_text` gives a PDF's, whose
    errors also name the page); `source` names it in errors; `closed_titles`: where the titles
    of completed and withdrawn measures end, by measure id (closed_titles.py), where `into`
    does not hold them. Raises SourceError (with the line) where the text is not a whole report
    of the plan."""
    reader = _Reader(text, source, into, from_pdf, closed_titles)
    try:
        return reader.read(), reader
    except _Refused as refused:
        message, swedish = refused.message, refused.swedish
        if reader.form in (PLAIN, LAYOUT):
            message += (
                f" (the text is the output of {reader.form}; importing the PDF itself "
                f"reads the words with their places on the page)"
            )
            swedish += (
                f" (texten är utdata från {reader.form}; importeras själva PDF:en läses orden "
                f"med sina platser på sidan)"
            )
        if from_pdf and refused.line:
            before = text.split("\n")[: refused.line]
            page = sum(1 for line in before if line.startswith("\f"))
            message = f"(page {page} of the PDF) {message}"
            swedish = f"(sida {page} i PDF:en) {swedish}"
        raise data_error(source, refused.line, message, swedish) from None


def sha256(text: str) -> str:
    """The SHA-256 of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def first_line(block: Block) -> int:
    """The source line where a block's measure starts: its title's first line."""
    return next(line.no for line in block.body if line.text)
