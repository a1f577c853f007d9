"""The update form as written (forms/writer.py), one agency's, read back cell by cell with
openpyxl: the sheets and their order, the identification block, the instructions, the rows of
measures, what is locked and what is answered, the dropdowns and their ranges, the register."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

import handlingsplan as hp
from handlingsplan import _core
from handlingsplan.forms import vocabulary as v

YEAR = 2022


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[hp.Report, Path]:
    report = hp.load_default().new_report(YEAR)
    folder = tmp_path_factory.mktemp("forms") / "ny" / "mapp"
    paths = report.write_update_forms(folder, ["FRA"], due=date(2022, 2, 15), on=date(2021, 12, 1))
    assert paths == [folder / "FRA.xlsx"]
    return report, paths[0]


@pytest.fixture(scope="module")
def book(written: tuple[hp.Report, Path]) -> openpyxl.Workbook:
    return openpyxl.load_workbook(written[1])


def test_the_sheets_in_order_opening_on_the_measures(book: openpyxl.Workbook) -> None:
    assert book.sheetnames == ["Instruktioner", "Åtgärder", "Nya åtgärder", "Formulär"]
    assert book.active.title == "Åtgärder"


def test_the_form_is_registered_as_sent_that_day(written: tuple[hp.Report, Path]) -> None:
    report, path = written
    assert report.forms == [
        _core.FormEntry("FRA", _core.FormEvent.sent, "FRA.xlsx", date(2021, 12, 1))
    ]
    assert path.name == "FRA.xlsx"


def test_the_identification_block_and_the_objectives(book: openpyxl.Workbook) -> None:
    sheet = book["Formulär"]
    plan = hp.load_default()
    assert [(sheet.cell(n, 1).value, sheet.cell(n, 2).value) for n in range(1, 6)] == [
        ("Formulär", "Uppdateringsformulär för handlingsplanen"),
        ("Version", 1),
        ("Handlingsplan", plan.title),
        ("Redovisning", YEAR),
        ("Myndighet", "FRA"),
    ]
    objectives = [str(o.id) for o in plan.objectives]
    assert [sheet[f"D{n}"].value for n in range(1, len(objectives) + 1)] == objectives
    assert all(sheet[f"D{n}"].number_format == "@" for n in range(1, len(objectives) + 1))
    assert sheet.sheet_state == "hidden" and sheet.protection.sheet


def test_the_instructions_then_the_objectives(book: openpyxl.Workbook) -> None:
    sheet = book["Instruktioner"]
    plan = hp.load_default()
    fra = plan.agencies.resolve("FRA")
    lines = v.instructions(
        agency="FRA",
        addressed=fra.today_name(date(2021, 12, 1)),
        year=YEAR,
        due="den 15 februari 2022",
        first_year=2019,
        last_year=2022,
    )
    texts = [sheet.cell(n, 1).value for n in range(1, len(lines) + 1)]
    assert texts == [line or None for line in lines]
    assert sheet["A1"].font.bold and sheet["A1"].font.size == 14
    assert sheet["A3"].alignment.wrap_text and sheet["A3"].alignment.vertical == "top"
    assert sheet.column_dimensions["A"].width == 110
    heading = sheet.cell(len(lines) + 2, 1)
    assert heading.value == "Strategins målsättningar:" and heading.font.bold
    listed = [sheet.cell(len(lines) + 3 + k, 1).value for k in range(len(plan.objectives))]
    assert listed == [f"{o.id} {o.text}" for o in plan.objectives]
    assert sheet.cell(len(lines) + 3, 1).alignment.wrap_text
    assert sheet.cell(len(lines) + 3 + len(plan.objectives), 1).value is None
    assert sheet.protection.sheet


def test_the_measures_sheet_row_by_row(book: openpyxl.Workbook) -> None:
    sheet = book["Åtgärder"]
    report = hp.load_default().new_report(YEAR)
    columns = v.MEASURE_COLUMNS
    assert [sheet.cell(1, n).value for n in range(1, len(columns) + 1)] == [
        c.heading for c in columns
    ]
    assert sheet.cell(1, len(columns) + 1).value is None
    for n, column in enumerate(columns, start=1):
        heading = sheet.cell(1, n)
        assert heading.font.bold and heading.alignment.wrap_text
        assert heading.fill.fgColor.rgb.endswith("FFF9DB" if column.answer else "EDEDED")
        assert sheet.column_dimensions[get_column_letter(n)].width == column.width
    assert sheet.freeze_panes == "B2"
    mine = [m for m in report.measures() if m.agencies.role_of("FRA") is not None]
    rows = [
        [sheet.cell(r, n).value for n in range(1, len(columns) + 1)]
        for r in range(2, 2 + len(mine))
    ]
    assert len(rows) == len(mine) > 1
    first = mine[0]
    by_heading = dict(zip([c.heading for c in columns], rows[0], strict=True))
    assert by_heading["Nr"] == str(first.id)
    assert by_heading["Roll"] == _core.role_text(first.agencies.role_of("FRA"))
    assert by_heading["Period"] == str(first.period)
    assert by_heading["Nuvarande beskrivning"] == first.description
    assert sheet.cell(2 + len(mine), 1).value is None
    for n, column in enumerate(columns, start=1):
        cell = sheet.cell(2, n)
        assert cell.alignment.wrap_text
        assert (cell.number_format == "@") == column.text
        assert cell.protection.locked is not column.answer
        if column.answer:
            assert cell.fill.fgColor.rgb.endswith("FFF9DB")


def test_the_measures_dropdowns_filter_and_protection(book: openpyxl.Workbook) -> None:
    sheet = book["Åtgärder"]
    columns = v.MEASURE_COLUMNS
    last = max(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value is not None)
    assert last > 2
    letter = {c.heading: get_column_letter(n) for n, c in enumerate(columns, start=1)}
    found = {str(dv.sqref): dv for dv in sheet.data_validations.dataValidation}
    status = found[f"{letter['Status']}2:{letter['Status']}{last}"]
    assert status.type == "list"
    assert status.formula1 == '"pågående,genomförd,avskriven"'
    assert status.allow_blank and status.showErrorMessage and status.showInputMessage
    assert status.error == "Välj pågående, genomförd, avskriven (eller lämna tomt)."
    assert (status.errorTitle, status.promptTitle) == ("Status", "Status")
    assert status.prompt == "Lämna tomt om inget har hänt."
    year = found[f"{letter['År']}2:{letter['År']}{last}"]
    assert (year.type, year.operator, year.formula1, year.formula2) == (
        "whole",
        "between",
        "2019",
        "2022",
    )
    assert year.allow_blank and year.showErrorMessage and year.errorTitle == "År"
    assert year.error == "Året då åtgärden avslutades: ett heltal mellan 2019 och 2022."
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(columns))}{last}"
    protection = sheet.protection
    assert protection.sheet and not protection.password
    # False allows the formatting, filtering and sorting; an attribute left out forbids it.
    assert protection.formatColumns is False and protection.formatRows is False
    assert protection.formatCells is False
    assert protection.autoFilter is False and protection.sort is False


def test_the_new_measures_sheet(book: openpyxl.Workbook) -> None:
    sheet = book["Nya åtgärder"]
    columns = v.NEW_MEASURE_COLUMNS
    assert [sheet.cell(1, n).value for n in range(1, len(columns) + 1)] == [
        c.heading for c in columns
    ]
    assert sheet.freeze_panes == "B2"
    last = v.NEW_MEASURE_ROWS + 1
    for row in (2, last):
        for n, column in enumerate(columns, start=1):
            cell = sheet.cell(row, n)
            assert cell.protection.locked is False and cell.alignment.wrap_text
            assert (cell.number_format == "@") == column.text
    assert sheet.cell(last + 1, 1).protection.locked
    (objective,) = sheet.data_validations.dataValidation
    letter = get_column_letter(columns.index(v.OBJECTIVE) + 1)
    assert str(objective.sqref) == f"{letter}2:{letter}{last}"
    plan = hp.load_default()
    assert objective.formula1 == f"'Formulär'!$D$1:$D${len(plan.objectives)}"
    assert (objective.type, objective.allow_blank, objective.showErrorMessage) == (
        "list",
        True,
        True,
    )
    assert objective.errorTitle == "Målsättning"
    assert objective.error == (
        "Välj en av strategins målsättningar (listan finns på bladet Instruktioner)."
    )
    assert sheet.protection.sheet and not sheet.protection.formatColumns


def test_without_a_due_date_the_answer_is_due_the_31st_of_january(tmp_path: Path) -> None:
    report = hp.load_default().new_report(YEAR)
    (path,) = report.write_update_forms(tmp_path, ["PTS"])
    sheet = openpyxl.load_workbook(path)["Instruktioner"]
    assert sheet["A1"].value.endswith("– PTS")
    assert sheet["A3"].value.startswith("Svara senast den 31 januari 2022.")
    assert report.forms == [_core.FormEntry("PTS", _core.FormEvent.sent, "PTS.xlsx", None)]


def test_a_folder_that_cannot_be_made_is_a_file_error(tmp_path: Path) -> None:
    blocker = tmp_path / "fil"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(hp.FileError) as raised:
        hp.load_default().new_report(YEAR).write_update_forms(blocker / "mapp", ["FRA"])
    assert raised.value.errno in (errno.ENOTDIR, errno.EEXIST)
    assert raised.value.filename == str(blocker / "mapp")
    assert raised.value.strerror.startswith(f"cannot write {blocker / 'mapp'}: ")


def test_on_the_day_it_goes_out_the_heading_names_the_agency_by_that_days_name(
    tmp_path: Path,
) -> None:
    report = hp.load_default().new_report(YEAR)
    (path,) = report.write_update_forms(tmp_path, ["MSB"], on=date(2026, 6, 1))
    heading = openpyxl.load_workbook(path)["Instruktioner"]["A1"].value
    assert heading == (
        "Uppdatering av handlingsplanens åtgärder inför 2022 års redovisning – "
        "MSB (sedan 2026 Myndigheten för civilt försvar)"
    )
