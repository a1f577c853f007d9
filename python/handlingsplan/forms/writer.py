"""Writes the yearly update forms: one workbook per agency with the sheets Instruktioner,
Åtgärder, Nya åtgärder and the hidden identification sheet, built with openpyxl's data
validation and sheet protection (no password)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from .. import _core
from .._core import Agency, FormEntry, FormEvent, Measure
from .._files import writing_together
from .._safe_text import data_cells
from .._views import ReportView
from ..errors import FileError
from . import vocabulary as v

__all__ = ["form_agencies", "write_update_forms"]

_HEADING_FONT = Font(bold=True)
_LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
_ANSWER_FILL = PatternFill("solid", fgColor="FFF9DB")
_WRAP = Alignment(wrap_text=True, vertical="top")


def form_agencies(report: ReportView, agencies: Iterable[str] | None = None) -> list[Agency]:
    """The agencies that get a form: those named (any name the registry knows: short, full,
    alias, a successor's such as "MCF" for MSB), or by default the plan's SAMFI agencies. NotFoundError names an agency the plan's
    registry does not know, with the nearest name."""
    registry = report.plan.agencies
    if agencies is None:
        return [agency for agency in registry if agency.samfi]
    found = []
    for name in agencies:
        agency = registry.resolve(name)  # any name a person types; NotFoundError otherwise
        if agency not in found:
            found.append(agency)
    return found


def agency_measures(report: ReportView, agency: str) -> list[Measure]:
    """The active measures `agency` takes part in, whatever its role, in numeric order."""
    return [m for m in report.measures(agency=agency) if m.status.is_active]


def write_update_forms(
    report: ReportView,
    folder: str | os.PathLike[str],
    agencies: Iterable[str] | None = None,
    *,
    due: date | None = None,
    on: date | None = None,
) -> list[Path]:
    """Writes `<short name>.xlsx` for each agency into `folder` (created if missing) and returns
    the paths. `due` is the answer date printed in the instructions (default 31 January of the
    report's year). `on`, the day the forms go out, addresses each agency by its name on that
    day where both names matter ("MSB (sedan 2026 Myndigheten för civilt försvar)",
    `Agency.today_name`), and a draft's form register records each form as sent that day;
    without it the forms name the agency as the report does (its short name), whatever the
    date, and the register records no day. FileError if the folder or a file cannot be written; each form is
    replaced atomically and only when all are written (an old form stays as it was on failure).
    A text that starts like a formula is written as text (`handlingsplan._safe_text`)."""
    chosen = form_agencies(report, agencies)
    target = Path(folder)
    answer_by = due or date(report.year, 1, 31)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _file_error(error, target) from error
    paths = [target / f"{agency.short_name}.xlsx" for agency in chosen]
    # All the forms or none: an old form is replaced only when every new one is written.
    with writing_together(list(paths)) as names:
        for agency, name in zip(chosen, names, strict=True):
            workbook = _workbook(report, agency, answer_by, on)
            data_cells(workbook)  # a title such as "=1+1" is text, never a formula
            workbook.save(name)
    if not report.is_final:
        for agency, path in zip(chosen, paths, strict=True):
            report.record_form(FormEntry(agency.short_name, FormEvent.sent, path.name, on))
    return paths


def _file_error(error: OSError, path: Path) -> FileError:
    failure = FileError(
        error.errno or 0, f"cannot write {path}: {error.strerror or error}", str(path)
    )
    return failure


def last_answer_year(report: ReportView) -> int:
    """The last year an answer may give: the plan's last year, and no later than the report."""
    return min(report.plan.last_year, report.year)


def _workbook(report: ReportView, agency: Agency, due: date, on: date | None) -> Workbook:
    words = v.form_words(report.plan.words)
    workbook = Workbook()
    instructions = workbook.active
    assert instructions is not None
    instructions.title = v.INSTRUCTIONS_SHEET
    measures = workbook.create_sheet(words.measures_sheet)
    proposals = workbook.create_sheet(words.new_measures_sheet)
    identification = workbook.create_sheet(v.FORM_SHEET)
    _write_instructions(instructions, report, agency, due, on, words)
    _write_measures(measures, report, agency, words)
    objectives = _write_identification(identification, report, agency)
    _write_new_measures(proposals, objectives, words)
    workbook.active = 1  # open on Åtgärder
    return workbook


def _write_instructions(
    sheet: Worksheet,
    report: ReportView,
    agency: Agency,
    due: date,
    on: date | None,
    words: v.FormWords,
) -> None:
    lines = v.instructions(
        agency=agency.short_name,
        addressed=agency.today_name(on) if on is not None else None,
        year=report.year,
        due=v.swedish_date(due.day, due.month, due.year),
        first_year=report.plan.first_year,
        last_year=last_answer_year(report),
        words=words,
    )
    sheet.column_dimensions["A"].width = 110
    for number, line in enumerate(lines, start=1):
        cell = sheet.cell(row=number, column=1, value=line or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A1"].font = Font(bold=True, size=14)
    row = len(lines) + 2
    sheet.cell(row=row, column=1, value=words.objectives_line).font = _HEADING_FONT
    for objective in report.plan.objectives:
        row += 1
        sheet.cell(row=row, column=1, value=f"{objective.id} {objective.text}").alignment = _WRAP
    sheet.protection.sheet = True


def _heading_row(sheet: Worksheet, columns: tuple[v.Column, ...], words: v.FormWords) -> None:
    for number, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=number, value=words.heading(column))
        cell.font = _HEADING_FONT
        cell.fill = _ANSWER_FILL if column.answer else _LOCKED_FILL
        cell.alignment = _WRAP
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    sheet.freeze_panes = "B2"


def _protect(sheet: Worksheet) -> None:
    """Locks the sheet without a password; formatting rows and columns stays allowed."""
    protection = sheet.protection
    protection.sheet = True
    protection.formatColumns = False
    protection.formatRows = False
    protection.formatCells = False


def _letter(columns: tuple[v.Column, ...], column: v.Column) -> str:
    return get_column_letter(columns.index(column) + 1)


def _write_measures(
    sheet: Worksheet, report: ReportView, agency: Agency, words: v.FormWords
) -> None:
    columns = v.MEASURE_COLUMNS
    _heading_row(sheet, columns, words)
    rows = agency_measures(report, agency.short_name)
    for number, measure in enumerate(rows, start=2):
        role = measure.agencies.role_of(agency.short_name)
        values: dict[v.Column, str | None] = {
            v.NR: str(measure.id),
            v.TITLE: measure.title,
            v.AGENCIES: measure.agencies.text,
            v.ROLE: _core.role_text(role) if role is not None else "",
            v.PERIOD: str(measure.period) if measure.period is not None else "",
            v.DESCRIPTION: measure.description,
        }
        for index, column in enumerate(columns, start=1):
            cell = sheet.cell(row=number, column=index, value=values.get(column))
            cell.alignment = _WRAP
            if column.text:
                cell.number_format = "@"
            if column.answer:
                cell.protection = Protection(locked=False)
                cell.fill = _ANSWER_FILL
    last = max(len(rows) + 1, 2)
    status = DataValidation(
        type="list",
        formula1='"' + ",".join(v.answer_status_words()) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Status",
        error="Välj " + ", ".join(v.answer_status_words()) + " (eller lämna tomt).",
        promptTitle="Status",
        prompt="Lämna tomt om inget har hänt.",
        showInputMessage=True,
    )
    first_year, last_year = report.plan.first_year, last_answer_year(report)
    year = DataValidation(
        type="whole",
        operator="between",
        formula1=str(first_year),
        formula2=str(last_year),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="År",
        error=f"Året då {words.the_measure} avslutades: ett heltal mellan {first_year} och "
        f"{last_year}.",
    )
    for validation, column in ((status, v.STATUS), (year, v.YEAR)):
        letter = _letter(columns, column)
        validation.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(validation)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{last}"
    _protect(sheet)
    sheet.protection.autoFilter = False
    sheet.protection.sort = False


def _write_identification(sheet: Worksheet, report: ReportView, agency: Agency) -> str:
    """Writes the identification block and the objectives list; returns the list's range."""
    values: dict[str, str | int] = {
        v.KEY_KIND: v.FORM_KIND,
        v.KEY_VERSION: v.FORM_VERSION,
        v.KEY_PLAN: report.plan.title,
        v.KEY_YEAR: report.year,
        v.KEY_AGENCY: agency.short_name,
    }
    for number, key in enumerate(v.IDENTIFICATION_KEYS, start=1):
        sheet.cell(row=number, column=1, value=key)
        sheet.cell(row=number, column=2, value=values[key])
    objectives = report.plan.objectives
    column = v.OBJECTIVE_LIST_COLUMN
    for number, objective in enumerate(objectives, start=1):
        cell = sheet[f"{column}{number}"]
        cell.value = str(objective.id)
        cell.number_format = "@"
    sheet.sheet_state = "hidden"
    sheet.protection.sheet = True
    return f"'{v.FORM_SHEET}'!${column}$1:${column}${max(len(objectives), 1)}"


def _write_new_measures(sheet: Worksheet, objectives: str, words: v.FormWords) -> None:
    columns = v.NEW_MEASURE_COLUMNS
    _heading_row(sheet, columns, words)
    last = v.NEW_MEASURE_ROWS + 1
    for number in range(2, last + 1):
        for index, column in enumerate(columns, start=1):
            cell = sheet.cell(row=number, column=index)
            cell.protection = Protection(locked=False)
            cell.alignment = _WRAP
            if column.text:
                cell.number_format = "@"
    objective = DataValidation(
        type="list",
        formula1=objectives,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=words.heading(v.OBJECTIVE),
        error="Välj en av strategins målsättningar (listan finns på bladet Instruktioner).",
    )
    letter = _letter(columns, v.OBJECTIVE)
    objective.add(f"{letter}2:{letter}{last}")
    sheet.add_data_validation(objective)
    _protect(sheet)
