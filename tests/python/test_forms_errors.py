"""Wrong answers in the update forms: each one is refused with the file, sheet and cell named
(in Swedish), and the draft report is unchanged — its saved bytes are the same before and
after. Every problem of a reading is listed at once."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

import form_filler
import handlingsplan as hp

YEAR = 2022


def draft() -> hp.Report:
    return hp.load_default().new_report(YEAR)


def fra(report: hp.Report) -> list[hp.Measure]:
    return [m for m in report.measures(agency="FRA") if m.status.is_active]


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("utskick")
    draft().write_update_forms(folder)
    return folder


@dataclass
class Case:
    """A wrong answer: how to type it into FRA's form, and the problem expected: sheet, cell
    (as the test finds it) and a piece of the message."""

    name: str
    type_in: Callable[[Path, hp.Report], tuple[str, str, str]]  # -> (file, sheet, cell)
    says: str


def answer(heading_values: dict[str, object], *, measure: int = 0, at: str | None = None):
    """Types values into FRA's row for its `measure`-th active measure; the problem is expected
    at the cell under heading `at` (default: the first heading typed)."""

    def type_in(folder: Path, report: hp.Report) -> tuple[str, str, str]:
        nr = str(fra(report)[measure].id)
        path = folder / "FRA.xlsx"
        form_filler.fill(path, {nr: heading_values})
        sheet = openpyxl.load_workbook(path)["Åtgärder"]
        return (
            "FRA.xlsx",
            "Åtgärder",
            form_filler.cell_name(sheet, nr, at or next(iter(heading_values))),
        )

    return type_in


def edit_cell(
    sheet_name: str,
    cell: str,
    value: object,
    *,
    file: str = "FRA.xlsx",
    number_format: str | None = None,
):
    def type_in(folder: Path, report: hp.Report) -> tuple[str, str, str]:
        path = folder / file
        workbook = openpyxl.load_workbook(path)
        workbook[sheet_name][cell].value = value
        if number_format:
            workbook[sheet_name][cell].number_format = number_format
        workbook.save(path)
        return file, sheet_name, cell

    return type_in


def edit_nr(new_nr: Callable[[hp.Report], str], *, column: str = "Nr"):
    """Changes the Nr of FRA's first row; the problem is expected in that row under `column`."""

    def type_in(folder: Path, report: hp.Report) -> tuple[str, str, str]:
        path = folder / "FRA.xlsx"
        workbook = openpyxl.load_workbook(path)
        sheet = workbook["Åtgärder"]
        nr = str(fra(report)[0].id)
        sheet[form_filler.cell_name(sheet, nr, "Nr")] = new_nr(report)
        sheet[form_filler.cell_name(sheet, new_nr(report), "Status")] = "genomförd"
        workbook.save(path)
        return "FRA.xlsx", "Åtgärder", form_filler.cell_name(sheet, new_nr(report), column)

    return type_in


def propose(values: dict[str, object], at: str):
    base = {
        "Målsättning": "2.1",
        "Åtgärd": "Ny övning",
        "Beskrivning": "En övning.",
        "Ansvarig myndighet": "FRA i samverkan med MSB",
        "Period": "2022",
    }

    def type_in(folder: Path, report: hp.Report) -> tuple[str, str, str]:
        path = folder / "FRA.xlsx"
        form_filler.fill(path, {}, [{**base, **values}])
        sheet = openpyxl.load_workbook(path)["Nya åtgärder"]
        return (
            "FRA.xlsx",
            "Nya åtgärder",
            sheet.cell(row=2, column=form_filler.headings(sheet)[at]).coordinate,
        )

    return type_in


def another_agencys_measure(report: hp.Report) -> str:
    return next(str(m.id) for m in report if m.status.is_active and "FRA" not in m.agencies.all)


def ended_measure(report: hp.Report) -> str:
    return next(str(m.id) for m in report if not m.status.is_active)


def second_fra_measure(report: hp.Report) -> str:
    return str(fra(report)[1].id)


def duplicate_row(folder: Path, report: hp.Report) -> tuple[str, str, str]:
    path = folder / "FRA.xlsx"
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Åtgärder"]
    values = [c.value for c in sheet[2]]
    sheet.append(values)
    workbook.save(path)
    return "FRA.xlsx", "Åtgärder", f"A{sheet.max_row}"


def answer_without_nr(folder: Path, report: hp.Report) -> tuple[str, str, str]:
    path = folder / "FRA.xlsx"
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Åtgärder"]
    row = sheet.max_row + 2
    sheet.cell(row=row, column=form_filler.headings(sheet)["Status"], value="genomförd")
    workbook.save(path)
    return "FRA.xlsx", "Åtgärder", f"A{row}"


def delete_heading(heading: str):
    def type_in(folder: Path, report: hp.Report) -> tuple[str, str, str]:
        path = folder / "FRA.xlsx"
        workbook = openpyxl.load_workbook(path)
        sheet = workbook["Åtgärder"]
        cell = sheet.cell(row=1, column=form_filler.headings(sheet)[heading])
        cell.value = None
        workbook.save(path)
        return "FRA.xlsx", "Åtgärder", cell.coordinate

    return type_in


def start_after_2019(report: hp.Report) -> tuple[str, int]:
    """An FRA measure whose period starts after 2019, and a year before its start."""
    for m in fra(report):
        if m.period is not None and m.period.start_year > 2019:
            return str(m.id), m.period.start_year - 1
    raise AssertionError("no such measure")


def ended_before_start(folder: Path, report: hp.Report) -> tuple[str, str, str]:
    nr, year = start_after_2019(report)
    path = folder / "FRA.xlsx"
    form_filler.fill(path, {nr: {"Status": "genomförd", "År": year}})
    sheet = openpyxl.load_workbook(path)["Åtgärder"]
    return "FRA.xlsx", "Åtgärder", form_filler.cell_name(sheet, nr, "Status")


CASES = [
    Case("unknown status", answer({"Status": "klar"}), 'menade du "genomförd"?'),
    Case("misspelt status", answer({"Status": "genomförd!"}), 'menade du "genomförd"?'),
    Case(
        "status not an answer", answer({"Status": "uppdaterad"}), "Ny period eller Ny beskrivning"
    ),
    Case(
        "year outside the plan", answer({"År": 2030, "Status": "genomförd"}), "utanför planens år"
    ),
    Case("year not a number", answer({"År": "förra året", "Status": "genomförd"}), "är inget år"),
    Case(
        "year a far-off date",
        answer({"År": date(1999, 1, 1), "Status": "genomförd"}),
        "är inget år mellan",
    ),
    Case("completion without year", answer({"Status": "genomförd"}, at="År"), "År saknas"),
    Case("year without completion", answer({"År": 2021}), "År anges bara"),
    Case(
        "year beside pågående",
        answer({"Status": "pågående", "År": 2021}, at="År"),
        "År anges bara",
    ),
    Case(
        "withdrawal without reason",
        answer({"Status": "avskriven", "År": 2021}, at="Skäl"),
        "behöver ett Skäl",
    ),
    Case("reason without withdrawal", answer({"Skäl": "Därför."}), "Skäl anges bara"),
    Case("unparseable new period", answer({"Ny period": "snart"}), '"snart" är ingen period'),
    Case(
        "new period typed as a date", answer({"Ny period": datetime(2022, 12, 31)}), "är ett datum"
    ),
    Case(
        "Nr edited to an unknown number",
        edit_nr(lambda r: "1.1.99"),
        "finns inte i 2022 års redovisning",
    ),
    Case("Nr not a number", edit_nr(lambda r: "1.1.x"), "är inget åtgärdsnummer"),
    Case("Nr of another agency's measure", edit_nr(another_agencys_measure), "hör inte till FRA"),
    Case("Nr of an ended measure", edit_nr(ended_measure), "kan inte besvaras"),
    Case(
        "Nr edited to another of the agency's",
        edit_nr(second_fra_measure, column="Åtgärd"),
        "Nr eller Åtgärd har ändrats",
    ),
    Case(
        "locked period edited",
        lambda f, r: answer({"Period": "2019–2030"})(f, r),
        "kolumnen Period har ändrats",
    ),
    Case("row given twice", duplicate_row, "finns redan på rad 2"),
    Case("answer in a row without Nr", answer_without_nr, "inget Nr"),
    Case("heading deleted", delete_heading("Status"), 'rubriken "Status" saknas'),
    Case("form of another year", edit_cell("Formulär", "B4", 2021), "gäller 2021 års redovisning"),
    Case(
        "form of another plan",
        edit_cell("Formulär", "B3", "En annan plan"),
        'handlingsplanen "En annan plan"',
    ),
    Case(
        "form of an unknown agency",
        edit_cell("Formulär", "B5", "Myndigheten för X"),
        "är ingen myndighet",
    ),
    Case(
        "form of the same agency twice",
        edit_cell("Formulär", "B5", "FRA", file="MSB.xlsx"),
        "har redan svarat",
    ),
    Case(
        "proposal under an unknown objective",
        propose({"Målsättning": "7.1"}, "Målsättning"),
        "ingen av strategins målsättningar",
    ),
    Case("proposal without a title", propose({"Åtgärd": None}, "Åtgärd"), "namn saknas"),
    Case(
        "proposal with an unparseable agency phrase",
        propose({"Ansvarig myndighet": "MSB och Myndigheten för X"}, "Ansvarig myndighet"),
        "kan inte tolkas",
    ),
    Case(
        "proposal without the agency itself",
        propose({"Ansvarig myndighet": "MSB"}, "Ansvarig myndighet"),
        "FRA finns inte med",
    ),
    Case(
        "proposal with an unparseable period",
        propose({"Period": "nästa år"}, "Period"),
        "ingen period",
    ),
    Case("proposal without a period", propose({"Period": None}, "Period"), "Period saknas"),
    Case("completion before the period starts", ended_before_start, "strider mot planens regler"),
]


def saved(plan: hp.Plan, path: Path) -> bytes:
    plan.save(path)
    return path.read_bytes()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_wrong_answer_is_refused_with_its_place(case: Case, written: Path, tmp_path: Path) -> None:
    folder = tmp_path / "svar"
    shutil.copytree(written, folder)
    report = draft()
    before = saved(report.plan, tmp_path / "before.json")
    file, sheet, cell = case.type_in(folder, report)
    paths = sorted(folder.glob("*.xlsx"))
    with pytest.raises(hp.FormError) as raised:
        report.read_update_forms(paths)
    assert saved(report.plan, tmp_path / "after.json") == before
    error = raised.value
    assert isinstance(error, hp.DataError) and isinstance(error, ValueError)
    places = [(p.file, p.sheet, p.cell) for p in error.problems]
    assert (file, sheet, cell) in places, f"{(file, sheet, cell)} not in {places}"
    problem = error.problems[places.index((file, sheet, cell))]
    assert case.says in problem.message, problem.message
    assert str(problem).startswith(f"{file}, {sheet}!{cell}: ")
    assert str(problem) in str(error)
    # Checking alone lists the same problems and changes nothing either.
    assert report.check_update_forms(paths).problems == error.problems
    assert saved(report.plan, tmp_path / "after.json") == before


def test_a_year_after_the_report_is_refused_within_the_plan(tmp_path: Path) -> None:
    """A plan that runs to 2023: the 2022 report cannot record a measure ended in 2023, though
    2023 lies within the plan (with the shipped plan both end in 2022, and so would both rules)."""
    base = hp.load_default()
    plan = hp.Plan(
        title=base.title,
        first_year=base.first_year,
        last_year=2023,
        priorities=base.priorities,
        reports=[base.report(2021)._core],
        agencies=base.agencies,
    )
    report = plan.new_report(YEAR)
    report.write_update_forms(tmp_path)
    file, sheet, cell = answer({"År": 2023, "Status": "genomförd"})(tmp_path, report)
    with pytest.raises(hp.FormError) as raised:
        report.read_update_forms(sorted(tmp_path.glob("*.xlsx")))
    (problem,) = raised.value.problems
    assert (problem.file, problem.sheet, problem.cell) == (file, sheet, cell)
    assert "2023" in problem.message and "mellan 2019 och 2022" in problem.message


def test_the_last_year_an_answer_may_give_is_accepted(written: Path, tmp_path: Path) -> None:
    folder = tmp_path / "svar"
    shutil.copytree(written, folder)
    report = draft()
    measure = next(m for m in fra(report) if m.period is not None and m.period.contains(YEAR))
    form_filler.fill(folder / "FRA.xlsx", {str(measure.id): {"Status": "genomförd", "År": YEAR}})
    report.read_update_forms(sorted(folder.glob("*.xlsx")))
    status = report.measure(str(measure.id)).status
    assert (status.kind_text, status.year) == ("genomförd", YEAR)


def test_every_problem_of_every_form_is_listed_at_once(written: Path, tmp_path: Path) -> None:
    folder = tmp_path / "svar"
    shutil.copytree(written, folder)
    report = draft()
    before = saved(report.plan, tmp_path / "before.json")
    expected = [
        answer({"Status": "klar"})(folder, report),
        answer({"Ny period": "snart"}, measure=1)(folder, report),
        edit_cell("Formulär", "B4", 2021, file="PTS.xlsx")(folder, report),
    ]
    # A right answer beside the wrong ones is not applied either.
    form_filler.fill(
        folder / "MSB.xlsx",
        {
            next(str(m.id) for m in report.measures(agency="MSB") if m.status.is_active): {
                "Kommentar": "OK"
            }
        },
    )
    nr = next(str(m.id) for m in report.measures(agency="FMV") if m.status.is_active)
    form_filler.fill(folder / "FMV.xlsx", {nr: {"Ny beskrivning": "Ny text."}})
    with pytest.raises(hp.FormError) as raised:
        report.read_update_forms(sorted(folder.glob("*.xlsx")))
    assert [(p.file, p.sheet, p.cell) for p in raised.value.problems] == expected
    assert saved(report.plan, tmp_path / "after.json") == before


def test_missing_row_is_refused(written: Path, tmp_path: Path) -> None:
    folder = tmp_path / "svar"
    shutil.copytree(written, folder)
    report = draft()
    path = folder / "FRA.xlsx"
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Åtgärder"]
    nr = sheet["A3"].value
    sheet.delete_rows(3)
    workbook.save(path)
    result = report.check_update_forms([path])
    assert [(p.file, p.sheet) for p in result.problems] == [("FRA.xlsx", "Åtgärder")]
    assert f"raden för åtgärd {nr} saknas" in result.problems[0].message


@pytest.mark.parametrize("content", [None, b"not a workbook", "plain"])
def test_a_file_that_is_not_a_form(content, tmp_path: Path) -> None:
    path = tmp_path / "FRA.xlsx"
    if content == "plain":
        openpyxl.Workbook().save(path)
    elif content is not None:
        path.write_bytes(content)
    report = draft()
    before = report.plan.to_json()
    with pytest.raises(hp.FormError) as raised:
        report.read_update_forms([path])
    (problem,) = raised.value.problems
    assert problem.file == "FRA.xlsx"
    assert {
        None: "finns inte",
        b"not a workbook": "kan inte läsas",
        "plain": "inte ett uppdateringsformulär",
    }[content] in problem.message
    assert report.plan.to_json() == before
