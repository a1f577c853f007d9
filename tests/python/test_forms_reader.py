"""The reader of one update form (handlingsplan/forms/reader.py) on forms written and then
edited in the test, and on cells and archives built in the test: every problem's sheet, cell
and exact words, every answer's fields and cells, and a cell read as Excel, LibreOffice or
openpyxl may have saved it.

Expectations come from what the tests type in and from the draft the form was written from,
never from the output under test."""

from __future__ import annotations

import io
import shutil
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.worksheet.formula import ArrayFormula

import form_filler
import handlingsplan as hp
from handlingsplan._core import ChangeSource, MeasureId, Period, StatusKind
from handlingsplan.forms import reader
from handlingsplan.forms.reader import FormAnswers

YEAR = 2022
NOT_A_FORM = (
    "arbetsboken är inte ett uppdateringsformulär för 2022 års redovisning (skapa formulären "
    "med write_update_forms eller handlingsplan utskick)"
)
UNREADABLE = "filen kan inte läsas som en Excel-arbetsbok (.xlsx)"
PERIOD_EXAMPLES = '"2021–2022", "2022" eller "2019 och tills vidare"'
# The form's columns, in the order it is written (the tests find them by their headings).
MEASURE_HEADINGS = [
    "Nr",
    "Åtgärd",
    "Ansvarig myndighet",
    "Roll",
    "Period",
    "Status",
    "År",
    "Skäl",
    "Ny period",
    "Ny beskrivning",
    "Kommentar",
    "Nuvarande beskrivning",
]


#: Where the tests' own changes of the draft come from (a change is recorded with its source).
SOURCE = ChangeSource(agency="MSB", file="MSB.xlsx", sheet="Åtgärder", cell="F2")


def draft() -> hp.Report:
    return hp.load_default().new_report(YEAR)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("utskick")
    draft().write_update_forms(folder, ["FRA"])
    return folder / "FRA.xlsx"


@pytest.fixture
def path(written: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "FRA.xlsx"
    shutil.copy(written, copy)
    return copy


def edit(path: Path, sheet: str, values: dict[str, object]) -> None:
    workbook = openpyxl.load_workbook(path)
    for cell, value in values.items():
        workbook[sheet][cell] = value
    workbook.save(path)


def read(path: Path, report: hp.Report | None = None) -> FormAnswers:
    return reader.read_form(report if report is not None else draft(), path)


def found(form: FormAnswers) -> list[tuple[str, str, str]]:
    return [(p.sheet, p.cell, p.message) for p in form.problems]


def active_fra() -> list[hp.Measure]:
    return [m for m in draft().measures(agency="FRA") if m.status.is_active]


def cell_of(path: Path, nr: str, heading: str) -> str:
    return form_filler.cell_name(openpyxl.load_workbook(path)["Åtgärder"], nr, heading)


def fill(path: Path, nr: str, values: dict[str, object]) -> dict[str, str]:
    """Types `values` into the row of `nr`; the cells typed into, by heading."""
    form_filler.fill(path, {nr: values})
    return {heading: cell_of(path, nr, heading) for heading in values}


# A cell as text.


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, None),
        (True, "sant"),
        (False, "falskt"),
        (2021.0, "2021"),
        (2021.5, "2021.5"),
        (7, "7"),
        ("  ett\r\ntvå\rtre  ", "ett\ntvå\ntre"),
        (" \n ", None),
        ("", None),
    ],
)
def test_a_cell_is_read_as_stripped_text(value: object, text: str | None) -> None:
    assert reader._text(value) == text


def test_a_value_is_quoted_and_a_date_written_as_a_day() -> None:
    assert reader._quote(date(2021, 3, 4)) == "2021-03-04"
    assert reader._quote(datetime(2021, 3, 4, 10, 30)) == "2021-03-04"
    assert reader._quote(" snart ") == '"snart"'
    assert reader._quote(2021.0) == '"2021"'


@pytest.mark.parametrize(
    ("letters", "number"), [("A", 1), ("Z", 26), ("AA", 27), ("CV", 100), ("XFD", 16384)]
)
def test_column_letters_are_numbered_as_excel_does(letters: str, number: int) -> None:
    assert reader._column_number(letters) == number


def test_norm_joins_whitespace_and_reads_none_as_empty() -> None:
    assert reader._norm("  ett \n två\tTre ") == "ett två Tre"
    assert reader._norm(None) == ""


# The archive's bounds, read before openpyxl.


def archive(members: dict[str, bytes]) -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as out:
        for name, content in members.items():
            out.writestr(name, content)
    return data.getvalue()


def dimension(ref: str, prefix: str = "") -> bytes:
    return f'<worksheet><{prefix}dimension ref="{ref}"/></worksheet>'.encode()


@pytest.mark.parametrize(
    ("ref", "rows", "columns"),
    [("A1:A5001", 5001, 1), ("A1:CW1", 1, 101), ("B2:XFD1048576", 1048576, 16384)],
)
def test_a_sheet_declared_larger_than_a_form_is_refused_by_its_dimension(
    ref: str, rows: int, columns: int
) -> None:
    member = "xl/worksheets/sheet2.xml"
    assert reader._too_large(archive({member: dimension(ref)})) == (
        member,
        "",
        f"bladet har {rows} rader och {columns} kolumner; ett formulär har högst 5000 rader "
        "och 100 kolumner",
    )
    # A namespace prefix on the element is read the same.
    assert reader._too_large(archive({member: dimension(ref, "x:")}))[0] == member


@pytest.mark.parametrize(
    "members",
    [
        {"xl/worksheets/sheet1.xml": dimension("A1:CV5000")},  # at the bounds
        {"xl/worksheets/sheet1.xml": dimension("A1")},  # one cell: no range
        {"xl/worksheets/sheet1.xml": b"<worksheet/>"},  # no dimension
        {"xl/sharedStrings.xml": dimension("A1:XFD1048576")},  # not a sheet
        {"xl/worksheets/sheet1.bin": dimension("A1:XFD1048576")},  # not a sheet's XML
        {"docProps/xl/worksheets/a.xml": dimension("A1:XFD1048576")},  # not under xl/
    ],
)
def test_what_a_form_may_be_is_not_refused(members: dict[str, bytes]) -> None:
    assert reader._too_large(archive(members)) is None


def test_an_archive_that_inflates_beyond_a_form_is_refused_by_its_directory() -> None:
    big = archive({"xl/media/a.bin": bytes(reader.MAX_INFLATED_BYTES + 2**20)})
    assert reader._too_large(big) == (
        "",
        "",
        "filen packas upp till 31 MB; ett formulär är högst 30 MB uppackat",
    )
    # Two members count together; exactly the bound is allowed.
    half = reader.MAX_INFLATED_BYTES // 2
    assert reader._too_large(archive({"a": bytes(half), "b": bytes(half)})) is None
    assert reader._too_large(archive({"a": bytes(half), "b": bytes(half + 1)})) is not None


# Opening a file.


def test_a_missing_file_is_said_to_be_missing(tmp_path: Path) -> None:
    form = read(tmp_path / "FRA.xlsx")
    assert found(form) == [("", "", "filen finns inte")]
    assert form.file == "FRA.xlsx" and form.problems[0].file == "FRA.xlsx"
    assert form.agency is None and not form.touched


def test_a_folder_is_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    folder = tmp_path / "FRA.xlsx"
    folder.mkdir()
    ((sheet, cell, message),) = found(read(folder))
    assert (sheet, cell) == ("", "")
    assert message.startswith("filen kan inte läsas: ") and "FRA.xlsx" in message


def test_a_file_that_is_no_archive_is_no_workbook(tmp_path: Path) -> None:
    path = tmp_path / "FRA.xlsx"
    path.write_bytes(b"inget arkiv")
    assert found(read(path)) == [("", "", f"{UNREADABLE} (File is not a zip file)")]


def test_an_archive_without_a_workbook_is_no_workbook(tmp_path: Path) -> None:
    path = tmp_path / "FRA.xlsx"
    path.write_bytes(archive({"a.txt": b"text"}))
    ((sheet, cell, message),) = found(read(path))
    assert (sheet, cell) == ("", "")
    assert message.startswith(f"{UNREADABLE} (") and message.endswith(")")
    assert "[Content_Types].xml" in message


def test_a_damaged_member_names_the_error(path: Path) -> None:
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    members["docProps/core.xml"] = b"<?xml version='1.0'?><a>&okand;</a>"
    path.write_bytes(archive(members))
    ((sheet, cell, message),) = found(read(path))
    assert (sheet, cell) == ("", "")
    assert message.startswith(f"{UNREADABLE} (") and ": " in message
    assert message[len(UNREADABLE) + 2 :].split(":")[0].isidentifier()  # the error's kind


def without_dimensions(path: Path) -> None:
    """The archive at `path` with every sheet's declared dimension taken out, so that only the
    sheets themselves, once read, can say how large they are."""
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    for name, data in members.items():
        if name.startswith("xl/worksheets/"):
            start = data.find(b"<dimension")
            if start >= 0:
                members[name] = data[:start] + data[data.index(b"/>", start) + 2 :]
    path.write_bytes(archive(members))


@pytest.mark.parametrize(("cell", "rows", "columns"), [("A5001", 5001, 4), ("CW1", 20, 101)])
def test_a_sheet_larger_than_a_form_is_refused_once_read(
    path: Path, cell: str, rows: int, columns: int
) -> None:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Formulär"]
    # The identification block in A:B, the objectives' list in D.
    assert (sheet.max_row, sheet.max_column) == (20, 4)
    workbook.close()
    edit(path, "Formulär", {cell: "x"})
    without_dimensions(path)
    assert found(read(path)) == [
        (
            "Formulär",
            "",
            f"bladet har {rows} rader och {columns} kolumner; ett formulär har högst 5000 "
            "rader och 100 kolumner",
        )
    ]


def test_a_sheet_at_the_bounds_is_read(path: Path) -> None:
    edit(path, "Formulär", {"CV5000": "x"})
    without_dimensions(path)
    form = read(path)
    assert found(form) == [] and form.agency == "FRA"


# Which form it is.


def test_a_workbook_without_the_identification_sheet_is_no_form(tmp_path: Path) -> None:
    path = tmp_path / "FRA.xlsx"
    openpyxl.Workbook().save(path)
    form = read(path)
    assert found(form) == [("", "", NOT_A_FORM)] and form.agency is None


@pytest.mark.parametrize(
    "values",
    [
        {"B1": "Något annat formulär"},  # the kind
        {"A3": "Plan"},  # a key renamed
        {"A5": None},  # a key gone
        {"A5": None, "A6": "Myndighet", "B6": "FRA"},  # a key below the block
    ],
)
def test_a_workbook_that_does_not_say_it_is_a_form_is_no_form(
    path: Path, values: dict[str, object]
) -> None:
    edit(path, "Formulär", values)
    form = read(path)
    assert found(form) == [("Formulär", "A1", NOT_A_FORM)] and form.agency is None


def test_the_identification_block_is_read_as_written(written: Path) -> None:
    sheet = openpyxl.load_workbook(written)["Formulär"]
    report = draft()
    assert [
        (sheet.cell(row=r, column=1).value, sheet.cell(row=r, column=2).value) for r in range(1, 6)
    ] == [
        ("Formulär", "Uppdateringsformulär för handlingsplanen"),
        ("Version", 1),
        ("Handlingsplan", report.plan.title),
        ("Redovisning", YEAR),
        ("Myndighet", "FRA"),
    ]


def test_another_version_is_refused_with_its_cell(path: Path) -> None:
    edit(path, "Formulär", {"B2": 2})
    assert found(read(path)) == [
        ("Formulär", "B2", 'formulärets version är "2", denna version läser 1')
    ]


def test_a_version_typed_as_text_is_read(path: Path) -> None:
    edit(path, "Formulär", {"B2": " 1 "})
    assert found(read(path)) == []


def test_another_plan_is_refused_with_its_cell(path: Path) -> None:
    title = draft().plan.title
    edit(path, "Formulär", {"B3": "En annan plan"})
    assert found(read(path)) == [
        (
            "Formulär",
            "B3",
            f'formuläret gäller handlingsplanen "En annan plan", inte "{title}"',
        )
    ]


def test_another_year_is_refused_with_its_cell(path: Path) -> None:
    edit(path, "Formulär", {"B4": 2021.0})
    assert found(read(path)) == [
        ("Formulär", "B4", "formuläret gäller 2021 års redovisning, inte 2022 års")
    ]


def test_the_keys_are_found_in_any_order(path: Path) -> None:
    """The block's rows swapped: each value is read beside its key, and a problem names the
    row it is in now."""
    edit(path, "Formulär", {"A4": "Myndighet", "B4": "FRA", "A5": "Redovisning", "B5": 2020})
    assert found(read(path)) == [
        ("Formulär", "B5", "formuläret gäller 2020 års redovisning, inte 2022 års")
    ]


def test_an_unknown_agency_is_refused_with_a_suggestion(path: Path) -> None:
    edit(path, "Formulär", {"B5": "FRB"})
    form = read(path)
    ((sheet, cell, message),) = found(form)
    assert (sheet, cell) == ("Formulär", "B5")
    assert message.startswith('"FRB" är ingen myndighet i planen; menade du ')
    assert form.agency is None


def test_an_empty_agency_is_refused(path: Path) -> None:
    edit(path, "Formulär", {"B5": None})
    ((sheet, cell, message),) = found(read(path))
    assert (sheet, cell) == ("Formulär", "B5")
    assert message.startswith('"None" är ingen myndighet i planen')


def test_an_agency_given_by_its_full_name_is_the_short_name(path: Path) -> None:
    full = draft().plan.agencies.resolve("FRA").name
    assert full != "FRA"
    edit(path, "Formulär", {"B5": f" {full} "})
    form = read(path)
    assert found(form) == [] and form.agency == "FRA"


# The sheets and their headings.


def test_a_form_of_no_sheets_of_measures_says_both_are_missing(path: Path) -> None:
    workbook = openpyxl.load_workbook(path)
    del workbook["Åtgärder"]
    del workbook["Nya åtgärder"]
    workbook.save(path)
    assert found(read(path)) == [
        ("Åtgärder", "", "bladet Åtgärder saknas i formuläret"),
        ("Nya åtgärder", "", "bladet Nya åtgärder saknas i formuläret"),
    ]


def test_the_proposals_are_read_without_the_measures_sheet(path: Path) -> None:
    form_filler.fill(
        path,
        {},
        [
            {
                "Målsättning": "2.1",
                "Åtgärd": "Ny övning",
                "Ansvarig myndighet": "FRA",
                "Period": "2022",
            }
        ],
    )
    workbook = openpyxl.load_workbook(path)
    del workbook["Åtgärder"]
    workbook.save(path)
    form = read(path)
    assert found(form) == [("Åtgärder", "", "bladet Åtgärder saknas i formuläret")]
    assert [p.title for p in form.proposals] == ["Ny övning"]


def test_the_answers_are_read_without_the_proposals_sheet(path: Path) -> None:
    nr = str(active_fra()[0].id)
    fill(path, nr, {"Kommentar": "Som planerat."})
    workbook = openpyxl.load_workbook(path)
    del workbook["Nya åtgärder"]
    workbook.save(path)
    form = read(path)
    assert found(form) == [("Nya åtgärder", "", "bladet Nya åtgärder saknas i formuläret")]
    assert [(str(a.measure), a.comment) for a in form.answers] == [(nr, "Som planerat.")]


def test_the_headings_are_as_written(written: Path) -> None:
    sheet = openpyxl.load_workbook(written)["Åtgärder"]
    assert [c.value for c in sheet[1]] == MEASURE_HEADINGS


@pytest.mark.parametrize("heading", ["Nr", "Status", "Nuvarande beskrivning"])
def test_a_missing_heading_is_refused_where_it_belongs(path: Path, heading: str) -> None:
    column = MEASURE_HEADINGS.index(heading)
    edit(path, "Åtgärder", {f"{'ABCDEFGHIJKL'[column]}1": None})
    nr = str(active_fra()[0].id)
    form_filler.fill(path, {nr: {"Kommentar": "Läses inte."}} if heading != "Nr" else {})
    form = read(path)
    assert found(form) == [
        (
            "Åtgärder",
            f"{'ABCDEFGHIJKL'[column]}1",
            f'rubriken "{heading}" saknas; ta inte bort rubrikraden eller kolumner (hämta ett '
            "nytt formulär om den är borta)",
        )
    ]
    assert form.answers == []


def test_every_missing_heading_is_refused(path: Path) -> None:
    edit(path, "Åtgärder", {"F1": "status", "G1": " "})
    assert [(sheet, cell) for sheet, cell, _ in found(read(path))] == [
        ("Åtgärder", "F1"),
        ("Åtgärder", "G1"),
    ]


def test_a_heading_given_twice_is_read_from_its_first_column(path: Path) -> None:
    nr = str(active_fra()[0].id)
    cells = fill(path, nr, {"Kommentar": "Den första."})
    row = int(cells["Kommentar"][1:])
    edit(path, "Åtgärder", {"M1": "Kommentar", f"M{row}": "Den andra."})
    form = read(path)
    assert found(form) == []
    assert [a.comment for a in form.answers] == ["Den första."]


def test_columns_moved_are_found_by_their_headings(path: Path) -> None:
    """Status and Kommentar swapped, headings and all: the answers are read from where they
    are, and their cells named there."""
    measure = active_fra()[0]
    nr = str(measure.id)
    cells = fill(path, nr, {"Status": "pågående", "Kommentar": "Flyttad."})
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Åtgärder"]
    status, comment = sheet[cells["Status"]], sheet[cells["Kommentar"]]
    status_head = sheet.cell(row=1, column=status.column)
    comment_head = sheet.cell(row=1, column=comment.column)
    status.value, comment.value = comment.value, status.value
    status_head.value, comment_head.value = comment_head.value, status_head.value
    workbook.save(path)
    form = read(path)
    assert found(form) == []
    (answer,) = form.answers
    assert (answer.status, answer.comment) == (StatusKind.ongoing, "Flyttad.")
    assert dict(answer.cells)["status"] == cells["Kommentar"]
    assert dict(answer.cells)["comment"] == cells["Status"]


# Rows.


def test_an_untouched_form_gives_nothing_and_is_not_touched(path: Path) -> None:
    form = read(path)
    assert found(form) == [] and form.answers == [] and form.proposals == []
    assert not form.touched and form.agency == "FRA"


def test_a_row_given_only_a_space_is_not_read(path: Path) -> None:
    nr = str(active_fra()[0].id)
    fill(path, nr, {"Kommentar": "   "})
    form = read(path)
    assert found(form) == [] and form.answers == [] and not form.touched


def test_a_comment_alone_touches_the_form_and_is_kept(path: Path) -> None:
    measure = active_fra()[1]
    nr = str(measure.id)
    cells = fill(path, nr, {"Kommentar": " Inget nytt. "})
    row = int(cells["Kommentar"][1:])
    form = read(path)
    assert found(form) == [] and form.touched
    (answer,) = form.answers
    assert (answer.agency, answer.file, answer.row, answer.measure) == (
        "FRA",
        "FRA.xlsx",
        row,
        measure.id,
    )
    assert (answer.status, answer.year, answer.reason, answer.period, answer.description) == (
        None,
        None,
        None,
        None,
        None,
    )
    assert answer.comment == "Inget nytt."
    letters = {h: "ABCDEFGHIJKL"[MEASURE_HEADINGS.index(h)] for h in MEASURE_HEADINGS}
    expected = {
        "status": f"{letters['Status']}{row}",
        "year": f"{letters['År']}{row}",
        "reason": f"{letters['Skäl']}{row}",
        "period": f"{letters['Ny period']}{row}",
        "description": f"{letters['Ny beskrivning']}{row}",
        "comment": f"{letters['Kommentar']}{row}",
    }
    assert answer.cells == tuple(expected.items())
    assert form.cells == {measure.id: expected}


def test_an_edit_of_a_locked_column_alone_does_not_touch_the_form(path: Path) -> None:
    nr = str(active_fra()[0].id)
    fill(path, nr, {"Roll": "ansvarig myndighet"})
    form = read(path)
    assert len(form.problems) == 1 and not form.touched


def test_an_answer_that_changes_nothing_is_not_kept(path: Path) -> None:
    """A new period equal to the current one, and a new description equal to the current one
    but for spaces, say nothing: no answer, though the form was touched."""
    measure = next(m for m in active_fra() if m.period is not None and m.description)
    fill(
        path,
        str(measure.id),
        {
            "Ny period": str(measure.period),
            "Ny beskrivning": "  " + measure.description.replace(" ", "  ") + "\n",
        },
    )
    form = read(path)
    assert found(form) == [] and form.touched and form.answers == [] and form.cells == {}


def test_answers_are_given_as_typed(path: Path) -> None:
    first, second, third = active_fra()[:3]
    period = Period(2020, 2026)
    assert first.period != period
    cells = fill(path, str(first.id), {"Status": "Genomförd", "År": 2021.0})
    fill(path, str(second.id), {"Status": "avskriven", "År": "2020", "Skäl": "Ersatt."})
    fill(path, str(third.id), {"Ny period": "2020–2026", "Ny beskrivning": "Ny text."})
    form = read(path)
    assert found(form) == []
    got = {
        a.measure: (a.status, a.year, a.reason, a.period, a.description, a.comment)
        for a in form.answers
    }
    assert got == {
        first.id: (StatusKind.completed, 2021, None, None, None, None),
        second.id: (StatusKind.withdrawn, 2020, "Ersatt.", None, None, None),
        third.id: (None, None, None, period, "Ny text.", None),
    }
    assert form.answers[0].row == int(cells["Status"][1:])


def test_a_row_without_nr_is_refused(path: Path) -> None:
    workbook = openpyxl.load_workbook(path)
    row = workbook["Åtgärder"].max_row + 3
    workbook.close()
    edit(path, "Åtgärder", {f"F{row}": "genomförd"})
    form = read(path)
    assert found(form) == [
        (
            "Åtgärder",
            f"A{row}",
            "raden har svar men inget Nr; ändra inte Nr och skriv nya åtgärder på bladet "
            "Nya åtgärder",
        )
    ]
    assert form.touched


@pytest.mark.parametrize(
    ("nr", "message"),
    [
        ("1.1.x", '"1.1.x" är inget åtgärdsnummer (P.M.N, t.ex. 1.1.5); ändra inte Nr'),
        (
            "1.1.99",
            "åtgärd 1.1.99 finns inte i 2022 års redovisning; ändra inte Nr och föreslå nya "
            "åtgärder på bladet Nya åtgärder",
        ),
    ],
)
def test_a_nr_of_no_measure_is_refused_with_its_words(path: Path, nr: str, message: str) -> None:
    first = str(active_fra()[0].id)
    cell = cell_of(path, first, "Nr")
    edit(path, "Åtgärder", {cell: nr})
    assert found(read(path)) == [
        ("Åtgärder", cell, message),
        (
            "Åtgärder",
            "",
            f"raden för åtgärd {first} saknas; ta inte bort rader (lämna Status tom om inget "
            "har hänt)",
        ),
    ]


def test_a_measure_not_the_agencys_is_refused_with_its_reason() -> None:
    report = draft()
    other = next(m for m in report if m.status.is_active and "FRA" not in m.agencies.all)
    ended = next(m for m in report if not m.status.is_active)
    assert reader._not_agency_measure(report, "FRA", other.id) == (
        f"åtgärd {other.id} hör inte till FRA ({other.agencies.text}); ändra inte Nr"
    )
    assert reader._not_agency_measure(report, "FRA", ended.id) == (
        f"åtgärd {ended.id} är redan {ended.status.kind_text} och kan inte besvaras"
    )
    assert reader._not_agency_measure(report, "FRA", MeasureId("9.9.9")) == (
        "åtgärd 9.9.9 finns inte i 2022 års redovisning; ändra inte Nr och föreslå nya "
        "åtgärder på bladet Nya åtgärder"
    )


def test_a_row_given_twice_is_refused_at_the_second(path: Path) -> None:
    measure = active_fra()[2]
    nr = str(measure.id)
    cells = fill(path, nr, {"Kommentar": "Först."})
    first_row = int(cells["Kommentar"][1:])
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Åtgärder"]
    copy = sheet.max_row + 1
    for column in range(1, len(MEASURE_HEADINGS) + 1):
        sheet.cell(row=copy, column=column, value=sheet.cell(row=first_row, column=column).value)
    sheet.cell(row=copy, column=MEASURE_HEADINGS.index("Kommentar") + 1, value="Sedan.")
    workbook.save(path)
    form = read(path)
    assert found(form) == [
        (
            "Åtgärder",
            f"A{copy}",
            f"åtgärd {nr} finns redan på rad {first_row}; en åtgärd besvaras på en rad",
        )
    ]
    assert [a.comment for a in form.answers] == ["Först."]


def test_a_missing_row_is_refused_unless_its_measure_ended_or_was_added(path: Path) -> None:
    report = draft()
    first, second = active_fra()[:2]
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Åtgärder"]
    for nr in (str(first.id), str(second.id)):
        sheet.delete_rows(form_filler.row_of(sheet, nr))
    workbook.save(path)
    assert found(read(path, report)) == [
        (
            "Åtgärder",
            "",
            f"raden för åtgärd {m.id} saknas; ta inte bort rader (lämna Status tom om inget "
            "har hänt)",
        )
        for m in (first, second)
    ]
    # Once the draft ends the first, only the second is missing; its row, if there, may be
    # answered still (a form of an earlier wave).
    report.complete(first.id, year=2021, source=SOURCE)
    assert {first.id, second.id} <= {m.id for m in reader.form_measures(report, "FRA")}
    assert [message for _, _, message in found(read(path, report))] == [
        f"raden för åtgärd {second.id} saknas; ta inte bort rader (lämna Status tom om inget "
        "har hänt)"
    ]


def test_the_draft_changes_are_kept_per_measure(path: Path) -> None:
    report = draft()
    first, second = active_fra()[:2]
    report.update(first.id, description="Ny beskrivning.", source=SOURCE)
    report.update(second.id, title="Ny titel", source=SOURCE)
    report.complete(first.id, year=2021, source=SOURCE)
    form = read(path, report)
    assert {id: [c.part for c in changes] for id, changes in form.report_changes.items()} == {
        first.id: [hp.ChangedPart.description, hp.ChangedPart.status],
        second.id: [hp.ChangedPart.title],
    }


# The locked columns.


def locked_edit(path: Path, heading: str, value: object) -> tuple[hp.Measure, str]:
    """`value` typed into a locked column beside an answer, which is then not read."""
    measure = next(m for m in active_fra() if m.description and m.period is not None)
    cells = fill(path, str(measure.id), {heading: value, "Kommentar": "Läses inte."})
    assert read(path).answers == []
    return measure, cells[heading]


def test_an_edited_title_is_refused_as_another_measure(path: Path) -> None:
    measure, cell = locked_edit(path, "Åtgärd", "Något annat")
    assert found(read(path)) == [
        (
            "Åtgärder",
            cell,
            f'Nr {measure.id} hör till åtgärden "{measure.title}", men raden gäller '
            '"Något annat"; Nr eller Åtgärd har ändrats',
        )
    ]


def test_an_edited_description_is_refused(path: Path) -> None:
    _, cell = locked_edit(path, "Nuvarande beskrivning", "Annat.")
    assert found(read(path)) == [
        (
            "Åtgärder",
            cell,
            "kolumnen Nuvarande beskrivning har ändrats; den är låst och ändras inte: skriv en "
            "ny beskrivning i kolumnen Ny beskrivning",
        )
    ]


def test_an_edited_period_is_refused(path: Path) -> None:
    _, cell = locked_edit(path, "Period", "2019–2030")
    assert found(read(path)) == [
        (
            "Åtgärder",
            cell,
            'kolumnen Period har ändrats till "2019–2030"; skriv en ny period i kolumnen Ny period',
        )
    ]


@pytest.mark.parametrize(("heading", "value"), [("Ansvarig myndighet", "MSB"), ("Roll", "x")])
def test_another_locked_column_edited_is_refused(path: Path, heading: str, value: str) -> None:
    measure, cell = locked_edit(path, heading, value)
    role = measure.agencies.role_of("FRA")
    was = measure.agencies.text if heading == "Ansvarig myndighet" else hp._core.role_text(role)
    assert found(read(path)) == [
        (
            "Åtgärder",
            cell,
            f'kolumnen {heading} har ändrats till "{value}" (formuläret skrevs med "{was}"); de '
            "låsta kolumnerna ändras inte",
        )
    ]


def test_locked_columns_differing_only_in_spaces_are_kept(path: Path) -> None:
    measure = next(m for m in active_fra() if m.description and m.period is not None)
    fill(
        path,
        str(measure.id),
        {
            "Åtgärd": f"  {measure.title}\n",
            "Nuvarande beskrivning": measure.description.replace(" ", "\n", 1),
            "Kommentar": "Ok.",
        },
    )
    form = read(path)
    assert found(form) == [] and [a.comment for a in form.answers] == ["Ok."]


def test_a_locked_column_as_it_was_before_a_change_in_the_draft_is_kept(path: Path) -> None:
    """A form of an earlier wave: the draft has changed the title and the description since
    the form was written; the form's words are those before the change."""
    report = draft()
    measure = next(m for m in active_fra() if m.description and m.period is not None)
    report.update(measure.id, title="Nytt namn", description="Ny text.", source=SOURCE)
    fill(path, str(measure.id), {"Kommentar": "Ok."})
    form = read(path, report)
    assert found(form) == [] and [a.comment for a in form.answers] == ["Ok."]


def test_earlier_values_are_those_before_each_change_of_a_locked_column() -> None:
    report = draft()
    measure = active_fra()[0]
    report.update(measure.id, title="Ett", period="2019–2030", source=SOURCE)
    report.update(measure.id, title="Två", source=SOURCE)
    report.complete(measure.id, year=2021, source=SOURCE)
    assert reader._earlier_values(report.changes) == {
        reader.v.TITLE: {reader._norm(measure.title), "Ett"},
        reader.v.PERIOD: {str(measure.period)},
    }


# Answers.


def answer_problems(path: Path, values: dict[str, object], measure: int = 0) -> list:
    nr = str(active_fra()[measure].id)
    cells = fill(path, nr, values)
    form = read(path)
    assert form.answers == []
    assert {sheet for sheet, _, _ in found(form)} == {"Åtgärder"}
    return [(cell, message) for _, cell, message in found(form)], cells


def test_an_ended_measure_needs_its_year(path: Path) -> None:
    got, cells = answer_problems(path, {"Status": "genomförd"})
    year = cells["Status"].replace("F", "G")
    assert got == [(year, "åtgärden är genomförd men År saknas: året då den avslutades")]


def test_a_withdrawn_measure_needs_its_year_and_its_reason(path: Path) -> None:
    got, cells = answer_problems(path, {"Status": "avskriven"})
    row = cells["Status"][1:]
    assert got == [
        (f"G{row}", "åtgärden är avskriven men År saknas: året då den avslutades"),
        (f"H{row}", "en avskriven åtgärd behöver ett Skäl: varför den stryks"),
    ]


@pytest.mark.parametrize(("status", "word"), [(None, "tom"), ("pågående", '"pågående"')])
def test_a_year_or_reason_beside_no_end_is_refused(path: Path, status, word: str) -> None:
    values = {"År": 2021, "Skäl": "Därför."}
    if status is not None:
        values["Status"] = status
    got, cells = answer_problems(path, values)
    assert got == [
        (cells["År"], f"År anges bara när Status är genomförd eller avskriven (Status är {word})"),
        (cells["Skäl"], f"Skäl anges bara när Status är avskriven (Status är {word})"),
    ]


def test_a_reason_beside_a_completion_is_refused(path: Path) -> None:
    got, cells = answer_problems(path, {"Status": "genomförd", "År": 2021, "Skäl": "Klart."})
    assert got == [
        (cells["Skäl"], 'Skäl anges bara när Status är avskriven (Status är "genomförd")')
    ]


def test_a_wrong_word_stops_the_answer_before_its_rules_are_checked(path: Path) -> None:
    """A status not understood: only that is said, not that År is missing for it too."""
    got, cells = answer_problems(path, {"Status": "klar", "Skäl": "Därför."})
    assert got == [
        (cells["Status"], '"klar" är inte en status; menade du "genomförd"?'),
    ]


# A status.


def status_of(text: object) -> tuple[StatusKind | None, list[tuple[str, str, str]]]:
    form = FormAnswers(Path("FRA.xlsx"))
    words = reader.v.form_words(draft().plan.words)
    kind = reader._status(form, "Åtgärder", "F7", text, words)
    return kind, found(form)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("pågående", StatusKind.ongoing),
        (" GENOMFÖRD ", StatusKind.completed),
        ("Avskriven", StatusKind.withdrawn),
        (None, None),
        ("  ", None),
    ],
)
def test_the_statuses_an_agency_may_answer(text: object, kind: StatusKind | None) -> None:
    assert status_of(text) == (kind, [])


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Klar", '; menade du "genomförd"?'),  # an everyday word
        ("Struken", '; menade du "avskriven"?'),
        ("pågåend", '; menade du "pågående"?'),  # a typing error
        ("xyz", "; välj pågående, genomförd, avskriven"),
    ],
)
def test_a_word_that_is_no_status_is_refused_with_a_hint(text: str, hint: str) -> None:
    assert status_of(text) == (None, [("Åtgärder", "F7", f'"{text}" är inte en status{hint}')])


@pytest.mark.parametrize("text", ["uppdaterad", "Ny"])
def test_a_status_that_is_no_answer_is_refused(text: str) -> None:
    assert status_of(text) == (
        None,
        [
            (
                "Åtgärder",
                "F7",
                f'"{text}" sätts inte i formuläret: en ny åtgärd föreslås på bladet Nya '
                'åtgärder och "uppdaterad" följer av Ny period eller Ny beskrivning; välj '
                "pågående, genomförd, avskriven",
            )
        ],
    )


# A year.


def year_of(value: object, *, epoch: datetime | None = None, report: hp.Report | None = None):
    form = FormAnswers(Path("FRA.xlsx"))
    workbook = openpyxl.Workbook()
    if epoch is not None:
        workbook.epoch = epoch
    year = reader._year(form, "Åtgärder", "G7", value, report or draft(), workbook)
    assert {(sheet, cell) for sheet, cell, _ in found(form)} <= {("Åtgärder", "G7")}
    return year, [message for _, _, message in found(form)]


def days_after(epoch: datetime, days: int, seconds: int = 0) -> datetime:
    return epoch + timedelta(days=days, seconds=seconds)


@pytest.mark.parametrize(
    ("value", "year"),
    [
        (2019, 2019),  # the plan's first year
        (2022, 2022),  # the report's
        (2021.0, 2021),
        (" 2020 ", 2020),
        (None, None),
        (" ", None),
        (datetime(2021, 6, 1), 2021),  # a date typed for the year
        (date(2019, 6, 1), 2019),
        (date(2022, 12, 31), 2022),
        (date(2020, 6, 1), 2020),
        (datetime(2021, 6, 1, 12, 0), 2021),
    ],
)
def test_a_year_is_read_as_typed(value: object, year: int | None) -> None:
    assert year_of(value) == (year, [])


def test_a_year_in_a_cell_formatted_as_a_date_is_the_number_it_holds() -> None:
    """Excel shows 2021 in a date cell as 1905-07-13; the cell still holds 2021."""
    workbook = openpyxl.Workbook()
    for days in (2019, 2021, 2022):
        assert year_of(days_after(workbook.epoch, days)) == (days, [])
        assert year_of(days_after(workbook.epoch, days).date()) == (days, [])
    assert year_of(days_after(CALENDAR_MAC_1904, 2021), epoch=CALENDAR_MAC_1904) == (2021, [])
    # A moment within the day is no whole number: a date of 1905, outside the plan.
    ((year, (message,)),) = [year_of(days_after(workbook.epoch, 2021, seconds=60))]
    assert year is None
    assert message == (
        "1905-07-13 är inget år mellan 2019 och 2022; skriv året som ett heltal, t.ex. 2021"
    )


@pytest.mark.parametrize("day", [date(1999, 1, 1), date(2018, 12, 31), date(2023, 1, 1)])
def test_a_date_outside_the_plan_is_no_year(day: date) -> None:
    assert year_of(day) == (
        None,
        [f"{day:%Y-%m-%d} är inget år mellan 2019 och 2022; skriv året som ett heltal, t.ex. 2021"],
    )


@pytest.mark.parametrize(
    ("value", "quoted"),
    [
        (2021.5, '"2021.5"'),
        ("förra året", '"förra året"'),
        ("20 21", '"20 21"'),
        (True, '"sant"'),
        ("-2021", '"-2021"'),
    ],
)
def test_what_is_no_whole_number_is_no_year(value: object, quoted: str) -> None:
    assert year_of(value) == (
        None,
        [f"{quoted} är inget år; skriv året då åtgärden avslutades som ett heltal, t.ex. 2021"],
    )


@pytest.mark.parametrize("value", [2018, 2023, "2030", 0])
def test_a_year_outside_the_plan_is_refused(value: object) -> None:
    assert year_of(value) == (
        None,
        [
            f"{int(value)} ligger utanför planens år: en åtgärd i 2022 års redovisning "
            "avslutas mellan 2019 och 2022"
        ],
    )


def test_a_time_of_day_is_no_year() -> None:
    assert year_of(time(20, 21)) == (
        None,
        ['"20:21:00" är inget år; skriv året då åtgärden avslutades som ett heltal, t.ex. 2021'],
    )


# A period.


def period_of(value: object) -> tuple[Period | None, list[tuple[str, str, str]]]:
    form = FormAnswers(Path("FRA.xlsx"))
    return reader._period(form, "Åtgärder", "I7", value), found(form)


def test_a_period_is_read_from_its_text() -> None:
    assert period_of(" 2021–2023 ") == (Period(2021, 2023), [])
    assert period_of(2022) == (Period(2022, 2022), [])
    assert period_of(None) == (None, [])
    assert period_of(" ") == (None, [])


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (datetime(2022, 12, 31), "2022-12-31"),
        (date(2021, 1, 2), "2021-01-02"),
        (time(8), '"08:00:00"'),
    ],
)
def test_a_date_is_no_period(value: object, shown: str) -> None:
    assert period_of(value) == (
        None,
        [("Åtgärder", "I7", f"{shown} är ett datum, ingen period; skriv t.ex. {PERIOD_EXAMPLES}")],
    )


def test_a_text_that_is_no_period_is_refused() -> None:
    assert period_of("snart") == (
        None,
        [("Åtgärder", "I7", f'"snart" är ingen period; skriv t.ex. {PERIOD_EXAMPLES}')],
    )


# Cells.


def test_a_formula_object_is_refused_with_its_cell() -> None:
    form = FormAnswers(Path("FRA.xlsx"))
    sheet = SimpleNamespace(title="Åtgärder")
    formula = SimpleNamespace(value=ArrayFormula("J7", "=1+1"), data_type="s", coordinate="J7")
    assert reader._value(form, sheet, formula) is None
    text = SimpleNamespace(value="=1+1", data_type="s", coordinate="J8")
    assert reader._value(form, sheet, text) == "=1+1"  # a text, typed with its apostrophe
    assert found(form) == [
        (
            "Åtgärder",
            "J7",
            'Cellen innehåller en formel; skriv svaret som text (en text som börjar med "=" '
            "skrivs med en apostrof först)",
        )
    ]


def test_a_text_longer_than_a_cell_is_refused_with_its_length() -> None:
    form = FormAnswers(Path("FRA.xlsx"))
    sheet = SimpleNamespace(title="Åtgärder")
    limit = reader.EXCEL_CELL_LIMIT
    full = SimpleNamespace(value="x" * limit, data_type="s", coordinate="J7")
    assert reader._value(form, sheet, full) == "x" * limit
    over = SimpleNamespace(value="x" * (limit + 1), data_type="s", coordinate="J8")
    assert reader._value(form, sheet, over) is None
    assert found(form) == [
        ("Åtgärder", "J8", f"svaret har {limit + 1} tecken; en cell rymmer högst {limit}")
    ]


def test_a_cell_without_a_place_is_refused_without_one() -> None:
    form = FormAnswers(Path("FRA.xlsx"))
    sheet = SimpleNamespace(title="Åtgärder")
    assert reader._value(form, sheet, SimpleNamespace(value="=1", data_type="f")) is None
    assert reader._value(form, sheet, SimpleNamespace(value="x" * 40_000)) is None
    assert [cell for _, cell, _ in found(form)] == ["", ""]
    assert reader._value(form, sheet, SimpleNamespace()) is None  # a cell of no value


# Proposals.

PROPOSAL = {
    "Målsättning": "2.1",
    "Åtgärd": "Ny övning",
    "Beskrivning": "En övning.",
    "Ansvarig myndighet": "FRA i samverkan med MSB",
    "Period": "2022",
    "Kommentar": "Förslag.",
}
PROPOSAL_CELLS = {
    "Målsättning": "A",
    "Åtgärd": "B",
    "Beskrivning": "C",
    "Ansvarig myndighet": "D",
    "Period": "E",
    "Kommentar": "F",
}


def propose(path: Path, *rows: dict[str, object], report: hp.Report | None = None):
    form_filler.fill(path, {}, [{**PROPOSAL, **row} for row in rows])
    form = read(path, report)
    assert {sheet for sheet, _, _ in found(form)} <= {"Nya åtgärder"}
    return form, [(cell, message) for _, cell, message in found(form)]


def test_a_proposal_is_read_with_its_place(path: Path) -> None:
    form, got = propose(path, {}, {"Beskrivning": None, "Kommentar": None, "Period": 2022})
    assert got == [] and form.touched
    first, second = form.proposals
    objective = next(o.id for o in draft().plan.objectives if str(o.id) == "2.1")
    assert (first.agency, first.file, first.row, first.objective, first.title) == (
        "FRA",
        "FRA.xlsx",
        2,
        objective,
        "Ny övning",
    )
    assert (first.description, first.agencies, first.period, first.comment, first.cell) == (
        "En övning.",
        "FRA i samverkan med MSB",
        Period(2022, 2022),
        "Förslag.",
        "A2",
    )
    assert (second.row, second.description, second.comment, second.cell) == (3, "", None, "A3")
    assert form.cells == {("proposal", 2): {"row": "A2"}, ("proposal", 3): {"row": "A3"}}


def test_an_empty_proposal_row_says_what_is_missing(path: Path) -> None:
    form, got = propose(
        path,
        {"Målsättning": None, "Åtgärd": None, "Ansvarig myndighet": None, "Period": None},
    )
    assert got == [
        ("A2", "Målsättning saknas; välj en i listan"),
        ("B2", "åtgärdens namn saknas"),
        ("D2", 'Ansvarig myndighet saknas, t.ex. "FRA i samverkan med MSB"'),
        ("E2", 'Period saknas, t.ex. "2022"'),
    ]
    assert form.proposals == [] and form.touched


def test_a_missing_period_is_exemplified_to_the_plans_end(tmp_path: Path) -> None:
    base = hp.load_default()
    plan = hp.Plan(
        title=base.title,
        first_year=base.first_year,
        last_year=2024,
        priorities=base.priorities,
        reports=[base.report(2021)._core],
        agencies=base.agencies,
    )
    report = plan.new_report(YEAR)
    report.write_update_forms(tmp_path, ["FRA"])
    _, got = propose(tmp_path / "FRA.xlsx", {"Period": None}, report=report)
    assert got == [("E2", 'Period saknas, t.ex. "2022–2024"')]


@pytest.mark.parametrize(
    ("objective", "hint"),
    [("2,1", '; menade du "2.1"?'), ("ingen", "; välj en i listan")],
)
def test_an_unknown_objective_is_refused_with_a_hint(path: Path, objective: str, hint: str) -> None:
    objectives = [str(o.id) for o in draft().plan.objectives]
    assert "2.1" in objectives and objective not in objectives
    form, got = propose(path, {"Målsättning": objective})
    assert got == [("A2", f'"{objective}" är ingen av strategins målsättningar{hint}')]


def test_a_proposal_of_an_agency_phrase_not_understood_lists_the_known(path: Path) -> None:
    samfi = [a.short_name for a in draft().plan.agencies if a.samfi]
    _, got = propose(path, {"Ansvarig myndighet": "FRA och Myndigheten för X"})
    ((cell, message),) = got
    assert cell == "D2"
    assert message.startswith('myndighetsfrasen "FRA och Myndigheten för X" kan inte tolkas')
    assert message.endswith(
        f": skriv myndigheter som planen känner ({', '.join(samfi)} med flera), t.ex. "
        '"FRA i samverkan med MSB" eller "FMV med stöd av FRA"'
    )


def test_a_proposal_without_the_agency_itself_is_refused(path: Path) -> None:
    _, got = propose(path, {"Ansvarig myndighet": "MSB i samverkan med PTS"})
    assert got == [
        (
            "D2",
            'FRA finns inte med i "MSB i samverkan med PTS"; en myndighet föreslår åtgärder som '
            "den själv deltar i",
        )
    ]


def test_a_proposal_of_a_period_not_understood_is_refused_once(path: Path) -> None:
    _, got = propose(path, {"Period": "nästa år"}, {"Period": datetime(2022, 1, 1)})
    assert got == [
        ("E2", f'"nästa år" är ingen period; skriv t.ex. {PERIOD_EXAMPLES}'),
        ("E3", f"2022-01-01 är ett datum, ingen period; skriv t.ex. {PERIOD_EXAMPLES}"),
    ]


def test_a_wrong_proposal_beside_a_right_one_keeps_the_right(path: Path) -> None:
    form, got = propose(path, {"Åtgärd": None}, {"Åtgärd": "Rätt"})
    assert got == [("B2", "åtgärdens namn saknas")]
    assert [(p.row, p.title) for p in form.proposals] == [(3, "Rätt")]


def test_a_wrong_year_and_period_in_a_row_are_refused_in_their_cells(path: Path) -> None:
    got, cells = answer_problems(
        path, {"Status": "genomförd", "År": "förra året", "Ny period": "snart"}
    )
    assert got == [
        (
            cells["År"],
            '"förra året" är inget år; skriv året då åtgärden avslutades som ett heltal, '
            "t.ex. 2021",
        ),
        (cells["Ny period"], f'"snart" är ingen period; skriv t.ex. {PERIOD_EXAMPLES}'),
    ]


def test_a_status_that_is_no_answer_is_refused_in_its_cell(path: Path) -> None:
    got, cells = answer_problems(path, {"Status": "uppdaterad"})
    assert got == [
        (
            cells["Status"],
            '"uppdaterad" sätts inte i formuläret: en ny åtgärd föreslås på bladet Nya '
            'åtgärder och "uppdaterad" följer av Ny period eller Ny beskrivning; välj '
            "pågående, genomförd, avskriven",
        )
    ]


def test_a_year_in_a_cell_formatted_as_a_date_is_read_from_the_form(path: Path) -> None:
    measure = active_fra()[0]
    nr = str(measure.id)
    cell = fill(path, nr, {"Status": "genomförd", "År": 2021})["År"]
    workbook = openpyxl.load_workbook(path)
    workbook["Åtgärder"][cell].number_format = "yyyy-mm-dd"
    workbook.save(path)
    assert isinstance(openpyxl.load_workbook(path)["Åtgärder"][cell].value, datetime)
    form = read(path)
    assert found(form) == []
    assert [(a.measure, a.status, a.year) for a in form.answers] == [
        (measure.id, StatusKind.completed, 2021)
    ]


def test_a_proposal_may_name_an_agency_only_the_plans_registry_knows(tmp_path: Path) -> None:
    base = hp.load_default()
    tax = hp.Agency(short_name="SKV", name="Skatteverket")
    assert "SKV" not in hp.AgencyRegistry.standard()
    plan = hp.Plan(
        title=base.title,
        first_year=base.first_year,
        last_year=base.last_year,
        priorities=base.priorities,
        reports=[base.report(2021)._core],
        agencies=hp.AgencyRegistry([*base.agencies, tax]),
    )
    report = plan.new_report(YEAR)
    report.write_update_forms(tmp_path, ["FRA"])
    form, got = propose(
        tmp_path / "FRA.xlsx", {"Ansvarig myndighet": "FRA i samverkan med SKV"}, report=report
    )
    assert got == [] and [p.agencies for p in form.proposals] == ["FRA i samverkan med SKV"]


def test_an_agency_phrase_near_a_known_one_is_refused_with_a_suggestion(path: Path) -> None:
    _, got = propose(path, {"Ansvarig myndighet": "FRA i samverkan med MSBB"})
    ((cell, message),) = got
    assert cell == "D2"
    assert message.startswith(
        'myndighetsfrasen "FRA i samverkan med MSBB" kan inte tolkas; menade du "MSB"?: skriv '
    )


def test_a_measure_without_a_period_or_description_keeps_its_empty_cells(tmp_path: Path) -> None:
    """A measure added to the draft without a period or a description: the form's locked
    Period and Nuvarande beskrivning are empty, and read as the measure's."""
    report = draft()
    added = report.add(hp.Measure(id="2.1.99", title="Utan period", agencies="FRA"))
    assert added.period is None and not added.description
    report.write_update_forms(tmp_path, ["FRA"])
    path = tmp_path / "FRA.xlsx"
    fill(path, "2.1.99", {"Kommentar": "Ny."})
    form = read(path, report)
    assert found(form) == []
    assert [(a.measure, a.comment) for a in form.answers] == [(added.id, "Ny.")]


def test_a_formula_in_a_row_is_refused_in_its_cell_and_read_as_empty(path: Path) -> None:
    first, second = active_fra()[:2]
    cells = fill(path, str(first.id), {"Kommentar": "=1+1"})
    fill(path, str(second.id), {"Kommentar": "Rätt."})
    form = read(path)
    assert found(form) == [
        (
            "Åtgärder",
            cells["Kommentar"],
            'Cellen innehåller en formel; skriv svaret som text (en text som börjar med "=" '
            "skrivs med en apostrof först)",
        )
    ]
    assert [(a.measure, a.comment) for a in form.answers] == [(second.id, "Rätt.")]


def test_rows_after_a_refused_row_are_read(path: Path) -> None:
    """A row without Nr, one of another agency's measure, each before a right answer."""
    report = draft()
    first, second, third = active_fra()[:3]
    other = next(m for m in report if m.status.is_active and "FRA" not in m.agencies.all)
    nr_first = cell_of(path, str(first.id), "Nr")
    nr_second = cell_of(path, str(second.id), "Nr")
    fill(path, str(first.id), {"Kommentar": "Utan Nr."})
    fill(path, str(third.id), {"Kommentar": "Rätt."})
    edit(path, "Åtgärder", {nr_first: None, nr_second: str(other.id)})
    form = read(path)
    assert [(cell, message) for _, cell, message in found(form)][:2] == [
        (
            nr_first,
            "raden har svar men inget Nr; ändra inte Nr och skriv nya åtgärder på bladet "
            "Nya åtgärder",
        ),
        (
            nr_second,
            f"åtgärd {other.id} hör inte till FRA ({other.agencies.text}); ändra inte Nr",
        ),
    ]
    assert [(a.measure, a.comment) for a in form.answers] == [(third.id, "Rätt.")]


def test_rows_after_a_row_given_twice_are_read(path: Path) -> None:
    first, second, third = active_fra()[:3]
    first_row = int(cell_of(path, str(first.id), "Nr")[1:])
    nr_second = cell_of(path, str(second.id), "Nr")
    fill(path, str(third.id), {"Kommentar": "Rätt."})
    edit(path, "Åtgärder", {nr_second: str(first.id)})
    form = read(path)
    assert found(form)[0] == (
        "Åtgärder",
        nr_second,
        f"åtgärd {first.id} finns redan på rad {first_row}; en åtgärd besvaras på en rad",
    )
    assert [(a.measure, a.comment) for a in form.answers] == [(third.id, "Rätt.")]


def test_a_form_declaring_a_huge_sheet_is_refused_before_it_is_loaded(path: Path) -> None:
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    sheets = [n for n in members if n.startswith("xl/worksheets/") and n.endswith(".xml")]
    member = sheets[-1]
    start = members[member].index(b"<dimension ")
    end = members[member].index(b"/>", start) + 2
    members[member] = (
        members[member][:start] + b'<dimension ref="A1:B9000"/>' + members[member][end:]
    )
    path.write_bytes(archive(members))
    assert found(read(path)) == [
        (
            member,
            "",
            "bladet har 9000 rader och 2 kolumner; ett formulär har högst 5000 rader och 100 "
            "kolumner",
        )
    ]


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (KeyError(), UNREADABLE),
        (zipfile.BadZipFile("trasig"), f"{UNREADABLE} (trasig)"),
        (ValueError("okänd"), f"{UNREADABLE} (ValueError: okänd)"),
        (MemoryError(), f"{UNREADABLE} (MemoryError: )"),
    ],
)
def test_what_openpyxl_raises_is_said_with_its_words(
    path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException, message: str
) -> None:
    def load_workbook(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(reader, "load_workbook", load_workbook)
    assert found(read(path)) == [("", "", message)]


def test_only_a_sheets_first_4096_bytes_are_searched_for_its_dimension() -> None:
    """The dimension is read from the head of a sheet's XML, before anything is inflated in
    full: one that ends at byte 4096 is read, one a byte later is not."""
    element = b'<dimension ref="A1:B9000"'
    for padding, refused in [(4096 - 11 - len(element), True), (4097 - 11 - len(element), False)]:
        xml = b"<worksheet>" + b" " * padding + element + b"/></worksheet>"
        got = reader._too_large(archive({"xl/worksheets/sheet1.xml": xml}))
        assert (got is not None) == refused, padding


def test_a_proposal_sheet_without_a_heading_or_with_a_formula_is_refused(path: Path) -> None:
    form_filler.fill(path, {}, [{**PROPOSAL, "Kommentar": "=1+1"}])
    form = read(path)
    assert found(form) == [
        (
            "Nya åtgärder",
            "F2",
            'Cellen innehåller en formel; skriv svaret som text (en text som börjar med "=" '
            "skrivs med en apostrof först)",
        )
    ]
    assert [(p.title, p.comment) for p in form.proposals] == [("Ny övning", None)]
    edit(path, "Nya åtgärder", {"B1": "Namn"})
    form = read(path)
    assert found(form) == [
        (
            "Nya åtgärder",
            "B1",
            'rubriken "Åtgärd" saknas; ta inte bort rubrikraden eller kolumner (hämta ett '
            "nytt formulär om den är borta)",
        )
    ]
    assert form.proposals == []
