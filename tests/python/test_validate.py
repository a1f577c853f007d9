"""plan.validate() and `handlingsplan check`."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest

import handlingsplan as hp
import seed_2021
from handlingsplan.cli import main


def plan_with(*reports: hp._core.Report) -> hp.Plan:
    return hp.Plan(
        title="Testplan",
        first_year=2019,
        last_year=2022,
        priorities=hp.load_default().priorities,
        reports=list(reports),
    )


def report(year: int, *measures: hp.Measure) -> hp._core.Report:
    return hp._core.Report(year, datetime.date(year, 3, 1), list(measures))


def m(id: str, **fields: object) -> hp.Measure:
    fields.setdefault("title", f"Åtgärd {id}")
    fields.setdefault("agencies", "MSB")
    fields.setdefault("period", "2019–2022")
    return hp.Measure(id=id, **fields)  # type: ignore[arg-type]


def test_the_shipped_plan_has_warnings_only_where_the_source_disagrees_with_itself() -> None:
    seed = seed_2021.load()
    # Where the chapter's title and Bilaga 1's differ, read from the report's text itself.
    differing = []
    for row in seed.current:
        chapter = seed.chapter_title(row.id)
        assert chapter is not None, row.id
        if seed_2021.loose_key(chapter.text) != seed_2021.loose_key(row.title.text):
            differing.append(row.id.rstrip("."))
    assert differing  # the 2021 report has such cases (3.1.6, 3.3.1)
    findings = hp.load_default().validate()
    assert all(f.severity == hp.Severity.warning for f in findings)
    assert [(f.code, str(f.measure)) for f in findings] == [
        ("appendix-title-differs", id) for id in differing
    ]


def test_findings_have_codes_places_and_messages() -> None:
    plan = plan_with(
        report(
            2021, m("1.1.1"), m("1.1.2"), m("1.1.3", status=hp.Status.completed(2020), period=None)
        ),
        report(
            2022,
            m("1.1.1", status=hp.Status.added()),
            m("1.1.3"),
            m("1.9.1"),
            m("1.1.4", status=hp.Status.withdrawn(2022, "")),
        ),
    )
    findings = plan.validate()
    by_code = {f.code: f for f in findings}
    assert set(by_code) == {
        "new-but-existed",
        "number-reused",
        "objective-missing",
        "measure-vanished",
        "withdrawal-without-reason",
        "change-unmarked",
    }
    # 1.9.1 is new in 2022 but not marked so.
    assert by_code["change-unmarked"].measure == "1.9.1"
    assert "Ny åtgärd" in by_code["change-unmarked"].message
    assert by_code["objective-missing"].place == "redovisning 2022, åtgärd 1.9.1"
    assert by_code["measure-vanished"].measure == "1.1.2"
    assert by_code["number-reused"].severity == hp.Severity.error
    assert "1.1.3" in str(by_code["number-reused"]) and "[number-reused]" in str(
        by_code["number-reused"]
    )
    assert str(by_code["number-reused"]).startswith("redovisning 2022, åtgärd 1.1.3: fel ")
    # Every finding a coordinator reads is Swedish (the codes stay as they are).
    english = re.compile(r"\b(the|is|not|but|its|report|measure|plan's|since|marked)\b")
    for finding in findings:
        assert not english.search(finding.message), finding.message


def test_check_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = tmp_path / "ren.json"
    plan_with(report(2021, m("1.1.1"))).save(clean)
    assert main(["check", str(clean)]) == 0
    assert f"{clean}: 0 fel, 0 varningar" in capsys.readouterr().out

    # The shipped, correct data has warnings only: check passes, --strict does not.
    assert main(["check", "--strict", str(hp.default_plan_path())]) == 1
    assert main(["check", str(hp.default_plan_path())]) == 0
    out = capsys.readouterr().out
    assert "appendix-title-differs" in out and "0 fel, 2 varningar" in out

    broken = tmp_path / "trasig.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["check", str(broken)]) == 2
    assert f"{broken}:1:2: " in capsys.readouterr().err
    data = json.loads(clean.read_text(encoding="utf-8"))
    data["reports"][0]["measures"][0]["period"] = "2022–2019"
    broken.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check", str(broken)]) == 2
    assert "/reports/0/measures/0/period" in capsys.readouterr().err
    assert main(["check", str(tmp_path / "saknas.json")]) == 2


def test_check_prints_each_finding_and_counts_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The shipped plan with one of its two differing titles made alike: one warning.
    data = json.loads(hp.default_plan_path().read_text(encoding="utf-8"))
    (measure,) = [x for x in data["reports"][0]["measures"] if x["id"] == "3.1.6"]
    del measure["appendix"]  # "bilagans rubrik upprepar rubriken": the same title is given once
    one = tmp_path / "en-varning.json"
    one.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["check", str(one)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == f"{one}: 0 fel, 1 varning"
    (finding,) = lines[:-1]
    assert finding.startswith("redovisning 2021, åtgärd 3.3.1: varning [appendix-title-differs]")
    assert main(["check", "--strict", str(one)]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == f"{one}: 0 fel, 1 varning"
    # Two measures gone without a trace: two errors, each on its line.
    gone = tmp_path / "två-fel.json"
    plan_with(report(2021, m("1.1.1"), m("1.1.2"), m("1.1.3")), report(2022, m("1.1.1"))).save(gone)
    assert main(["check", str(gone)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == f"{gone}: 2 fel, 0 varningar"
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "redovisning 2022, åtgärd 1.1.2",
        "redovisning 2022, åtgärd 1.1.3",
    ]
