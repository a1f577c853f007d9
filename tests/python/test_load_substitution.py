"""Every JSON type in every kind of place of the shipped plan file: the load is refused with a
place, or gives the plan the text says, field by field; never a plan with fewer measures, reports,
agencies or activities than the text holds (issues 19 and 22: the one-pass read once dropped a
number, string, null or boolean inside a report's "measures" without a word).

The positions (what `positions()` picks from data/handlingsplan.json):
- every element of the first report's measures, every member and element of its first five
  measures, of its follow-up and of its Introduktion chapter, of every agency and priority (with the objectives), of the
  first three activities (with their events), and every member of the plan and of the report;
- the first position of every other kind the file has (a measure's "appendix", a withdrawal's
  "reason", an event's "bound" ...);
- the first and the last element of the first array of each kind (a report's measures, an
  activity's events, an agency's aliases ...), and an element appended to it.
Each position gets each of the six JSON types in turn (a string, a number, null, true, an
object, an array): `test_the_sample_is_systematic` states how many that is."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import handlingsplan as hp

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = json.loads((ROOT / "data" / "handlingsplan.json").read_text(encoding="utf-8"))

#: One value of each JSON type.
SUBSTITUTES: dict[str, Any] = {
    "string": "x",
    "number": 7,
    "null": None,
    "true": True,
    "object": {},
    "array": [],
}

Path_ = tuple[str | int, ...]
APPEND = "append"  # a position past an array's end: the substitute is added to the array


def _walk(value: Any, path: Path_) -> Iterator[tuple[Path_, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*path, key), item
            yield from _walk(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield (*path, index), item
            yield from _walk(item, (*path, index))


def _arrays(value: Any, path: Path_ = ()) -> Iterator[tuple[Path_, list[Any]]]:
    if isinstance(value, list):
        yield path, value
    for sub_path, item in _walk(value, path):
        if isinstance(item, list):
            yield sub_path, item


def _subtree(path: Path_) -> list[Path_]:
    """`path` and every position below it."""
    node = _get(SHIPPED, path)
    return [path, *(p for p, _ in _walk(node, path))]


def _get(document: Any, path: Path_) -> Any:
    for step in path:
        document = document[step]
    return document


def _kind(path: Path_) -> Path_:
    """The position's kind: its path with every index as "*"."""
    return tuple("*" if isinstance(step, int) else step for step in path)


def positions() -> list[tuple[Path_, str]]:
    """(path, how) for every position the test substitutes: "replace" or "append"."""
    chosen: dict[Path_, None] = {}
    for key in SHIPPED:
        chosen[(key,)] = None
    roots: list[Path_] = [
        *(("reports", 0, "measures", i) for i in range(5)),
        ("reports", 0, "follow_up"),
        # The Introduktion: paragraphs, a subheading and a numbered list (schema version 4).
        ("reports", 0, "chapters", 1),
        ("agencies",),
        ("priorities",),
        *(("activities", i) for i in range(3)),
    ]
    for root in roots:
        chosen.update(dict.fromkeys(_subtree(root)))
    # Every element of the report's measures (where the one-pass read once dropped a scalar).
    measures = SHIPPED["reports"][0]["measures"]
    chosen.update(dict.fromkeys(("reports", 0, "measures", i) for i in range(len(measures))))
    for report_key in SHIPPED["reports"][0]:
        chosen[("reports", 0, report_key)] = None
    # The first position of every kind the file has (a measure's "appendix", a withdrawal's
    # "reason", an event's "bound" ...), wherever it first occurs.
    kinds: set[Path_] = {_kind(p) for p in chosen}
    for path, _ in _walk(SHIPPED, ()):
        if _kind(path) not in kinds:
            kinds.add(_kind(path))
            chosen[path] = None
    result = [(path, "replace") for path in chosen]
    array_kinds: set[Path_] = set()
    for path, array in _arrays(SHIPPED):
        if _kind(path) in array_kinds:
            continue
        array_kinds.add(_kind(path))
        if array:
            for index in {0, len(array) - 1}:
                if (*path, index) not in chosen:
                    result.append(((*path, index), "replace"))
        result.append((path, APPEND))
    return result


POSITIONS = positions()


def _counts(document: Any) -> dict[str, Any]:
    """How many reports, measures (in each report), agencies and activities `document` holds
    (objects only: anything else in those lists is not one)."""

    def objects(value: Any) -> int:
        return sum(isinstance(v, dict) for v in value) if isinstance(value, list) else 0

    reports = document.get("reports") if isinstance(document, dict) else None
    return {
        "reports": objects(reports),
        "measures": [
            objects(r.get("measures"))
            for r in (reports if isinstance(reports, list) else [])
            if isinstance(r, dict)
        ],
        "agencies": objects(document.get("agencies")) if isinstance(document, dict) else 0,
        "activities": objects(document.get("activities")) if isinstance(document, dict) else 0,
    }


def _loaded_counts(plan: hp.Plan) -> dict[str, Any]:
    document = json.loads(plan.to_json())
    return _counts(document) | {"activities": len(plan.activities)}


def _substituted(path: Path_, how: str, value: Any) -> Any:
    document = copy.copy(SHIPPED)
    # Copy only the containers along the path: the rest is shared and never changed.
    parent = document
    for step in path[:-1] if how == "replace" else path:
        child = copy.copy(parent[step])
        parent[step] = child
        parent = child
    if how == APPEND:
        parent.append(copy.deepcopy(value))
    else:
        parent[path[-1]] = copy.deepcopy(value)
    return document


def _check(path: Path_, how: str, kind: str) -> str:
    """Loads the file with the substitute; "refused" or "accepted" (asserting what each must be)."""
    document = _substituted(path, how, SUBSTITUTES[kind])
    text = json.dumps(document, ensure_ascii=False)
    where = f"{kind} {how} at /{'/'.join(map(str, path))}"
    try:
        plan = hp.Plan.from_json(text, "substituted.json")
    except hp.DataError as error:
        assert error.source == "substituted.json", where
        assert error.where, f"{where}: a refusal that names no place: {error}"
        return "refused"
    # Accepted: the plan holds everything the text holds, and says what the text says.
    assert _loaded_counts(plan) == _counts(document), where
    reloaded = json.loads(plan.to_json())
    assert _says_the_same(document, reloaded), where
    return "accepted"


def _says_the_same(given: Any, written: Any) -> bool:
    """Whether the canonical text `written` says what `given` says: equal, but for an optional
    member given as null or empty, which the canonical text leaves out."""
    if isinstance(given, dict) and isinstance(written, dict):
        for key, value in given.items():
            if key not in written:
                if value not in (None, [], {}):
                    return False
            elif not _says_the_same(value, written[key]):
                return False
        return all(key in given for key in written)
    if isinstance(given, list) and isinstance(written, list):
        return len(given) == len(written) and all(map(_says_the_same, given, written))
    return given == written and type(given) is type(written)


def test_the_sample_is_systematic() -> None:
    """The sample covers every kind of array and every field of a measure, agency, priority,
    objective, activity, event and follow-up: over 300 positions, times six types."""
    kinds = {_kind(p) for p, _ in POSITIONS}
    assert kinds == {
        _kind(p) for p, _ in _walk(SHIPPED, ())
    }  # every kind of position of the file is tried
    assert len(POSITIONS) > 300
    assert len(POSITIONS) * len(SUBSTITUTES) > 1800


@pytest.mark.parametrize("kind", list(SUBSTITUTES))
def test_every_type_at_every_kind_of_position(kind: str) -> None:
    outcomes = {_check(path, how, kind) for path, how in POSITIONS}
    assert "refused" in outcomes  # every type is wrong somewhere


@pytest.mark.parametrize("kind", ["string", "number", "null", "true"])
@pytest.mark.parametrize("index", [0, 50, "end"])
def test_a_scalar_among_the_measures_is_refused_with_its_place(kind: str, index: Any) -> None:
    """The regression itself: a scalar in a report's "measures" is no measure to drop."""
    document = copy.deepcopy(SHIPPED)
    measures = document["reports"][0]["measures"]
    at = len(measures) if index == "end" else index
    measures.insert(at, SUBSTITUTES[kind])
    text = json.dumps(document, ensure_ascii=False, indent=2)
    with pytest.raises(hp.DataError) as caught:
        hp.Plan.from_json(text, "plan.json")
    assert caught.value.where == f"/reports/0/measures/{at}"
    assert "expected an object" in caught.value.problem
