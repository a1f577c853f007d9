"""Fills in the yearly update forms the way an agency would, with openpyxl: the tests' own
reader of a form, which finds rows by their Nr and columns by their headings (never by the
library's vocabulary), so that a form that moved a column would still be filled correctly."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

import openpyxl

MEASURES = "Åtgärder"
NEW_MEASURES = "Nya åtgärder"


def headings(sheet) -> dict[str, int]:
    """Heading text -> column number, from row 1."""
    return {cell.value: cell.column for cell in sheet[1] if cell.value is not None}


def row_of(sheet, nr: str) -> int:
    """The row number of measure `nr` in the Åtgärder sheet."""
    column = headings(sheet)["Nr"]
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row=row, column=column).value == nr:
            return row
    raise KeyError(nr)


def cell_name(sheet, nr: str, heading: str) -> str:
    """ "F7": the cell of measure `nr` under `heading`."""
    return sheet.cell(row=row_of(sheet, nr), column=headings(sheet)[heading]).coordinate


def nrs(path: Path) -> list[str]:
    """The Nr column of a form, in sheet order."""
    sheet = openpyxl.load_workbook(path)[MEASURES]
    column = headings(sheet)["Nr"]
    return [
        sheet.cell(row=r, column=column).value
        for r in range(2, sheet.max_row + 1)
        if sheet.cell(row=r, column=column).value is not None
    ]


def fill(
    path: Path,
    answers: Mapping[str, Mapping[str, object]] = {},
    proposals: list[Mapping[str, object]] = (),
) -> None:
    """Writes answers ({"1.1.5": {"Status": "genomförd", "År": 2021}}) and proposed measures
    ([{"Målsättning": "1.1", "Åtgärd": …}]) into the form at `path`, saving it in place."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[MEASURES]
    columns = headings(sheet)
    for nr, values in answers.items():
        row = row_of(sheet, nr)
        for heading, value in values.items():
            sheet.cell(row=row, column=columns[heading], value=value)
    sheet = workbook[NEW_MEASURES]
    columns = headings(sheet)
    for offset, values in enumerate(proposals):
        for heading, value in values.items():
            sheet.cell(row=2 + offset, column=columns[heading], value=value)
    workbook.save(path)


def convert_with_libreoffice(paths: list[Path], folder: Path) -> list[Path]:
    """Opens and saves each form with LibreOffice Calc headless (soffice --convert-to xlsx),
    as an agency using LibreOffice would; a private user profile so parallel runs do not clash."""
    soffice = shutil.which("soffice")
    assert soffice, "soffice not found: run scripts/install-system-deps.sh --test"
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="soffice-profile-") as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                str(folder),
                *map(str, paths),
            ],
            check=True,
            capture_output=True,
            timeout=180,
            env={"HOME": profile, "PATH": "/usr/bin:/bin"},
        )
    converted = [folder / p.name for p in paths]
    for path in converted:
        assert path.is_file(), f"LibreOffice did not write {path}"
    return converted
