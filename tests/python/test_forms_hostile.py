"""Hostile update forms (issue 22): files built to exhaust memory or block (a cell at the last
row, zip bombs, a FIFO, /dev/zero), damaged ones (a corrupt member, entity expansion, an
undefined entity), formulas in answer cells, edits of locked columns and answers longer than a
cell holds. Each is a problem naming the file (and the sheet and cell where there is one); the
plan is unchanged; nothing escapes as a raw exception, and the command line prints no
traceback."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

import form_filler
import handlingsplan as hp
from handlingsplan.forms import reader

YEAR = 2022


def draft() -> hp.Report:
    return hp.load_default().new_report(YEAR)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("utskick")
    draft().write_update_forms(folder, ["FRA"])
    return folder / "FRA.xlsx"


def form(written: Path, tmp_path: Path) -> Path:
    path = tmp_path / "FRA.xlsx"
    shutil.copy(written, path)
    return path


def problems(path: Path) -> list[hp.forms.Problem]:
    """What reading the form at `path` finds; the plan is unchanged, whatever it is."""
    report = draft()
    before = report.plan.to_json()
    with pytest.raises(hp.FormError) as raised:
        report.read_update_forms([path])
    assert report.plan.to_json() == before
    found = list(raised.value.problems)
    assert found and all(p.file == path.name for p in found)
    return found


def rewritten(path: Path, change: dict[str, bytes | None], *, level: int = 8) -> None:
    """The archive at `path` with members replaced (bytes), added, or left out (None)."""
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    for name, data in change.items():
        if data is None:
            members.pop(name, None)
        else:
            members[name] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def sheet_member(path: Path, title: str) -> str:
    """The archive member of the sheet called `title`."""
    workbook = openpyxl.load_workbook(path)
    index = workbook.sheetnames.index(title) + 1
    return f"xl/worksheets/sheet{index}.xml"


# Files built to exhaust memory or block.


def test_a_cell_at_the_last_row_is_refused_before_the_rows_are_walked(
    written: Path, tmp_path: Path
) -> None:
    path = form(written, tmp_path)
    workbook = openpyxl.load_workbook(path)
    workbook["Åtgärder"]["K1048576"] = "x"
    workbook.save(path)
    assert path.stat().st_size < 100_000
    (problem,) = problems(path)
    assert "1048576 rader" in problem.message
    assert f"högst {reader.MAX_SHEET_ROWS} rader" in problem.message


def test_a_dimension_that_declares_a_huge_sheet_is_refused_unread(
    written: Path, tmp_path: Path
) -> None:
    path = form(written, tmp_path)
    member = sheet_member(path, "Åtgärder")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(member)
    xml = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', xml)
    rewritten(path, {member: xml})
    (problem,) = problems(path)
    assert problem.sheet == member
    assert "1048576 rader och 16384 kolumner" in problem.message


def test_a_zip_bomb_is_refused_from_the_archive_directory(written: Path, tmp_path: Path) -> None:
    path = form(written, tmp_path)
    rewritten(path, {"xl/media/bomb.bin": bytes(reader.MAX_INFLATED_BYTES + 2**20)}, level=9)
    assert path.stat().st_size < 2**20  # small on disk
    (problem,) = problems(path)
    assert "packas upp till" in problem.message


def test_a_fifo_a_device_or_a_directory_as_a_form_is_refused_without_blocking(
    tmp_path: Path,
) -> None:
    fifo = tmp_path / "FRA.xlsx"
    os.mkfifo(fifo)
    zero = tmp_path / "MSB.xlsx"
    zero.symlink_to("/dev/zero")
    folder = tmp_path / "FMV.xlsx"
    folder.mkdir()
    for path in (fifo, zero, folder):
        (problem,) = problems(path)
        assert "kan inte läsas" in problem.message, problem


def test_a_form_larger_than_a_form_can_be_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "FRA.xlsx"
    with path.open("wb") as stream:
        stream.truncate(reader.MAX_FORM_BYTES + 1)
    (problem,) = problems(path)
    assert "kan inte läsas" in problem.message


# Damaged files: a problem naming the file, not a raw exception.


def test_a_corrupt_member_is_a_problem(written: Path, tmp_path: Path) -> None:
    path = form(written, tmp_path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(sheet_member(path, "Åtgärder"))
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 10, start + min(info.compress_size, 400)):
        data[offset] ^= 0x5A  # the deflated data scrambled: zlib "Error -3"
    path.write_bytes(bytes(data))
    (problem,) = problems(path)
    assert "kan inte läsas som en Excel-arbetsbok" in problem.message


LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1"
 uniqueCount="1"><si><t>&lol9;</t></si></sst>"""

UNDEFINED = b"""<?xml version="1.0"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1"
 uniqueCount="1"><si><t>&okand;</t></si></sst>"""


@pytest.mark.parametrize("xml", [LAUGHS, UNDEFINED], ids=["entity expansion", "undefined entity"])
def test_entities_in_a_form_are_a_problem(written: Path, tmp_path: Path, xml: bytes) -> None:
    path = form(written, tmp_path)
    rewritten(path, {"docProps/core.xml": xml})
    (problem,) = problems(path)
    assert "kan inte läsas som en Excel-arbetsbok" in problem.message


# What an agency types: formulas, locked columns, too much text.


def first_nr(path: Path) -> str:
    return form_filler.nrs(path)[0]


@pytest.mark.parametrize(
    "formula",
    ["=1+1", '=DDE("cmd";"/C calc";"A0")', '=HYPERLINK("http://example.com","x")'],
)
@pytest.mark.parametrize("heading", ["Ny beskrivning", "Skäl", "Kommentar"])
def test_a_formula_in_an_answer_cell_is_refused_with_the_cell(
    written: Path, tmp_path: Path, formula: str, heading: str
) -> None:
    path = form(written, tmp_path)
    nr = first_nr(path)
    form_filler.fill(path, {nr: {heading: formula}})
    sheet = openpyxl.load_workbook(path)["Åtgärder"]
    cell = form_filler.cell_name(sheet, nr, heading)
    found = problems(path)
    assert [(p.sheet, p.cell) for p in found] == [("Åtgärder", cell)]
    assert found[0].message.startswith("Cellen innehåller en formel")


def test_a_formula_saved_with_a_cached_value_is_refused_not_read_as_its_value(
    written: Path, tmp_path: Path
) -> None:
    """LibreOffice saves a DDE formula with its cached "#VALUE!": the value is not the answer."""
    path = form(written, tmp_path)
    nr = first_nr(path)
    form_filler.fill(path, {nr: {"Ny beskrivning": "=DDE(1)"}})
    member = sheet_member(path, "Åtgärder")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(member)
    xml = xml.replace(b"<f>DDE(1)</f><v></v>", b"<f>DDE(1)</f><v>#VALUE!</v>")
    xml = xml.replace(b"<f>DDE(1)</f>", b'<f>DDE(1)</f><v t="str">#VALUE!</v>', 1)
    rewritten(path, {member: xml})
    found = problems(path)
    assert [p.message[:29] for p in found] == ["Cellen innehåller en formel; "]


def test_an_edit_of_the_current_description_is_reported(written: Path, tmp_path: Path) -> None:
    path = form(written, tmp_path)
    nr = first_nr(path)
    form_filler.fill(path, {nr: {"Nuvarande beskrivning": "Något annat."}})
    sheet = openpyxl.load_workbook(path)["Åtgärder"]
    (problem,) = problems(path)
    assert (problem.sheet, problem.cell) == (
        "Åtgärder",
        form_filler.cell_name(sheet, nr, "Nuvarande beskrivning"),
    )
    assert "Nuvarande beskrivning har ändrats" in problem.message
    assert "Ny beskrivning" in problem.message


def test_an_answer_longer_than_a_cell_holds_is_refused(written: Path, tmp_path: Path) -> None:
    path = form(written, tmp_path)
    nr = first_nr(path)
    # openpyxl cuts what it writes at Excel's limit; another program need not: the text goes
    # into the sheet's XML itself.
    form_filler.fill(path, {nr: {"Ny beskrivning": "MARKER"}})
    member = sheet_member(path, "Åtgärder")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(member)
    rewritten(path, {member: xml.replace(b"MARKER", b"x" * 40_000)})
    sheet = openpyxl.load_workbook(path)["Åtgärder"]
    (problem,) = problems(path)
    assert problem.cell == form_filler.cell_name(sheet, nr, "Ny beskrivning")
    assert "40000 tecken" in problem.message


# The command line.


def test_inlasning_of_a_bomb_prints_a_message_not_a_traceback(
    written: Path, tmp_path: Path
) -> None:
    path = form(written, tmp_path)
    rewritten(path, {"docProps/core.xml": LAUGHS})
    plan = tmp_path / "plan.json"
    hp.load_default().save(plan)
    before = plan.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "handlingsplan", "inlasning", "--plan", str(plan)]
        + ["--year", str(YEAR), str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "FRA.xlsx" in done.stderr and "kan inte läsas" in done.stderr
    assert plan.read_bytes() == before
