"""The yearly collection: update forms written for every agency, filled in as an agency would
(openpyxl, and LibreOffice saving them back), read back and applied to the draft report.

Expectations come from what the tests type into the forms and from the plan's 2021 report,
never from the output under test."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

import form_filler
import handlingsplan as hp
from handlingsplan import Change

YEAR = 2022
SAMFI = ["MSB", "FRA", "FMV", "Försvarsmakten", "PTS", "Polismyndigheten", "Säkerhetspolisen"]
REQUIRED = [
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
]
REASON = "Åtgärden uppgår i FRA:s ordinarie uppdrag från 2021."
DESCRIPTION = "FRA utvecklar stödet till fler verksamheter.\n\nArbetet redovisas årligen."
COMMENT = "Vi återkommer om tidplanen i höst."
PROPOSAL = {
    "Målsättning": "2.1",
    "Åtgärd": "Öva incidenthantering med kommunerna",
    "Beskrivning": "FRA och MSB håller en gemensam övning.",
    "Ansvarig myndighet": "FRA i samverkan med MSB",
    "Period": "2022",
}


def draft() -> hp.Report:
    return hp.load_default().new_report(YEAR)


def fra_choices(report: hp.Report) -> dict[str, str]:
    """Four different measures FRA takes part in, begun by 2021, for the four kinds of answer."""
    fra = [
        m
        for m in report.measures(agency="FRA")
        if m.status.is_active and m.period is not None and m.period.start_year <= 2021
    ]
    assert len(fra) >= 5
    return {
        "complete": str(fra[0].id),
        "withdraw": str(fra[1].id),
        "period": str(fra[2].id),
        "description": str(fra[3].id),
        "comment": str(fra[4].id),
    }


def new_period(measure: hp.Measure) -> str:
    """A period that differs from the measure's: one year longer."""
    assert measure.period is not None
    end = measure.period.end_year or 2022
    return f"{measure.period.start_year}–{end + 1}"


def fill_fra(folder: Path, report: hp.Report) -> dict[str, str]:
    """FRA's answers: a completion, a withdrawal with reason, a new period, a new description,
    a comment, and a proposed measure. Returns which measure got which answer."""
    chosen = fra_choices(report)
    chosen["new"] = next_number(report.plan, PROPOSAL["Målsättning"])
    form_filler.fill(
        folder / "FRA.xlsx",
        {
            chosen["complete"]: {"Status": "genomförd", "År": 2021},
            chosen["withdraw"]: {"Status": "avskriven", "År": 2021, "Skäl": REASON},
            chosen["period"]: {"Ny period": new_period(report.measure(chosen["period"]))},
            chosen["description"]: {"Ny beskrivning": DESCRIPTION},
            chosen["comment"]: {"Kommentar": COMMENT},
        },
        [PROPOSAL],
    )
    return chosen


def next_number(plan: hp.Plan, objective: str) -> str:
    """The next number never used under `objective`, from every report of the plan."""
    used = [m.id.number for r in plan.reports for m in r if str(m.id.objective) == objective]
    return f"{objective}.{max(used, default=0) + 1}"


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> tuple[Path, list[Path]]:
    folder = tmp_path_factory.mktemp("utskick")
    return folder, draft().write_update_forms(folder)


def fresh_copy(written: tuple[Path, list[Path]], tmp_path: Path) -> list[Path]:
    folder, paths = written
    target = tmp_path / "svar"
    shutil.copytree(folder, target)
    return [target / p.name for p in paths]


# ------------------------------------------------------------------------------------------
# The forms as written


def test_one_form_per_samfi_agency(written) -> None:
    _, paths = written
    assert [p.name for p in paths] == [f"{name}.xlsx" for name in SAMFI]


@pytest.mark.parametrize("agency", SAMFI)
def test_form_lists_every_active_measure_of_the_agency_with_its_role(written, agency) -> None:
    folder, _ = written
    report = draft()
    workbook = openpyxl.load_workbook(folder / f"{agency}.xlsx")
    assert {"Instruktioner", "Åtgärder", "Nya åtgärder"} <= set(workbook.sheetnames)
    sheet = workbook["Åtgärder"]
    columns = form_filler.headings(sheet)
    assert set(REQUIRED) <= set(columns)
    expected = {str(m.id): m for m in report if m.status.is_active and agency in m.agencies.all}
    rows = {}
    for row in range(2, sheet.max_row + 1):
        nr = sheet.cell(row=row, column=columns["Nr"]).value
        rows[nr] = {h: sheet.cell(row=row, column=c).value for h, c in columns.items()}
    assert set(rows) == set(expected)
    for nr, measure in expected.items():
        assert rows[nr]["Åtgärd"] == measure.title
        assert rows[nr]["Ansvarig myndighet"] == measure.agencies.text
        assert rows[nr]["Roll"] == hp.role_text(measure.agencies.role_of(agency))
        for answer in ("Status", "År", "Skäl", "Ny period", "Ny beskrivning", "Kommentar"):
            assert rows[nr][answer] is None


def test_form_protection_and_validation(written) -> None:
    folder, _ = written
    workbook = openpyxl.load_workbook(folder / "FRA.xlsx")
    sheet = workbook["Åtgärder"]
    columns = form_filler.headings(sheet)
    assert sheet.protection.sheet and not sheet.protection.password
    for heading in ("Nr", "Åtgärd", "Ansvarig myndighet", "Roll", "Period"):
        assert sheet.cell(row=2, column=columns[heading]).protection.locked
    for heading in ("Status", "År", "Skäl", "Ny period", "Ny beskrivning", "Kommentar"):
        assert not sheet.cell(row=2, column=columns[heading]).protection.locked
    validations = {
        str(dv.sqref).split(":")[0][0]: dv for dv in sheet.data_validations.dataValidation
    }
    status = validations[openpyxl.utils.get_column_letter(columns["Status"])]
    assert status.type == "list"
    assert sorted(status.formula1.strip('"').split(",")) == ["avskriven", "genomförd", "pågående"]
    year = validations[openpyxl.utils.get_column_letter(columns["År"])]
    assert (year.type, year.operator, year.formula1, year.formula2) == (
        "whole",
        "between",
        "2019",
        "2022",
    )
    new = workbook["Nya åtgärder"]
    assert new.protection.sheet
    assert set(form_filler.headings(new)) >= {
        "Målsättning",
        "Åtgärd",
        "Beskrivning",
        "Ansvarig myndighet",
        "Period",
    }
    (objective,) = new.data_validations.dataValidation
    assert objective.type == "list"
    # The dropdown's list holds every objective of the strategy.
    sheet_name, cells = objective.formula1.rsplit("!", 1)
    listed = workbook[sheet_name.strip("'")][cells.replace("$", "")]
    plan = hp.load_default()
    assert [row[0].value for row in listed] == [str(o.id) for o in plan.objectives]
    text = "\n".join(str(c.value) for c in workbook["Instruktioner"]["A"] if c.value)
    assert "31 januari 2022" in text and "Skäl" in text and "aldrig" in text


def test_forms_with_no_answers_change_nothing(written) -> None:
    _, paths = written
    report = draft()
    before = list(report)
    result = report.read_update_forms(paths, on=datetime(2022, 2, 1).date())
    assert result.applied and result.not_answered == () and result.answers == ()
    assert list(report) == before and report.changes == []
    # Untouched forms are no answers: a group of their own, in the report's register.
    assert result.answered == () and set(result.blank) == set(SAMFI)
    assert "Har skickat tillbaka formuläret oifyllt: " in result.summary()
    assert {(e.agency, e.event, e.file) for e in report.forms} == {
        (agency, hp.FormEvent.blank, f"{agency}.xlsx") for agency in SAMFI
    }
    assert result.diff is not None
    assert result.diff.of(Change.changed) == [] and result.diff.of(Change.added) == []


# ------------------------------------------------------------------------------------------
# The round trip


def check_applied(report: hp.Report, result, chosen: dict[str, str]) -> None:
    plan = report.plan
    before = plan.report(2021)
    done = report.measure(chosen["complete"])
    assert (done.status.kind_text, done.status.year) == ("genomförd", 2021)
    dropped = report.measure(chosen["withdraw"])
    assert (dropped.status.kind_text, dropped.status.year, dropped.status.reason) == (
        "avskriven",
        2021,
        REASON,
    )
    moved = report.measure(chosen["period"])
    assert moved.status.appendix_text == "Uppdaterad, tidplan"
    assert moved.period == hp.Period(new_period(before.measure(chosen["period"])))
    reworded = report.measure(chosen["description"])
    assert reworded.status.appendix_text == "Uppdaterad, innehåll"
    assert reworded.description == DESCRIPTION
    new_id = chosen["new"]
    new = report.measure(new_id)
    assert new.status.kind_text == "ny"
    assert (new.title, new.description, new.agencies.text, new.period) == (
        PROPOSAL["Åtgärd"],
        PROPOSAL["Beskrivning"],
        PROPOSAL["Ansvarig myndighet"],
        hp.Period(PROPOSAL["Period"]),
    )
    answered = {chosen[k] for k in ("complete", "withdraw", "period", "description")} | {new_id}
    for measure in report:
        if str(measure.id) not in answered:
            assert measure.status.kind_text in ("pågående", "genomförd", "avskriven")
            old = before.measure(measure.id)
            assert (measure.title, measure.description, measure.period) == (
                old.title,
                old.description,
                old.period,
            )
    # The diff against the last report says the same.
    d = result.diff
    assert (d.from_year, d.to_year) == (2021, 2022)
    assert [str(e.id) for e in d.of(Change.added)] == [new_id]
    assert [str(e.id) for e in d.of(Change.completed)] == [chosen["complete"]]
    assert [str(e.id) for e in d.of(Change.withdrawn)] == [chosen["withdraw"]]
    assert sorted(str(e.id) for e in d.of(Change.changed)) == sorted(
        [chosen["period"], chosen["description"]]
    )
    assert d.problems() == [] and d.marking_disagreements() == []
    assert result.comments == {chosen["comment"]: (("FRA", COMMENT),)}
    # Bilaga 1 of 2022 lists them where they belong.
    sections = {
        s.kind: [r.id for t in s.tables for r in t.rows] for s in report.appendix().sections
    }
    assert new_id in sections["aktuella"] and chosen["period"] in sections["aktuella"]
    assert chosen["complete"] in sections["genomförda"]
    assert chosen["withdraw"] in sections["avskrivna"]


def test_round_trip(written, tmp_path) -> None:
    paths = fresh_copy(written, tmp_path)
    report = draft()
    chosen = fill_fra(tmp_path / "svar", report)
    result = report.read_update_forms(paths)
    assert result.applied and result.problems == () and result.conflicts == ()
    assert len(result.proposals) == 1
    check_applied(report, result, chosen)
    # The plan saves and loads with the answers in it.
    saved = tmp_path / "plan.json"
    report.plan.save(saved)
    assert hp.Plan.load(saved) == report.plan


def test_agencies_without_a_form_are_listed(written, tmp_path) -> None:
    paths = fresh_copy(written, tmp_path)
    result = draft().read_update_forms([p for p in paths if p.name not in ("PTS.xlsx", "FMV.xlsx")])
    assert result.not_answered == ("FMV", "PTS")


def test_libreoffice_saved_forms_read_identically(written, tmp_path) -> None:
    paths = fresh_copy(written, tmp_path)
    by_openpyxl = draft()
    chosen = fill_fra(tmp_path / "svar", by_openpyxl)
    converted = form_filler.convert_with_libreoffice(paths, tmp_path / "libreoffice")
    assert [p.read_bytes() for p in converted] != [p.read_bytes() for p in paths]
    by_libreoffice = draft()
    first = by_openpyxl.check_update_forms(paths)
    second = by_libreoffice.check_update_forms(converted)
    assert first.answers == second.answers and first.proposals == second.proposals
    assert second.problems == () and second.conflicts == ()
    result = by_libreoffice.read_update_forms(converted)
    by_openpyxl.read_update_forms(paths)
    assert by_libreoffice.plan.to_json() == by_openpyxl.plan.to_json()
    check_applied(by_libreoffice, result, chosen)
    # LibreOffice kept the protection and the validation.
    sheet = openpyxl.load_workbook(converted[1])["Åtgärder"]
    assert sheet.protection.sheet and len(sheet.data_validations.dataValidation) == 2


def test_messy_but_right_answers_read_the_same(written, tmp_path) -> None:
    """Numbers stored as text, years typed as dates, extra empty rows, rows re-sorted by the
    user and cells with trailing spaces read as the clean answers do."""
    paths = fresh_copy(written, tmp_path)
    clean = draft()
    chosen = fill_fra(tmp_path / "svar", clean)
    clean.read_update_forms(paths)

    messy = draft()
    paths = fresh_copy(written, tmp_path / "messy")
    form = tmp_path / "messy" / "svar" / "FRA.xlsx"
    fill_fra(form.parent, messy)
    workbook = openpyxl.load_workbook(form)
    sheet = workbook["Åtgärder"]
    columns = form_filler.headings(sheet)
    # Trailing spaces and text for numbers.
    sheet[form_filler.cell_name(sheet, chosen["complete"], "Status")] = "genomförd  "
    sheet[form_filler.cell_name(sheet, chosen["complete"], "År")] = " 2021"
    # A year typed as a date, and a year in a cell formatted as a date (it reads as 1905-07-13).
    sheet[form_filler.cell_name(sheet, chosen["withdraw"], "År")] = datetime(2021, 6, 30)
    sheet[form_filler.cell_name(sheet, chosen["withdraw"], "Skäl")] = REASON + "   "
    # Rows re-sorted (reversed) and empty rows in between.
    last = sheet.max_row
    rows = [
        [sheet.cell(row=r, column=c).value for c in range(1, sheet.max_column + 1)]
        for r in range(2, last + 1)
    ]
    for offset, values in enumerate(reversed(rows)):
        for c, value in enumerate(values, start=1):
            sheet.cell(row=2 + offset, column=c).value = value  # None too: cell(value=None) keeps
    sheet.insert_rows(4, amount=3)
    sheet.append([None] * len(columns))
    workbook.save(form)
    workbook = openpyxl.load_workbook(form)
    sheet = workbook["Åtgärder"]
    cell = sheet[form_filler.cell_name(sheet, chosen["complete"], "År")]
    cell.value, cell.number_format = 2021, "yyyy-mm-dd"
    workbook.save(form)
    assert isinstance(openpyxl.load_workbook(form)["Åtgärder"][cell.coordinate].value, datetime)
    assert form_filler.nrs(form) != form_filler.nrs(tmp_path / "svar" / "FRA.xlsx")

    messy.read_update_forms(paths)
    assert list(messy) == list(clean)
    # The same changes, each from the cell its answer is in now (the rows were re-sorted).
    assert [(c.measure, c.part, c.before, c.after) for c in messy.changes] == [
        (c.measure, c.part, c.before, c.after) for c in clean.changes
    ]
    for change in messy.changes:
        if change.part != hp.ChangedPart.added:
            column = {"status": "Status", "period": "Ny period", "description": "Ny beskrivning"}
            heading = column[change.part.name]
            assert change.source.cell == form_filler.cell_name(
                openpyxl.load_workbook(form)["Åtgärder"], str(change.measure), heading
            )


# ------------------------------------------------------------------------------------------
# Conflicts


def joint_measure(report: hp.Report) -> tuple[str, str, str]:
    """A measure FRA and Försvarsmakten both take part in, begun by 2021."""
    for m in report:
        if (
            m.status.is_active
            and {"FRA", "Försvarsmakten"} <= set(m.agencies.all)
            and m.period is not None
            and m.period.start_year <= 2021
        ):
            return str(m.id), "FRA", "Försvarsmakten"
    raise AssertionError("no joint measure")


def test_conflict_on_a_joint_measure(written, tmp_path) -> None:
    paths = fresh_copy(written, tmp_path)
    report = draft()
    id, first, second = joint_measure(report)
    form_filler.fill(tmp_path / "svar" / f"{first}.xlsx", {id: {"Status": "genomförd", "År": 2021}})
    form_filler.fill(tmp_path / "svar" / f"{second}.xlsx", {id: {"Status": "pågående"}})
    before = report.plan.to_json()
    with pytest.raises(hp.FormError) as raised:
        report.read_update_forms(paths)
    assert report.plan.to_json() == before
    error = raised.value
    assert error.problems == () and len(error.conflicts) == 1
    (conflict,) = error.conflicts
    assert str(conflict.measure) == id
    assert {a.agency for a in conflict.answers} == {first, second}
    text = str(conflict)
    assert "genomförd 2021" in text and "pågående" in text and "prefer" in text
    assert f"{first}.xlsx" in text and f"{second}.xlsx" in text
    # Settled: FRA's answer holds.
    result = report.read_update_forms(paths, prefer={id: first})
    assert result.applied
    assert (report.measure(id).status.kind_text, report.measure(id).status.year) == (
        "genomförd",
        2021,
    )


def test_agreeing_and_complementary_answers_are_no_conflict(written, tmp_path) -> None:
    paths = fresh_copy(written, tmp_path)
    report = draft()
    id, first, second = joint_measure(report)
    form_filler.fill(tmp_path / "svar" / f"{first}.xlsx", {id: {"Status": "genomförd", "År": 2021}})
    form_filler.fill(
        tmp_path / "svar" / f"{second}.xlsx",
        {id: {"Status": "genomförd", "År": 2021, "Kommentar": "Instämmer."}},
    )
    result = report.read_update_forms(paths)
    assert result.applied and result.conflicts == ()
    assert report.measure(id).status.year == 2021
    assert result.comments[id] == ((second, "Instämmer."),)


def test_prefer_naming_an_agency_that_did_not_answer_is_a_problem(written, tmp_path) -> None:
    paths = fresh_copy(written, tmp_path)
    report = draft()
    id, first, _ = joint_measure(report)
    with pytest.raises(hp.FormError) as raised:
        report.read_update_forms(paths, prefer={id: first})
    assert id in str(raised.value.problems[0])


def test_two_different_new_descriptions_are_a_conflict(written, tmp_path) -> None:
    paths = fresh_copy(written, tmp_path)
    report = draft()
    id, first, second = joint_measure(report)
    form_filler.fill(tmp_path / "svar" / f"{first}.xlsx", {id: {"Ny beskrivning": DESCRIPTION}})
    form_filler.fill(
        tmp_path / "svar" / f"{second}.xlsx", {id: {"Ny beskrivning": "En annan beskrivning."}}
    )
    before = report.plan.to_json()
    with pytest.raises(hp.FormError) as raised:
        report.read_update_forms(paths)
    assert report.plan.to_json() == before
    (conflict,) = raised.value.conflicts
    assert str(conflict.measure) == id
    assert {a.agency for a in conflict.answers} == {first, second}
    assert "En annan beskrivning." in str(conflict)


def test_a_new_period_equal_to_the_current_one_changes_nothing(written, tmp_path) -> None:
    paths = fresh_copy(written, tmp_path)
    report = draft()
    id = fra_choices(report)["period"]
    measure = report.measure(id)
    assert measure.period is not None
    form_filler.fill(tmp_path / "svar" / "FRA.xlsx", {id: {"Ny period": str(measure.period)}})
    before = list(report)
    result = report.read_update_forms(paths)
    assert report.measure(id).status == measure.status
    assert list(report) == before and report.changes == []
    assert "FRA" in result.answered  # the form was filled in, if to no effect
    # The same period again is no answer at all: nothing to count, compare or apply.
    assert [a for a in result.answers if a.decisive] == []
    assert ": 7 formulär, 0 svar," in result.summary().splitlines()[0]


def _cells(path: Path) -> dict[str, list[list[object]]]:
    workbook = openpyxl.load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in workbook}


def test_forms_address_todays_name_only_on_the_day_given(written, tmp_path) -> None:
    folder, _ = written
    report = draft()
    heading = "Uppdatering av handlingsplanens åtgärder inför 2022 års redovisning – "
    # The successor's name finds MSB's form; on a day of 2026 the form addresses MSB by both
    # names, and answers still come back as MSB's.
    (dated,) = report.write_update_forms(tmp_path / "idag", ["MCF"], on=date(2026, 3, 1))
    assert dated.name == "MSB.xlsx"
    sheets = _cells(dated)
    assert sheets["Instruktioner"][0][0] == heading + (
        "MSB (sedan 2026 Myndigheten för civilt försvar)"
    )
    assert ["Myndighet", "MSB"] in [row[:2] for row in sheets["Formulär"]]
    # Before the successor's day, and without a day, the form is the one written before.
    (before,) = report.write_update_forms(tmp_path / "2025", ["MSB"], on=date(2025, 12, 31))
    assert _cells(before) == _cells(folder / "MSB.xlsx")
    assert _cells(folder / "MSB.xlsx")["Instruktioner"][0][0] == heading + "MSB"
    # An agency without a successor reads the same on any day.
    (fra,) = report.write_update_forms(tmp_path / "fra", ["FRA"], on=date(2026, 3, 1))
    assert _cells(fra) == _cells(folder / "FRA.xlsx")
