"""The public API driven with odd strings and integers (issue 13): whatever it is given, it
answers with a value or one of the library's own errors (hp.Error and its subclasses), or a
plain TypeError where the type is plainly wrong; never pybind11's "incompatible function
arguments" for a right-typed value, a crash or another exception. And whatever an edit accepts
saves and loads back unchanged, byte for byte."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import handlingsplan as hp
from handlingsplan import _core

MINIMAL_TEXT = (
    Path(__file__).resolve().parent.parent / "malformed" / "valid-minimal.json"
).read_text(encoding="utf-8")
PLAN = hp.load_default()
REPORT = PLAN.report(2021)
CHECK = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# Strings: any code point, lone surrogates included, and the ones most likely to find an edge.
odd_strings = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=()), max_size=30),
    st.sampled_from(
        [
            "",
            " ",
            "\u00a0",
            "\0",
            "\ud800",
            "\udcff",
            "1.1.1",
            "1.1.1\0",
            "5.4.1.",
            "01.1.1",
            "2019–2022",
            "2019-2019",
            "2019 och tills vidare",
            "99999999999999999999",
            "MSB",
            "MSB i samverkan med FRA",
            "ansvarig",
            "genomförd",
            "Ny åtgärd",
            "Uppdaterad, tidplan",
            "\u202e",
            "a" * 5000,
            "é",
            "e\u0301",
            "\U0001f600",
        ]
    ),
)
# Integers: any size, and the ones at the edges of the library's ranges and of C's types.
odd_ints = st.one_of(
    st.integers(),
    st.sampled_from(
        [
            0,
            1,
            -1,
            999,
            1000,
            1899,
            1900,
            2021,
            2200,
            2201,
            100000,
            100001,
            2**31 - 1,
            2**31,
            -(2**31),
            -(2**31) - 1,
            2**63,
            2**64,
            -(2**64),
            10**100,
        ]
    ),
)
odd_values = st.one_of(
    odd_strings,
    odd_ints,
    st.none(),
    st.floats(allow_nan=True),
    st.binary(max_size=8),
    st.lists(st.integers(), max_size=2),
)


def answers(call: Callable[[], object], *, wrong_type: bool = False) -> None:
    """`call` returns, or raises the library's error (or a TypeError when `wrong_type`)."""
    try:
        call()
    except hp.Error:
        pass
    except TypeError as error:
        assert wrong_type, f"TypeError for a right-typed argument: {error}"
        assert "incompatible function arguments" not in str(error) or wrong_type


@CHECK
@given(odd_strings)
def test_text_parsers_answer_with_the_librarys_errors(text: str) -> None:
    for parse in (
        hp.MeasureId,
        hp.ObjectiveId,
        hp.Period,
        hp.Period.parse,
        hp.Agencies,
        hp.Agencies.parse,
        hp.Status.parse_appendix_text,
        _core.parse_role,
        _core.parse_status_kind,
        lambda t: hp.Agencies.parse(t, PLAN.agencies),
        PLAN.agencies.find,
    ):
        answers(lambda parse=parse: parse(text))
    answers(lambda: PLAN.measure(text))
    answers(lambda: PLAN.objective(text))
    answers(lambda: REPORT.measure(text))
    assert isinstance(text in REPORT, bool)
    answers(lambda: REPORT.measures(agency=text))
    answers(lambda: REPORT.measures(role=text))
    answers(lambda: REPORT.measures(status=text))
    answers(lambda: REPORT.measures(objective=text))
    answers(lambda: hp.Plan.from_json(text, source=text))
    answers(lambda: hp.Plan.load(text))


@CHECK
@given(odd_ints, odd_ints, odd_ints)
def test_numbers_answer_with_the_librarys_errors(a: int, b: int, c: int) -> None:
    for call in (
        lambda: hp.MeasureId(a, b, c),
        lambda: hp.ObjectiveId(a, b),
        lambda: hp.Period(a, b),
        lambda: hp.Status.completed(a),
        lambda: hp.Status.withdrawn(a, "skäl"),
        lambda: PLAN.report(a),
        lambda: PLAN.priority(a),
        lambda: _core.Report.due_date(a),
        lambda: REPORT.measures(priority=a, active_in=b),
        lambda: hp.Measure(id="1.1.1", title="T", agencies="MSB", page=a),
        lambda: hp.Plan(title="P", first_year=a, last_year=b, priorities=[]),
    ):
        answers(call)


@CHECK
@given(odd_values)
def test_a_value_of_any_type_gets_a_library_error_or_a_type_error(value: Any) -> None:
    calls: list[tuple[Callable[[], object], type | tuple[type, ...]]] = [
        (lambda: hp.MeasureId(value), str),
        (lambda: hp.Period(value), str),
        (lambda: PLAN.report(value), int),
        (lambda: hp.Plan.from_json(value), str),
        (lambda: hp.Plan.load(value), str),
        (lambda: hp.diff(value, REPORT), ()),
        (lambda: hp.Measure(id="1.1.1", title=value, agencies="MSB"), str),
        (lambda: REPORT.measures(agency=value), str),
    ]
    for call, right in calls:
        answers(call, wrong_type=not isinstance(value, right))


edits = st.one_of(
    st.builds(lambda t: ("update", {"title": t}), odd_strings),
    st.builds(lambda t: ("update", {"description": t}), odd_strings),
    st.builds(lambda t: ("update", {"agencies": t}), odd_strings),
    st.builds(lambda t: ("update", {"period": t}), odd_strings),
    st.builds(lambda n: ("update", {"page": n}), odd_ints),
    st.builds(lambda n: ("complete", {"year": n}), odd_ints),
    st.builds(lambda n, r: ("withdraw", {"year": n, "reason": r}), odd_ints, odd_strings),
    st.builds(
        lambda t, a, p, n: ("add", {"title": t, "appendix_title": a, "period": p, "page": n}),
        odd_strings,
        st.one_of(st.none(), odd_strings),
        st.one_of(st.none(), odd_strings),
        st.one_of(st.none(), odd_ints),
    ),
)


@settings(
    max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(edits, min_size=1, max_size=4))
def test_whatever_an_edit_accepts_saves_and_loads_back(
    steps: list[tuple[str, dict[str, Any]]],
) -> None:
    plan = hp.Plan.from_json(MINIMAL_TEXT)
    plan.new_report(2022)
    report = plan.report(2022)
    for kind, arguments in steps:
        before = plan.to_json()
        try:
            if kind == "add":
                report.add(hp.Measure(id="1.1.2", agencies="MSB", **arguments))
            else:
                getattr(report, kind)("1.1.1", **arguments)
        except hp.Error:
            assert plan.to_json() == before  # a refused edit changes nothing
            continue
        text = plan.to_json()
        assert hp.Plan.from_json(text).to_json() == text


@pytest.mark.parametrize(
    "name", ["Plan", "Report", "Measure", "Status", "MeasureId", "Period", "Agencies"]
)
def test_uninitialised_objects_answer_with_a_type_error(name: str) -> None:
    cls = getattr(_core, name)
    blank = cls.__new__(cls)
    properties = [a for a in dir(cls) if isinstance(getattr(cls, a), property)]
    assert properties
    for attribute in properties:
        with pytest.raises(TypeError, match="__new__"):
            getattr(blank, attribute)
