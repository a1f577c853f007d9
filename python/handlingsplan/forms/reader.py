"""Reads the agencies' update forms back and checks every answer, changing nothing.

Each cell is read the way Excel, LibreOffice and openpyxl may have saved it: text with trailing
spaces, numbers stored as text, years stored as numbers or typed as dates, empty rows, rows in
any order. The words are checked through the core (statuses, periods, agency phrases, ids); a
problem names the file, sheet and cell, in Swedish, with a "menade du" where a word is near."""

from __future__ import annotations

import difflib
import io
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from .. import _core
from .._core import (
    Agencies,
    ChangedPart,
    Measure,
    MeasureId,
    ObjectiveId,
    Period,
    RecordedChange,
    StatusKind,
)
from .._files import read_bytes
from .._safe_text import EXCEL_CELL_LIMIT
from .._views import ReportView
from ..errors import Error, FileError, NotFoundError, ParseError, did_you_mean
from . import vocabulary as v
from .result import Answer, Problem, Proposal, source_name
from .writer import last_answer_year

__all__ = ["FormAnswers", "form_measures", "read_form"]


@dataclass
class FormAnswers:
    """What one form holds once read: its agency, the answers and proposals with the cells
    they came from, and the problems found."""

    path: Path
    agency: str | None = None
    answers: list[Answer] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: (measure or proposal row) -> field name -> cell, to place problems found when applying.
    cells: dict[object, dict[str, str]] = field(default_factory=dict)
    #: Whether any answer cell holds anything (a form returned untouched is blank).
    touched: bool = False
    #: The draft's recorded changes per measure, to recognise a form of an earlier wave.
    report_changes: dict[MeasureId, list[RecordedChange]] = field(default_factory=dict)

    @property
    def file(self) -> str:
        """The file's name as problems print it."""
        return source_name(self.path)

    def problem(self, sheet: str, cell: str, message: str) -> None:
        """Records a problem at sheet!cell."""
        self.problems.append(Problem(self.file, sheet, cell, message))


#: Bounds of what is read as a form (one is about 20 kB, a few hundred cells): larger files,
#: archives that would inflate further, and sheets with more rows or columns are refused before
#: openpyxl builds them, so that a small hostile file cannot take the memory or the time.
MAX_FORM_BYTES = 10 * 2**20
MAX_INFLATED_BYTES = 30 * 2**20
MAX_SHEET_ROWS = 5_000
MAX_SHEET_COLUMNS = 100
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]*(\d*)(?::([A-Z]*)(\d*))?"')

Cell = object  # what openpyxl gives for a cell's value
#: Where a column's cell of a row is: (column, row) -> "F7".
CellOf = Callable[[v.Column, int], str]


def _text(value: Cell) -> str | None:
    """A cell as text: stripped, None when empty; whole numbers without ".0"."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "sant" if value else "falskt"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    return text or None


def _quote(value: Cell) -> str:
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y-%m-%d")
    return f'"{_text(value)}"'


def read_form(report: ReportView, path: Path) -> FormAnswers:
    """Reads and checks one form against `report`; never raises for what is in the file."""
    form = FormAnswers(path)
    for change in report.changes:
        form.report_changes.setdefault(change.measure, []).append(change)
    workbook = _open(form, path)
    if workbook is None:
        return form
    try:
        if not _identify(form, workbook, report):
            return form
        words = v.form_words(report.plan.words)
        for sheet in (words.measures_sheet, words.new_measures_sheet):
            if sheet not in workbook.sheetnames:
                form.problem(sheet, "", f"bladet {sheet} saknas i formuläret")
        if words.measures_sheet in workbook.sheetnames:
            _read_measures(form, workbook[words.measures_sheet], report, workbook)
        if words.new_measures_sheet in workbook.sheetnames:
            _read_proposals(form, workbook[words.new_measures_sheet], report)
    finally:
        workbook.close()
    return form


def _open(form: FormAnswers, path: Path) -> Workbook | None:
    """The workbook, read with its formulas (so that a formula is seen as one, not as its cached
    value); None, with the problem recorded, for a file that is not a regular file within the
    bounds or not a workbook openpyxl can read (a corrupt member, an entity expansion ...)."""
    try:
        data = read_bytes(path, MAX_FORM_BYTES)
    except FileError as error:
        missing = error.errno == 2
        form.problem("", "", "filen finns inte" if missing else f"filen kan inte läsas: {error}")
        return None
    unreadable = "filen kan inte läsas som en Excel-arbetsbok (.xlsx)"
    try:
        too_large = _too_large(data)
        if too_large is not None:
            form.problem(*too_large)
            return None
        workbook = load_workbook(io.BytesIO(data), data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError) as error:
        detail = f" ({error})" if str(error) else ""
        form.problem("", "", f"{unreadable}{detail}")
        return None
    except Exception as error:  # noqa: BLE001 - a corrupt member, an XML bomb: said, not raised
        form.problem("", "", f"{unreadable} ({type(error).__name__}: {error})")
        return None
    for sheet in workbook.worksheets:
        if sheet.max_row > MAX_SHEET_ROWS or sheet.max_column > MAX_SHEET_COLUMNS:
            form.problem(sheet.title, "", _too_many(sheet.max_row, sheet.max_column))
            workbook.close()
            return None
    return workbook


def _too_many(rows: int, columns: int) -> str:
    return (
        f"bladet har {rows} rader och {columns} kolumner; ett formulär har högst "
        f"{MAX_SHEET_ROWS} rader och {MAX_SHEET_COLUMNS} kolumner"
    )


def _too_large(data: bytes) -> tuple[str, str, str] | None:
    """(sheet, cell, message) where the archive's directory or a sheet's declared dimension says
    that it is larger than a form can be; read before anything is inflated in full."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        inflated = sum(member.file_size for member in members)
        if inflated > MAX_INFLATED_BYTES:
            return (
                "",
                "",
                f"filen packas upp till {inflated // 2**20} MB; ett formulär är högst "
                f"{MAX_INFLATED_BYTES // 2**20} MB uppackat",
            )
        for member in members:
            if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
                with archive.open(member) as stream:
                    head = stream.read(4096)
                found = _DIMENSION.search(head)
                if found is not None and found.group(3):
                    rows = int(found.group(3))
                    columns = _column_number(found.group(2).decode("ascii"))
                    if rows > MAX_SHEET_ROWS or columns > MAX_SHEET_COLUMNS:
                        return (member.filename, "", _too_many(rows, columns))
    return None


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _identify(form: FormAnswers, workbook: Workbook, report: ReportView) -> bool:
    """Checks that the workbook is a form of this plan, report and a known agency."""
    not_a_form = (
        f"arbetsboken är inte ett uppdateringsformulär för {report.year} års "
        "redovisning (skapa formulären med write_update_forms eller handlingsplan utskick)"
    )
    if v.FORM_SHEET not in workbook.sheetnames:
        form.problem("", "", not_a_form)
        return False
    sheet = workbook[v.FORM_SHEET]
    found = {
        _text(sheet.cell(row=r, column=1).value): (r, sheet.cell(row=r, column=2).value)
        for r in range(1, len(v.IDENTIFICATION_KEYS) + 1)
    }
    if (
        any(key not in found for key in v.IDENTIFICATION_KEYS)
        or _text(found[v.KEY_KIND][1]) != v.FORM_KIND
    ):
        form.problem(v.FORM_SHEET, "A1", not_a_form)
        return False
    row, version = found[v.KEY_VERSION]
    if _text(version) != str(v.FORM_VERSION):
        form.problem(
            v.FORM_SHEET,
            f"B{row}",
            f"formulärets version är {_quote(version)}, denna version läser {v.FORM_VERSION}",
        )
        return False
    row, title = found[v.KEY_PLAN]
    if _text(title) != report.plan.title:
        form.problem(
            v.FORM_SHEET,
            f"B{row}",
            f'formuläret gäller handlingsplanen {_quote(title)}, inte "{report.plan.title}"',
        )
        return False
    row, year = found[v.KEY_YEAR]
    if _text(year) != str(report.year):
        form.problem(
            v.FORM_SHEET,
            f"B{row}",
            f"formuläret gäller {_text(year)} års redovisning, inte {report.year} års",
        )
        return False
    row, name = found[v.KEY_AGENCY]
    try:
        agency = report.plan.agencies.resolve(_text(name) or "")
    except NotFoundError as error:
        form.problem(
            v.FORM_SHEET,
            f"B{row}",
            f"{_quote(name)} är ingen myndighet i planen{did_you_mean(error)}",
        )
        return False
    form.agency = agency.short_name
    return True


def _headings(
    form: FormAnswers, sheet: Worksheet, columns: tuple[v.Column, ...], words: v.FormWords
) -> dict[v.Column, int] | None:
    """Column number of each heading (in the plan's `words`) in row 1; a problem for each one
    missing."""
    present: dict[str, int] = {}
    for number in range(1, (sheet.max_column or 0) + 1):
        heading = _text(sheet.cell(row=1, column=number).value)
        if heading is not None and heading not in present:
            present[heading] = number
    found: dict[v.Column, int] = {}
    for index, column in enumerate(columns, start=1):
        heading = words.heading(column)
        if heading in present:
            found[column] = present[heading]
        else:
            form.problem(
                sheet.title,
                f"{get_column_letter(index)}1",
                f'rubriken "{heading}" saknas; ta inte bort rubrikraden eller '
                "kolumner (hämta ett nytt formulär om den är borta)",
            )
    return found if len(found) == len(columns) else None


def _rows(
    form: FormAnswers, sheet: Worksheet, columns: dict[v.Column, int]
) -> Iterable[tuple[int, dict[v.Column, Cell]]]:
    """The non-empty rows below the headings: (row number, column -> value). A cell holding a
    formula or more text than a cell can hold is a problem, and read as empty."""
    for number in range(2, (sheet.max_row or 1) + 1):
        values: dict[v.Column, Cell] = {
            column: _value(form, sheet, sheet.cell(row=number, column=index))
            for column, index in columns.items()
        }
        if any(_text(value) is not None for value in values.values()):
            yield number, values


def _value(form: FormAnswers, sheet: Worksheet, cell: object) -> Cell:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f" or type(value).__name__ in _FORMULA_TYPES:
        form.problem(
            sheet.title,
            getattr(cell, "coordinate", ""),
            "Cellen innehåller en formel; skriv svaret som text (en text som börjar med "
            '"=" skrivs med en apostrof först)',
        )
        return None
    if isinstance(value, str) and len(value) > EXCEL_CELL_LIMIT:
        form.problem(
            sheet.title,
            getattr(cell, "coordinate", ""),
            f"svaret har {len(value)} tecken; en cell rymmer högst {EXCEL_CELL_LIMIT}",
        )
        return None
    return value


_FORMULA_TYPES = frozenset({"ArrayFormula", "DataTableFormula"})


def _read_measures(
    form: FormAnswers, sheet: Worksheet, report: ReportView, workbook: Workbook
) -> None:
    columns = _headings(form, sheet, v.MEASURE_COLUMNS, v.form_words(report.plan.words))
    if columns is None:
        return
    assert form.agency is not None
    expected = {m.id: m for m in form_measures(report, form.agency)}
    seen: dict[MeasureId, int] = {}

    def cell(column: v.Column, row: int) -> str:
        return f"{get_column_letter(columns[column])}{row}"

    for row, values in _rows(form, sheet, columns):
        form.touched = form.touched or any(
            _text(values[c]) is not None for c in v.MEASURE_COLUMNS if c.answer
        )
        measure = _row_measure(form, sheet.title, report, values[v.NR], cell(v.NR, row), expected)
        if measure is None:
            continue
        if measure.id in seen:
            form.problem(
                sheet.title,
                cell(v.NR, row),
                f"åtgärd {measure.id} finns redan på rad {seen[measure.id]}; en åtgärd besvaras "
                "på en rad",
            )
            continue
        seen[measure.id] = row
        if not _identity_kept(form, sheet.title, measure, values, cell, row):
            continue
        answer = _answer(form, sheet.title, report, measure, values, cell, row, workbook)
        if answer is not None and (answer.decisive or answer.comment):
            cells = {name: cell(column, row) for name, column in _ANSWER_CELLS}
            form.answers.append(replace(answer, cells=tuple(cells.items())))
            form.cells[measure.id] = cells
    _missing_rows(form, sheet.title, expected, seen)


# The cells an answer is read from, by the name the answer gives each.
_ANSWER_CELLS = (
    ("status", v.STATUS),
    ("year", v.YEAR),
    ("reason", v.REASON),
    ("period", v.NEW_PERIOD),
    ("description", v.NEW_DESCRIPTION),
    ("comment", v.COMMENT),
)


def _row_measure(
    form: FormAnswers,
    sheet: str,
    report: ReportView,
    value: Cell,
    nr_cell: str,
    expected: dict[MeasureId, Measure],
) -> Measure | None:
    """The measure a row's Nr names, one of the agency's; None, with the problem noted, for a
    row without a Nr, a Nr that is no measure number or names no measure of the agency."""
    nr = _text(value)
    if nr is None:
        form.problem(
            sheet,
            nr_cell,
            "raden har svar men inget Nr; ändra inte Nr och "
            "skriv nya åtgärder på bladet " + v.form_words(report.plan.words).new_measures_sheet,
        )
        return None
    try:
        id = MeasureId(nr)
    except ParseError:
        form.problem(
            sheet, nr_cell, f'"{nr}" är inget åtgärdsnummer (P.M.N, t.ex. 1.1.5); ändra inte Nr'
        )
        return None
    measure = expected.get(id)
    if measure is None:
        assert form.agency is not None
        form.problem(sheet, nr_cell, _not_agency_measure(report, form.agency, id))
    return measure


def _missing_rows(
    form: FormAnswers, sheet: str, expected: dict[MeasureId, Measure], seen: dict[MeasureId, int]
) -> None:
    for id, measure in expected.items():
        # A measure ended or added since the forms were written (an earlier wave) may be
        # missing from a form; every other row must be there.
        if id not in seen and measure.status.is_active and measure.status.kind != StatusKind.added:
            form.problem(
                sheet,
                "",
                f"raden för åtgärd {id} saknas; ta inte bort rader "
                "(lämna Status tom om inget har hänt)",
            )


def _not_agency_measure(report: ReportView, agency: str, id: MeasureId) -> str:
    if id not in report:
        return (
            f"åtgärd {id} finns inte i {report.year} års redovisning; ändra inte Nr och "
            f"föreslå nya åtgärder på bladet {v.form_words(report.plan.words).new_measures_sheet}"
        )
    measure = report.measure(id)
    if not measure.status.is_active:
        return f"åtgärd {id} är redan {measure.status.kind_text} och kan inte besvaras"
    return f"åtgärd {id} hör inte till {agency} ({measure.agencies.text}); ändra inte Nr"


def _identity_kept(
    form: FormAnswers,
    sheet: str,
    measure: Measure,
    values: dict[v.Column, Cell],
    cell: CellOf,
    row: int,
) -> bool:
    """The locked columns must still say what the form was written with: the measure as the
    draft has it, or as it was before a change recorded in the draft since (an earlier wave)."""
    role = measure.agencies.role_of(form.agency or "")
    written = {
        v.TITLE: measure.title,
        v.AGENCIES: measure.agencies.text,
        v.ROLE: _core.role_text(role) if role is not None else None,
        v.PERIOD: str(measure.period) if measure.period is not None else None,
        v.DESCRIPTION: measure.description or None,
    }
    earlier = _earlier_values(form.report_changes.get(measure.id, []))
    for column, text in written.items():
        found = _norm(_text(values[column]))
        if found != _norm(text) and found not in earlier.get(column, set()):
            if column is v.TITLE:
                message = (
                    f'Nr {measure.id} hör till åtgärden "{measure.title}", men raden '
                    f"gäller {_quote(values[column])}; Nr eller Åtgärd har ändrats"
                )
            elif column is v.DESCRIPTION:
                message = (
                    f"kolumnen {v.DESCRIPTION.heading} har ändrats; den är låst och ändras "
                    f"inte: skriv en ny beskrivning i kolumnen {v.NEW_DESCRIPTION.heading}"
                )
            elif column is v.PERIOD:
                message = (
                    f"kolumnen Period har ändrats till {_quote(values[column])}; skriv en "
                    "ny period i kolumnen Ny period"
                )
            else:
                message = (
                    f"kolumnen {column.heading} har ändrats till {_quote(values[column])} "
                    f'(formuläret skrevs med "{text}"); de låsta kolumnerna ändras inte'
                )
            form.problem(sheet, cell(column, row), message)
            return False
    return True


#: The locked columns a recorded change may have changed since the form was written.
_CHANGED_COLUMNS = {
    ChangedPart.title: v.TITLE,
    ChangedPart.agencies: v.AGENCIES,
    ChangedPart.period: v.PERIOD,
    ChangedPart.description: v.DESCRIPTION,
}


def _earlier_values(changes: list[RecordedChange]) -> dict[v.Column, set[str]]:
    """The values a measure's locked columns had before each recorded change."""
    earlier: dict[v.Column, set[str]] = {}
    for change in changes:
        column = _CHANGED_COLUMNS.get(change.part)
        if column is not None:
            earlier.setdefault(column, set()).add(_norm(change.before))
    return earlier


def form_measures(report: ReportView, agency: str) -> list[Measure]:
    """The measures a form of `agency` may have a row for: those it takes part in that are
    active in the draft, or that a change recorded in the draft ended (they were active when
    the forms of an earlier wave were written)."""
    ended = {c.measure for c in report.changes if c.part == ChangedPart.status}
    return [m for m in report.measures(agency=agency) if m.status.is_active or m.id in ended]


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _answer(
    form: FormAnswers,
    sheet: str,
    report: ReportView,
    measure: Measure,
    values: dict[v.Column, Cell],
    cell: CellOf,
    row: int,
    workbook: Workbook,
) -> Answer | None:
    assert form.agency is not None
    before = len(form.problems)
    status = _status(
        form, sheet, cell(v.STATUS, row), values[v.STATUS], v.form_words(report.plan.words)
    )
    year = _year(form, sheet, cell(v.YEAR, row), values[v.YEAR], report, workbook)
    reason = _text(values[v.REASON])
    period = _period(form, sheet, cell(v.NEW_PERIOD, row), values[v.NEW_PERIOD])
    description = _text(values[v.NEW_DESCRIPTION])
    comment = _text(values[v.COMMENT])
    if len(form.problems) > before:
        return None
    _check_ending(form, sheet, cell, row, status, year, reason)
    if len(form.problems) > before:
        return None
    if period is not None and period == measure.period:
        period = None  # the same period again: nothing changes
    if description is not None and _norm(description) == _norm(measure.description):
        description = None
    return Answer(
        agency=form.agency,
        file=form.file,
        row=row,
        measure=measure.id,
        status=status,
        year=year,
        reason=reason,
        period=period,
        description=description,
        comment=comment,
    )


def _check_ending(
    form: FormAnswers,
    sheet: str,
    cell: CellOf,
    row: int,
    status: StatusKind | None,
    year: int | None,
    reason: str | None,
) -> None:
    """År goes with an ended measure (genomförd or avskriven) and only with one, Skäl with a
    withdrawn measure and only with one."""
    completed, withdrawn = StatusKind.completed, StatusKind.withdrawn
    ended = status in (completed, withdrawn)
    if status is not None and ended and year is None:
        form.problem(
            sheet,
            cell(v.YEAR, row),
            f"åtgärden är {_core.status_kind_text(status)} men År saknas: året då den avslutades",
        )
    if not ended and year is not None:
        form.problem(
            sheet,
            cell(v.YEAR, row),
            "År anges bara när Status är genomförd eller "
            f"avskriven (Status är {_status_word(status)})",
        )
    if status == withdrawn and reason is None:
        form.problem(
            sheet, cell(v.REASON, row), "en avskriven åtgärd behöver ett Skäl: varför den stryks"
        )
    if status != withdrawn and reason is not None:
        form.problem(
            sheet,
            cell(v.REASON, row),
            f"Skäl anges bara när Status är avskriven (Status är {_status_word(status)})",
        )


def _status_word(status: StatusKind | None) -> str:
    return "tom" if status is None else f'"{_core.status_kind_text(status)}"'


def _status(
    form: FormAnswers, sheet: str, cell: str, value: Cell, sheets: v.FormWords
) -> StatusKind | None:
    text = _text(value)
    if text is None:
        return None
    words = v.answer_status_words()
    try:
        kind = _core.parse_status_kind(text.lower())
    except ParseError:
        near = v.STATUS_HINTS.get(text.lower())
        suggestion = (
            _core.status_kind_text(near)
            if near is not None
            else next(iter(difflib.get_close_matches(text.lower(), words, n=1)), None)
        )
        hint = f'; menade du "{suggestion}"?' if suggestion else f"; välj {', '.join(words)}"
        form.problem(sheet, cell, f'"{text}" är inte en status{hint}')
        return None
    if kind not in v.ANSWER_STATUSES:
        form.problem(
            sheet,
            cell,
            f'"{text}" sätts inte i formuläret: en ny åtgärd föreslås på '
            f'bladet {sheets.new_measures_sheet} och "uppdaterad" följer av Ny period eller '
            f"Ny beskrivning; välj {', '.join(words)}",
        )
        return None
    return kind


def _year(
    form: FormAnswers, sheet: str, cell: str, value: Cell, report: ReportView, workbook: Workbook
) -> int | None:
    first, last = report.plan.first_year, last_answer_year(report)
    if value is None or _text(value) is None:
        return None
    if isinstance(value, (datetime, date)) and not isinstance(value, time):
        year = _date_cell_year(value, workbook, first, last)
        if year is None:
            form.problem(
                sheet,
                cell,
                f"{_quote(value)} är inget år mellan {first} och {last}; "
                "skriv året som ett heltal, t.ex. " + str(last - 1),
            )
            return None
    else:
        year = _number_cell_year(value)
    if year is None:
        form.problem(
            sheet,
            cell,
            f"{_quote(value)} är inget år; skriv året då åtgärden "
            f"avslutades som ett heltal, t.ex. {last - 1}",
        )
        return None
    if not first <= year <= last:
        form.problem(
            sheet,
            cell,
            f"{year} ligger utanför planens år: en åtgärd i {report.year} "
            f"års redovisning avslutas mellan {first} och {last}",
        )
        return None
    return year


def _date_cell_year(value: date, workbook: Workbook, first: int, last: int) -> int | None:
    """The year a cell holding a date gives: a year stored in a cell formatted as a date (the
    number it holds, in days), else the year of a date typed for the year; None if neither is
    a year from `first` to `last`."""
    moment = value if isinstance(value, datetime) else datetime.combine(value, time())
    serial = moment - workbook.epoch
    if serial.seconds == 0 and first <= serial.days <= last:
        return serial.days
    if first <= moment.year <= last:
        return moment.year
    return None


def _number_cell_year(value: Cell) -> int | None:
    """The whole number a cell holds, as a number or as digits; None for anything else."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value) if float(value).is_integer() else None
    text = _text(value) or ""
    return int(text) if text.isdigit() else None


def _period(form: FormAnswers, sheet: str, cell: str, value: Cell) -> Period | None:
    if isinstance(value, (datetime, date, time)):
        form.problem(
            sheet,
            cell,
            f"{_quote(value)} är ett datum, ingen period; skriv t.ex. "
            '"2021–2022", "2022" eller "2019 och tills vidare"',
        )
        return None
    text = _text(value)
    if text is None:
        return None
    try:
        return Period.parse(text)
    except (ParseError, Error):
        form.problem(
            sheet,
            cell,
            f'"{text}" är ingen period; skriv t.ex. "2021–2022", '
            '"2022" eller "2019 och tills vidare"',
        )
        return None


def _read_proposals(form: FormAnswers, sheet: Worksheet, report: ReportView) -> None:
    columns = _headings(form, sheet, v.NEW_MEASURE_COLUMNS, v.form_words(report.plan.words))
    if columns is None:
        return
    assert form.agency is not None
    objectives = {str(o.id): o.id for o in report.plan.objectives}

    def cell(column: v.Column, row: int) -> str:
        return f"{get_column_letter(columns[column])}{row}"

    for row, values in _rows(form, sheet, columns):
        form.touched = True
        before = len(form.problems)
        objective = _proposal_objective(
            form, sheet.title, cell(v.OBJECTIVE, row), values[v.OBJECTIVE], objectives
        )
        title = _text(values[v.NEW_TITLE])
        if title is None:
            form.problem(sheet.title, cell(v.NEW_TITLE, row), "åtgärdens namn saknas")
        phrase = _text(values[v.NEW_AGENCIES])
        agencies = _proposal_agencies(form, sheet.title, cell(v.NEW_AGENCIES, row), phrase, report)
        period_value = values[v.NEW_MEASURE_PERIOD]
        period = _period(form, sheet.title, cell(v.NEW_MEASURE_PERIOD, row), period_value)
        if period is None and _text(period_value) is None:
            example = Period(report.year, max(report.year, report.plan.last_year))
            form.problem(
                sheet.title, cell(v.NEW_MEASURE_PERIOD, row), f'Period saknas, t.ex. "{example}"'
            )
        if len(form.problems) > before:
            continue
        assert objective is not None and title is not None and agencies is not None
        assert period is not None
        form.proposals.append(
            Proposal(
                agency=form.agency,
                file=form.file,
                row=row,
                objective=objective,
                title=title,
                description=_text(values[v.NEW_MEASURE_DESCRIPTION]) or "",
                agencies=agencies.text,
                period=period,
                comment=_text(values[v.NEW_COMMENT]),
                cell=cell(v.OBJECTIVE, row),
            )
        )
        form.cells[("proposal", row)] = {"row": cell(v.OBJECTIVE, row)}


def _agencies(
    form: FormAnswers, sheet: str, cell: str, phrase: str, report: ReportView
) -> Agencies | None:
    registry = report.plan.agencies
    try:
        return Agencies.parse(phrase, registry)
    except (ParseError, Error) as error:
        known = ", ".join(a.short_name for a in registry if a.samfi)
        form.problem(
            sheet,
            cell,
            f'myndighetsfrasen "{phrase}" kan inte tolkas{did_you_mean(error)}: skriv '
            f'myndigheter som planen känner ({known} med flera), t.ex. "{form.agency} i '
            'samverkan med MSB" eller "FMV med stöd av FRA"',
        )
        return None


def _proposal_objective(
    form: FormAnswers, sheet: str, cell: str, value: Cell, objectives: dict[str, ObjectiveId]
) -> ObjectiveId | None:
    """The objective a proposal chose from the list; None, with the problem noted, if none or
    one the strategy does not have."""
    text = _text(value)
    if text is None:
        form.problem(sheet, cell, "Målsättning saknas; välj en i listan")
        return None
    if text not in objectives:
        near = difflib.get_close_matches(text, list(objectives), n=1)
        hint = f'; menade du "{near[0]}"?' if near else "; välj en i listan"
        form.problem(sheet, cell, f'"{text}" är ingen av strategins målsättningar{hint}')
        return None
    return objectives[text]


def _proposal_agencies(
    form: FormAnswers, sheet: str, cell: str, phrase: str | None, report: ReportView
) -> Agencies | None:
    """The agencies a proposal names, the proposing agency among them; None, with the problem
    noted, if the phrase is missing or cannot be read."""
    assert form.agency is not None
    if phrase is None:
        form.problem(
            sheet, cell, f'Ansvarig myndighet saknas, t.ex. "{form.agency} i samverkan med MSB"'
        )
        return None
    agencies = _agencies(form, sheet, cell, phrase, report)
    if agencies is not None and agencies.role_of(form.agency) is None:
        form.problem(
            sheet,
            cell,
            f'{form.agency} finns inte med i "{phrase}"; en myndighet föreslår '
            "åtgärder som den själv deltar i",
        )
    return agencies
