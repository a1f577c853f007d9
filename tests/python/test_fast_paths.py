"""The fast paths (filters answered in the core as selections, the diff counted in the core,
frames built from whole columns) answer the same as plain Python on a generated plan: the
benchmark's generator (benchmarks/compare.py) makes a ten-report plan in the shipped format,
and each question is answered again here from the plan file's dicts, or measure by measure."""

from __future__ import annotations

import gc
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import handlingsplan as hp
import handlingsplan.frames  # the frames module, used directly
from handlingsplan import _core
from handlingsplan.cells import TextList

_SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "compare.py"
_spec = importlib.util.spec_from_file_location("hp_benchmark_compare", _SCRIPT)
assert _spec is not None and _spec.loader is not None
compare = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = compare
_spec.loader.exec_module(compare)

ACTIVE = {"pågående", "ny", "uppdaterad"}


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    shipped = json.loads(hp.load_default().to_json())
    generated: dict[str, Any] = compare.generate(4 * compare.REAL_MEASURES, shipped)
    return generated


@pytest.fixture(scope="module")
def plan(data: dict[str, Any]) -> hp.Plan:
    return hp.Plan.from_json(json.dumps(data, ensure_ascii=False), "<generated>")


def _key(id_text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in id_text.split("."))


def _period_years(text: str | None) -> tuple[int, int | None] | None:
    """(start, end or None when open-ended) of a printed period, read here on its own."""
    if text is None:
        return None
    if text.endswith("tills vidare"):
        return int(text[:4]), None
    parts = text.replace(" ", "").replace("-", "–").split("–")
    return int(parts[0]), int(parts[-1])


def _reference_ids(report: dict[str, Any], keep: Any) -> list[str]:
    return sorted((m["id"] for m in report["measures"] if keep(m)), key=_key)


def _roles(measure: dict[str, Any]) -> list[tuple[str, str]]:
    return [(r["agency"], r["role"]) for r in measure["agencies"]["roles"]]


def _active_in(year: int) -> Any:
    def keep(m: dict[str, Any]) -> bool:
        period = _period_years(m.get("period"))
        return (
            m["status"]["kind"] in ACTIVE
            and period is not None
            and period[0] <= year
            and (period[1] is None or year <= period[1])
        )

    return keep


FILTERS: list[tuple[dict[str, Any], Any]] = [
    ({"agency": "FRA", "role": "ansvarig"}, lambda m: ("FRA", "ansvarig") in _roles(m)),
    ({"agency": "MSB"}, lambda m: "MSB" in dict(_roles(m))),
    ({"status": "uppdaterad"}, lambda m: m["status"]["kind"] == "uppdaterad"),
    ({"status": "ny"}, lambda m: m["status"]["kind"] == "ny"),
    ({"objective": "1.2"}, lambda m: m["id"].rsplit(".", 1)[0] == "1.2"),
    ({"priority": 5}, lambda m: m["id"].split(".")[0] == "5"),
    ({"active_in": 2022}, _active_in(2022)),
    ({"active_in": 2027}, _active_in(2027)),
    (
        {"agency": "FRA", "active_in": 2024},
        lambda m: "FRA" in dict(_roles(m)) and _active_in(2024)(m),
    ),
]


@pytest.mark.parametrize(("criteria", "keep"), FILTERS, ids=lambda c: str(c))
def test_each_filter_selects_what_the_dicts_say(
    plan: hp.Plan, data: dict[str, Any], criteria: dict[str, Any], keep: Any
) -> None:
    for report_data in (data["reports"][1], data["reports"][-1]):
        report = plan.report(report_data["year"])
        selected = report.measures(**criteria)
        expected = _reference_ids(report_data, keep)
        assert expected, criteria  # the generated plan has some of each
        assert [str(i) for i in selected.ids] == expected
        assert [str(m.id) for m in selected] == expected
        # The selection equals the list of the same measures, taken one by one.
        by_hand = [m for m in report if str(m.id) in set(expected)]
        assert selected == by_hand and by_hand == list(selected)
        assert len(selected) == len(expected)
        assert selected[0] == by_hand[0] and selected[-1] == by_hand[-1]
        assert selected[1::2] == by_hand[1::2] and selected[::-1] == by_hand[::-1]


def test_a_selection_is_a_snapshot() -> None:
    draft_plan = hp.load_default()
    draft = draft_plan.new_report(2022)
    before = draft.measures(status="pågående")
    first = before[0]
    draft.complete(first.id, year=2022)
    assert before[0] == first and before[0].status.kind == hp.StatusKind.ongoing
    assert first.id not in draft.measures(status="pågående").ids


def test_a_selection_reads_like_a_list(plan: hp.Plan) -> None:
    report = plan.report(2028)
    selected = report.measures(objective="1.2")
    assert isinstance(selected, hp.MeasureSelection)
    assert selected[0] in selected and report.measures(objective="1.3")[0] not in selected
    assert selected != report.measures(objective="1.3") and selected != "1.2"
    assert not report.measures(active_in=1990) and len(report.measures(active_in=1990)) == 0
    assert repr(report.measures(active_in=1990)) == "<MeasureSelection: 0 measures>"
    assert repr(selected).startswith(f"<MeasureSelection: {len(selected)} measures (1.2.")
    with pytest.raises(IndexError):
        selected[len(selected)]


def _reference_change(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """The class of a measure between two reports, from the dicts (the rule the README and the
    diff module describe: ended, new, changed in a compared field, or unchanged)."""
    if after is None:
        return "försvunnen"
    now = after["status"]["kind"]
    if before is None:
        return now if now in ("genomförd", "avskriven") else "ny"
    then = before["status"]["kind"]
    if then in ACTIVE and now in ("genomförd", "avskriven"):
        return now
    if then not in ACTIVE and before["status"] != after["status"]:
        return "ändrad"
    pages = before.get("page") is not None and after.get("page") is not None
    fields = ("title", "description", "agencies", "period")
    differs = any(before.get(f) != after.get(f) for f in fields)
    return "ändrad" if differs or (pages and before["page"] != after["page"]) else "oförändrad"


def test_the_diff_counts_what_the_dicts_say(plan: hp.Plan, data: dict[str, Any]) -> None:
    for earlier, later in zip(data["reports"], data["reports"][1:], strict=False):
        before = {m["id"]: m for m in earlier["measures"]}
        after = {m["id"]: m for m in later["measures"]}
        expected = Counter(
            _reference_change(before.get(i), after.get(i)) for i in before.keys() | after.keys()
        )
        d = plan.diff(earlier["year"], later["year"])
        assert d.counts() == {word: expected[word] for word in d.counts()}
        assert sum(d.counts().values()) == len(before.keys() | after.keys())
        assert expected["ny"] and expected["genomförd"] and expected["ändrad"]
        # Each listed class holds what it counts, and the measures are the reports' own.
        for change in hp.Change:
            assert len(d.of(change)) == d.counts()[_core.change_text(change)]
        entry = d.of(hp.Change.changed)[0]
        assert entry.before == plan.report(earlier["year"]).measure(entry.id)
        assert entry.after == plan.report(later["year"]).measure(entry.id)


def test_a_diff_is_a_snapshot() -> None:
    draft_plan = hp.load_default()
    draft = draft_plan.new_report(2022)
    d = draft_plan.diff(2021, 2022)
    counts = d.counts()
    first = next(m for m in draft if m.status.is_active)
    draft.complete(first.id, year=2022)
    assert d.counts() == counts
    entry = next(e for e in d.measures if e.id == first.id)
    assert entry.after is not None and entry.after.status.is_active
    assert draft_plan.diff(2021, 2022).counts()["genomförd"] == counts["genomförd"] + 1


def _reference_frame(measures: list[hp.Measure]) -> pd.DataFrame:
    """The frame of `measures` built measure by measure, with the dtypes the frames module
    documents (ordered categoricals for ids, objectives and statuses, Int64 for years and
    pages, TextList cells for lists)."""
    ids = [str(m.id) for m in measures]
    objectives = [str(m.id.objective) for m in measures]
    rows = {
        "id": pd.Categorical(ids, categories=list(dict.fromkeys(ids)), ordered=True),
        "priority": np.array([m.id.priority for m in measures], dtype="int64"),
        "objective": pd.Categorical(
            objectives, categories=list(dict.fromkeys(objectives)), ordered=True
        ),
        "title": [m.title for m in measures],
        "title_in_appendix": [m.title_in_appendix for m in measures],
        "description": [m.description for m in measures],
        "agency_text": [m.agencies.text for m in measures],
        "agencies_in_appendix": [m.agencies_in_appendix for m in measures],
        "agencies": [TextList(m.agencies.all) for m in measures],
        "responsible": [TextList(m.agencies.responsible) for m in measures],
        "period": [str(m.period) if m.period is not None else None for m in measures],
        "period_start": pd.array(
            [m.period.start_year if m.period else None for m in measures], dtype="Int64"
        ),
        "period_end": pd.array(
            [m.period.end_year if m.period else None for m in measures], dtype="Int64"
        ),
        "open_ended": np.array(
            [bool(m.period and m.period.open_ended) for m in measures], dtype=bool
        ),
        "status": pd.Categorical(
            [m.status.kind_text for m in measures], dtype=hp.frames.status_dtype()
        ),
        "updated_aspects": [TextList(m.status.updated_aspects) for m in measures],
        "completed_year": pd.array(
            [m.status.year if m.status.kind == hp.StatusKind.completed else None for m in measures],
            dtype="Int64",
        ),
        "withdrawn_year": pd.array(
            [m.status.year if m.status.kind == hp.StatusKind.withdrawn else None for m in measures],
            dtype="Int64",
        ),
        "withdrawn_reason": [
            m.status.reason if m.status.kind == hp.StatusKind.withdrawn else None for m in measures
        ],
        "page": pd.array([m.page for m in measures], dtype="Int64"),
        "chapter_marking": [m.chapter_marking for m in measures],
    }
    return pd.DataFrame(rows, columns=list(hp.frames.MEASURE_COLUMNS))


def test_every_frame_has_the_columns_of_its_measures(plan: hp.Plan) -> None:
    shipped = hp.load_default().report(2021)
    for report in [*plan.reports, shipped]:
        frame = report.to_dataframe()
        pd.testing.assert_frame_equal(frame, _reference_frame(list(report)))
        assert all(type(cell) is TextList for cell in frame["agencies"])


def test_the_frame_of_a_selection_is_its_rows_of_the_report(plan: hp.Plan) -> None:
    report = plan.report(2028)
    selected = report.measures(agency="FRA", active_in=2024)
    frame = selected.to_dataframe()
    pd.testing.assert_frame_equal(frame, _reference_frame(list(selected)))
    whole = report.to_dataframe()
    rows = whole[whole["id"].astype(str).isin({str(i) for i in selected.ids})]
    assert list(frame["title"]) == list(rows["title"])
    empty = report.measures(active_in=1990).to_dataframe()
    assert list(empty.columns) == list(hp.frames.MEASURE_COLUMNS) and len(empty) == 0


def test_making_a_frame_leaves_the_collector_as_it_was(plan: hp.Plan) -> None:
    report = plan.report(2028)
    assert gc.isenabled()
    frame = report.to_dataframe()
    assert gc.isenabled()
    gc.disable()
    try:
        report.to_dataframe()
        assert not gc.isenabled()
    finally:
        gc.enable()
    # The cells hold only text: the collector need not walk them, and they are plain lists.
    cell = frame["agencies"].iloc[0]
    assert not gc.is_tracked(cell) and cell == list(cell) and str(cell) == "; ".join(cell)
