"""The Python face of a plan and its reports: the compiled objects, held by composition, with
what Python does best added on top (DataFrames, rendering, file paths as `os.PathLike`)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _core
from ._arguments import require_type, require_wrapper
from ._core import (
    Agencies,
    AgencyRegistry,
    ChangeSource,
    FormEntry,
    FormEvent,
    FormGroups,
    Measure,
    MeasureId,
    Objective,
    ObjectiveId,
    Period,
    PlanWords,
    Priority,
    RecordedChange,
    Reopening,
    ReportState,
    Role,
    StatusKind,
)
from ._deprecation import warn_renamed
from ._files import reading, writing
from ._vocabulary import STATUS_ORDER
from .appendix import Appendix
from .diff import ReportDiff
from .display import plan_html, report_html
from .errors import DataError, NotFoundError, ParseError
from .history import MeasureHistory
from .render.chapter import Chapter, build_chapter
from .render.report_parts import ReportPart, report_parts
from .search import search
from .selection import MeasureSelection

# Third-party libraries (pandas, NumPy, pyarrow, python-docx, docxtpl, openpyxl, Jinja2,
# icalendar, matplotlib) load at the point of use: the modules that need them are imported in
# the methods that do, so that `import handlingsplan` and a load need none of them.
if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from . import activities as _activities
    from . import readers
    from .forms import UpdateResult
    from .inferred import InferredReport
    from .render import docx as docx_format

__all__ = [
    "ImportResult",
    "Plan",
    "Report",
    "default_plan_path",
    "diff",
    "import_report",
    "load_default",
]


def default_plan_path() -> Path:
    """The plan file shipped with the package: the national plan with its 2021 report."""
    # Beside the package's modules: a package with a compiled module is never imported from a
    # zip file, and importlib.resources would cost a start-up more than the plan's load.
    return Path(__file__).with_name("data") / "handlingsplan.json"


def load_default() -> Plan:
    """Loads the shipped national plan (with the 2021 report, extracted from the report itself)."""
    return Plan.load(default_plan_path())


def _data_error(source: str, where: str, problem: str, swedish_problem: str) -> DataError:
    """A DataError like those the core raises, with the same attributes."""
    error = DataError(f"{source}: {where}: {problem}")
    error.source, error.where, error.problem = source, where, problem
    error.swedish_problem = swedish_problem
    error.line = error.column = error.context = error.field = None
    return error


def _agency(registry: AgencyRegistry, name: str) -> _core.Agency:
    """The agency a person means by `name` (any case, spaces, aliases, a successor's name), as
    the core resolves it; NotFoundError naming the nearest name otherwise."""
    return registry.resolve(name)


def _measure_id(id: MeasureId | str) -> MeasureId:
    return MeasureId(id) if isinstance(id, str) else id


def _role(role: Role | str | None) -> Role | None:
    if role is None or isinstance(role, Role):
        return role
    return _core.parse_role(role)


def _status(status: StatusKind | str | None) -> StatusKind | None:
    if status is None or isinstance(status, StatusKind):
        return status
    return _core.parse_status_kind(status)


class Report:
    """A yearly report (redovisning): every measure of the plan with its status that year.

    Get one from its plan, ``plan.report(2021)``; it stays tied to that plan.
    """

    def __init__(self, core: _core.Report, plan: Plan) -> None:
        self._core = core
        self._plan = plan

    @property
    def year(self) -> int:
        """The report's year (it is due 1 March of that year)."""
        return self._core.year

    @property
    def submitted(self) -> date:
        """The date the report was submitted."""
        return self._core.submitted

    @property
    def plan(self) -> Plan:
        """The plan this report belongs to."""
        return self._plan

    @property
    def words(self) -> PlanWords:
        """The plan's own words (`Plan.words`): what it calls its levels, how it writes its ids."""
        return self._plan.words

    @property
    def state(self) -> ReportState:
        """`ReportState.draft` while the report is prepared, `ReportState.final` once submitted.
        A final report refuses every edit until it is reopened on purpose (`reopen`)."""
        return self._core.state

    @property
    def is_final(self) -> bool:
        """Whether the report is final (submitted)."""
        return self._core.is_final

    @property
    def reopenings(self) -> list[Reopening]:
        """Each time the final report was opened again to correct it (date, reason)."""
        return self._core.reopenings

    def finalize(self) -> Report:
        """Marks the report final (submitted): from now on it is edited only after `reopen`."""
        self._plan._core.finalize_report(self.year)
        return self

    def reopen(self, reason: str, *, on: date | None = None) -> Report:
        """Opens the final report again to correct it, on the record: the date (today unless
        `on` says otherwise) and the reason are kept in the plan file and shown by the diff.
        RuleViolationError for a draft or a blank reason."""
        self._plan._core.reopen_report(self.year, reason, on or date.today())
        return self

    def measures(
        self,
        *,
        priority: int | None = None,
        objective: ObjectiveId | str | None = None,
        agency: str | None = None,
        role: Role | str | None = None,
        status: StatusKind | str | None = None,
        active_in: int | None = None,
    ) -> MeasureSelection:
        """The measures matching every criterion given, in numeric id order, as a
        `MeasureSelection`: a read-only sequence of `Measure` (equal to the list of the same
        measures) answered in the core, a measure made a Python object only when it is asked
        for; ``.ids`` and ``.to_dataframe()`` need none.

        ``agency`` is a short or full name or an alias ("FRA", "Försvarets radioanstalt",
        "Säpo"), in any case and with spaces around it allowed (NotFoundError, with the nearest
        name, for one the registry does not know); with ``role``
        ("ansvarig", "i samverkan med", ... or a `Role`) only that role counts. ``status`` is
        "pågående", "ny", "uppdaterad", "genomförd" or "avskriven" (or a `StatusKind`).
        ``active_in=2021``: measures still active whose period includes 2021.
        """
        short_name = None if agency is None else _agency(self._plan.agencies, agency).short_name
        return MeasureSelection(
            self._core.select(
                priority=priority,
                objective=ObjectiveId(objective) if isinstance(objective, str) else objective,
                agency=short_name,
                role=_role(role),
                status=_status(status),
                active_in=active_in,
            ),
            self._plan.words,
        )

    def search(self, text: str, *, whole_words: bool = False) -> list[Measure]:
        """The measures whose titles, description or withdrawal reason contain `text`, ignoring
        case, in numeric id order; ``whole_words=True`` for whole words only ("NIS" but not
        "NISAM"). See `handlingsplan.search`."""
        return search(self, text, whole_words=whole_words)

    def measure(self, id: MeasureId | str) -> Measure:
        """The measure with this id; NotFoundError if the report has none."""
        return self._core[_measure_id(id)]

    # Preparing a report: each edit checks the plan's rules (numbers never reused, ended
    # measures stay ended, years within the plan) and raises RuleViolationError leaving the
    # report as it was.

    # Every edit may carry `source=` (a ChangeSource: who, which file and cell or line, when)
    # and `note=`: the report then records each part the edit changed with its values before
    # and after (`changes`, kept in the plan file and shown by `plan.history`).

    def add(
        self,
        measure: Measure | None = None,
        *,
        source: ChangeSource | None = None,
        note: str | None = None,
        **fields: Any,
    ) -> Measure:
        """Adds a new measure; it is marked "Ny åtgärd". Returns the measure as stored. Give a
        `Measure`, or its fields as keywords (``id=``, ``title=``, ``agencies=`` …, as
        `Plan.new_measure` takes them): the agency phrase is read with the plan's registry
        either way."""
        if measure is None:
            measure = self._plan.new_measure(**fields)
        elif fields:
            raise TypeError("Report.add: give a Measure or its fields as keywords, not both")
        self._plan._core.add_measure(self.year, measure, source=source, note=note or "")
        return self.measure(measure.id)

    def complete(
        self,
        id: MeasureId | str,
        *,
        year: int,
        source: ChangeSource | None = None,
        note: str | None = None,
    ) -> Measure:
        """Records the measure as genomförd in `year`."""
        self._plan._core.complete_measure(
            self.year, _measure_id(id), year, source=source, note=note or ""
        )
        return self.measure(id)

    def withdraw(
        self,
        id: MeasureId | str,
        *,
        year: int,
        reason: str,
        source: ChangeSource | None = None,
        note: str | None = None,
    ) -> Measure:
        """Records the measure as avskriven in `year`, with the reason."""
        self._plan._core.withdraw_measure(
            self.year, _measure_id(id), year, reason, source=source, note=note or ""
        )
        return self.measure(id)

    def update(
        self,
        id: MeasureId | str,
        *,
        title: str | None = None,
        description: str | None = None,
        agencies: Agencies | str | None = None,
        period: Period | str | None = None,
        page: int | None = None,
        source: ChangeSource | None = None,
        note: str | None = None,
    ) -> Measure:
        """Changes an active measure. A new period marks it "Uppdaterad, tidplan"; a new
        title, description or agencies "Uppdaterad, innehåll" (a new measure stays new)."""
        self._plan._core.update_measure(
            self.year,
            _measure_id(id),
            title=title,
            description=description,
            agencies=Agencies.parse(agencies, self._plan.agencies)
            if isinstance(agencies, str)
            else agencies,
            period=Period.parse(period) if isinstance(period, str) else period,
            page=page,
            source=source,
            note=note or "",
        )
        return self.measure(id)

    @property
    def changes(self) -> list[RecordedChange]:
        """The changes made in this report with a source or a note, in the order made."""
        return list(self._core.changes)

    @property
    def forms(self) -> list[FormEntry]:
        """The register of the update forms: who was sent one, who returned it (with answers or
        blank) and when, in the order it happened."""
        return list(self._core.forms)

    def form_groups(self, adding: Sequence[FormEntry] = ()) -> FormGroups:
        """The agencies in three groups: returned a form with answers, returned only blank
        forms, and returned none (of those sent a form, or the SAMFI agencies); with `adding`,
        as they would stand with those entries recorded too."""
        sent = [e.agency for e in self._core.forms if e.event == FormEvent.sent]
        expected = sent or [a.short_name for a in self._plan.agencies if a.samfi]
        return _core.form_groups([*self._core.forms, *adding], expected)

    def record_form(self, entry: FormEntry) -> None:
        """Adds an entry to the form register (a draft's; an entry already there is kept
        once)."""
        self._plan._core.record_form(self.year, entry)

    def infer_previous(self) -> InferredReport:
        """A partial view of the previous year's report, derived only from what this report
        records (new, unchanged, updated, ended measures); what it does not say stays unknown."""
        from .inferred import infer_previous

        return infer_previous(self)

    @property
    def follow_up(self) -> _core.FollowUp:
        """The report's Uppföljning chapter: `.introduction`, `.notes` (titled, such as the note
        on the covid-19 pandemic) and `.results` (selected results per priority number); empty
        (falsy) where the report has none."""
        return self._core.follow_up

    def count_by_status(self) -> dict[str, int]:
        """Number of measures per status, every status present (zero where none)."""
        counts = {_core.status_kind_text(k): n for k, n in self._core.count_by_status().items()}
        return {name: counts.get(name, 0) for name in STATUS_ORDER}

    def appendix(self, *, today: date | None = None) -> Appendix:
        """The report's appendix, "Bilaga 1: Förteckning över åtgärder", as structured data that
        renders to Word, HTML, Markdown, CSV and Excel (and displays as tables in Jupyter).
        `today`, the day a letter is made from it, names the agencies in the letter's fields as
        on that day (``{{ myndigheter }}``: "MSB (sedan 2026 Myndigheten för civilt försvar),
        …"); the appendix itself prints the report as it was, whatever the day."""
        from .render.letter import letter_fields

        return Appendix(
            _core.build_appendix(self._plan._core, self.year),
            plan_title=self._plan.title,
            fields=letter_fields(self, today),
        )

    def bilaga(self) -> Appendix:
        """Deprecated: `appendix()`, the name it has had since 0.1.0's successor."""
        warn_renamed("Report.bilaga()", "Report.appendix()")
        return self.appendix()

    # The whole report out: the Åtgärder chapter followed by Bilaga 1, from the one model.

    @property
    def chapters(self) -> list[_core.ProseChapter]:
        """The report's prose chapters (Sammanfattning, Introduktion, Myndigheternas arbete med
        handlingsplanen, Extern samverkan, Slutord: those it has), in the published order, each
        a heading and blocks (`ChapterBlock`: paragraphs, subheadings, bullet and numbered
        lists). A draft's chapters are last year's until edited: `carried_over_from` gives the
        year their text is from. The Uppföljning chapter is `follow_up`; the Åtgärder chapter
        is built from the measures (`chapter()`)."""
        return list(self._core.chapters)

    def prose_chapter(self, heading: str) -> _core.ProseChapter | None:
        """The prose chapter so headed ("Slutord"); None where the report has none."""
        return self._core.chapter(heading)

    def set_chapter(
        self,
        heading: str,
        paragraphs: Iterable[str] | None = None,
        *,
        blocks: Iterable[_core.ChapterBlock] | None = None,
    ) -> _core.ProseChapter:
        """Writes the prose chapter `heading` of this draft report, as its own text (the mark
        of being carried over from last year goes): either `paragraphs` (texts) or `blocks`
        (`ChapterBlock.paragraph`, `.heading`, `.bullets`, `.numbered`), not both. Returns the
        chapter. RuleViolation for a final report; InvalidValue for a heading that is not a
        prose chapter's or for no text."""
        if (paragraphs is None) == (blocks is None):
            raise TypeError("give either paragraphs or blocks")
        if blocks is None:
            blocks = [_core.ChapterBlock.paragraph(p) for p in paragraphs or ()]
        self._plan._core.set_chapter(self.year, _core.ProseChapter(heading, list(blocks)))
        chapter = self.prose_chapter(heading)
        assert chapter is not None
        return chapter

    def keep_chapter(self, heading: str) -> _core.ProseChapter:
        """Takes last year's text of the chapter `heading` as this report's own, unchanged: the
        mark of being carried over goes. NotFound where the report has no such chapter."""
        chapter = self.prose_chapter(heading)
        if chapter is None:
            raise NotFoundError(f"no chapter {heading} in the {self.year} report")
        return self.set_chapter(heading, blocks=chapter.blocks)

    def remove_chapter(self, heading: str) -> None:
        """Takes the prose chapter `heading` out of this draft report."""
        self._plan._core.remove_chapter(self.year, heading)

    def parts(self) -> list[ReportPart]:
        """The report's chapters in the published order, as the writers lay them out: the
        prose chapters, the Uppföljning chapter (where it has one) and the Åtgärder chapter."""
        return report_parts(self._plan._core, self._core)

    def chapter(self) -> Chapter:
        """The report's Åtgärder chapter as a structure: per priority and objective, each active
        measure with its marking, title, description paragraphs, agencies, period and number."""
        return build_chapter(self._plan._core, self._core)

    def to_docx(
        self,
        path: str | os.PathLike[str],
        template: str | os.PathLike[str] | None = None,
        *,
        author: str = "",
        fields: Mapping[str, Any] | None = None,
        today: date | None = None,
    ) -> None:
        """Writes the whole report as a Word document: the title, a table of contents (each
        chapter's page a PAGEREF field to its heading, filled from the layout), the chapters in
        the published order (`parts()`), headings in heading styles, then Bilaga 1; in
        Swedish with its properties set: a new A4 one, or a letter from `template` (filled
        through docxtpl as `Appendix.to_docx` fills one, the report going where a paragraph of
        its own reads ``{{ bilaga }}``). TemplateError for a template that cannot take it.

        Bilaga 1's "Sida" gives the page on which each measure stands in the chapter: a PAGEREF
        field to a bookmark on the measure's title, so Word and LibreOffice keep it right after
        edits, its number already filled from a layout by LibreOffice headless (FileError if
        LibreOffice is missing). A page the report gives (an imported report's) stays as
        given. `today`, the day the letter is made, names the agencies in its fields as on that
        day (`appendix`)."""
        self._write_docx(path, template, author=author, fields=fields, lay_out=True, today=today)

    def _write_docx(
        self,
        path: str | os.PathLike[str],
        template: str | os.PathLike[str] | None = None,
        *,
        author: str = "",
        fields: Mapping[str, Any] | None = None,
        lay_out: bool,
        today: date | None = None,
    ) -> None:
        from .render import docx as docx_format
        from .render import letter as letter_format
        from .render import pages, report_docx
        from .render.letter import letter_fields

        chapter = self.chapter()
        appendix = _core.build_appendix(self._plan._core, self.year)
        parts = self.parts()

        def write(document: docx_format.DocxDocument, width: int | None = None) -> None:
            report_docx.write_report(document, chapter, parts)
            docx_format.add_appendix(document, appendix, width=width, page_fields={})

        title = f"Åtgärder, redovisningen {self.year}"
        if template is None:
            with writing(path) as name:
                docx_format.write_document(
                    name, write, title=title, subject=self._plan.title, author=author
                )
                if lay_out:
                    pages.fill_page_fields(name, chapter)
        else:
            with reading(template) as template_name, writing(path) as name:
                letter_format.write_letter(
                    appendix,
                    name,
                    template_name,
                    {**letter_fields(self, today), **(fields or {})},
                    subject=self._plan.title,
                    author=author,
                    content=write,
                )
                if lay_out:
                    pages.fill_page_fields(name, chapter)

    def to_html(self, path: str | os.PathLike[str] | None = None) -> str:
        """The whole report as one self-contained HTML page (UTF-8, Swedish): a list of links to
        its chapters, the chapters in the published order (`parts()`: Sammanfattning,
        Introduktion, Myndigheternas arbete med handlingsplanen, Extern samverkan, Uppföljning,
        Åtgärder, Slutord, those it has), then Bilaga 1; written to `path` if given."""
        from .render import chapter_html
        from .render import html as html_format

        appendix = _core.build_appendix(self._plan._core, self.year)
        page = chapter_html.report_page(
            self.chapter(),
            html_format.appendix_fragment(appendix, links=True, level=2),
            self.parts(),
            appendix.title,
        )
        if path is not None:
            with writing(path) as name:
                Path(name).write_text(page, encoding="utf-8", newline="\n")
        return page

    def to_pdf(self, path: str | os.PathLike[str]) -> list[str]:
        """Writes the whole report (its chapters and Bilaga 1) as PDF: the Word document of
        `to_docx`, converted by LibreOffice headless, tagged (PDF/UA) and archival (PDF/A-2),
        Bilaga 1's "Sida" the pages of this very PDF. Returns the notes of the layout (in
        Swedish): where a page the report gives (an imported report's) is not the page this
        layout puts the measure on, for the page stays as given. FileError if LibreOffice is
        missing or fails."""
        import tempfile

        from .render import pages, pdf

        with tempfile.TemporaryDirectory(prefix="handlingsplan-") as work:
            docx_path = Path(work) / f"redovisning-{self.year}.docx"
            # LibreOffice lays the PAGEREF fields out itself as it converts.
            self._write_docx(docx_path, lay_out=False)
            pdf.prepare_for_pdf(docx_path)
            with writing(path) as name:
                pdf.docx_to_pdf(docx_path, name)
                laid_out = pages.laid_out_pages(name, self.chapter())
        given = {str(m.id): m.page for m in self.measures() if m.page is not None}
        return [
            f"Åtgärd {measure_id}: Bilaga 1 anger sidan {page} som redovisningen gav; i denna "
            f"sättning står åtgärden på sidan {now}."
            for measure_id, page, now in pages.page_differences(given, laid_out)
        ]

    def to_dataframe(self) -> pd.DataFrame:
        """One row per measure; see `handlingsplan.frames.measures_frame` for the columns."""
        from .frames import measures_frame

        return measures_frame(self)

    def agency_roles(self) -> pd.DataFrame:
        """One row per measure and agency; see `handlingsplan.frames.agency_roles_frame`."""
        from .frames import agency_roles_frame

        return agency_roles_frame(self)

    def measure_columns(self) -> dict[str, list[Any]]:
        """The measures column by column, one list per column, from the core (what frames and
        Arrow tables are built from); see `handlingsplan._core.measure_columns`."""
        return _core.measure_columns(self._core)

    def measure_arrays(
        self, list_type: type[list[str]] | None, *, tables_only: bool = False
    ) -> dict[str, Any]:
        """The measures column by column as whole arrays (NumPy arrays, the buffers of Arrow
        string arrays), what `to_dataframe` is built from; with `tables_only`, the columns the
        Arrow tables hold only. See `handlingsplan._core.measure_arrays`."""
        return _core.measure_arrays(self._core, list_type, tables_only)

    def agency_role_columns(self) -> dict[str, list[Any]]:
        """One entry per measure and agency, column by column; see
        `handlingsplan._core.agency_role_columns`."""
        return _core.agency_role_columns(self._core, self._plan.agencies)

    def agency_role_arrays(self, *, tables_only: bool = False) -> dict[str, Any]:
        """The columns of `agency_role_columns` as whole arrays (the buffers of Arrow string
        arrays, NumPy arrays); with `tables_only`, those the Arrow table holds only. See
        `handlingsplan._core.agency_role_arrays`."""
        return _core.agency_role_arrays(self._core, self._plan.agencies, tables_only)

    def table_arrays(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """What the Arrow tables hold, as (`measure_arrays(None, tables_only=True)`,
        `agency_role_arrays(tables_only=True)`), laid out in one walk over the measures. See
        `handlingsplan._core.table_arrays`."""
        return _core.table_arrays(self._core, self._plan.agencies)

    def objectives_frame(self) -> pd.DataFrame:
        """One row per objective with measure counts; see `handlingsplan.frames.objectives_frame`."""
        from .frames import objectives_frame

        return objectives_frame(self._plan, self)

    def plot_timeline(
        self,
        ax: Axes | None = None,
        *,
        agency: str | None = None,
        priority: int | None = None,
        status: StatusKind | str | None = None,
        titles: bool = False,
        closed: bool = False,
    ) -> Figure:
        """The measures' periods as a Gantt chart, filtered by `agency`, `priority` or
        `status`, with the titles beside the ids if `titles`, closed measures shown if
        `closed`; see `handlingsplan.plots.timeline`."""
        from .plots import timeline  # matplotlib loads only when a figure is asked for

        if agency is not None:
            agency = _agency(self._plan.agencies, agency).short_name
        return timeline(
            self,
            ax=ax,
            agency=agency,
            priority=priority,
            status=status,
            titles=titles,
            closed=closed,
        )

    def plot_agency_matrix(
        self, ax: Axes | None = None, role: Role | str | None = None, active_only: bool = True
    ) -> Figure:
        """Agencies × priorities, measures counted; see `handlingsplan.plots.agency_matrix`."""
        from .plots import agency_matrix  # matplotlib loads only when a figure is asked for

        return agency_matrix(self, ax=ax, role=role, active_only=active_only)

    def _repr_html_(self) -> str:
        return report_html(self)

    def __len__(self) -> int:
        return len(self._core)

    def __iter__(self) -> Iterator[Measure]:
        return iter(self._core.measures())

    def __contains__(self, id: object) -> bool:
        try:
            return (MeasureId(id) if isinstance(id, str) else id) in self._core  # type: ignore[operator]
        except ParseError:
            return False

    def __getitem__(self, id: MeasureId | str) -> Measure:
        return self.measure(id)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Report) and self._core == other._core

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        counts = ", ".join(f"{n} {name}" for name, n in self.count_by_status().items() if n)
        return f"<Report {self.year}: {len(self)} measures ({counts})>"

    # The yearly collection (handlingsplan.forms): forms out to the agencies, answers back.
    # Imported when used, like the renderers: openpyxl is only needed here.

    def write_update_forms(
        self,
        folder: str | os.PathLike[str],
        agencies: Iterable[str] | None = None,
        *,
        due: date | None = None,
        on: date | None = None,
    ) -> list[Path]:
        """Writes one update form per agency, `<short name>.xlsx` in `folder`: its active
        measures (sheet Åtgärder), proposed new measures (Nya åtgärder) and the instructions.
        `agencies` are short or full names (default: the plan's SAMFI agencies); `due` is the
        answer date the instructions give (default 31 January of the report's year); `on`, the
        day the forms go out, addresses each agency by its name on that day ("MSB (sedan 2026
        Myndigheten för civilt försvar)") and is recorded in a draft's form register (`forms`)
        as the day each form was sent; no hidden clock: without it, the short name and no day."""
        from .forms import write_update_forms

        return write_update_forms(self, folder, agencies, due=due, on=on)

    def check_update_forms(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        prefer: Mapping[str | MeasureId, str] | None = None,
        on: date | None = None,
    ) -> UpdateResult:
        """Reads and checks the forms without changing anything: the result lists every
        problem (file, sheet, cell, message), every conflict between agencies (answers that
        cannot both hold, also against answers applied in an earlier wave) and the agencies
        that answered, returned a blank form or did not answer."""
        from .forms import check_update_forms

        return check_update_forms(self, paths, prefer=prefer, on=on)

    def read_update_forms(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        prefer: Mapping[str | MeasureId, str] | None = None,
        on: date | None = None,
    ) -> UpdateResult:
        """Reads the agencies' forms, checks every answer and applies them all through
        `complete`, `withdraw`, `update` and `add`, or none: FormError (listing every problem
        and conflict) leaves the plan unchanged. `prefer={"1.1.5": "FRA"}` says whose answer
        holds for a joint measure the agencies answered differently, `prefer={"1.1.5:period":
        "FRA"}` for one field of it. Forms read again in a later wave are recognised: what the
        draft holds already is not applied again. Each change keeps its source (agency, file,
        sheet and cell, the day `on`, the agency's comment) and each form its line in the
        register (`forms`). The result carries the diff against the previous report, the
        agencies that answered, returned a blank form or did not answer, and the comments."""
        from .forms import read_update_forms

        return read_update_forms(self, paths, prefer=prefer, on=on)


class Plan:
    """A national action plan: the strategy's priorities and objectives, the agencies, and the
    yearly reports. Load one with `Plan.load` or `load_default`, or build one with keywords."""

    def __init__(
        self,
        *,
        title: str,
        first_year: int,
        last_year: int,
        priorities: Sequence[Priority],
        reports: Iterable[_core.Report] = (),
        agencies: AgencyRegistry | None = None,
        words: PlanWords | None = None,
    ) -> None:
        self._core = _core.Plan(
            title=title,
            first_year=first_year,
            last_year=last_year,
            agencies=agencies if agencies is not None else AgencyRegistry.standard(),
            priorities=list(priorities),
            reports=list(reports),
            words=words if words is not None else PlanWords.standard(),
        )

    @classmethod
    def _wrap(cls, core: _core.Plan) -> Plan:
        plan = cls.__new__(cls)
        plan._core = core
        return plan

    @classmethod
    def load(cls, path: str | os.PathLike[str], max_bytes: int | None = None) -> Plan:
        """Reads a plan file of any size that fits in memory (whatever :meth:`save` writes loads
        back). FileError if it cannot be read or is not a regular file, or if `max_bytes` is given
        and the file is larger; DataError (with the line and column or the JSON path) if it is
        malformed."""
        if max_bytes is not None:
            if isinstance(max_bytes, bool):
                raise TypeError("Plan.load: max_bytes must be int, not bool")
            require_type(max_bytes, int, "Plan.load: max_bytes")
            if max_bytes < 0:
                raise ValueError(f"Plan.load: max_bytes must be 0 or more, not {max_bytes!r}")
        return cls._wrap(_core.load_plan(path, max_bytes))

    @classmethod
    def from_json(cls, text: str, source: str = "<text>") -> Plan:
        """Parses a plan from JSON text; `source` names it in error messages."""
        require_type(text, str, "Plan.from_json: the JSON text")
        require_type(source, str, "Plan.from_json: the source")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            # A lone surrogate: a str that no file could hold, rejected before the core sees it.
            raise _data_error(
                source,
                f"character {error.start + 1}",
                "the text holds a character that is not valid Unicode",
                "texten har ett tecken som inte är giltig Unicode",
            ) from None
        return cls._wrap(_core.plan_from_json(text, source))

    def save(self, path: str | os.PathLike[str]) -> None:
        """Writes the plan file atomically in its canonical form (the same plan gives the same
        bytes); on failure the old file is left untouched."""
        _core.save_plan(self._core, path)

    def to_json(self) -> str:
        """The canonical JSON text of the plan."""
        return _core.plan_to_json(self._core)

    def copy(self) -> Plan:
        """An independent copy: edits of one do not touch the other (to try edits out)."""
        return Plan._wrap(_core.plan_from_json(self.to_json(), "<copy>"))

    @property
    def title(self) -> str:
        """The plan's name."""
        return self._core.title

    @property
    def first_year(self) -> int:
        """The plan's first year (2019 for the national plan)."""
        return self._core.first_year

    @property
    def last_year(self) -> int:
        """The plan's last year; its final report is due 1 March the year after."""
        return self._core.last_year

    @property
    def agencies(self) -> AgencyRegistry:
        """The agencies the plan knows, by short or full name."""
        return self._core.agencies

    @property
    def words(self) -> PlanWords:
        """The plan's own words: what it calls its levels ("Strategisk prioritering" or
        "Pelare"), how it writes its ids ("1.1.5" or "A.1.5") and how its Bilaga 1 is worded;
        `PlanWords.standard()`, the 2019–2022 plan's, where the plan file gives none."""
        return self._core.words

    def new_measure(self, **fields: Any) -> Measure:
        """A `Measure` built with keywords as ``Measure(...)`` takes them, its agency phrase read
        with this plan's registry (so a plan that declares its own agencies, such as
        "Myndigheten för civilt försvar", accepts them, and an unknown name is named with the
        nearest of the plan's)."""
        fields.setdefault("registry", self.agencies)
        return Measure(**fields)

    @property
    def priorities(self) -> list[Priority]:
        """The strategy's strategic priorities with their objectives."""
        return self._core.priorities

    @property
    def objectives(self) -> list[Objective]:
        """Every objective (målsättning) of the strategy, in numeric order."""
        return [objective for priority in self.priorities for objective in priority.objectives]

    @property
    def years(self) -> list[int]:
        """The years of the plan's reports, ascending."""
        return self._core.years

    @property
    def reports(self) -> list[Report]:
        """Every report, ascending by year."""
        return [self.report(year) for year in self.years]

    def report(self, year: int) -> Report:
        """The report of `year`; NotFoundError if the plan has none."""
        return Report(self._core.report(year), self)

    def priority(self, number: int) -> Priority:
        """The strategic priority with this number; NotFoundError if none."""
        return self._core.priority(number)

    def objective(self, id: ObjectiveId | str) -> Objective:
        """The objective (målsättning) "P.M"; NotFoundError if none."""
        return self._core.objective(ObjectiveId(id) if isinstance(id, str) else id)

    def measure(self, id: MeasureId | str) -> Measure:
        """The measure as the latest report holding it presents it."""
        return self._core.measure(_measure_id(id))

    def validate(self) -> list[_core.Finding]:
        """Everything a careful reader would flag, each finding with a stable code, a severity,
        its place and a message: measures outside the strategy, reused numbers, years outside
        the plan, unknown agencies, markings that contradict the report before, and (warnings)
        where the chapter and Bilaga 1 disagree. Malformed files never get here: loading them
        raises DataError."""
        return _core.validate(self._core)

    def new_report(self, year: int, submitted: date | None = None) -> Report:
        """Starts the draft report of `year` from the latest one: every active measure carried
        forward as pågående (without markings and pages), ended ones as they were. Then record
        what happened with `complete`, `withdraw`, `update` and `add` on the returned report,
        and `finalize` it when it is submitted. Where a draft of `year` exists, that draft (a
        notebook cell run twice starts nothing new)."""
        self._core.new_report(year, submitted)
        return self.report(year)

    def history(self, id: MeasureId | str) -> MeasureHistory:
        """Every report's state of the measure, oldest first: its status, period and texts,
        the report's reopenings, what changed from the report before and each recorded change's
        source (agency, file and cell, day read, comment). `.to_dataframe()` gives a frame;
        in Jupyter it shows as a table. NotFoundError where no report holds the measure."""
        return MeasureHistory(_core.measure_history(self._core, _measure_id(id)))

    def diff(self, before: int, after: int) -> ReportDiff:
        """What changed from the report of year `before` to that of `after`."""
        return diff(self.report(before), self.report(after))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Plan) and self._core == other._core

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        years = ", ".join(str(y) for y in self.years) or "none"
        return (
            f"<Plan {self.title!r} {self.first_year}–{self.last_year}: "
            f"{len(self.priorities)} priorities, reports {years}>"
        )

    def to_arrow(self, years: Iterable[int] | None = None) -> dict[str, pa.Table]:
        """The reports (those of `years`, every one when None) as Arrow tables: "measures",
        "statuses" and "agency_roles"; see `handlingsplan.columnar` for their schemas."""
        from . import columnar

        return columnar.to_arrow(self, years)

    def to_parquet(
        self, folder: str | os.PathLike[str], years: Iterable[int] | None = None
    ) -> dict[str, Path]:
        """Writes `to_arrow`'s tables into `folder` as measures.parquet, statuses.parquet and
        agency_roles.parquet (for DuckDB, Polars, Spark); returns the files by table name."""
        from . import columnar

        return columnar.to_parquet(self, folder, years)

    def summary_frame(self) -> pd.DataFrame:
        """Measures per report year and status; see `handlingsplan.frames.report_summary_frame`."""
        from .frames import report_summary_frame

        return report_summary_frame(self)

    def plot_composition(self, ax: Axes | None = None) -> Figure:
        """Stacked bars of each report by status; see `handlingsplan.plots.composition`."""
        from .plots import composition  # matplotlib loads only when a figure is asked for

        return composition(self, ax=ax)

    def _repr_html_(self) -> str:
        return plan_html(self)

    # The government's activities and the threads to the measures (handlingsplan.activities).

    @property
    def activities(self) -> list[_core.GovernmentActivity]:
        """The government's activities for the strategy, in their published order (empty for a
        plan file without them)."""
        return self._core.activities

    def set_activities(self, activities: Iterable[_core.GovernmentActivity]) -> None:
        """Replaces the government's activities; InvalidValueError for an unknown priority."""
        self._core.set_activities(list(activities))

    def add_activity(self, activity: _core.GovernmentActivity) -> _core.GovernmentActivity:
        """Adds one activity at the end, typically an assignment read from its page
        (`handlingsplan.read_assignment`); returns it. RuleViolationError, the plan unchanged, if
        the plan has it already (the same source, or headed by the same diarienummer);
        InvalidValueError for a priority the plan does not have."""
        self._core.add_activity(activity)
        return self.activities[-1]

    def deadlines(
        self, *, between: tuple[date, date]
    ) -> list[tuple[_core.GovernmentActivity, _core.DatedEvent]]:
        """(activity, event) for every "ska redovisas" date of the activities (those read from
        assignment pages included) wholly within `between` = (first day, last day), both
        included, in date order. No hidden "today": the caller gives the days.
        InvalidValueError if the last day comes before the first."""
        start, end = between
        return _core.deadlines_between(self.activities, start, end)

    def overdue_on(self, day: date) -> list[_core.GovernmentActivity]:
        """The ongoing activities with a "ska redovisas" date wholly before `day` and no
        "redovisad" event since (GovernmentActivity.overdue_on), in their order."""
        return _core.overdue_activities(self.activities, day)

    def references(self, case_number: _core.CaseNumber | str) -> list[_activities.Reference]:
        """Every measure (in any report: title, description, withdrawal reason) and every
        activity citing `case_number`; see `handlingsplan.activities.references`."""
        from . import activities as _activities

        return _activities.references(self, case_number)

    def case_number_index(self) -> pd.DataFrame:
        """One row per case number and place citing it; see
        `handlingsplan.activities.case_number_index`."""
        from . import activities as _activities

        return _activities.case_number_index(self)

    def successors(
        self, id: MeasureId | str, year: int | None = None
    ) -> list[Measure | _core.GovernmentActivity]:
        """Where a withdrawn measure went ("uppgår i ...", "ersätts av ..."), where its reason
        names it; see `handlingsplan.activities.successors`."""
        from . import activities as _activities

        return _activities.successors(self, id, year)

    def activities_frame(self) -> pd.DataFrame:
        """One row per activity; see `handlingsplan.activities.activities_frame`."""
        from . import activities as _activities

        return _activities.activities_frame(self.activities)

    def deadlines_frame(self) -> pd.DataFrame:
        """One row per dated event of the activities; see
        `handlingsplan.activities.deadlines_frame`."""
        from . import activities as _activities

        return _activities.deadlines_frame(self.activities)

    def activities_view(self, on: date | None = None) -> _activities.ActivitiesView:
        """The activities as a table per priority in Jupyter; with `on`, overdue ones marked and
        the agencies of assignments named as on that day ("MSB (sedan 2026 Myndigheten för civilt
        försvar)"); without it, as their pages printed them."""
        from . import activities as _activities

        return _activities.ActivitiesView(self.activities, self.priorities, on, self.agencies)


def diff(before: Report, after: Report) -> ReportDiff:
    """What changed from report `before` to report `after` (of one plan or of two plan files)."""
    require_wrapper(before, _core.Report, "diff: `before`", "a Report (plan.report(year))")
    require_wrapper(after, _core.Report, "diff: `after`", "a Report (plan.report(year))")
    return ReportDiff(_core.diff(before._core, after._core), after.reopenings, after.plan.words)


# --- Importing a report from its published text (handlingsplan.readers) ----------------------


class ImportResult:
    """What `import_report` gives: ``.plan``, the plan holding the imported report (or the plan
    imported into, with the report added), and ``.journal``, every join, discrepancy and decision
    of the import with its line (``.journal.markdown`` is the extraction report)."""

    def __init__(self, plan: Plan, journal: readers.Journal, year: int) -> None:
        self.plan = plan
        self.journal = journal
        self.year = year

    @property
    def report(self) -> Report:
        """The imported report."""
        return self.plan.report(self.year)

    def __repr__(self) -> str:
        return (
            f"<ImportResult {self.year}: {len(self.report)} measures, "
            f"{len(self.journal)} journal entries>"
        )


def import_report(
    source: str | os.PathLike[str],
    *,
    into: Plan | None = None,
    command: str | None = None,
    output: str | os.PathLike[str] | None = None,
    closed_titles: str | os.PathLike[str] | Mapping[str, str] | None = None,
) -> ImportResult:
    """Reads a yearly report (redovisning) from a file: its text as extracted from the published
    PDF (as `data/sources/redovisning-2021.txt` is, whatever its line endings, page furniture or
    wrapping), or a PDF itself (the published report or one written by `Report.to_pdf`), read
    through poppler's pdftotext with the words' places. With `into`, the report joins that plan
    (whose titles of ended measures and objectives it uses); the plan given is never changed.
    `SourceError` (a `DataError`) naming the line where the text is not a whole report of the
    plan; nothing is half-imported. pdftotext's plain text output of a PDF loses what tells
    Bilaga 1's cells apart and is refused with a pointer to the PDF.

    The journal's header names `source` as given, the `command` that ran the import and the
    plan file `output` it is saved to, where the caller says so (the command line does).

    Bilaga 1 prints the title and the text of a completed or withdrawn measure in one column;
    where `into` does not hold the measure, `closed_titles` (a JSON file such as
    `data/sources/redovisning-2021.closed-titles.json`, or a mapping by measure id) says where
    its title ends; without either, the first printed line is taken (noted in the journal)."""
    # The importer (and its patterns) loads when a report is first imported, not with the plan.
    from . import readers

    read = readers.read_report(
        source,
        into._core if into is not None else None,
        command=command,
        output=output,
        closed_titles=closed_titles,
    )
    return ImportResult(Plan._wrap(read.plan), read.journal, read.year)
