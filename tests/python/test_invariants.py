"""Every rule the loader enforces on a value, the API enforces on the same value (issue 13,
finding 2): an edit the API accepts never produces a file the loader refuses.

Each rule is given twice: as an edit of a valid plan file, which the loader must refuse with a
DataError at the JSON path of the value, and as the same value given to a constructor or an
editing method, which must raise one of the library's errors (and leave the plan as it was)."""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import handlingsplan as hp
from handlingsplan import _core

MINIMAL_TEXT = (
    Path(__file__).resolve().parent.parent / "malformed" / "schema-version-2.json"
).read_text(encoding="utf-8")
MINIMAL: dict[str, Any] = json.loads(MINIMAL_TEXT)
MEASURE = ("reports", 0, "measures", 0)
DAY = datetime.date(2021, 3, 1)


def plan() -> hp.Plan:
    return hp.Plan.from_json(MINIMAL_TEXT)


def measure(**changes: Any) -> hp.Measure:
    fields: dict[str, Any] = {
        "id": "1.1.1",
        "title": "Första åtgärden",
        "agencies": "MSB i samverkan med FRA",
    }
    fields.update(changes)
    return hp.Measure(**fields)


def priority(**changes: Any) -> hp.Priority:
    fields: dict[str, Any] = {
        "number": 1,
        "title": "Titel",
        "objectives": [hp.Objective(hp.ObjectiveId("1.1"), "Mål")],
    }
    fields.update(changes)
    return hp.Priority(**fields)


def edit_report(report_edit: Callable[[hp.Report], object]) -> Callable[[], object]:
    """The edit applied to the 2021 report of a fresh plan; the plan must stay as it was."""

    def run() -> object:
        p = plan()
        before = p.to_json()
        try:
            return report_edit(p.report(2021))
        finally:
            assert p.to_json() == before

    return run


# (name, path of the value in the file, the value, the same value given to the API)
RULES: list[tuple[str, tuple[Any, ...], Any, Callable[[], object]]] = [
    (
        "plan title blank",
        ("title",),
        " ",
        lambda: hp.Plan(title=" ", first_year=2019, last_year=2022, priorities=[]),
    ),
    (
        "plan title empty",
        ("title",),
        "",
        lambda: hp.Plan(title="", first_year=2019, last_year=2022, priorities=[]),
    ),
    (
        "first year out of range",
        ("first_year",),
        1899,
        lambda: hp.Plan(title="P", first_year=1899, last_year=2022, priorities=[]),
    ),
    (
        "last year before first",
        ("last_year",),
        2018,
        lambda: hp.Plan(title="P", first_year=2019, last_year=2018, priorities=[]),
    ),
    (
        "agency short name blank",
        ("agencies", 0, "short_name"),
        "",
        lambda: hp.Agency(short_name="", name="Namn"),
    ),
    (
        "agency name blank",
        ("agencies", 0, "name"),
        " ",
        lambda: hp.Agency(short_name="X", name=" "),
    ),
    ("priority number 0", ("priorities", 0, "number"), 0, lambda: priority(number=0)),
    ("priority number 1000", ("priorities", 0, "number"), 1000, lambda: priority(number=1000)),
    ("priority title blank", ("priorities", 0, "title"), "", lambda: priority(title="")),
    (
        "objective text blank",
        ("priorities", 0, "objectives", 0, "text"),
        "",
        lambda: hp.Objective(hp.ObjectiveId("1.1"), ""),
    ),
    (
        "objective under another priority",
        ("priorities", 0, "objectives", 0, "id"),
        "2.1",
        lambda: priority(objectives=[hp.Objective(hp.ObjectiveId("2.1"), "Mål")]),
    ),
    ("report year out of range", ("reports", 0, "year"), 2201, lambda: _core.Report(2201, DAY, [])),
    (
        "submitted year out of range",
        ("reports", 0, "submitted"),
        "1899-03-01",
        lambda: _core.Report(2021, datetime.date(1899, 3, 1), []),
    ),
    ("measure id with a zero", (*MEASURE, "id"), "1.1.0", lambda: measure(id="1.1.0")),
    ("measure title blank", (*MEASURE, "title"), "\u00a0", lambda: measure(title="\u00a0")),
    (
        "measure title blank, by update",
        (*MEASURE, "title"),
        "",
        edit_report(lambda r: r.update("1.1.1", title="")),
    ),
    (
        "agency text blank",
        (*MEASURE, "agencies", "text"),
        "",
        lambda: hp.Agencies("", [hp.AgencyRole("MSB", hp.Role.responsible)]),
    ),
    (
        "agency text blank, by update",
        (*MEASURE, "agencies", "text"),
        " ",
        edit_report(
            lambda r: r.update(
                "1.1.1", agencies=hp.Agencies(" ", [hp.AgencyRole("MSB", hp.Role.responsible)])
            )
        ),
    ),
    (
        "role's agency blank",
        (*MEASURE, "agencies", "roles", 0, "agency"),
        "",
        lambda: hp.Agencies("MSB", [hp.AgencyRole("", hp.Role.responsible)]),
    ),
    (
        "an agency named twice",
        (*MEASURE, "agencies", "roles", 1, "agency"),
        "MSB",
        lambda: hp.Agencies("MSB", [hp.AgencyRole("MSB", hp.Role.responsible)] * 2),
    ),
    ("period backwards", (*MEASURE, "period"), "2022–2019", lambda: hp.Period(2022, 2019)),
    ("period year out of range", (*MEASURE, "period"), "2019–2201", lambda: hp.Period(2019, 2201)),
    ("page 0", (*MEASURE, "page"), 0, lambda: measure(page=0)),
    ("page 100001", (*MEASURE, "page"), 100001, lambda: measure(page=100001)),
    (
        "page 10**6, by update",
        (*MEASURE, "page"),
        10**6,
        edit_report(lambda r: r.update("1.1.1", page=10**6)),
    ),
    (
        "completion year out of range",
        (*MEASURE, "status"),
        {"kind": "genomförd", "year": 2201},
        lambda: hp.Status.completed(2201),
    ),
    (
        "withdrawal year out of range",
        (*MEASURE, "status"),
        {"kind": "avskriven", "year": 1899, "reason": "r"},
        lambda: hp.Status.withdrawn(1899, "r"),
    ),
    (
        "updated without aspects",
        (*MEASURE, "status"),
        {"kind": "uppdaterad", "aspects": []},
        lambda: hp.Status.updated(),
    ),
    (
        "chapter marking unknown",
        (*MEASURE, "chapter_marking"),
        "Klar",
        lambda: measure(chapter_marking="Klar"),
    ),
    (
        "appendix title blank",
        (*MEASURE, "appendix"),
        {"title": ""},
        lambda: measure(appendix_title=""),
    ),
    (
        "appendix agencies blank",
        (*MEASURE, "appendix"),
        {"agencies": " "},
        lambda: measure(appendix_agencies=" "),
    ),
    (
        "appendix title repeats the title",
        (*MEASURE, "appendix"),
        {"title": "Första åtgärden"},
        lambda: measure(appendix_title="Första åtgärden"),
    ),
]


def edited(path: tuple[Any, ...], value: Any) -> str:
    document = copy.deepcopy(MINIMAL)
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return json.dumps(document, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(("name", "path", "value", "api"), RULES, ids=[rule[0] for rule in RULES])
def test_the_loader_and_the_api_refuse_the_same_value(
    name: str, path: tuple[Any, ...], value: Any, api: Callable[[], object]
) -> None:
    with pytest.raises(hp.DataError) as loaded:
        hp.Plan.from_json(edited(path, value), "plan.json")
    expected_place = "/" + "/".join(str(key) for key in path)
    assert loaded.value.where.startswith(expected_place) or expected_place.startswith(
        loaded.value.where
    ), (loaded.value.where, expected_place)
    with pytest.raises(hp.Error):
        api()


def test_the_largest_values_the_api_takes_save_and_load() -> None:
    p = plan()
    report = p.new_report(2022)  # the 2021 report is final
    report.update("1.1.1", page=100000, title="Ny titel", description="")
    report.add(
        measure(id="1.1.2", page=1, appendix_title="Annan titel", period=hp.Period(2200, 2200))
    )
    text = p.to_json()
    assert hp.Plan.from_json(text).to_json() == text
