"""The shipped government activities checked against their source text, read by
``seed_activities`` (a reader of its own, sharing no code with the importer or the core's rule),
and the threads between activities and measures checked against both source texts."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

import handlingsplan as hp
import seed_2021
import seed_activities
from handlingsplan import _core
from handlingsplan.activities import read_activities, read_activities_file
from handlingsplan.activities.citations import INDEX_COLUMNS
from handlingsplan.cli import main

SEED = seed_activities.read()
SEED_2021 = seed_2021.load()


@pytest.fixture(scope="module")
def plan() -> hp.Plan:
    return hp.load_default()


# --------------------------------------------------------------------------------------------
# The independent reader, checked by hand on a few lines of the source


def test_the_seed_reader_reads_what_the_text_says() -> None:
    # Six headings, the first and last as printed (lines 7 and 123).
    assert len(SEED.headings) == 6
    assert SEED.headings[0].startswith("Säkerställa en systematisk")
    assert SEED.headings[5] == "Stärka det internationella samarbetet"
    first = SEED.activities[0]  # line 11
    assert (first.line, first.priority, first.state) == (11, 1, "pågående")
    assert first.case_numbers == ["Ju2018/03737/SSK"]
    assert [(e.kind, e.date) for e in first.events] == [
        ("beslutad", "2018-07-12"),
        ("redovisad", "2019-03-05"),
    ]
    # Line 38: two deadlines, both "senast".
    dir_2019_64 = next(a for a in SEED.activities if "dir. 2019:64" in a.case_numbers)
    assert dir_2019_64.line == 37
    assert [(e.kind, e.date, e.bound) for e in dir_2019_64.events] == [
        ("ska redovisas", "2020-08-31", "senast"),
        ("ska redovisas", "2021-05-31", "senast"),
    ]
    last = SEED.activities[-1]  # line 137
    assert last.case_numbers == ["JOIN(2017) 450 final"]
    assert [(e.kind, e.date) for e in last.events] == [("övrigt", "2017-hösten")]


# --------------------------------------------------------------------------------------------
# The shipped activities against the source


def test_counts_per_priority_and_state(plan: hp.Plan) -> None:
    shipped = Counter((a.priority, a.state_text) for a in plan.activities)
    expected = Counter((a.priority, a.state) for a in SEED.activities)
    assert shipped == expected
    assert {p for p, _ in expected} == {1, 2, 3, 4, 5, 6}
    assert len(plan.activities) == len(SEED.activities)


def test_each_priority_heading_names_the_plans_priority(plan: hp.Plan) -> None:
    for number, heading in enumerate(SEED.headings, start=1):
        title = plan.priority(number).title
        assert title == heading or title.startswith(heading + " ")


def test_every_activity_its_text_case_numbers_and_events(plan: hp.Plan) -> None:
    for shipped, seed in zip(plan.activities, SEED.activities, strict=True):
        where = f"source line {seed.line}"
        assert shipped.priority == seed.priority, where
        assert shipped.state_text == seed.state, where
        assert shipped.text == seed.text, where
        assert [str(n) for n in shipped.case_numbers] == seed.case_numbers, where
        assert [
            (e.kind_text, e.when.to_iso(), _core.date_bound_text(e.bound)) for e in shipped.events
        ] == [(e.kind, e.date, e.bound) for e in seed.events], where


def test_event_dates_cross_as_dates_with_their_precision(plan: hp.Plan) -> None:
    events = [e for a in plan.activities for e in a.events]
    days = [e for e in events if e.precision == _core.DatePrecision.day]
    assert days and all(isinstance(e.date, date) for e in days)
    coarse = [e for e in events if e.precision != _core.DatePrecision.day]
    assert coarse and all(e.date is None for e in coarse)
    autumn = next(e for e in coarse if e.precision == _core.DatePrecision.season)
    assert (autumn.when.first_day, autumn.when.last_day) == (date(2017, 9, 1), date(2017, 11, 30))


def test_the_importer_gives_the_shipped_activities(plan: hp.Plan) -> None:
    assert (
        read_activities_file(seed_activities.SOURCE, priorities=plan.priorities) == plan.activities
    )


def test_a_plan_file_without_activities_loads_and_saves_as_before(
    plan: hp.Plan, tmp_path: Path
) -> None:
    shipped = hp.default_plan_path().read_text(encoding="utf-8")
    assert plan.to_json() == shipped
    document = shipped[: shipped.index(',\n  "activities"')] + "\n}\n"
    bare = hp.Plan.from_json(document)
    assert bare.activities == []
    assert bare.to_json() == document
    bare.save(tmp_path / "p.json")
    assert (tmp_path / "p.json").read_text(encoding="utf-8") == document
    assert bare.report(2021) == plan.report(2021)


# --------------------------------------------------------------------------------------------
# The importer's errors


def test_importer_errors_name_the_line(plan: hp.Plan) -> None:
    text = seed_activities.SOURCE.read_text(encoding="utf-8")
    broken = text.replace(
        "Öka säkerheten i nätverk, produkter och system", "Öka säkerheten i nätverken"
    )
    with pytest.raises(hp.ParseError, match=r"line 33: .*did you mean \"Öka säkerheten i nätverk"):
        read_activities(broken, priorities=plan.priorities)
    stray = text.replace(
        "Avslutade aktiviteter\n\n • En ny", "Avslutade aktiviteter\n\nEn rad utan punkt\n • En ny"
    )
    with pytest.raises(hp.ParseError, match=r"line 24: expected a bullet"):
        read_activities(stray, priorities=plan.priorities)
    bad_date = text.replace("den 12 juli 2018", "den 31 juni 2018")
    with pytest.raises(hp.ParseError, match=r"line 11: "):
        read_activities(bad_date, priorities=plan.priorities)
    with pytest.raises(hp.ParseError, match="at least one priority"):
        read_activities("Översikt\n\nInledning.\n", priorities=plan.priorities)
    with pytest.raises(hp.FileError):
        read_activities_file(Path("/nonexistent/aktiviteter.txt"), priorities=plan.priorities)


# --------------------------------------------------------------------------------------------
# The threads: case numbers cited by measures and activities


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _seed_measure_texts() -> dict[str, str]:
    """Each measure's text in the 2021 report as printed (chapter block, or the Bilaga 1 row of a
    completed or withdrawn measure, its reason included), without white space."""
    texts = {m_id: _squeezed(" ".join(m.text_lines)) for m_id, m in SEED_2021.chapter.items()}
    for row in [*SEED_2021.completed, *SEED_2021.withdrawn]:
        texts[row.id] = texts.get(row.id, "") + _squeezed(
            " ".join(" ".join(p) for p in row.paragraphs)
        )
    return texts


@pytest.mark.parametrize(
    "number",
    [
        "Ju2019/03058/SSK",
        "Fö2017/00535/SUND",
        "SOU 2018:82",
        "Ju2019/02421/SSK",
        "I2020/01811/D",
        "Ju2019/03057/SSK",
    ],
)
def test_references_against_both_texts(plan: hp.Plan, number: str) -> None:
    found = plan.references(number)
    wanted = _squeezed(number)
    measures = {m_id for m_id, text in _seed_measure_texts().items() if wanted in text}
    activities = {a.text for a in SEED.activities if wanted in _squeezed(a.text)}
    assert {str(r.measure.id) for r in found if r.measure is not None} == measures
    assert {r.activity.text for r in found if r.activity is not None} == activities
    assert measures, "each number is cited by some measure of the 2021 report"
    for r in found:
        if r.measure is not None:
            field = {
                "title": r.measure.title,
                "description": r.measure.description,
                "withdrawal_reason": r.measure.status.reason,
            }[r.field or ""]
            assert wanted in _squeezed(field)
            assert r.cited_by == "åtgärd" and r.report_year == 2021
            assert r.field_text in ("titel", "beskrivning", "skäl för avskrivning")
        else:
            assert r.activity_index is not None and r.activity == plan.activities[r.activity_index]
            assert r.cited_by == "aktivitet" and r.field is None


def test_ju2019_03058_threads_three_measures(plan: hp.Plan) -> None:
    found = plan.references(hp.CaseNumber("Ju2019/03058/SSK"))
    fields = {(str(r.measure.id), r.field) for r in found if r.measure is not None}
    # 1.1.16 in its description; 1.1.10 and 5.1.1 in their withdrawal reasons (seed lines
    # 682, 2538 and 2683).
    assert fields == {
        ("1.1.16", "description"),
        ("1.1.10", "withdrawal_reason"),
        ("5.1.1", "withdrawal_reason"),
    }


def test_both_halves_meet_on_fö2017_00535(plan: hp.Plan) -> None:
    found = plan.references("Fö2017/00535/ SUND")
    assert any(r.activity is not None for r in found)
    assert any(r.measure is not None for r in found)


def test_case_number_index(plan: hp.Plan) -> None:
    index = plan.case_number_index()
    assert list(index.columns) == list(INDEX_COLUMNS)
    every = {str(n) for a in plan.activities for n in a.case_numbers}
    assert every <= set(index.case_number)
    rows = index[index.case_number == "Ju2019/03058/SSK"]
    assert sorted(rows.measure_id) == ["1.1.10", "1.1.16", "5.1.1"]
    assert set(rows.cited_by) == {"åtgärd"}
    activities = index[index.cited_by == "aktivitet"]
    assert len(activities) == sum(len(a.case_numbers) for a in plan.activities)
    assert list(index.case_number) == [
        str(n) for n in sorted(hp.CaseNumber(t) for t in index.case_number)
    ]


def test_successors_of_withdrawn_measures(plan: hp.Plan) -> None:
    # 5.1.1 "uppgår i arbetet med regeringsuppdraget att ta fram en struktur för uppföljning av
    # det systematiska informationssäkerhetsarbetet i den offentliga förvaltningen
    # (Ju2019/03058/SSK, Ju2019/02421/SSK)": measure 1.1.16 cites both numbers, and the
    # activity of line 12 is that assignment by its words.
    went = plan.successors("5.1.1")
    measures = [str(x.id) for x in went if isinstance(x, hp.Measure)]
    activities = [x for x in went if isinstance(x, hp.GovernmentActivity)]
    assert measures == ["1.1.16"]
    assert [a.text for a in activities] == [SEED.activities[1].text]
    assert "att ta fram en struktur för uppföljning" in SEED.activities[1].text
    # "uppgår i arbetet med det framtida nationella cybersäkerhetscentret": nothing named.
    assert plan.successors("2.1.1") == []
    # Not withdrawn, or withdrawn without the phrases.
    assert plan.successors("1.1.16") == []
    assert plan.successors("1.1.10") == []
    with pytest.raises(hp.NotFoundError):
        plan.successors("9.9.9")


def test_info_lists_the_activities(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info"]) == 0
    line = next(
        text
        for text in capsys.readouterr().out.splitlines()
        if text.startswith("Regeringens aktiviteter")
    )
    states = Counter(a.state for a in SEED.activities)
    deadlines = sum(1 for a in SEED.activities for e in a.events if e.kind == "ska redovisas")
    assert line == (
        f"Regeringens aktiviteter: {len(SEED.activities)} ({states['pågående']} pågående, "
        f"{states['avslutad']} avslutad), {deadlines} redovisningsdatum"
    )


def test_successor_named_by_number_and_by_case_number() -> None:
    edited = hp.Plan.load(hp.default_plan_path())
    nxt = edited.new_report(2022)
    nxt.withdraw("1.1.1", year=2022, reason="Åtgärden ersätts av åtgärd 1.1.4.")
    assert [str(x.id) for x in edited.successors("1.1.1") if isinstance(x, hp.Measure)] == ["1.1.4"]
    # Named by a case number an activity cites (seed 003: the assignment to FRA and
    # Säkerhetspolisen, Fö2017/00535/SUND).
    nxt.withdraw("5.3.1", year=2022, reason="Åtgärden uppgår i uppdraget (Fö2017/00535/SUND).")
    went = edited.successors("5.3.1")
    cited = {a.text for a in SEED.activities if "Fö2017/00535/SUND" in a.case_numbers}
    assert {x.text for x in went if isinstance(x, hp.GovernmentActivity)} == cited
    measures = {str(x.id) for x in went if isinstance(x, hp.Measure)}
    assert measures and "5.3.1" not in measures and "1.1.1" not in measures  # 1.1.1 was withdrawn


@pytest.mark.parametrize("phrase", ["Uppgår i", "UPPGÅR I", "Ersätts av"])
def test_successor_phrases_at_the_start_of_a_sentence(phrase: str) -> None:
    edited = hp.Plan.load(hp.default_plan_path())
    edited.new_report(2022).withdraw("1.1.1", year=2022, reason=f"{phrase} åtgärd 1.1.4.")
    assert [str(x.id) for x in edited.successors("1.1.1") if isinstance(x, hp.Measure)] == ["1.1.4"]
