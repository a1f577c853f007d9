"""The table of which answers of two agencies to one measure can both hold
(handlingsplan/forms/agreement.py), tested pair by pair: each pair of aspects is typed into two
agencies' forms and read, the outcome (applied, or a conflict naming both answers with file and
cell) compared with the expectation written below, apart from the table."""

from __future__ import annotations

import shutil
from itertools import combinations_with_replacement
from pathlib import Path

import pytest

import form_filler
import handlingsplan as hp
from handlingsplan.forms import AGREEMENT, Aspect, Rule
from handlingsplan.forms.agreement import clashes

YEAR = 2022
FIRST, SECOND = "FRA", "Säkerhetspolisen"
ID = "1.1.1"  # Säkerhetspolisen, FRA och Försvarsmakten, 2019–2025, pågående in 2021

#: What each aspect is typed as, and a second, different value of it.
TYPED: dict[str, tuple[dict[str, object], dict[str, object]]] = {
    "ongoing": ({"Status": "pågående"}, {"Status": "pågående"}),
    "completed": ({"Status": "genomförd", "År": 2021}, {"Status": "genomförd", "År": 2022}),
    "withdrawn": (
        {"Status": "avskriven", "År": 2021, "Skäl": "Ingår i 1.1.4."},
        {"Status": "avskriven", "År": 2021, "Skäl": "Ersätts av en ny åtgärd."},
    ),
    "period": ({"Ny period": "2019–2026"}, {"Ny period": "2019–2027"}),
    "description": ({"Ny beskrivning": "Första lydelsen."}, {"Ny beskrivning": "Andra."}),
}
PROPOSED = (
    {
        "Målsättning": "3.1",
        "Åtgärd": "Gemensam lägesbild för kritiska tjänster",
        "Beskrivning": "En lägesbild.",
        "Ansvarig myndighet": "FRA i samverkan med Säkerhetspolisen",
        "Period": "2022",
    },
    {
        "Målsättning": "3.1",
        "Åtgärd": "Gemensam lägesbild för kritiska tjänster",
        "Beskrivning": "En lägesbild.",
        "Ansvarig myndighet": "FRA i samverkan med Säkerhetspolisen",
        "Period": "2022–2023",
    },
)

#: Written apart from the table: can the two aspects, given by two agencies for one measure,
#: both hold when they say the same, and when they say different things? (Aspects of different
#: kinds have no "same"; a status without a year, pågående, has no "different".)
EXPECTED: dict[frozenset[str], tuple[bool, bool]] = {
    frozenset({"ongoing"}): (True, True),
    frozenset({"ongoing", "completed"}): (False, False),
    frozenset({"ongoing", "withdrawn"}): (False, False),
    frozenset({"ongoing", "period"}): (True, True),
    frozenset({"ongoing", "description"}): (True, True),
    frozenset({"ongoing", "new_measure"}): (True, True),
    frozenset({"completed"}): (True, False),
    frozenset({"completed", "withdrawn"}): (False, False),
    frozenset({"completed", "period"}): (False, False),  # the FRA/Säkerhetspolisen case
    frozenset({"completed", "description"}): (False, False),
    frozenset({"completed", "new_measure"}): (True, True),
    frozenset({"withdrawn"}): (True, False),
    frozenset({"withdrawn", "period"}): (False, False),
    frozenset({"withdrawn", "description"}): (False, False),
    frozenset({"withdrawn", "new_measure"}): (True, True),
    frozenset({"period"}): (True, False),
    frozenset({"period", "description"}): (True, True),
    frozenset({"period", "new_measure"}): (True, True),
    frozenset({"description"}): (True, False),
    frozenset({"description", "new_measure"}): (True, True),
    frozenset({"new_measure"}): (True, False),
}
PAIRS = [(a.value, b.value) for a, b in combinations_with_replacement(Aspect, 2)]


def test_the_table_is_total_and_matches_the_expectations() -> None:
    assert len(AGREEMENT) == len(PAIRS) == len(EXPECTED) == 21
    for (first, second), rule in AGREEMENT.items():
        same, different = EXPECTED[frozenset({first.value, second.value})]
        expected = Rule.BOTH if different else (Rule.SAME if same else Rule.NEVER)
        if first is second is Aspect.ongoing:
            expected = Rule.BOTH
        assert rule is expected, (first, second)


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_clashes_by_the_table(first: str, second: str) -> None:
    same, different = EXPECTED[frozenset({first, second})]
    a, b = Aspect(first), Aspect(second)
    assert (clashes({a: 1}, {b: 1}) == []) is same
    assert (clashes({a: 1}, {b: 2}) == []) is different
    assert (clashes({b: 2}, {a: 1}) == []) is different  # either order


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("utskick")
    hp.load_default().new_report(YEAR).write_update_forms(folder, [FIRST, SECOND])
    return folder


def _fill(folder: Path, agency: str, aspect: str, index: int) -> None:
    if aspect == "new_measure":
        form_filler.fill(folder / f"{agency}.xlsx", {}, [PROPOSED[index]])
    else:
        form_filler.fill(folder / f"{agency}.xlsx", {ID: TYPED[aspect][index]})


def _read(written: Path, tmp_path: Path, first: str, second: str, second_index: int):
    folder = tmp_path / "svar"
    shutil.copytree(written, folder)
    _fill(folder, FIRST, first, 0)
    _fill(folder, SECOND, second, second_index)
    report = hp.load_default().new_report(YEAR)
    return report, report.check_update_forms(sorted(folder.glob("*.xlsx")))


#: Every pair typed with different values, and each aspect against itself with the same value.
TYPED_PAIRS = [(a, b, False) for a, b in PAIRS] + [(a, b, True) for a, b in PAIRS if a == b]


@pytest.mark.parametrize(("first", "second", "alike"), TYPED_PAIRS)
def test_each_pair_typed_into_two_forms(written, tmp_path, first, second, alike) -> None:
    same, different = EXPECTED[frozenset({first, second})]
    both_hold = same if alike else different
    _, result = _read(written, tmp_path, first, second, 0 if alike else 1)
    assert result.problems == ()
    if both_hold:
        assert result.conflicts == ()
        return
    (conflict,) = result.conflicts
    assert {a.agency for a in conflict.answers} == {FIRST, SECOND}
    text = str(conflict)
    assert f"{FIRST}.xlsx" in text and f"{SECOND}.xlsx" in text
    assert "Åtgärder!" in text or "Nya åtgärder rad" in text


def test_fra_completes_and_sakerhetspolisen_reschedules_is_a_conflict(written, tmp_path) -> None:
    """The issue's case: FRA answers 1.1.1 "genomförd 2021"; Säkerhetspolisen leaves Status empty
    and writes the period 2019–2026."""
    folder = tmp_path / "svar"
    shutil.copytree(written, folder)
    form_filler.fill(folder / "FRA.xlsx", {ID: {"Status": "genomförd", "År": 2021}})
    form_filler.fill(folder / "Säkerhetspolisen.xlsx", {ID: {"Ny period": "2019–2026"}})
    report = hp.load_default().new_report(YEAR)
    paths = sorted(folder.glob("*.xlsx"))
    before = report.plan.to_json()
    with pytest.raises(hp.FormError) as raised:
        report.read_update_forms(paths)
    assert report.plan.to_json() == before
    (conflict,) = raised.value.conflicts
    assert str(conflict.measure) == ID
    text = str(conflict)
    fra_status = form_filler.cell_name(_sheet(folder / "FRA.xlsx"), ID, "Status")
    sapo_period = form_filler.cell_name(_sheet(folder / "Säkerhetspolisen.xlsx"), ID, "Ny period")
    assert f"FRA.xlsx, Åtgärder!{fra_status}" in text
    assert f"Säkerhetspolisen.xlsx, Åtgärder!{sapo_period}" in text
    assert "genomförd 2021" in text and "2019–2026" in text
    # Settled per field: Säkerhetspolisen's period holds, FRA's completion is set aside …
    settled = hp.load_default().new_report(YEAR)
    settled.read_update_forms(paths, prefer={f"{ID}:period": "Säkerhetspolisen"})
    assert str(settled.measure(ID).period) == "2019–2026"
    assert settled.measure(ID).status.is_active
    # … or FRA's status holds and the new period is set aside.
    other = hp.load_default().new_report(YEAR)
    other.read_update_forms(paths, prefer={f"{ID}:status": "FRA"})
    assert (other.measure(ID).status.kind_text, str(other.measure(ID).period)) == (
        "genomförd",
        "2019–2025",
    )
    # A field no answer may be preferred on is a problem, not a guess.
    with pytest.raises(hp.FormError) as wrong:
        hp.load_default().new_report(YEAR).read_update_forms(paths, prefer={f"{ID}:sida": "FRA"})
    assert "sida" in str(wrong.value.problems[0])


def _sheet(path: Path):
    import openpyxl

    return openpyxl.load_workbook(path)[form_filler.MEASURES]


def test_the_same_measure_proposed_twice_is_one_measure(written, tmp_path) -> None:
    report, result = _read(written, tmp_path, "new_measure", "new_measure", 0)
    assert result.conflicts == () and len(result.proposals) == 1
