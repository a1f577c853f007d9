"""The activities' frames (``handlingsplan.activities.frames``) on activities built here: every
column's values and kind, an activity without priority or deadline, and no activities at all.
The shipped activities' frames are checked in test_activities_analysis.py."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

import handlingsplan as hp
from handlingsplan import _core
from handlingsplan.activities import activities_frame, deadlines_frame
from handlingsplan.activities.frames import (
    ACTIVITY_COLUMNS,
    EVENT_COLUMNS,
    event_kind_dtype,
    state_dtype,
)

FIRST = hp.GovernmentActivity(
    priority=2,
    state=_core.ActivityState.ongoing,
    text="Uppdraget (Ju2019/03058/SSK, dir. 2019:64).",
    case_numbers=[hp.CaseNumber("Ju2019/03058/SSK"), hp.CaseNumber("dir. 2019:64")],
    events=[
        hp.DatedEvent(_core.EventKind.decided, hp.SwedishDate("den 12 juli 2018")),
        hp.DatedEvent(
            _core.EventKind.due, hp.SwedishDate("i december 2021"), _core.DateBound.no_later_than
        ),
        hp.DatedEvent(_core.EventKind.due, hp.SwedishDate("den 1 mars 2021")),
    ],
)
SECOND = hp.GovernmentActivity(
    priority=None,
    state=_core.ActivityState.finished,
    text="Lagen trädde i kraft.",
    events=[hp.DatedEvent(_core.EventKind.in_force, hp.SwedishDate("hösten 2019"))],
)


def test_the_vocabularies_as_categoricals() -> None:
    assert list(state_dtype().categories) == ["pågående", "avslutad"] and state_dtype().ordered
    kinds = event_kind_dtype()
    assert kinds.ordered
    assert list(kinds.categories) == [_core.event_kind_text(k) for k in _core.EventKind]
    assert list(kinds.categories)[:3] == ["beslutad", "ska redovisas", "redovisad"]


def test_activities_frame_every_column() -> None:
    df = activities_frame([FIRST, SECOND])
    assert list(df.columns) == list(ACTIVITY_COLUMNS)
    assert list(df.activity) == [0, 1]
    assert list(df.priority) == [2, pd.NA]
    assert str(df.priority.dtype) == "Int64"
    assert list(df.state.astype(str)) == ["pågående", "avslutad"]
    assert df.state.dtype == state_dtype()
    assert list(df.text) == [FIRST.text, SECOND.text]
    assert list(df.case_numbers) == [["Ju2019/03058/SSK", "dir. 2019:64"], []]
    assert list(df.events) == [3, 1] and str(df.events.dtype) == "Int64"
    # The last days of the first and the last deadline, whatever the order written.
    assert df.first_deadline[0] == pd.Timestamp("2021-03-01")
    assert df.last_deadline[0] == pd.Timestamp("2021-12-31")
    assert pd.isna(df.first_deadline[1]) and pd.isna(df.last_deadline[1])
    for column in ("first_deadline", "last_deadline"):
        assert df[column].dtype.kind == "M"  # datetime64


def test_deadlines_frame_every_column() -> None:
    df = deadlines_frame([FIRST, SECOND])
    assert list(df.columns) == list(EVENT_COLUMNS)
    assert list(df.activity) == [0, 0, 0, 1]
    assert list(df.priority) == [2, 2, 2, pd.NA] and str(df.priority.dtype) == "Int64"
    assert list(df.state.astype(str)) == ["pågående"] * 3 + ["avslutad"]
    assert df.state.dtype == state_dtype()
    assert list(df.kind.astype(str)) == ["beslutad", "ska redovisas", "ska redovisas", "i kraft"]
    assert df.kind.dtype == event_kind_dtype()
    assert list(df.date_text) == ["12 juli 2018", "december 2021", "1 mars 2021", "hösten 2019"]
    assert list(df.precision.astype(str)) == ["dag", "månad", "dag", "årstid"]
    assert df.precision.dtype.ordered
    assert list(df.precision.dtype.categories) == [
        _core.date_precision_text(p) for p in _core.DatePrecision
    ]
    assert list(df.bound.astype(str)) == ["", "senast", "", ""]
    assert list(df.bound.dtype.categories) == [_core.date_bound_text(b) for b in _core.DateBound]
    assert list(df.day) == [pd.Timestamp("2018-07-12"), pd.NaT, pd.Timestamp("2021-03-01"), pd.NaT]
    assert list(df.first_day) == [
        pd.Timestamp(d) for d in ("2018-07-12", "2021-12-01", "2021-03-01", "2019-09-01")
    ]
    assert list(df.last_day) == [
        pd.Timestamp(d) for d in ("2018-07-12", "2021-12-31", "2021-03-01", "2019-11-30")
    ]
    for column in ("day", "first_day", "last_day"):
        assert df[column].dtype.kind == "M"  # datetime64
    assert list(df.case_numbers) == [["Ju2019/03058/SSK", "dir. 2019:64"]] * 3 + [[]]
    assert list(df.text) == [FIRST.text] * 3 + [SECOND.text]


@pytest.mark.parametrize(
    ("make", "columns"),
    [(activities_frame, ACTIVITY_COLUMNS), (deadlines_frame, EVENT_COLUMNS)],
)
def test_no_activities_give_the_columns_without_rows(make: object, columns: tuple[str]) -> None:
    df = make([])  # type: ignore[operator]
    assert list(df.columns) == list(columns) and len(df) == 0
    assert df.state.dtype == state_dtype()
    assert str(df.priority.dtype) == "Int64"


def test_a_day_is_a_day_in_both_frames() -> None:
    due = date(2021, 3, 1)
    assert deadlines_frame([FIRST]).day[2].date() == due
    assert activities_frame([FIRST]).first_deadline[0].date() == due
