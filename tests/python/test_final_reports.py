"""A final report stays final: every editing method refuses it with the library's error and the
plan file unchanged; a correction on purpose goes through an explicit reopening, kept in the file
and shown by the diff. A draft is what `new_report` gives, and running a notebook cell twice
(the same edit, the same new report) changes nothing the second time."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

import handlingsplan as hp

EDITS: dict[str, Callable[[hp.Report], object]] = {
    "complete": lambda r: r.complete("1.1.4", year=2020),
    "withdraw": lambda r: r.withdraw("1.1.4", year=2021, reason="Ingår i en annan åtgärd."),
    "update period": lambda r: r.update("1.1.4", period="2019–2023"),
    "update title": lambda r: r.update("1.1.4", title="Ny titel"),
    "update description": lambda r: r.update("1.1.4", description="Ny beskrivning."),
    "update agencies": lambda r: r.update("1.1.4", agencies="MSB"),
    "update page": lambda r: r.update("1.1.4", page=99),
    "add": lambda r: r.add(hp.Measure(id="1.1.30", title="Ny", agencies="MSB", period="2021")),
}


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "plan.json"
    hp.load_default().save(path)
    return path


def test_the_shipped_report_is_final_and_a_new_one_a_draft() -> None:
    plan = hp.load_default()
    assert plan.report(2021).is_final and plan.report(2021).state == hp.ReportState.final
    draft = plan.new_report(2022)
    assert not draft.is_final and draft.state == hp.ReportState.draft


@pytest.mark.parametrize("name", sorted(EDITS))
def test_every_edit_of_a_final_report_is_refused_and_the_file_stays(name: str, saved: Path) -> None:
    before = saved.read_bytes()
    plan = hp.Plan.load(saved)
    with pytest.raises(hp.RuleViolationError, match=r"report 2021 is final.*reopen"):
        EDITS[name](plan.report(2021))
    plan.save(saved)
    assert saved.read_bytes() == before


def test_a_version_1_file_loads_with_its_reports_final(tmp_path: Path) -> None:
    data = json.loads(hp.load_default().to_json())
    data["schema_version"] = 1
    for report in data["reports"]:
        del report["state"]
        report.pop("chapters", None)  # the prose chapters came with version 4
        report.pop("changes", None)  # as did the recorded changes
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    plan = hp.Plan.load(path)
    assert all(r.is_final for r in plan.reports)
    now = hp.load_default()
    assert [(r.year, r.measures(), r.follow_up) for r in plan.reports] == [
        (r.year, r.measures(), r.follow_up) for r in now.reports
    ]
    assert all(r.chapters == [] for r in plan.reports)


def test_a_correction_on_purpose_is_on_the_record_and_in_the_diff(saved: Path) -> None:
    plan = hp.Plan.load(saved)
    old = plan.copy()
    report = plan.report(2021)
    with pytest.raises(hp.RuleViolationError):
        report.reopen(reason="   ")
    report.reopen(reason="Fel avslutsår för 1.1.4.", on=date(2021, 4, 6))
    report.complete("1.1.4", year=2020)
    report.finalize()
    plan.save(saved)
    again = hp.Plan.load(saved)
    assert again.report(2021).is_final
    (reopening,) = again.report(2021).reopenings
    assert (reopening.date, reopening.reason) == (date(2021, 4, 6), "Fel avslutsår för 1.1.4.")
    text = json.loads(saved.read_text(encoding="utf-8"))
    assert text["reports"][0]["reopenings"] == [
        {"date": "2021-04-06", "reason": "Fel avslutsår för 1.1.4."}
    ]
    d = hp.diff(old.report(2021), again.report(2021))
    assert [str(e.id) for e in d.of("genomförd")] == ["1.1.4"]
    assert "öppnades igen efter inlämningen 2021-04-06: Fel avslutsår för 1.1.4." in d.summary()


def test_running_a_cell_twice_changes_nothing() -> None:
    plan = hp.load_default()
    draft = plan.new_report(2022)
    draft.complete("1.1.4", year=2021)
    draft.withdraw("1.1.5", year=2021, reason="Ingår i 1.1.6.")
    draft.update("1.1.6", period="2019–2023")
    new = hp.Measure(id="1.1.30", title="Ny", agencies="MSB", period="2022")
    draft.add(new)
    once = plan.to_json()
    again = plan.new_report(2022)  # the same draft, not a new one
    again.complete("1.1.4", year=2021)
    again.withdraw("1.1.5", year=2021, reason="Ingår i 1.1.6.")
    again.update("1.1.6", period="2019–2023")
    again.add(new)
    assert plan.to_json() == once
    # A different edit of the same measure says what is recorded.
    with pytest.raises(
        hp.RuleViolationError, match=r"measure 1\.1\.4: already recorded as genomförd 2021"
    ):
        again.complete("1.1.4", year=2022)


def test_a_diff_with_the_years_reversed_is_refused() -> None:
    plan = hp.load_default()
    plan.new_report(2022)
    with pytest.raises(hp.InvalidValueError, match="the other way round"):
        plan.diff(2022, 2021)


def test_a_new_measure_may_not_start_before_the_plan() -> None:
    draft = hp.load_default().new_report(2022)
    with pytest.raises(hp.RuleViolationError, match="before the plan's first year"):
        draft.add(hp.Measure(id="1.1.30", title="Ny", agencies="MSB", period="2017–2022"))


def test_check_fails_on_errors_only_unless_strict(tmp_path: Path) -> None:
    from handlingsplan.cli import main

    data = json.loads(hp.load_default().to_json())
    data["reports"][0]["measures"][0]["status"] = {"kind": "genomförd", "year": 2022}
    path = tmp_path / "fel.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["check", str(path)]) == 1
