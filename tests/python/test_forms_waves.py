"""Answers in waves (handlingsplan/forms/collect.py): four agencies answer, their answers are
applied, then two late agencies answer and one returns its form untouched. The forms of the
first wave, read again, are recognised; the register says who answered, who returned a blank
form and who did not answer; the result equals reading all six answers at once; every change
keeps its source, and `plan.history` shows it, also after the plan is saved and loaded.

Expectations come from what the tests type into the forms, never from the output under test."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest

import form_filler
import handlingsplan as hp

YEAR = 2022
FIRST_WAVE = ["MSB", "FRA", "Försvarsmakten", "PTS"]
LATE = ["Säkerhetspolisen", "Polismyndigheten"]
BLANK = "FMV"
FIRST_DAY, SECOND_DAY = date(2022, 1, 31), date(2022, 2, 14)
FRA_COMMENT = "Tidplanen förlängs ett år efter beslut i december."
SAPO_COMMENT = "Beskrivningen uppdaterad efter FRA:s förlängning."
SAPO_DESCRIPTION = "Myndigheterna fördjupar samarbetet kring skydd av säkerhetskänslig verksamhet."
PROPOSAL = {
    "Målsättning": "3.1",
    "Åtgärd": "Gemensam lägesbild för kritiska tjänster",
    "Beskrivning": "FRA och Säkerhetspolisen tar fram en gemensam lägesbild.",
    "Ansvarig myndighet": "FRA i samverkan med Säkerhetspolisen",
    "Period": "2022",
}


def draft() -> hp.Report:
    return hp.load_default().new_report(YEAR)


def active_of(report: hp.Report, agency: str, alone: bool) -> list[str]:
    """Active measures of `agency` begun by 2021: only its own, or joint with Säkerhetspolisen."""
    found = []
    for m in report.measures(agency=agency):
        if not m.status.is_active or m.period is None or m.period.start_year > 2021:
            continue
        names = {r.agency for r in m.agencies.roles}
        if (names == {agency}) if alone else ("Säkerhetspolisen" in names):
            found.append(str(m.id))
    return found


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("utskick")
    draft().write_update_forms(folder)
    return folder


def fill_all(folder: Path, report: hp.Report) -> dict[str, str]:
    """The six agencies' answers. FRA, in the first wave, gives 1.1.1 (joint with
    Säkerhetspolisen) a new period and ends 3.3.2 (also joint), and proposes a measure with
    Säkerhetspolisen; Säkerhetspolisen, late, rewords 1.1.1. Every other agency answers a
    measure of its own."""
    joint_with_sapo = [i for i in active_of(report, "FRA", alone=False) if i != "1.1.1"]
    chosen = {"period": "1.1.1", "completed": joint_with_sapo[0]}
    form_filler.fill(
        folder / "FRA.xlsx",
        {
            "1.1.1": {"Ny period": "2019–2026", "Kommentar": FRA_COMMENT},
            chosen["completed"]: {"Status": "genomförd", "År": 2021},
        },
        [PROPOSAL],
    )
    form_filler.fill(
        folder / "Säkerhetspolisen.xlsx",
        {"1.1.1": {"Ny beskrivning": SAPO_DESCRIPTION, "Kommentar": SAPO_COMMENT}},
    )
    for agency in ["MSB", "Försvarsmakten", "PTS", "Polismyndigheten"]:
        own = active_of(report, agency, alone=True)
        assert own, agency
        chosen[agency] = own[0]
        form_filler.fill(folder / f"{agency}.xlsx", {own[0]: {"Status": "genomförd", "År": 2021}})
    return chosen


def answered_copy(written: Path, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    folder = tmp_path / "svar"
    shutil.copytree(written, folder)
    return folder, fill_all(folder, draft())


def forms(folder: Path, agencies: list[str]) -> list[Path]:
    return [folder / f"{agency}.xlsx" for agency in agencies]


def test_two_waves_equal_one_and_keep_their_sources(written, tmp_path) -> None:
    folder, chosen = answered_copy(written, tmp_path)
    # One wave with all six (and the blank form).
    at_once = draft()
    at_once.read_update_forms(forms(folder, [*FIRST_WAVE, *LATE, BLANK]), on=SECOND_DAY)
    # Two waves.
    report = draft()
    first = report.read_update_forms(forms(folder, FIRST_WAVE), on=FIRST_DAY)
    assert first.applied
    assert set(first.answered) == set(FIRST_WAVE) and first.blank == ()
    assert set(first.not_answered) == {*LATE, BLANK}
    second = report.read_update_forms(forms(folder, [*LATE, BLANK]), on=SECOND_DAY)
    # No false error: Säkerhetspolisen's form still shows 1.1.1's old period and the measure FRA
    # ended, and lacks the row of the measure FRA proposed.
    assert second.applied and second.problems == () and second.conflicts == ()
    assert set(second.answered) == {*FIRST_WAVE, *LATE}
    assert second.blank == (BLANK,) and second.not_answered == ()
    summary = second.summary()
    assert "Har skickat tillbaka formuläret oifyllt: FMV." in summary
    assert "Har inte svarat" not in summary
    # The measures are those of one wave with all six.
    assert list(report) == list(at_once)
    assert str(report.measure("1.1.1").period) == "2019–2026"
    assert report.measure("1.1.1").description == SAPO_DESCRIPTION
    assert report.measure(chosen["completed"]).status.kind_text == "genomförd"
    # The register: the first wave's forms on the first day, the late ones on the second.
    events = {(e.agency, e.event, e.file, e.on) for e in report.forms}
    for agency in FIRST_WAVE:
        assert (agency, hp.FormEvent.answered, f"{agency}.xlsx", FIRST_DAY) in events
    assert (BLANK, hp.FormEvent.blank, f"{BLANK}.xlsx", SECOND_DAY) in events


def test_the_first_wave_read_again_is_recognised(written, tmp_path) -> None:
    folder, _ = answered_copy(written, tmp_path)
    report = draft()
    report.read_update_forms(forms(folder, FIRST_WAVE), on=FIRST_DAY)
    measures = list(report)
    again = report.check_update_forms(forms(folder, [*FIRST_WAVE, *LATE, BLANK]))
    assert again.problems == () and again.conflicts == ()
    # FRA's completion and its proposal, and the other three first-wave answers, are there.
    # (FRA's new period of 1.1.1 is the draft's period now: a period equal to the current one
    # is read as no answer at all, as it always is.)
    assert again.already_applied == 5
    assert "5 av svaren fanns redan i utkastet" in again.summary()
    report.read_update_forms(forms(folder, [*FIRST_WAVE, *LATE, BLANK]), on=SECOND_DAY)
    assert len(list(report)) == len(measures)  # the proposal is not added twice


def test_a_late_answer_contradicting_an_applied_one_is_a_conflict(written, tmp_path) -> None:
    folder = tmp_path / "svar"
    shutil.copytree(written, folder)
    form_filler.fill(folder / "FRA.xlsx", {"1.1.1": {"Status": "genomförd", "År": 2021}})
    form_filler.fill(folder / "Säkerhetspolisen.xlsx", {"1.1.1": {"Ny period": "2019–2026"}})
    report = draft()
    report.read_update_forms([folder / "FRA.xlsx"], on=FIRST_DAY)
    with pytest.raises(hp.FormError) as raised:
        report.read_update_forms([folder / "Säkerhetspolisen.xlsx"], on=SECOND_DAY)
    (conflict,) = raised.value.conflicts
    text = str(conflict)
    assert "infört tidigare från FRA.xlsx, Åtgärder!" in text
    assert "Säkerhetspolisen.xlsx, Åtgärder!" in text and "2019–2026" in text


def cell_of(path: Path, nr: str, heading: str) -> str:
    sheet = openpyxl.load_workbook(path)[form_filler.MEASURES]
    return form_filler.cell_name(sheet, nr, heading)


def test_history_names_both_answers_and_survives_a_save(written, tmp_path) -> None:
    folder, _ = answered_copy(written, tmp_path)
    report = draft()
    report.read_update_forms(forms(folder, FIRST_WAVE), on=FIRST_DAY)
    report.read_update_forms(forms(folder, [*LATE, BLANK]), on=SECOND_DAY)
    fra_cell = cell_of(folder / "FRA.xlsx", "1.1.1", "Ny period")
    sapo_cell = cell_of(folder / "Säkerhetspolisen.xlsx", "1.1.1", "Ny beskrivning")
    saved = tmp_path / "plan.json"
    report.plan.save(saved)
    loaded = hp.Plan.load(saved)
    assert loaded == report.plan
    for plan in (report.plan, loaded):
        history = plan.history("1.1.1")
        assert [entry.year for entry in history] == [2021, 2022]
        latest = history.entries[-1]
        sources = {c.source.agency: c.source for c in latest.recorded}
        assert (sources["FRA"].file, sources["FRA"].cell, sources["FRA"].comment) == (
            "FRA.xlsx",
            fra_cell,
            FRA_COMMENT,
        )
        assert sources["FRA"].read == FIRST_DAY
        assert (sources["Säkerhetspolisen"].cell, sources["Säkerhetspolisen"].comment) == (
            sapo_cell,
            SAPO_COMMENT,
        )
        frame = history.to_dataframe()
        text = " ".join(frame.loc[frame["year"] == YEAR, "sources"].iloc[0])
        assert f"FRA.xlsx, Åtgärder!{fra_cell}" in text and FRA_COMMENT in text
        assert f"Säkerhetspolisen.xlsx, Åtgärder!{sapo_cell}" in text and SAPO_COMMENT in text
        changes = " ".join(frame.loc[frame["year"] == YEAR, "changes"].iloc[0])
        assert "2019–2025 → 2019–2026" in changes


def test_the_forms_sent_are_in_the_register(tmp_path) -> None:
    report = draft()
    paths = report.write_update_forms(tmp_path / "ut", ["FRA", "PTS"], on=date(2022, 1, 10))
    assert [p.name for p in paths] == ["FRA.xlsx", "PTS.xlsx"]
    assert report.forms == [
        hp.FormEntry("FRA", hp.FormEvent.sent, "FRA.xlsx", date(2022, 1, 10)),
        hp.FormEntry("PTS", hp.FormEvent.sent, "PTS.xlsx", date(2022, 1, 10)),
    ]
    # Those sent a form are the ones expected to answer.
    groups = report.form_groups()
    assert (groups.answered, groups.blank, groups.not_returned) == ([], [], ["FRA", "PTS"])
    # As they would stand with FRA's answers recorded: the register itself is left as it was.
    answered = hp.FormEntry("FRA", hp.FormEvent.answered, "FRA.xlsx", date(2022, 1, 20))
    groups = report.form_groups([answered])
    assert (groups.answered, groups.blank, groups.not_returned) == (["FRA"], [], ["PTS"])
    assert len(report.forms) == 2
    result = report.read_update_forms([tmp_path / "ut" / "PTS.xlsx"], on=date(2022, 2, 1))
    assert (result.answered, result.blank, result.not_answered) == ((), ("PTS",), ("FRA",))
    # A final report's forms are written, not recorded.
    final = hp.load_default().report(2021)
    final.write_update_forms(tmp_path / "slut", ["FRA"])
    assert final.forms == []
