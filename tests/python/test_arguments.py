"""Arguments of the right type reach the library's rules (issue 13, findings 3, 4 and 9): no crash
from objects made by __new__, no pybind11 "incompatible function arguments" for a str, an int or
a date, and a clear TypeError for a plainly wrong type."""

from __future__ import annotations

import datetime
import subprocess
import sys

import pytest

import handlingsplan as hp
from handlingsplan import _core

BOUND_CLASSES = sorted(
    (
        obj
        for obj in vars(_core).values()
        if isinstance(obj, type)
        and obj.__module__ == "handlingsplan._core"
        and not issubclass(obj, BaseException)
        and type(obj).__name__ == "pybind11_type"
    ),
    key=lambda cls: cls.__name__,
)


def test_every_bound_class_is_checked() -> None:
    names = {cls.__name__ for cls in BOUND_CLASSES}
    assert {
        "Plan",
        "Report",
        "Measure",
        "Status",
        "MeasureId",
        "Period",
        "Appendix",
        "Finding",
    } <= names


@pytest.mark.parametrize("cls", BOUND_CLASSES, ids=lambda cls: cls.__name__)
def test_an_instance_made_by_new_is_refused_not_read(cls: type) -> None:
    # Run apart: before the fix this crashed the interpreter (SIGSEGV) or read garbage.
    script = f"""
import inspect, handlingsplan._core as c
cls = c.{cls.__name__}
x = cls.__new__(cls)
used = 0
for name, member in inspect.getmembers(cls):
    if name in ("__new__", "__init__", "__init_subclass__", "__subclasshook__", "__class__",
                "__getattribute__", "__setattr__", "__delattr__", "__dir__", "__reduce__",
                "__reduce_ex__", "__sizeof__", "__format__", "__getstate__", "__new__", "__class_getitem__"):
        continue
    if isinstance(member, property):
        call = lambda: getattr(x, name)
    elif callable(member) and not isinstance(inspect.getattr_static(cls, name), staticmethod):
        call = lambda: getattr(x, name)(x) if name.startswith("__") and name not in ("__repr__", "__str__", "__hash__", "__len__", "__bool__", "__iter__") else getattr(x, name)()
    else:
        continue
    try:
        call()
    except TypeError as error:
        used += "__new__" in str(error)
    except Exception:
        pass
print("refused", used)
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("refused ")
    assert int(result.stdout.split()[1]) > 0


def test_uninitialised_status_gives_a_type_error_naming_new() -> None:
    status = hp.Status.__new__(hp.Status)
    with pytest.raises(TypeError, match="__new__"):
        _ = status.kind
    with pytest.raises(TypeError, match="__new__"):
        hp.Status.ongoing() == status  # noqa: B015
    plan = _core.Plan.__new__(_core.Plan)
    with pytest.raises(TypeError, match="__new__"):
        _ = plan.title


def test_a_lone_surrogate_gets_the_error_of_its_siblings() -> None:
    with pytest.raises(hp.ParseError) as raised:
        hp.MeasureId("\ud800")
    assert raised.value.input == "\ud800"
    with pytest.raises(hp.ParseError):
        hp.MeasureId("x")
    plan = hp.load_default()
    report = plan.report(2021)
    with pytest.raises(hp.NotFoundError):
        report.measures(agency="\ud800")
    with pytest.raises(hp.NotFoundError):
        report.measures(agency="Ingen myndighet")
    with pytest.raises(hp.ParseError):
        hp.Period("\udcff")
    with pytest.raises(hp.InvalidValueError):
        hp.Measure(id="1.1.1", title="Titel \ud800", agencies="MSB")
    with pytest.raises(hp.ParseError):
        hp.Agencies("MSB och \ud800")
    str(raised.value)  # printable: the surrogate is shown escaped
    raised.value.args[0].encode("utf-8")


def test_an_int_beyond_32_bits_is_the_librarys_error() -> None:
    plan = hp.load_default()
    with pytest.raises(hp.NotFoundError):
        plan.report(99999)
    for number in (2**31, -(2**31) - 1, 2**64, 10**30):
        with pytest.raises(hp.InvalidValueError, match="32 bits"):
            plan.report(number)
        with pytest.raises(hp.InvalidValueError):
            hp.Period(number, 2022)
        with pytest.raises(hp.InvalidValueError):
            hp.Measure(id="1.1.1", title="T", agencies="MSB", page=number)
    with pytest.raises(TypeError):
        plan.report(2021.0)  # type: ignore[arg-type]


def test_a_datetime_is_taken_as_its_date() -> None:
    report = _core.Report(2021, datetime.datetime(2021, 3, 1, 12, 30), [])
    assert report.submitted == datetime.date(2021, 3, 1)
    plan = hp.load_default()
    assert plan.new_report(2022, datetime.datetime(2022, 2, 28, 9)).submitted == datetime.date(
        2022, 2, 28
    )
    with pytest.raises(hp.InvalidValueError):
        _core.Report(2021, datetime.datetime(1800, 1, 1), [])


@pytest.mark.parametrize("text", [123, None, b"{}", 1.5, ["{}"]])
def test_from_json_of_something_not_text_is_a_clear_type_error(text: object) -> None:
    with pytest.raises(TypeError, match="Plan.from_json: the JSON text must be str"):
        hp.Plan.from_json(text)  # type: ignore[arg-type]


def test_diff_of_something_not_a_report_is_a_clear_type_error() -> None:
    report = hp.load_default().report(2021)
    with pytest.raises(TypeError, match="diff: `before` must be a Report"):
        hp.diff("a", "b")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="diff: `after` must be a Report"):
        hp.diff(report, 2021)  # type: ignore[arg-type]
    hp.diff(report, report)  # the right types still work
