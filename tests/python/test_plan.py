"""The Python API over a plan: loading, saving, reports, queries, DataFrames, errors."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pandas as pd
import pytest

import handlingsplan as hp


@pytest.fixture(scope="module")
def plan() -> hp.Plan:
    return hp.load_default()


def test_default_plan_comes_from_the_installed_package(plan: hp.Plan) -> None:
    path = hp.default_plan_path()
    assert path.is_file()
    assert Path(hp.__file__).parent in path.parents
    assert plan.years == [2021]
    assert plan.first_year == 2019 and plan.last_year == 2022
    assert "2019–2022" in repr(plan)


def test_report_basics(plan: hp.Plan) -> None:
    report = plan.report(2021)
    assert report.year == 2021
    assert report.submitted == datetime.date(2021, 3, 1)
    assert len(report) == len(list(report)) == sum(report.count_by_status().values())
    assert list(report.count_by_status()) == [
        "pågående",
        "ny",
        "uppdaterad",
        "genomförd",
        "avskriven",
    ]
    assert repr(report).startswith(f"<Report 2021: {len(report)} measures")
    assert report.plan is plan


def test_unknown_year_and_id_are_key_errors(plan: hp.Plan) -> None:
    with pytest.raises(hp.NotFoundError):
        plan.report(1999)
    with pytest.raises(KeyError):
        plan.measure("9.9.9")
    with pytest.raises(hp.ParseError):
        plan.measure("9.9")
    assert "9.9.9" not in plan.report(2021)
    assert "nonsens" not in plan.report(2021)


def test_queries_agree_with_the_measures_themselves(plan: hp.Plan) -> None:
    report = plan.report(2021)
    fra = report.measures(agency="FRA")
    assert fra and all("FRA" in m.agencies.all for m in fra)
    assert report.measures(agency="Försvarets radioanstalt") == fra
    leads = report.measures(agency="FRA", role="ansvarig")
    assert leads and all("FRA" in m.agencies.responsible for m in leads)
    assert set(map(str, (m.id for m in leads))) < set(map(str, (m.id for m in fra)))
    updated = report.measures(status="uppdaterad", priority=2)
    assert updated and all(
        m.status.kind == hp.StatusKind.updated and m.id.priority == 2 for m in updated
    )
    active = report.measures(active_in=2022)
    assert all(m.status.is_active and m.period is not None and 2022 in m.period for m in active)
    by_objective = report.measures(objective="1.1")
    assert by_objective and all(str(m.id.objective) == "1.1" for m in by_objective)
    with pytest.raises(hp.NotFoundError):
        report.measures(agency="Skatteverket")
    with pytest.raises(hp.ParseError):
        report.measures(status="klar")


def test_dataframe_columns_and_types(plan: hp.Plan) -> None:
    report = plan.report(2021)
    df = report.to_dataframe()
    for column in (
        "id",
        "priority",
        "objective",
        "title",
        "agencies",
        "responsible",
        "period_start",
        "period_end",
        "open_ended",
        "status",
        "updated_aspects",
        "completed_year",
        "withdrawn_year",
        "withdrawn_reason",
        "page",
    ):
        assert column in df.columns
    assert len(df) == len(report)
    assert list(df["id"]) == [str(m.id) for m in report]
    assert isinstance(df["status"].dtype, pd.CategoricalDtype) and df["status"].cat.ordered
    assert str(df["period_end"].dtype) == "Int64"
    open_ended = df[df["open_ended"]]
    assert open_ended["period_end"].isna().all() and not open_ended.empty
    completed = df[df["status"] == "genomförd"]
    assert completed["completed_year"].notna().all()
    assert df.loc[df["status"] != "genomförd", "completed_year"].isna().all()
    first = df.iloc[0]
    assert first["agencies"][: len(first["responsible"])] == first["responsible"]


def test_round_trip_is_loss_free_and_byte_stable(plan: hp.Plan, tmp_path: Path) -> None:
    first = tmp_path / "min-plan.json"
    plan.save(first)
    again = hp.Plan.load(first)
    assert again == plan
    second = tmp_path / "igen.json"
    again.save(second)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == hp.default_plan_path().read_bytes()
    assert hp.Plan.from_json(plan.to_json()) == plan
    assert "Säkerhetspolisen" in first.read_text(encoding="utf-8")


def test_malformed_file_names_file_and_path(tmp_path: Path) -> None:
    data = json.loads(hp.default_plan_path().read_text(encoding="utf-8"))
    data["reports"][0]["measures"][2]["period"] = "snart"
    path = tmp_path / "trasig.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(hp.DataError) as raised:
        hp.Plan.load(path)
    error = raised.value
    assert isinstance(error, ValueError) and isinstance(error, hp.Error)
    assert error.source == str(path)
    assert error.where == "/reports/0/measures/2/period"
    assert "snart" in error.problem and str(path) in str(error)


def test_syntax_error_gives_line_and_column() -> None:
    with pytest.raises(hp.DataError) as raised:
        hp.Plan.from_json('{\n  "schema_version": 1,\n  "title": ,\n}', source="x.json")
    assert raised.value.where == "line 3, column 12"


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(hp.FileError) as raised:
        hp.Plan.load(tmp_path / "saknas.json")
    assert isinstance(raised.value, OSError)
    assert raised.value.errno == 2
    assert raised.value.filename == str(tmp_path / "saknas.json")


def test_build_a_plan_with_keywords(plan: hp.Plan) -> None:
    report = hp._core.Report(
        2022,
        datetime.date(2022, 3, 1),
        [
            hp.Measure(
                id="1.1.19", title="Ny", agencies="MSB", period="2022", status=hp.Status.added()
            )
        ],
    )
    built = hp.Plan(
        title="Testplan",
        first_year=2019,
        last_year=2022,
        priorities=plan.priorities,
        reports=[report],
    )
    assert built.years == [2022]
    assert built.report(2022).measure("1.1.19").status == hp.Status.added()
    assert built.objective("3.2").text == plan.objective("3.2").text
    assert len(built.objectives) == len(plan.objectives)


def test_text_that_is_not_unicode_is_a_data_error() -> None:
    with pytest.raises(hp.DataError) as raised:
        hp.Plan.from_json('{"title": "\ud800"}', source="klistrat")
    assert raised.value.source == "klistrat"
    assert raised.value.where == "character 12"


def test_plan_files_follow_the_json_schema(plan: hp.Plan, tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(
        (Path(__file__).parents[2] / "data" / "handlingsplan.schema.json").read_text(
            encoding="utf-8"
        )
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate(json.loads(hp.default_plan_path().read_text(encoding="utf-8")))
    edited = hp.Plan.load(hp.default_plan_path())
    nxt = edited.new_report(2022)
    nxt.withdraw("1.1.1", year=2022, reason="Skäl.")
    nxt.update("1.1.3", period="2019 och tills vidare")
    nxt.add(hp.Measure(id="1.1.19", title="Ny", agencies="MSB med stöd av FRA", period="2022"))
    edited.save(tmp_path / "plan.json")
    validator.validate(json.loads((tmp_path / "plan.json").read_text(encoding="utf-8")))
    broken = json.loads(hp.default_plan_path().read_text(encoding="utf-8"))
    broken["reports"][0]["measures"][0]["status"] = {"kind": "klar"}
    assert not validator.is_valid(broken)


def test_every_public_name_has_a_docstring() -> None:
    missing = []
    for name in hp.__all__:
        item = getattr(hp, name)
        if callable(item) and not (item.__doc__ or "").strip():
            missing.append(name)
        for attribute, member in vars(item).items() if isinstance(item, type) else ():
            if (
                attribute.startswith("_")
                or not callable(member)
                and not isinstance(member, property)
            ):
                continue
            if not (getattr(member, "__doc__", None) or "").strip():
                missing.append(f"{name}.{attribute}")
    assert missing == []


# --- Agencies as people type them -------------------------------------------------------------


@pytest.mark.parametrize("typed", ["FRA", "fra", "  Fra ", "försvarets radioanstalt"])
def test_measures_of_an_agency_in_any_case_with_spaces(plan: hp.Plan, typed: str) -> None:
    report = plan.report(2021)
    expected = [m for m in report if "FRA" in m.agencies.all]
    assert expected and report.measures(agency=typed) == expected


@pytest.mark.parametrize("typed", ["Säpo", "SÄPO", " säpo", "säkerhetspolisen"])
def test_measures_of_an_agency_by_its_alias(plan: hp.Plan, typed: str) -> None:
    report = plan.report(2021)
    expected = [m for m in report if "Säkerhetspolisen" in m.agencies.all]
    assert expected and report.measures(agency=typed) == expected


def test_the_shipped_registry_knows_the_alias(plan: hp.Plan) -> None:
    agency = plan.agencies.lookup("säpo")
    assert agency is not None and agency.short_name == "Säkerhetspolisen"
    assert "Säpo" in agency.aliases
    assert plan.agencies.find("Säpo") is None  # a file's roles must use the registry's names


def test_an_unknown_agency_suggests_the_nearest(plan: hp.Plan) -> None:
    with pytest.raises(hp.NotFoundError, match='did you mean "Säkerhetspolisen"') as raised:
        plan.report(2021).measures(agency="Säkerhetspolisn")
    assert raised.value.did_you_mean == "Säkerhetspolisen"


def test_aliases_survive_a_round_trip(plan: hp.Plan, tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    plan.save(path)
    assert '"aliases"' in path.read_text(encoding="utf-8")
    assert hp.Plan.load(path).agencies.lookup("Säpo") is not None
    bare = json.loads(path.read_text(encoding="utf-8"))
    for agency in bare["agencies"]:
        agency.pop("aliases", None)
        for unit in agency.get("units", []):  # a unit's other names (NCSC at FRA)
            unit.pop("aliases", None)
    assert '"aliases"' not in hp.Plan.from_json(json.dumps(bare)).to_json()
