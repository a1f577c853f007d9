"""The analysts' side of the government's activities: frames, the iCalendar file, the HTML view,
the timeline figure, and the compiled types as Python sees them. Expected values are read from
the source text by ``seed_activities``, never copied from the output."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import icalendar
import pandas as pd
import pytest

import handlingsplan as hp
import handlingsplan.activities.frames  # the frames module, used directly
import seed_activities
from handlingsplan import _core
from handlingsplan.activities import (
    ActivitiesView,
    deadlines_calendar,
    deadlines_frame,
    write_calendar,
)
from handlingsplan.activities.plots import timeline

SEED = seed_activities.read()
SEED_DEADLINES = [(a, e) for a in SEED.activities for e in a.events if e.kind == "ska redovisas"]


@pytest.fixture(scope="module")
def plan() -> hp.Plan:
    return hp.load_default()


def _last_day(iso: str) -> date:
    """The last day an ISO date at its precision covers (days and months are all the source uses
    for deadlines)."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return date(*parts)
    year, month = parts
    return (pd.Timestamp(year=year, month=month, day=1) + pd.offsets.MonthEnd(0)).date()


# --------------------------------------------------------------------------------------------
# Frames


def test_activities_frame(plan: hp.Plan) -> None:
    df = plan.activities_frame()
    assert list(df.columns) == list(hp.activities.frames.ACTIVITY_COLUMNS)
    assert len(df) == len(SEED.activities)
    assert df.state.dtype == "category" and list(df.state.cat.categories) == [
        "pågående",
        "avslutad",
    ]
    assert (
        df.groupby("priority").size().to_dict()
        == pd.Series([a.priority for a in SEED.activities]).value_counts().sort_index().to_dict()
    )
    for row, seed in zip(df.itertuples(), SEED.activities, strict=True):
        assert row.case_numbers == seed.case_numbers
        assert row.events == len(seed.events)
        deadlines = [_last_day(e.date) for e in seed.events if e.kind == "ska redovisas"]
        if deadlines:
            assert row.first_deadline.date() == min(deadlines)
        else:
            assert pd.isna(row.first_deadline)


def test_deadlines_frame_has_one_row_per_dated_event(plan: hp.Plan) -> None:
    df = deadlines_frame(plan.activities)
    assert list(df.columns) == list(hp.activities.frames.EVENT_COLUMNS)
    seed_events = [(a, e) for a in SEED.activities for e in a.events]
    assert len(df) == len(seed_events)
    assert list(df.kind.astype(str)) == [e.kind for _, e in seed_events]
    assert list(df.bound.astype(str)) == [e.bound for _, e in seed_events]
    day_rows = df[df.precision == "dag"]
    assert (day_rows.day == day_rows.first_day).all() and (
        day_rows.first_day == day_rows.last_day
    ).all()
    assert df[df.precision != "dag"].day.isna().all()
    # Due by 1 March 2021 and still ongoing: the question of the notebook.
    due = df[(df.kind == "ska redovisas") & (df.last_day <= "2021-03-01")]
    expected = [
        (a.text, e.date) for a, e in SEED_DEADLINES if _last_day(e.date) <= date(2021, 3, 1)
    ]
    assert sorted(zip(due.text, due.day.dt.strftime("%Y-%m-%d"), strict=False)) == sorted(expected)


def test_core_queries_agree_with_the_text(plan: hp.Plan) -> None:
    between = _core.deadlines_between(plan.activities, date(2021, 1, 1), date(2021, 3, 1))
    expected = [
        (a.text, e.date)
        for a, e in SEED_DEADLINES
        if date(2021, 1, 1) <= _last_day(e.date) <= date(2021, 3, 1)
    ]
    assert sorted((a.text, e.when.to_iso()) for a, e in between) == sorted(expected)
    overdue = _core.overdue_activities(plan.activities, date(2021, 3, 2))
    # Ongoing, with a deadline before 2 March 2021, and no report dated on or after it.
    wanted = set()
    for a in SEED.activities:
        if a.state != "pågående":
            continue
        for e in a.events:
            if e.kind == "ska redovisas" and _last_day(e.date) < date(2021, 3, 2):
                reported = any(
                    r.kind == "redovisad" and _last_day(r.date) >= _last_day(e.date)
                    for r in a.events
                )
                if not reported:
                    wanted.add(a.text)
    assert {a.text for a in overdue} == wanted and wanted
    fra = _core.select_activities(plan.activities, agency="FRA", registry=plan.agencies)
    assert {a.text for a in fra} == {
        a.text for a in SEED.activities if "FRA" in a.text or "Försvarets radioanstalt" in a.text
    }
    with pytest.raises(hp.NotFoundError):
        _core.select_activities(plan.activities, agency="Ingen myndighet")


# --------------------------------------------------------------------------------------------
# The calendar


def test_calendar_parses_back_with_every_deadline(plan: hp.Plan, tmp_path: Path) -> None:
    stamp = datetime(2021, 1, 15, 12, 0, tzinfo=timezone.utc)
    path = write_calendar(plan.activities, tmp_path / "redovisningar.ics", stamp=stamp)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(SEED_DEADLINES)
    got = sorted(
        (e.decoded("dtend") - e.decoded("dtstart")).days == 1
        and e.decoded("dtstart").isoformat()
        or e.decoded("dtstart").isoformat()[:7]
        for e in events
    )
    assert got == sorted(e.date for _, e in SEED_DEADLINES)
    assert len({str(e["uid"]) for e in events}) == len(events)
    for event in events:
        assert str(event["summary"]).startswith("Ska redovisas")
        assert event.decoded("dtstamp") == stamp
    # The same activities give the same file.
    again = deadlines_calendar(plan.activities, stamp=stamp).to_ical()
    assert again == path.read_bytes()
    with pytest.raises(hp.FileError):
        write_calendar(plan.activities, tmp_path / "missing" / "x.ics")


# --------------------------------------------------------------------------------------------
# HTML and the figure


def test_html_view(plan: hp.Plan) -> None:
    view = plan.activities_view(on=date(2021, 3, 2))
    assert isinstance(view, ActivitiesView)
    html = view._repr_html_()
    for priority in plan.priorities:
        assert priority.title in html
    assert html.count("<tr>") == len(SEED.activities) + 6  # a header row per priority table
    assert "Ju2018/03737/SSK" in html and "ska redovisas: senast 31 augusti 2020" in html
    assert "försenad" in html
    # Texts are escaped, not pasted in.
    tricky = hp.GovernmentActivity.from_text(
        priority=1, state=_core.ActivityState.ongoing, text="<b>x</b> & y"
    )
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in ActivitiesView([tricky], plan.priorities)._repr_html_()


def test_timeline_figure(plan: hp.Plan, tmp_path: Path) -> None:
    figure = timeline(plan.activities, plan.priorities, today=date(2021, 3, 1))
    figure.savefig(tmp_path / "aktiviteter-tidslinje.png", dpi=80)
    assert (tmp_path / "aktiviteter-tidslinje.png").read_bytes().startswith(b"\x89PNG")
    ax = figure.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 6 and labels[0].startswith("1. Säkerställa")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "ska redovisas" in legend and "beslutad" in legend
    from matplotlib.figure import Figure

    given = Figure()
    axes = given.add_subplot()
    assert timeline(plan.activities, ax=axes, kinds=[_core.EventKind.due]) is given


# --------------------------------------------------------------------------------------------
# The compiled types as Python sees them


def test_case_numbers_and_dates_in_python() -> None:
    n = hp.CaseNumber("Fö2017/00535/ SUND")
    assert str(n) == "Fö2017/00535/SUND" and n == hp.CaseNumber("Fö2017/00535/SUND")
    assert hash(n) == hash(hp.CaseNumber("Fö2017/00535/SUND"))
    assert repr(n) == "CaseNumber('Fö2017/00535/SUND')"
    assert n.kind == _core.CaseNumberKind.department and n.year == 2017 and n.unit == "SUND"
    assert hp.CaseNumber("dir 2017:99") < hp.CaseNumber("dir. 2019:50")
    with pytest.raises(hp.ParseError, match="character"):
        hp.CaseNumber("Ju2019/12")
    # Since 2021 without the unit; as people type them; a query without the unit finds it.
    assert str(hp.CaseNumber("Fö2025/01712")) == "Fö2025/01712"
    typed = hp.CaseNumber("ju 2019/03058/ssk")
    assert typed == hp.CaseNumber("Ju2019/03058/SSK") and typed.printed == "ju 2019/03058/ssk"
    assert hp.CaseNumber("Ju2019/03058").same_case(typed)
    with pytest.raises(hp.ParseError, match='did you mean "Fö"'):
        hp.CaseNumber("Fo2025/01712")
    d = hp.SwedishDate("hösten 2017")
    assert d.precision == _core.DatePrecision.season and d.exact_day is None
    assert (d.first_day, d.last_day) == (date(2017, 9, 1), date(2017, 11, 30))
    assert d.year == 2017 and d.season == _core.Season.autumn and d.to_iso() == "2017-hösten"
    assert hp.SwedishDate.of_month(2020, 12) == hp.SwedishDate("i december 2020")
    assert hp.SwedishDate("den 12 juli 2018").exact_day == date(2018, 7, 12)
    with pytest.raises(hp.ParseError):
        hp.SwedishDate("den 25 juni")
    event = hp.DatedEvent(_core.EventKind.due, hp.SwedishDate("i december 2020"))
    assert event.date is None and event.precision == _core.DatePrecision.month
    facts = _core.read_activity_text(
        "Uppdraget ska redovisas senast den 1 mars 2021 (dir. 2019:73)."
    )
    assert [str(x) for x in facts.case_numbers] == ["dir. 2019:73"]
    assert [(e.kind_text, e.date) for e in facts.events] == [("ska redovisas", date(2021, 3, 1))]


def test_reprs_read_like_constructor_calls() -> None:
    import pickle

    from handlingsplan._core import DateBound, EventKind, SwedishDate  # noqa: F401 (for eval)

    event = hp.DatedEvent(
        _core.EventKind.due, hp.SwedishDate("den 1 mars 2021"), _core.DateBound.no_later_than
    )
    text = repr(event)
    assert (
        text
        == "DatedEvent(EventKind.due, SwedishDate('1 mars 2021'), bound=DateBound.no_later_than)"
    )
    assert (
        eval(
            text,
            {
                "DatedEvent": hp.DatedEvent,
                "EventKind": EventKind,
                "SwedishDate": SwedishDate,
                "DateBound": DateBound,
            },
        )
        == event
    )
    for value in (hp.SwedishDate("hösten 2017"), hp.CaseNumber("KOM (2018) 630 slutlig")):
        assert pickle.loads(pickle.dumps(value)) == value
