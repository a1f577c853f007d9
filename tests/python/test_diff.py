"""Year over year: diffs between reports, the edits that prepare a report, the derived 2020 view."""

from __future__ import annotations

import csv
import datetime
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import handlingsplan as hp
import seed_2021
from handlingsplan import Change, _core
from handlingsplan.cells import TextList


def small_plan(*measures: hp.Measure, year: int = 2021) -> hp.Plan:
    base = hp.load_default()
    report = hp._core.Report(year, datetime.date(year, 3, 1), list(measures))
    return hp.Plan(
        title="Testplan",
        first_year=2019,
        last_year=2022,
        priorities=base.priorities,
        reports=[report],
    )


def m(id: str, **fields: object) -> hp.Measure:
    fields.setdefault("title", f"Åtgärd {id}")
    fields.setdefault("agencies", "MSB")
    fields.setdefault("period", "2019–2022")
    return hp.Measure(id=id, **fields)  # type: ignore[arg-type]


@pytest.fixture
def edited() -> hp.Plan:
    """A plan whose 2022 report was prepared from 2021 with one edit of each kind."""
    plan = small_plan(
        m("1.1.1"),
        m("1.1.2"),
        m("1.1.3"),
        m("1.1.4"),
        m("1.1.5"),
        m("1.1.6"),
        m("2.1.1", status=hp.Status.completed(2020), period=None),
    )
    nxt = plan.new_report(2022)
    nxt.complete("1.1.2", year=2021)
    nxt.withdraw("1.1.3", year=2022, reason="Uppgår i 1.1.7.")
    nxt.update("1.1.4", period="2019–2023")
    nxt.update("1.1.5", description="Ny beskrivning.")
    nxt.update("1.1.6", period="2020–2022", agencies="MSB i samverkan med FRA")
    nxt.add(m("1.1.7", title="Ersätter 1.1.3"))
    return plan


def test_every_class_and_derived_marking(edited: hp.Plan) -> None:
    d = edited.diff(2021, 2022)
    changes = {str(e.id): e.change for e in d.measures}
    assert changes == {
        "1.1.1": Change.unchanged,
        "1.1.2": Change.completed,
        "1.1.3": Change.withdrawn,
        "1.1.4": Change.changed,
        "1.1.5": Change.changed,
        "1.1.6": Change.changed,
        "1.1.7": Change.added,
        "2.1.1": Change.unchanged,
    }
    report = edited.report(2022)
    assert report["1.1.4"].status.appendix_text == "Uppdaterad, tidplan"
    assert report["1.1.5"].status.appendix_text == "Uppdaterad, innehåll"
    assert report["1.1.6"].status.appendix_text == "Uppdaterad, tidplan och innehåll"
    assert report["1.1.7"].status.appendix_text == "Ny åtgärd"
    derived = {str(e.id): e.derived for e in d.measures if e.derived is not None}
    assert derived["1.1.6"] == hp.Status.updated(schedule=True, content=True)
    assert derived["1.1.1"] == hp.Status.ongoing()
    assert d.marking_disagreements() == [] and d.problems() == []
    assert d.counts() == {
        "ny": 1,
        "ändrad": 3,
        "genomförd": 1,
        "avskriven": 1,
        "försvunnen": 0,
        "oförändrad": 2,
    }


def test_summary_reads_like_a_person_wrote_it(edited: hp.Plan) -> None:
    text = edited.diff(2021, 2022).summary()
    assert text.splitlines()[0] == (
        "Från 2021 till 2022: 1 ny åtgärd, 3 uppdaterade (1 tidplan, 1 innehåll, "
        "1 tidplan och innehåll), 1 genomförd, 1 avskriven."
    )
    assert "Nya: 1.1.7." in text
    assert "Uppdaterade, tidplan och innehåll: 1.1.6." in text
    assert "Genomförda: 1.1.2 (2021)." in text
    assert "Avskrivna: 1.1.3 (2022)." in text
    assert text.splitlines()[-1] == "2 åtgärder är oförändrade."


def test_recorded_markings_that_disagree_and_vanished_measures() -> None:
    before = small_plan(m("1.1.1"), m("1.1.2"), m("1.1.3"))
    after = small_plan(
        m("1.1.1", period="2019–2024"),  # unmarked change
        m("1.1.2", status=hp.Status.updated(content=True)),  # marked, unchanged
        year=2022,
    )
    d = hp.diff(before.report(2021), after.report(2022))
    assert [str(e.id) for e in d.marking_disagreements()] == ["1.1.1", "1.1.2"]
    assert [str(e.id) for e in d.of("försvunnen")] == ["1.1.3"]
    assert [str(e.id) for e in d.problems()] == ["1.1.3"]
    text = d.summary()
    assert "Fel i underlaget: 1.1.3" in text
    assert (
        'Markeringen stämmer inte för 1.1.1: redovisad "pågående", ändringarna ger "Uppdaterad, tidplan"'
        in text
    )


def test_a_measure_brought_back_is_a_problem() -> None:
    before = small_plan(m("1.1.1", status=hp.Status.completed(2020), period=None))
    after = small_plan(m("1.1.1", period=None), year=2022)
    d = hp.diff(before.report(2021), after.report(2022))
    (entry,) = d.problems()
    assert entry.problem_kind == hp._core.DiffProblem.brought_back
    assert entry.problem == "återkommer som aktiv efter att ha varit genomförd 2020"


def test_rules_refuse_and_leave_the_report_as_it_was(edited: hp.Plan) -> None:
    report = edited.report(2022)
    snapshot = edited.to_json()
    with pytest.raises(hp.RuleViolationError, match="never reused"):
        report.add(m("1.1.3"))
    with pytest.raises(hp.RuleViolationError, match="objective"):
        report.add(m("3.9.1"))
    with pytest.raises(hp.RuleViolationError, match="brought back as active"):
        report.update("1.1.2", title="Tillbaka")
    with pytest.raises(hp.RuleViolationError, match="brought back as active"):
        report.complete("2.1.1", year=2021)
    with pytest.raises(hp.RuleViolationError):
        report.complete("1.1.1", year=2018)
    with pytest.raises(hp.RuleViolationError):
        report.complete("1.1.7", year=2018)
    with pytest.raises(hp.RuleViolationError, match="skälet"):
        report.withdraw("1.1.1", year=2021, reason="")
    with pytest.raises(hp.NotFoundError):
        report.complete("9.9.9", year=2021)
    # Asking for the 2022 report again gives the draft being prepared; an earlier one is refused.
    assert edited.new_report(2022) == report
    with pytest.raises(hp.RuleViolationError):
        edited.new_report(2021)
    assert edited.to_json() == snapshot


def test_diff_across_two_plan_files_and_outputs(edited: hp.Plan, tmp_path: Path) -> None:
    edited.save(tmp_path / "plan.json")
    other = hp.Plan.load(tmp_path / "plan.json")
    d = hp.diff(small_plan(*edited.report(2021)).report(2021), other.report(2022))
    assert d.counts()["ändrad"] == 3
    frame = d.to_dataframe()
    assert list(frame["id"]) == [str(e.id) for e in d.measures]
    assert frame["change"].cat.ordered
    row = frame.set_index("id").loc["1.1.6"]
    assert row["changed_fields"] == ["agencies", "period"]
    assert row["derived_status"] == "Uppdaterad, tidplan och innehåll"
    document = json.loads(d.to_json())
    assert document["counts"]["ny"] == 1 and len(document["measures"]) == len(d.measures)
    assert "| 1.1.7 |" in d.to_markdown()
    d.to_csv(tmp_path / "diff.csv")
    assert "agencies; period" in (tmp_path / "diff.csv").read_text(encoding="utf-8")
    assert "<table>" in d._repr_html_()
    assert repr(d).startswith("<ReportDiff 2021→2022:")


def test_the_frame_holds_the_records_row_by_row(edited: hp.Plan) -> None:
    # The frame is built from the core's whole columns; each row says what the entry's record
    # says (None where the record has none), with the documented dtypes.
    d = hp.diff(edited.report(2021), edited.report(2022))
    frame = d.to_dataframe()
    records = d.to_records()
    assert list(frame.columns) == list(records[0])
    assert len(frame) == len(records) == len(d.measures)
    for row, record in zip(frame.to_dict("records"), records, strict=True):
        assert {k: (None if v is None or v != v else v) for k, v in row.items()} == record
    assert list(frame["change"].cat.categories) == list(d.counts())
    assert frame["id"].cat.ordered and frame["marking_agrees"].dtype == bool
    assert all(isinstance(cell, TextList) for cell in frame["changed_fields"])
    nothing = small_plan().report(2021)
    empty = hp.diff(nothing, nothing)
    assert list(empty.to_dataframe().columns) == list(frame.columns)


# --- Properties -------------------------------------------------------------------------------

BASE = hp.load_default()
ACTIVE_2021 = [str(m.id) for m in BASE.report(2021) if m.status.is_active]

edit_strategy = st.lists(
    st.tuples(
        st.sampled_from(ACTIVE_2021),
        st.sampled_from(["complete", "withdraw", "period", "description", "agencies"]),
    ),
    max_size=12,
)


def apply_edits(edits: list[tuple[str, str]]) -> hp.Plan:
    plan = hp.load_default()
    nxt = plan.new_report(2022)
    for id, kind in edits:
        if not nxt[id].status.is_active:
            continue
        if kind == "complete":
            nxt.complete(id, year=2022)
        elif kind == "withdraw":
            nxt.withdraw(id, year=2022, reason="Prövning.")
        elif kind == "period":
            nxt.update(id, period="2022–2026")
        elif kind == "description":
            nxt.update(id, description=f"Omarbetad {id}.")
        else:
            nxt.update(id, agencies="MSB och FRA")
    return plan


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit_strategy)
def test_the_diff_of_a_report_with_itself_is_empty(edits: list[tuple[str, str]]) -> None:
    report = apply_edits(edits).report(2022)
    d = hp.diff(report, report)
    assert d.empty and d.problems() == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit_strategy)
def test_every_measure_lands_in_exactly_one_class(edits: list[tuple[str, str]]) -> None:
    plan = apply_edits(edits)
    d = plan.diff(2021, 2022)
    ids = [str(e.id) for e in d.measures]
    assert len(ids) == len(set(ids)) == len(plan.report(2021))
    assert sum(d.counts().values()) == len(ids)
    assert d.marking_disagreements() == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit_strategy)
def test_applying_the_diff_reproduces_the_later_report(edits: list[tuple[str, str]]) -> None:
    later_plan = apply_edits(edits)
    d = later_plan.diff(2021, 2022)
    replay = hp.load_default()
    nxt = replay.new_report(2022)
    for entry in d.measures:
        after = entry.after
        assert after is not None
        if entry.change in (Change.changed, Change.completed, Change.withdrawn) and entry.fields:
            # A measure may change and end in the same year: the changes come first.
            nxt.update(entry.id, **{name: getattr(after, name) for name in entry.fields.names()})
        if entry.change == Change.completed:
            nxt.complete(entry.id, year=after.status.year)
        elif entry.change == Change.withdrawn:
            nxt.withdraw(entry.id, year=after.status.year, reason=after.status.reason)
        elif entry.change == Change.added:
            nxt.add(after)
    assert replay.report(2022) == later_plan.report(2022)


# --- The 2020 report as far as the 2021 report tells ------------------------------------------

SEED = seed_2021.load()


def test_inferred_2020_view_follows_the_seed() -> None:
    assert SEED is not None
    view = BASE.report(2021).infer_previous()
    assert view.year == 2020 and view.source_year == 2021
    new = {r.id.rstrip(".") for r in SEED.current if r.status_text == "Ny åtgärd"}
    ongoing = {r.id.rstrip(".") for r in SEED.current if r.status_text == ""}
    updated = {r.id.rstrip(".") for r in SEED.current if r.status_text.startswith("Uppdaterad")}
    ended_2019 = {r.id.rstrip(".") for r in SEED.completed + SEED.withdrawn if r.year == 2019}
    ended_2020 = {r.id.rstrip(".") for r in SEED.completed + SEED.withdrawn if r.year == 2020}
    assert {str(m.id) for m in view.not_held()} == new
    assert {str(m.id) for m in view.active()} == ongoing | updated
    assert {str(m.id) for m in view.ended()} == ended_2019
    assert {str(m.id) for m in view.undetermined()} == ended_2020
    by_id = {str(m.id): m for m in view.measures}
    for row in SEED.current:
        known = by_id[row.id.rstrip(".")].known_fields
        if row.status_text == "":
            assert known == {"title", "description", "agencies", "period"}
        if "tidplan" in row.status_text:
            assert "period" not in known
        if "innehåll" in row.status_text:
            assert not known & {"title", "description", "agencies"}
    frame = view.to_dataframe()
    assert len(frame) == len(SEED.current) + len(SEED.completed) + len(SEED.withdrawn)
    assert frame["held"].isna().sum() == 0


def test_recorded_2021_markings_fit_what_2020_allows() -> None:
    """A new measure cannot have ended before 2021 and its period must reach 2021; an unmarked
    or updated one existed in 2020, so the chapter marks it only as "Uppdaterad" if at all."""
    assert SEED is not None
    report = BASE.report(2021)
    for measure in report.measures(status="ny"):
        assert measure.period is not None and (
            measure.period.open_ended or measure.period.end_year >= 2021
        )
        assert measure.chapter_marking == "Ny åtgärd"
    for measure in report.measures(status="uppdaterad"):
        assert measure.chapter_marking == "Uppdaterad"
    for measure in report.measures(status="pågående"):
        assert measure.chapter_marking is None


# --- Swedish in what lands in a document ------------------------------------------------------


def test_markdown_names_the_changed_fields_in_swedish(edited: hp.Plan) -> None:
    text = edited.diff(2021, 2022).to_markdown()
    rows = {
        line.split(" | ")[0].strip("| "): line
        for line in text.splitlines()
        if line.startswith("| 1.")
    }
    assert "tidsperiod" in rows["1.1.4"]
    assert "beskrivning" in rows["1.1.5"]
    assert "myndigheter" in rows["1.1.6"] and "tidsperiod" in rows["1.1.6"]
    for english in ("title", "description", "agencies", "period", "page"):
        assert not re.search(rf"\b{english}\b", text), english


def test_every_field_the_core_names_has_a_swedish_word() -> None:
    from handlingsplan._vocabulary import FIELD_WORDS

    base = small_plan(m("1.1.1", page=3))
    later = small_plan(
        m(
            "1.1.1",
            title="Ny rubrik",
            description="Ny.",
            agencies="FRA",
            period="2019–2023",
            page=4,
        ),
        year=2022,
    )
    (entry,) = hp.diff(base.report(2021), later.report(2022)).measures
    assert set(entry.fields.names()) == set(FIELD_WORDS)
    assert len(set(FIELD_WORDS.values())) == len(FIELD_WORDS)


def test_problems_are_told_in_swedish() -> None:
    base = small_plan(
        m("1.1.1", status=hp.Status.completed(2020), period=None), m("1.1.2"), m("1.1.3")
    )
    later = small_plan(
        m("1.1.1"),
        m("1.1.2", status=hp.Status.withdrawn(2021, "Avslutad."), period=None),
        year=2022,
    )
    d = hp.diff(base.report(2021), later.report(2022))
    text = d.summary() + d.to_markdown()
    assert "återkommer som aktiv efter att ha varit genomförd 2020" in text
    assert "finns inte längre med" in text
    for english in ("comes back", "listed in the earlier", "recorded differently"):
        assert english not in text


def test_diff_csv_writes_changed_fields_as_text(edited: hp.Plan, tmp_path: Path) -> None:
    path = tmp_path / "diff.csv"
    edited.diff(2021, 2022).to_csv(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = {row["id"]: row for row in csv.DictReader(lines)}
    assert rows["1.1.6"]["changed_fields"] == "agencies; period"
    assert rows["1.1.1"]["changed_fields"] == ""


def _markdown_rows(text: str) -> list[dict[str, str]]:
    """The table of `to_markdown()` read back by its header names (a reader of the test's own)."""
    lines = [line for line in text.splitlines() if line.startswith("| ")]
    header = [cell.strip() for cell in lines[0].strip("|").split(" | ")]
    return [
        dict(zip(header, (cell.strip() for cell in line.strip("|").split(" | ")), strict=True))
        for line in lines[1:]
    ]


def test_zero_of_a_kind_is_plural() -> None:
    plan = small_plan(m("1.1.1"))
    plan.new_report(2022)
    first = plan.diff(2021, 2022).summary().splitlines()[0]
    assert first == (
        "Från 2021 till 2022: 0 nya åtgärder, 0 uppdaterade, 0 genomförda, 0 avskrivna."
    )


def test_markdown_puts_the_earlier_status_before_the_later() -> None:
    before = small_plan(m("1.1.1"), m("1.1.2", status=hp.Status.updated(content=True)))
    after = small_plan(
        m("1.1.1", status=hp.Status.completed(2021), period=None),
        m("1.1.2", status=hp.Status.withdrawn(2022, "Uppgår i 1.1.1."), period=None),
        year=2022,
    )
    rows = {
        r["#"]: r
        for r in _markdown_rows(hp.diff(before.report(2021), after.report(2022)).to_markdown())
    }
    for id in ("1.1.1", "1.1.2"):
        assert rows[id]["Före"] == before.report(2021)[id].status.printed_text
        assert rows[id]["Efter"] == after.report(2022)[id].status.printed_text
        assert rows[id]["Före"] != rows[id]["Efter"]


def test_a_page_only_change_is_no_update() -> None:
    before = small_plan(m("1.1.1", page=10), m("1.1.2"))
    after = small_plan(m("1.1.1", page=12), m("1.1.2"), year=2022)
    d = hp.diff(before.report(2021), after.report(2022))
    (entry,) = d.of(Change.changed)
    assert entry.fields.names() == ["page"]
    assert entry.derived == hp.Status.ongoing()
    assert d.updated() == [] and d.marking_disagreements() == []
    lines = d.summary().splitlines()
    assert (
        lines[0] == "Från 2021 till 2022: 0 nya åtgärder, 0 uppdaterade, 0 genomförda, 0 avskrivna."
    )
    assert "Endast ny sidhänvisning: 1.1.1 (sida 10 → 12)." in lines
    assert not any(line.startswith("Uppdaterade") for line in lines)


def test_every_change_shows_its_values_before_and_after(edited: hp.Plan, tmp_path: Path) -> None:
    """The fixture's edits, as the test made them: old → new in the summary, the Markdown, the
    frame, the CSV and the JSON."""
    d = edited.diff(2021, 2022)
    before = edited.report(2021)
    assert before["1.1.5"].description == ""
    expected = {
        "1.1.4": [f"tidsperiod {before['1.1.4'].period} → 2019–2023"],
        # the small plan's measures have no description: "(inget)"
        "1.1.5": ["beskrivning (inget) → ”Ny beskrivning.”"],
        "1.1.6": [
            f"myndigheter ”{before['1.1.6'].agencies.text}” → ”MSB i samverkan med FRA”",
            f"tidsperiod {before['1.1.6'].period} → 2020–2022",
        ],
    }
    summary = d.summary().splitlines()
    for id, texts in expected.items():
        assert f"Ändrat i {id}: {'; '.join(texts)}." in summary
    rows = {r["#"]: r for r in _markdown_rows(d.to_markdown())}
    frame = d.to_dataframe().set_index("id")
    d.to_csv(tmp_path / "diff.csv")
    csv_lines = (tmp_path / "diff.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    csv_rows = {r["id"]: r for r in csv.DictReader(csv_lines)}
    measures = {m["id"]: m for m in json.loads(d.to_json())["measures"]}
    for id, texts in expected.items():
        assert rows[id]["Fält (före → efter)"] == "; ".join(texts)
        assert list(frame.loc[id, "changes"]) == texts
        assert csv_rows[id]["changes"] == "; ".join(texts)
        assert measures[id]["changes"] == texts
        assert [c["field"] for c in measures[id]["changed_values"]] == measures[id][
            "changed_fields"
        ]
    assert measures["1.1.4"]["changed_values"] == [
        {"field": "period", "before": str(before["1.1.4"].period), "after": "2019–2023"}
    ]
    assert list(frame.loc["1.1.1", "changes"]) == []


def test_a_problem_reads_the_same_everywhere() -> None:
    before = small_plan(m("1.1.1", status=hp.Status.completed(2019), period=None), m("1.1.2"))
    after = small_plan(m("1.1.1"), year=2022)
    d = hp.diff(before.report(2021), after.report(2022))
    sentences = {
        "1.1.1": "återkommer som aktiv efter att ha varit genomförd 2019",
        "1.1.2": "finns inte längre med, men är varken genomförd eller avskriven",
    }
    summary = d.summary().splitlines()
    markdown = d.to_markdown()
    frame = d.to_dataframe().set_index("id")
    for id, sentence in sentences.items():
        assert f"Fel i underlaget: {id} {sentence}." in summary
        assert f"Fel i underlaget: {id} {sentence}." in markdown
        assert frame.loc[id, "problem"] == sentence
    kinds = {str(e.id): e.problem_kind for e in d.problems()}
    assert kinds == {"1.1.1": _core.DiffProblem.brought_back, "1.1.2": _core.DiffProblem.vanished}


# --- Each word and separator of the outputs, from inputs the test builds (issue 26) ----------


def _many() -> hp.ReportDiff:
    """Two new, one updated (schedule), two completed, one unchanged, two page-only changes."""
    before = small_plan(
        m("1.1.1"), m("1.1.2"), m("1.1.3"), m("1.1.4"), m("1.1.5", page=10), m("1.1.6", page=3)
    )
    after = small_plan(
        m("1.1.1"),
        m("1.1.2", status=hp.Status.completed(2021), period=None),
        m("1.1.3", status=hp.Status.completed(2022), period=None),
        m("1.1.4", period="2019–2023", status=hp.Status.updated(schedule=True)),
        m("1.1.5", page=12),
        m("1.1.6", page=4),
        m("1.1.7", status=hp.Status.added()),
        m("1.1.8", status=hp.Status.added()),
        year=2022,
    )
    return hp.diff(before.report(2021), after.report(2022))


def test_the_summary_lists_each_of_a_kind_and_says_one_in_the_singular() -> None:
    lines = _many().summary().splitlines()
    assert lines[0] == (
        "Från 2021 till 2022: 2 nya åtgärder, 1 uppdaterad (1 tidplan), 2 genomförda, 0 avskrivna."
    )
    assert "Nya: 1.1.7, 1.1.8." in lines
    assert "Uppdaterade, tidplan: 1.1.4." in lines
    assert "Genomförda: 1.1.2 (2021), 1.1.3 (2022)." in lines
    # the updated measure is no page-only change; the two page-only ones are listed together
    assert "Endast ny sidhänvisning: 1.1.5 (sida 10 → 12), 1.1.6 (sida 3 → 4)." in lines
    assert lines[-1] == "1 åtgärd är oförändrad."


class _HtmlTable(HTMLParser):
    """The table of `_repr_html_()` read back (a reader of the test's own): the header's cells,
    the rows' cells, the paragraph's lines (split at <br>) and any text outside them."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.header: list[str] = []
        self.rows: list[list[str]] = []
        self.lines: list[str] = [""]
        self.stray = ""
        self._in: str | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "tr" and self._in != "th":
            self.rows.append([])
        if tag in ("th", "td", "p"):
            self._in = tag
            if tag != "p":
                (self.header if tag == "th" else self.rows[-1]).append("")
        if tag == "br" and self._in == "p":
            self.lines.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td", "p"):
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "th":
            self.header[-1] += data
        elif self._in == "td":
            self.rows[-1][-1] += data
        elif self._in == "p":
            self.lines[-1] += data
        else:
            self.stray += data


def _html(d: hp.ReportDiff) -> _HtmlTable:
    table = _HtmlTable(d._repr_html_())
    table.rows = [row for row in table.rows if row]  # the header's own <tr>
    return table


def test_a_plan_of_its_own_words_is_told_in_them() -> None:
    words = _core.PlanWords(levels=_core.LevelWords(measure="Aktivitet", measures="Aktiviteter"))
    base = hp.load_default()
    before, after = (
        hp.Plan(
            title="Testplan",
            first_year=2019,
            last_year=2022,
            priorities=base.priorities,
            reports=[hp._core.Report(year, datetime.date(year, 3, 1), measures)],
            words=words,
        ).report(year)
        for year, measures in ((2021, [m("1.1.1")]), (2022, [m("1.1.1"), m("1.1.2")]))
    )
    d = hp.diff(before, after)
    lines = d.summary().splitlines()
    assert lines[0].startswith("Från 2021 till 2022: 1 ny aktivitet, ")
    assert lines[-1] == "1 aktivitet är oförändrad."
    assert _markdown_rows(d.to_markdown())[0]["Aktivitet"] == "Åtgärd 1.1.2"
    assert _html(d).header[:2] == ["#", "Aktivitet"]


def test_the_markdown_table_cell_by_cell() -> None:
    """A new, a completed, a vanished and an updated measure: what each column holds, an empty
    cell where the record has nothing to say, read back by the test's own reader."""
    before = small_plan(m("1.1.1"), m("1.1.2"), m("1.1.3"))
    after = small_plan(
        m("1.1.1", status=hp.Status.completed(2021), period=None),
        m("1.1.3", title="Ny rubrik", status=hp.Status.updated(content=True)),
        m("1.1.4", status=hp.Status.added()),
        year=2022,
    )
    text = hp.diff(before.report(2021), after.report(2022)).to_markdown()
    lines = text.splitlines()
    header = lines.index("| # | Åtgärd | Ändring | Fält (före → efter) | Före | Efter "
                         "| Markering enligt ändringarna |")  # fmt: skip
    assert lines[1] == "" and lines[header - 1] == ""  # paragraphs apart, the table its own
    assert lines[header + 1] == "|" + "---|" * 7
    assert all(line.startswith("| ") and line.endswith(" |") for line in lines[header + 2 :])
    assert text.endswith(" |\n")
    rows = {r["#"]: r for r in _markdown_rows(text)}
    assert rows["1.1.1"] == {
        "#": "1.1.1",
        "Åtgärd": "Åtgärd 1.1.1",
        "Ändring": "genomförd",
        "Fält (före → efter)": "tidsperiod 2019–2022 → (inget)",
        "Före": "pågående",
        "Efter": "genomförd 2021",
        "Markering enligt ändringarna": "",  # an ended measure is marked by its section
    }
    assert (rows["1.1.2"]["Ändring"], rows["1.1.2"]["Efter"]) == ("försvunnen", "")
    assert rows["1.1.2"]["Markering enligt ändringarna"] == ""
    assert (rows["1.1.3"]["Åtgärd"], rows["1.1.3"]["Fält (före → efter)"]) == (
        "Ny rubrik",
        "rubrik ”Åtgärd 1.1.3” → ”Ny rubrik”",
    )
    assert rows["1.1.3"]["Markering enligt ändringarna"] == "Uppdaterad, innehåll"
    assert (rows["1.1.4"]["Före"], rows["1.1.4"]["Efter"]) == ("", "Ny åtgärd")


def test_a_line_of_the_summary_never_becomes_a_markdown_heading() -> None:
    plan = small_plan(m("1.1.1"))
    plan.new_report(2022).finalize()
    plan.report(2022).reopen("Rättelse.\n# Rubrik", on=datetime.date(2022, 4, 1))
    text = plan.diff(2021, 2022).to_markdown()
    assert [line for line in text.splitlines() if line.startswith("#")] == ["# Ändringar 2021–2022"]
    assert "\\# Rubrik" in text.splitlines()


def test_the_html_table_cell_by_cell() -> None:
    before = small_plan(m("1.1.1"), m("1.1.2"), m("1.1.3"))
    after = small_plan(
        m("1.1.1", status=hp.Status.completed(2021), period=None),
        m("1.1.3", title="Ny <rubrik>", status=hp.Status.updated(content=True)),
        year=2022,
    )
    d = hp.diff(before.report(2021), after.report(2022))
    table = _html(d)
    assert table.stray == ""
    assert table.header == [
        "#",
        "Åtgärd",
        "Ändring",
        "Fält (före → efter)",
        "Status",
        "Enligt ändringarna",
    ]
    assert table.rows == [
        ["1.1.1", "Åtgärd 1.1.1", "genomförd", "tidsperiod 2019–2022 → (inget)",
         "genomförd 2021", ""],
        ["1.1.2", "Åtgärd 1.1.2", "försvunnen", "", "", ""],
        ["1.1.3", "Ny <rubrik>", "ändrad", "rubrik ”Åtgärd 1.1.3” → ”Ny <rubrik>”",
         "Uppdaterad, innehåll", "Uppdaterad, innehåll"],
    ]  # fmt: skip
    assert table.lines == ["Ändringar 2021–2022", *d.summary().splitlines()]


def test_repr_counts_each_class_it_has() -> None:
    assert repr(_many()) == "<ReportDiff 2021→2022: 2 ny, 3 ändrad, 2 genomförd, 1 oförändrad>"
    nothing = small_plan().report(2021)
    assert repr(hp.diff(nothing, nothing)) == "<ReportDiff 2021→2021: no measures>"


def test_an_empty_frame_has_the_columns_and_kinds_of_a_full_one(edited: hp.Plan) -> None:
    nothing = small_plan().report(2021)
    empty = hp.diff(nothing, nothing).to_dataframe()
    assert len(empty) == 0 and empty["id"].cat.ordered
    assert list(empty["change"].cat.categories) == list(edited.diff(2021, 2022).counts())
    assert empty["change"].cat.ordered and empty["marking_agrees"].dtype == bool


def test_the_csv_holds_the_records_with_no_formula_and_no_index(tmp_path: Path) -> None:
    before = small_plan(m("1.1.1"))
    after = small_plan(m("1.1.1", title="=SUMMA(A1)", status=hp.Status.updated(content=True)),
                       year=2022)  # fmt: skip
    d = hp.diff(before.report(2021), after.report(2022))
    d.to_csv(tmp_path / "diff.csv")
    with open(tmp_path / "diff.csv", encoding="utf-8", newline="") as stream:
        header, *rows = list(csv.reader(stream))
    assert header == list(d.to_records()[0])
    (row,) = [dict(zip(header, r, strict=True)) for r in rows]
    assert row["title"] == "'=SUMMA(A1)"  # a spreadsheet shows it, never runs it
    assert row["problem"] == "" and row["changed_fields"] == "title"


def test_the_json_is_readable_text(edited: hp.Plan) -> None:
    text = edited.diff(2021, 2022).to_json()
    document = json.loads(text)
    assert (document["from_year"], document["to_year"]) == (2021, 2022)
    # indented by two, å, ä and ö as they are, one line feed at the end
    assert text == json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    assert '"ändrad": 3' in text
