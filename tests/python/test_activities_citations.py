"""The threads between measures and activities (``handlingsplan.activities.citations``) on the
shipped plan edited here: a reference's fields, a number cited twice in one text, the index's
rows and kinds, and which measures and activities a withdrawal reason names as successors.
What the shipped texts cite is checked against the sources in test_activities.py; the numbers
used here are those its tests read there (1.1.16 cites Ju2019/03058/SSK and Ju2019/02421/SSK in
its description; 1.1.10 and 5.1.1 cite Ju2019/03058/SSK in their withdrawal reasons)."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

import handlingsplan as hp
from handlingsplan import _core
from handlingsplan.activities import case_number_index, references, successors
from handlingsplan.activities.citations import INDEX_COLUMNS, Reference


@pytest.fixture
def plan() -> hp.Plan:
    """The shipped plan with a report for 2022 to edit."""
    edited = hp.Plan.load(hp.default_plan_path())
    edited.new_report(2022)
    return edited


def _ids(found: list[hp.Measure | hp.GovernmentActivity]) -> list[str]:
    return [str(x.id) for x in found if isinstance(x, hp.Measure)]


def _activities(found: list[hp.Measure | hp.GovernmentActivity]) -> list[str]:
    return [x.text for x in found if isinstance(x, hp.GovernmentActivity)]


def test_a_reference_says_who_cites_and_in_which_field() -> None:
    number = hp.CaseNumber("Ju2019/03058/SSK")
    activity = hp.GovernmentActivity(
        priority=1, state=_core.ActivityState.ongoing, text="Uppdraget (Ju2019/03058/SSK)."
    )
    cited = Reference(number, activity=activity, activity_index=0)
    assert (cited.cited_by, cited.field_text) == ("aktivitet", None)
    measure = hp.load_default().measure("1.1.16")
    for field, text in [
        ("title", "titel"),
        ("description", "beskrivning"),
        ("withdrawal_reason", "skäl för avskrivning"),
    ]:
        by_measure = Reference(number, measure=measure, report_year=2021, field=field)
        assert (by_measure.cited_by, by_measure.field_text) == ("åtgärd", text)


def test_a_number_cited_twice_in_one_field_is_one_reference(plan: hp.Plan) -> None:
    plan.report(2022).withdraw(
        "1.1.5",
        year=2022,
        reason="Se Ju2019/03058/SSK. Åtgärden uppgår i uppdraget Ju2019/03058/SSK.",
    )
    found = [
        (r.report_year, r.field)
        for r in references(plan, hp.CaseNumber("Ju2019/03058/SSK"))
        if r.measure is not None and str(r.measure.id) == "1.1.5"
    ]
    assert found == [(2022, "withdrawal_reason")]


def test_a_number_in_a_title_is_cited_by_the_title(plan: hp.Plan) -> None:
    plan.report(2022).update("1.1.4", title="Uppföljning enligt Ju2019/03058/SSK")
    found = [
        (r.report_year, r.field, r.field_text)
        for r in references(plan, "Ju2019/03058/SSK")
        if r.measure is not None and str(r.measure.id) == "1.1.4"
    ]
    assert found == [(2022, "title", "titel")]


def test_a_withdrawal_reason_is_searched_only_while_withdrawn(plan: hp.Plan) -> None:
    # The reason of 1.1.10 cites the number in 2021; a measure that is not withdrawn has no
    # reason to search, whatever its status holds.
    years = {
        r.report_year
        for r in references(plan, "Ju2019/03058/SSK")
        if r.measure is not None and str(r.measure.id) == "1.1.16"
    }
    assert years == {2021, 2022}
    fields = {
        r.field
        for r in references(plan, "Ju2019/03058/SSK")
        if r.measure is not None and str(r.measure.id) == "1.1.16"
    }
    assert fields == {"description"}


def _cells(rows: pd.DataFrame) -> dict[str, object]:
    """The first row's cells, a missing value as None."""
    return {c: None if pd.isna(rows[c].iloc[0]) else rows[c].iloc[0] for c in rows.columns}


def test_the_index_row_of_a_measure_and_of_an_activity() -> None:
    plan = hp.load_default()
    index = case_number_index(plan)
    assert list(index.columns) == list(INDEX_COLUMNS)
    row = index[(index.measure_id == "1.1.16") & (index.case_number == "Ju2019/03058/SSK")]
    assert len(row) == 1
    assert _cells(row) == {
        "case_number": "Ju2019/03058/SSK",
        "kind": "diarienummer",
        "cited_by": "åtgärd",
        "report_year": 2021,
        "measure_id": "1.1.16",
        "field": "beskrivning",
        "activity": None,
        "priority": 1,
        "state": None,
    }
    first = plan.activities[0]
    number = str(first.case_numbers[0])
    row = index[(index.activity == 0) & (index.case_number == number)]
    assert _cells(row) == {
        "case_number": number,
        "kind": hp.activities.citations.case_number_kind_text(first.case_numbers[0].kind),
        "cited_by": "aktivitet",
        "report_year": None,
        "measure_id": None,
        "field": None,
        "activity": 0,
        "priority": first.priority,
        "state": first.state_text,
    }
    for column in ("report_year", "activity", "priority"):
        assert str(index[column].dtype) == "Int64"


def test_a_plan_citing_nothing_has_an_empty_index() -> None:
    nothing = SimpleNamespace(reports=[], activities=[])
    index = case_number_index(nothing)  # type: ignore[arg-type]
    assert list(index.columns) == list(INDEX_COLUMNS) and len(index) == 0
    assert str(index.priority.dtype) == "Int64"
    assert references(nothing, "Ju2019/03058/SSK") == []  # type: ignore[arg-type]
    # A text that is no case number is refused even where nothing is cited to compare it with.
    with pytest.raises(hp.ParseError):
        references(nothing, "inget nummer")  # type: ignore[arg-type]


def test_successors_in_the_latest_report_by_default(plan: hp.Plan) -> None:
    plan.report(2022).withdraw("1.1.1", year=2022, reason="Åtgärden ersätts av åtgärd 1.1.4.")
    assert _ids(successors(plan, "1.1.1")) == ["1.1.4"]
    assert _ids(successors(plan, hp.MeasureId("1.1.1"), 2022)) == ["1.1.4"]
    # In 2021 it was not withdrawn.
    assert successors(plan, "1.1.1", year=2021) == []
    with pytest.raises(hp.NotFoundError):
        successors(plan, "1.1.1", year=2019)


def test_only_what_the_reason_names_after_the_phrase(plan: hp.Plan) -> None:
    plan.report(2022).withdraw(
        "1.1.1",
        year=2022,
        reason="Liksom 1.1.2 och 1.1.1 ersätts åtgärden av 1.1.3. Den ersätts av 1.1.1, 1.1.4 "
        "och 1.1.99.",
    )
    # Not 1.1.2 nor 1.1.3 (before the phrase), not itself, not a number the report lacks.
    assert _ids(successors(plan, "1.1.1")) == ["1.1.4"]


def test_the_reason_is_read_from_the_first_phrase_on(plan: hp.Plan) -> None:
    plan.report(2022).withdraw(
        "1.1.1", year=2022, reason="Uppgår i åtgärd 1.1.4, som i sin tur uppgår i 1.1.3."
    )
    assert _ids(successors(plan, "1.1.1")) == ["1.1.4", "1.1.3"]


def test_measures_citing_the_reasons_case_number_active_and_once(plan: hp.Plan) -> None:
    report = plan.report(2022)
    report.withdraw("1.1.5", year=2022, reason="Uppgår i åtgärd 1.1.16 (Ju2019/02421/SSK).")
    # Named by its number and citing the number: once.
    assert _ids(successors(plan, "1.1.5")) == ["1.1.16"]
    # A withdrawn measure citing the number is no successor; nor is the measure itself.
    report.withdraw("1.1.16", year=2022, reason="Uppgår i Ju2019/02421/SSK.")
    assert _ids(successors(plan, "1.1.16")) == []
    report.withdraw("1.1.3", year=2022, reason="Uppgår i arbetet (Ju2019/02421/SSK).")
    assert _ids(successors(plan, "1.1.3")) == []


def test_an_activity_named_by_the_words_of_its_assignment(plan: hp.Plan) -> None:
    words = "att ta fram en struktur för uppföljning"
    wanted = [a.text for a in plan.activities if words in " ".join(a.text.split())]
    assert wanted
    plan.report(2022).withdraw(
        "1.1.1",
        year=2022,
        reason=f"Uppgår i regeringsuppdraget  {words.replace(' ', chr(10), 2)}.",
    )
    assert _activities(successors(plan, "1.1.1")) == wanted
    plan.report(2022).withdraw(
        "1.1.5", year=2022, reason=f"Regeringsuppdraget {words} uppgår i något annat."
    )
    assert _activities(successors(plan, "1.1.5")) == []
