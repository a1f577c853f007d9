"""The timeline figure (``handlingsplan.activities.plots``) on activities built here: where each
event is drawn, how a day differs from a month, the rows and their labels, the "i dag" line, the
legend, and the figure's look. The shipped activities' figure is checked in
test_activities_analysis.py."""

from __future__ import annotations

from datetime import date

import pytest
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine

import handlingsplan as hp
from handlingsplan import _core
from handlingsplan.activities.plots import EVENT_STYLES, _year_fraction, timeline

DUE, DECIDED = _core.EventKind.due, _core.EventKind.decided
LONG_TITLE = "Säkerställa en systematisk och samlad ansats i arbetet med informationssäkerhet"


def _activity(priority: int | None, *events: tuple[_core.EventKind, str]) -> hp.GovernmentActivity:
    return hp.GovernmentActivity(
        priority=priority,
        state=_core.ActivityState.ongoing,
        text="Text.",
        events=[hp.DatedEvent(kind, hp.SwedishDate(when)) for kind, when in events],
    )


ONE_DAY = _activity(2, (DECIDED, "den 2 juli 2020"))
TWO = [
    _activity(2, (DUE, "den 1 mars 2021")),
    _activity(2, (DUE, "i december 2021")),
]


def _points(figure: Figure) -> list[tuple[list[float], list[float]]]:
    return [(list(x.get_xdata()), list(x.get_ydata())) for x in figure.axes[0].get_lines()]


def test_a_day_as_a_point_on_a_year_axis() -> None:
    assert _year_fraction(date(2021, 1, 1)) == 2021.0
    assert _year_fraction(date(2021, 3, 1)) == 2021 + 59 / 365
    assert _year_fraction(date(2020, 7, 2)) == 2020.5  # 183 of 366 days
    assert _year_fraction(date(2019, 12, 31)) == 2019 + 364 / 365


def test_a_day_is_a_point_in_its_kinds_style() -> None:
    figure = timeline([ONE_DAY], [_core.Priority(2, "Öka kunskapen", [])])
    (line,) = figure.axes[0].get_lines()
    assert (list(line.get_xdata()), list(line.get_ydata())) == ([2020.5], [0.0])
    assert (line.get_marker(), line.get_color()) == EVENT_STYLES[DECIDED]
    assert line.get_linestyle() == "None" and line.get_fillstyle() == "full"


def test_a_month_is_a_bar_over_it_with_an_open_marker_at_its_start() -> None:
    figure = timeline(TWO[1:])
    bar, start = figure.axes[0].get_lines()
    december = _year_fraction(date(2021, 12, 1))
    assert (list(bar.get_xdata()), list(bar.get_ydata())) == ([december, 2022.0], [0.0, 0.0])
    assert bar.get_color() == EVENT_STYLES[DUE][1] and bar.get_solid_capstyle() == "butt"
    assert (list(start.get_xdata()), list(start.get_ydata())) == ([december], [0.0])
    assert (start.get_marker(), start.get_color()) == EVENT_STYLES[DUE]
    assert start.get_fillstyle() == "none" and start.get_linestyle() == "None"
    # The legend shows the bar as drawn, and the marker of the kind.
    handles = figure.axes[0].get_legend().legend_handles
    assert [h.get_label() for h in handles] == ["ska redovisas", "månad, årstid eller år"]
    kind, covers = handles
    assert (kind.get_marker(), kind.get_color()) == EVENT_STYLES[DUE]
    assert kind.get_markersize() == start.get_markersize()
    assert kind.get_linestyle() == start.get_linestyle() == "None"
    assert (covers.get_linewidth(), covers.get_alpha()) == (bar.get_linewidth(), bar.get_alpha())
    assert bar.get_linewidth() > start.get_linewidth() and 0 < bar.get_alpha() < 1


def test_activities_of_a_row_spread_evenly_within_it() -> None:
    figure = timeline([*TWO, ONE_DAY, _activity(4, (DUE, "den 1 mars 2021"))])
    ys = sorted({round(y, 9) for _, ys in _points(figure) for y in ys})
    # Row 0 is priority 2 with three activities, a third of 0.7 apart around it; row 1 holds
    # one, on it.
    assert ys == [round(v, 9) for v in (-0.7 / 3, 0.0, 0.7 / 3, 1.0)]


def test_kinds_limit_what_is_drawn_and_the_legend() -> None:
    figure = timeline([ONE_DAY, *TWO], kinds=[DECIDED])
    assert _points(figure) == [([2020.5], [pytest.approx(-0.7 / 3)])]
    legend = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert legend == ["beslutad", "månad, årstid eller år"]
    assert _points(timeline([ONE_DAY], kinds=[])) == []
    # A kind left out does not end the activity's other events.
    both = _activity(1, (DECIDED, "den 2 juli 2020"), (DUE, "den 1 mars 2021"))
    assert _points(timeline([both], kinds=[DUE])) == [([2021 + 59 / 365], [0.0])]
    # By default every kind, the legend in the order of the styles.
    legend = [t.get_text() for t in timeline([*TWO, ONE_DAY]).axes[0].get_legend().get_texts()]
    assert legend == ["beslutad", "ska redovisas", "månad, årstid eller år"]


def test_rows_and_their_labels() -> None:
    priorities = [_core.Priority(1, LONG_TITLE, []), _core.Priority(3, "Kort titel", [])]
    figure = timeline([_activity(None, (DUE, "2022")), ONE_DAY], priorities)
    ax = figure.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [
        "Regeringsuppdrag",
        f"1. {LONG_TITLE[:38]}…",
        "Prioritering 2",
        "3. Kort titel",
    ]
    assert list(ax.get_yticks()) == [0, 1, 2, 3]
    assert ax.get_ylim() == (3.5, -0.5)  # the first row on top
    # A title of 38 characters is whole.
    exact = _core.Priority(1, LONG_TITLE[:38], [])
    assert [t.get_text() for t in timeline([], [exact]).axes[0].get_yticklabels()] == [
        f"1. {LONG_TITLE[:38]}"
    ]
    # The assignment no priority names drawn on its row, alone there.
    assert _points(figure)[0][1] == [0.0, 0.0]
    alone = timeline([_activity(None, (DUE, "2022")), _activity(1, (DECIDED, "den 2 juli 2020"))])
    assert [ys for _, ys in _points(alone)] == [[0.0, 0.0], [0.0], [1.0]]
    # A title of 39 characters is cut.
    cut = _core.Priority(1, LONG_TITLE[:39], [])
    assert [t.get_text() for t in timeline([], [cut]).axes[0].get_yticklabels()] == [
        f"1. {LONG_TITLE[:38]}…"
    ]


def test_today_is_a_line_with_its_words() -> None:
    figure = timeline(TWO, today=date(2021, 3, 1))
    ax = figure.axes[0]
    (line,) = [x for x in ax.get_lines() if x.get_linestyle() == "--"]
    assert list(line.get_xdata()) == [2021 + 59 / 365] * 2
    (text,) = ax.texts
    assert text.get_text() == "i dag"
    assert text.xy == (2021 + 59 / 365, 0.5)  # at the top of the one row
    assert len(timeline(TWO).axes[0].texts) == 0


def test_the_years_on_the_axis() -> None:
    ax = timeline(TWO).axes[0]
    first, last = ax.get_xlim()
    years = list(range(int(first), int(last) + 1))
    assert 2021 in years and 2022 in years
    assert list(ax.get_xticks()) == years
    assert [t.get_text() for t in ax.get_xticklabels()] == [str(y) for y in years]


def test_the_figures_look() -> None:
    # Pinned: a change of the look is made here on purpose, not by accident.
    figure = timeline(TWO, [_core.Priority(2, "Öka kunskapen", [])], today=date(2021, 3, 1))
    ax = figure.axes[0]
    assert tuple(figure.get_size_inches()) == (11.0, pytest.approx(1.9))
    assert tuple(timeline(TWO, []).get_size_inches()) == (11.0, pytest.approx(1.9))
    three = [_core.Priority(n, "P", []) for n in (1, 2, 3)]
    assert tuple(timeline([], three).get_size_inches()) == (11.0, pytest.approx(3.7))
    assert isinstance(figure.get_layout_engine(), ConstrainedLayoutEngine)
    assert ax.get_title() == "Regeringens aktiviteter: beslut, redovisningar och ikraftträdanden"
    points = [x for x in ax.get_lines() if x.get_marker() not in ("None", None, "")]
    assert {(x.get_markersize(), x.get_linestyle()) for x in points} == {(6.0, "None")}
    bar = next(x for x in ax.get_lines() if len(x.get_xdata()) == 2 and x.get_linestyle() == "-")
    assert (bar.get_linewidth(), bar.get_alpha()) == (3.0, 0.6)
    today = next(x for x in ax.get_lines() if x.get_linestyle() == "--")
    assert (today.get_color(), today.get_linewidth()) == ("black", 0.8)
    (text,) = ax.texts
    assert (text.get_fontsize(), text.get_va(), text.xyann, text.anncoords) == (
        8.0,
        "top",
        (3, 0),
        "offset points",
    )
    assert {t.get_fontsize() for t in ax.get_yticklabels()} == {8.0}
    assert ax.xaxis.get_gridlines()[0].get_visible()
    assert ax.xaxis.get_gridlines()[0].get_color() == "#dddddd"
    assert not ax.yaxis.get_gridlines()[0].get_visible()
    legend = ax.get_legend()
    assert legend._loc == 2 and not legend.get_frame_on()  # "upper left"
    assert {t.get_fontsize() for t in legend.get_texts()} == {8.0}
    assert tuple(legend.get_bbox_to_anchor().transformed(ax.transAxes.inverted()).p0) == (
        pytest.approx(1.01),
        pytest.approx(1.0),
    )
    assert legend.legend_handles[-1].get_color() == "#7f7f7f"


def test_an_axes_given_is_drawn_into_and_its_figure_returned() -> None:
    given = Figure()
    assert timeline(TWO, ax=given.add_subplot()) is given
    assert len(given.axes[0].get_lines()) == 3
    top = Figure()
    sub = top.subfigures(1, 2)[0]
    assert timeline(TWO, ax=sub.add_subplot()) is top
