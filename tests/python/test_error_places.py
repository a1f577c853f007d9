"""Errors that point: a slip in a hand-edited plan file is reported with the file, the line and
column of the offending value, the report year and measure number, the field, what was found and
what was expected, and a "did you mean" where one is near.

Each case edits one value of the shipped plan saved to a file, in its JSON form. The expected
line and column are counted here from the edited text itself; the expected measure is the
measure whose object holds the edit (found with the json module on the unedited data).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan import _core

TEXT = hp.load_default().to_json()
DATA = json.loads(TEXT)
MEASURES = DATA["reports"][0]["measures"]
YEAR = DATA["reports"][0]["year"]


def measure_with(predicate) -> tuple[int, dict]:
    """The index and the object of the first measure of the report that `predicate` accepts."""
    return next((i, m) for i, m in enumerate(MEASURES) if predicate(m))


def measure_span(index: int) -> tuple[int, int]:
    """Where the measure's object stands in TEXT: from its "id" line to the next measure's."""
    ids = [m.start() for m in re.finditer(r'^          "id": "\d+\.\d+\.\d+"', TEXT, re.M)]
    ids.append(len(TEXT))
    return ids[index], ids[index + 1]


@dataclass
class Slip:
    name: str
    index: int  # the measure edited (its position in the report)
    old: str  # the JSON text replaced, as it stands in the measure's object
    new: str  # what a person typed instead
    field: str  # the field the error must name
    says: str  # a piece of the problem
    did_you_mean: str | None = None


def _first(predicate, old_of) -> tuple[int, str]:
    index, m = measure_with(predicate)
    return index, old_of(m)


_UPDATED = measure_with(lambda m: m["status"]["kind"] == "uppdaterad")
_JOINT = measure_with(
    lambda m: len(m["agencies"]["roles"]) > 1 and m["agencies"]["roles"][1]["role"] != "ansvarig"
)
_COMPLETED = measure_with(lambda m: m["status"]["kind"] == "genomförd")
_MARKED = measure_with(lambda m: m.get("chapter_marking") == "Uppdaterad")
_PAGED = measure_with(lambda m: m["page"] is not None and m["status"]["kind"] == "pågående")
_SPO = measure_with(
    lambda m: any(r["agency"] == "Säkerhetspolisen" for r in m["agencies"]["roles"])
)
_SPO_ROLE = next(
    i for i, r in enumerate(_SPO[1]["agencies"]["roles"]) if r["agency"] == "Säkerhetspolisen"
)
_JOINT_ROLE = _JOINT[1]["agencies"]["roles"][1]["role"]

SLIPS = [
    Slip(
        "status typo",
        _PAGED[0],
        '"kind": "pågående"',
        '"kind": "pågånde"',
        "status.kind",
        "invalid status",
        "pågående",
    ),
    Slip(
        "role typo",
        _JOINT[0],
        f'"role": "{_JOINT_ROLE}"',
        f'"role": "{_JOINT_ROLE[:-1]}"',
        "agencies.roles[1].role",
        "role",
        _JOINT_ROLE,
    ),
    Slip(
        "agency misspelt",
        _SPO[0],
        '"agency": "Säkerhetspolisen"',
        '"agency": "Säkerhetspolisn"',
        f"agencies.roles[{_SPO_ROLE}].agency",
        "not in the plan's registry",
        "Säkerhetspolisen",
    ),
    Slip(
        "period ending before it starts",
        _PAGED[0],
        f'"period": "{_PAGED[1]["period"]}"',
        '"period": "2022–2019"',
        "period",
        "period",
    ),
    Slip("page zero", _PAGED[0], f'"page": {_PAGED[1]["page"]}', '"page": 0', "page", "from 1"),
    Slip(
        "blank title",
        _PAGED[0],
        json.dumps(_PAGED[1]["title"], ensure_ascii=False),
        '" "',
        "title",
        "non-empty",
    ),
    Slip(
        "aspect misspelt", _UPDATED[0], '"tidplan"', '"tidplanen"', "status.aspects[0]", "tidplan"
    ),
    Slip(
        "year as text",
        _COMPLETED[0],
        f'"year": {_COMPLETED[1]["status"]["year"]}',
        f'"year": "{_COMPLETED[1]["status"]["year"]}"',
        "status.year",
        "expected a whole number",
    ),
    Slip(
        "marking misspelt",
        _MARKED[0],
        '"chapter_marking": "Uppdaterad"',
        '"chapter_marking": "Uppdaterd"',
        "chapter_marking",
        "chapter marking",
        "Uppdaterad",
    ),
    Slip(
        "status kind of the wrong type",
        _COMPLETED[0],
        '"kind": "genomförd"',
        '"kind": 3',
        "status.kind",
        "expected a string",
    ),
    Slip(
        "completion year outside every year",
        _COMPLETED[0],
        f'"year": {_COMPLETED[1]["status"]["year"]}',
        '"year": 1899',
        "status.year",
        "from 1900",
    ),
]


def edited(slip: Slip) -> tuple[str, int]:
    """The plan's text with the slip made inside its measure, and the offset of the new value."""
    start, end = measure_span(slip.index)
    at = TEXT.index(slip.old, start, end)
    text = TEXT[:at] + slip.new + TEXT[at + len(slip.old) :]
    # The value starts after the key and ": ", or is the whole replacement (a bare string).
    key = re.match(r'"[^"]*": ', slip.new)
    return text, at + (key.end() if key else 0)


def line_column(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def test_there_are_at_least_ten_kinds_of_slips() -> None:
    assert len({s.name for s in SLIPS}) >= 10


@pytest.mark.parametrize("slip", SLIPS, ids=lambda s: s.name)
def test_a_slip_names_its_line_column_report_measure_and_field(slip: Slip, tmp_path: Path) -> None:
    text, offset = edited(slip)
    path = tmp_path / "min-plan.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(hp.DataError) as caught:
        hp.Plan.load(path)
    error = caught.value
    line, column = line_column(text, offset)
    measure = MEASURES[slip.index]["id"]
    assert (error.line, error.column) == (line, column)
    assert error.context == f"report {YEAR}, measure {measure}"
    assert error.field == slip.field
    assert slip.says in error.problem
    message = str(error)
    assert message.startswith(
        f"{path}:{line}:{column}: report {YEAR}, measure {measure}, {slip.field}: "
    )
    # The JSON path stays available, and names the same value.
    assert error.where.startswith(f"/reports/0/measures/{slip.index}/")
    if slip.did_you_mean is not None:
        assert f'did you mean "{slip.did_you_mean}"?' in message


def test_a_syntax_slip_names_line_and_column(tmp_path: Path) -> None:
    text = TEXT.replace('"first_year": 2019,', '"first_year": 2019', 1)
    path = tmp_path / "min-plan.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(hp.DataError) as caught:
        hp.Plan.load(path)
    line = text[: text.index('"last_year"')].count("\n") + 1
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{path}:{line}:")


def test_a_parse_error_suggests_the_nearest_word() -> None:
    with pytest.raises(hp.ParseError) as near:
        _core.parse_status_kind("genomford")
    assert near.value.did_you_mean == "genomförd"
    assert str(near.value).endswith('did you mean "genomförd"?')
    with pytest.raises(hp.ParseError) as far:
        _core.parse_status_kind("xyzzy")
    assert far.value.did_you_mean is None
