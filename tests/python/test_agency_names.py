"""An agency's names wherever a person types one (issue 20, item 5): a measure's constructor,
`Report.add`, `Report.update`, `measures(agency=)`, a form's agency field, `prefer=` and the
command line's ``--prefer``. Each takes every name the registry knows (short, full, alias,
successor's, any case) and answers a near miss with the nearest name, through the one path of
the core (`AgencyRegistry.resolve`, `Agencies.parse`)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import form_filler
import handlingsplan as hp
from cli_runner import run

SPO = "Säkerhetspolisen"


@pytest.fixture
def draft() -> hp.Report:
    return hp.load_default().new_report(2022)


def new_measure(agencies: str) -> hp.Measure:
    return hp.Measure(
        id="1.1.19",
        title="Ta fram en vägledning",
        description="En vägledning tas fram.",
        agencies=agencies,
        period="2022",
    )


# --- The constructor, add and update --------------------------------------------------------


def test_the_constructor_takes_an_alias_and_keeps_the_phrase_as_typed() -> None:
    measure = new_measure("MSB i samverkan med FRA och Säpo")
    assert measure.agencies.all == ["MSB", "FRA", SPO]
    assert measure.agencies.text == "MSB i samverkan med FRA och Säpo"
    assert new_measure("mcf och säpo").agencies.responsible == ["MSB", SPO]


def test_the_constructor_answers_a_near_miss_with_the_nearest_name() -> None:
    with pytest.raises(hp.ParseError) as raised:
        new_measure("MSB i samverkan med FRA och Säpö")
    assert raised.value.did_you_mean == "Säpo"
    assert 'did you mean "Säpo"?' in str(raised.value)


def test_add_resolves_an_alias_with_the_plans_registry(draft: hp.Report) -> None:
    stored = draft.add(new_measure("Säpo med stöd av FRA"))
    assert stored.agencies.responsible == [SPO]
    assert stored.agencies.role_of("FRA") == hp.Role.with_support
    assert stored in draft.measures(agency="säpo")


def test_update_takes_an_alias_and_answers_a_near_miss(draft: hp.Report) -> None:
    id = next(str(m.id) for m in draft if m.status.is_active)
    updated = draft.update(id, agencies="FRA och Säpo")
    assert updated.agencies.all == ["FRA", SPO]
    with pytest.raises(hp.ParseError) as raised:
        draft.update(id, agencies="FRA och Försvarsmakte")
    assert raised.value.did_you_mean == "Försvarsmakten"
    assert draft.measure(id).agencies.all == ["FRA", SPO]  # unchanged by the refused update


def test_measures_by_agency_suggests_through_the_core(draft: hp.Report) -> None:
    with pytest.raises(hp.NotFoundError) as raised:
        draft.measures(agency="Säpö")
    assert raised.value.did_you_mean == "Säpo"
    assert str(raised.value.key) == "Säpö"
    with pytest.raises(hp.NotFoundError) as unknown:
        draft.measures(agency="Skatteverket")
    assert unknown.value.did_you_mean is None


def test_the_registry_resolves_what_lookup_finds(draft: hp.Report) -> None:
    registry = draft.plan.agencies
    for typed in ("Säpo", " SÄPO ", "säkerhetspolisen", "MCF", "Försvarets radioanstalt"):
        assert registry.resolve(typed) == registry.lookup(typed)


def test_forms_are_written_for_an_agency_by_its_alias(tmp_path: Path, draft: hp.Report) -> None:
    assert [p.name for p in draft.write_update_forms(tmp_path, ["Säpo"])] == [f"{SPO}.xlsx"]
    with pytest.raises(hp.NotFoundError) as raised:
        draft.write_update_forms(tmp_path, ["Säpö"])
    assert raised.value.did_you_mean == "Säpo"


# --- The forms: the agency field, prefer= and --prefer ----------------------------------------


def identification_cell(path: Path, value: str) -> tuple[str, str]:
    """The sheet and cell of the form's identification holding `value` (the agency's name)."""
    workbook = openpyxl.load_workbook(path)
    for sheet in workbook.worksheets:
        if sheet.title in (form_filler.MEASURES, form_filler.NEW_MEASURES):
            continue
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value == value:
                    return sheet.title, cell.coordinate
    raise AssertionError(f"no cell holds {value!r} in {path}")


def set_cell(path: Path, sheet: str, cell: str, value: str) -> None:
    workbook = openpyxl.load_workbook(path)
    workbook[sheet][cell] = value
    workbook.save(path)


@pytest.fixture
def forms(tmp_path: Path) -> tuple[hp.Report, Path]:
    report = hp.load_default().new_report(2022)
    folder = tmp_path / "svar"
    report.write_update_forms(folder, [SPO, "FRA"])
    return report, folder


def joint(report: hp.Report) -> str:
    return next(
        str(m.id)
        for m in report
        if m.status.is_active
        and {SPO, "FRA"} <= set(m.agencies.all)
        and m.period is not None
        and m.period.start_year <= 2021
    )


def test_a_forms_agency_field_takes_an_alias(forms: tuple[hp.Report, Path]) -> None:
    report, folder = forms
    form = folder / f"{SPO}.xlsx"
    set_cell(form, *identification_cell(form, SPO), "Säpo")
    result = report.check_update_forms([form])
    assert result.ok, result.problems
    assert SPO not in result.not_answered


def test_a_forms_agency_field_near_miss_names_the_nearest(forms: tuple[hp.Report, Path]) -> None:
    report, folder = forms
    form = folder / f"{SPO}.xlsx"
    sheet, cell = identification_cell(form, SPO)
    set_cell(form, sheet, cell, "Säkerhetspolisn")
    result = report.check_update_forms([form])
    (problem,) = result.problems
    assert (problem.sheet, problem.cell) == (sheet, cell)
    assert 'menade du "Säkerhetspolisen"?' in problem.message


def conflicting(report: hp.Report, folder: Path) -> str:
    nr = joint(report)
    form_filler.fill(folder / "FRA.xlsx", {nr: {"Status": "genomförd", "År": 2021}})
    form_filler.fill(folder / f"{SPO}.xlsx", {nr: {"Status": "pågående"}})
    return nr


def test_prefer_takes_an_alias_and_answers_a_near_miss(forms: tuple[hp.Report, Path]) -> None:
    report, folder = forms
    nr = conflicting(report, folder)
    paths = sorted(folder.glob("*.xlsx"))
    near = report.check_update_forms(paths, prefer={nr: "Säpö"})
    assert any('menade du "Säpo"?' in p.message for p in near.problems), near.problems
    result = report.read_update_forms(paths, prefer={nr: "säpo"})
    assert result.applied
    assert report.measure(nr).status.kind == hp.StatusKind.ongoing


def test_the_command_lines_prefer_takes_an_alias(
    forms: tuple[hp.Report, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report, folder = forms
    nr = conflicting(report, folder)
    plan_file = tmp_path / "plan.json"
    hp.load_default().save(plan_file)
    paths = [str(p) for p in sorted(folder.glob("*.xlsx"))]
    args = ["inlasning", "--plan", str(plan_file), "--year", "2022", *paths]
    code, _, err = run(capsys, *args, "--prefer", f"{nr}=Säpö")
    assert code == 1 and 'menade du "Säpo"?' in err
    code, _, err = run(capsys, *args, "--prefer", f"{nr}=Säpo")
    assert code == 0, err
    assert hp.Plan.load(plan_file).report(2022).measure(nr).status.kind == hp.StatusKind.ongoing
