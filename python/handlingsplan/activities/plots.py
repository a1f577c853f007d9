"""A timeline of the government's activities: decisions, deadlines, reports and laws in force
per strategic priority, with Swedish labels. A date given to the day is a marker; a month, a
season or a year is a bar over what it covers, so that no date looks more precise than the text.

The function draws into the `~matplotlib.axes.Axes` given as ``ax=`` or into a new plain
`Figure` (not registered with pyplot) and returns the figure. This module imports matplotlib:
import it when needed, ``from handlingsplan.activities import plots``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from .._core import DatedEvent, EventKind, GovernmentActivity, Priority, event_kind_text

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["EVENT_STYLES", "timeline"]

#: Marker and colour of each kind of event.
EVENT_STYLES: dict[EventKind, tuple[str, str]] = {
    EventKind.decided: ("o", "#1f77b4"),
    EventKind.due: ("v", "#d62728"),
    EventKind.reported: ("^", "#2ca02c"),
    EventKind.in_force: ("s", "#9467bd"),
    EventKind.extended: ("D", "#ff7f0e"),
    EventKind.adopted: ("P", "#8c564b"),
    EventKind.published: ("*", "#e377c2"),
    EventKind.other: ("x", "#7f7f7f"),
}

#: How a date given to the day is drawn (with its kind's marker and colour), in the figure and
#: in its legend alike; a coarser date's marker is the same, open.
_POINT: dict[str, Any] = {"linestyle": "none", "markersize": 6}
#: How what a coarser date covers is drawn (in its kind's colour), and its legend entry.
_BAR: dict[str, Any] = {"linewidth": 3, "alpha": 0.6}
#: The size of the figure's small texts: the rows' labels, "i dag" and the legend.
_SMALL = 8


def _year_fraction(day: date) -> float:
    """`day` as a point on a year axis: 1 March 2021 -> about 2021.16."""
    start = date(day.year, 1, 1)
    return day.year + (day - start).days / (date(day.year + 1, 1, 1) - start).days


def timeline(
    activities: Sequence[GovernmentActivity],
    priorities: Sequence[Priority] = (),
    *,
    kinds: Sequence[EventKind] | None = None,
    today: date | None = None,
    ax: Axes | None = None,
) -> Figure:
    """The dated events of `activities` on a time axis, one row per strategic priority (its
    number, and its title from `priorities` when given), events of one activity spread a little
    apart within the row. `kinds` limits the kinds drawn (default: all); `today` draws a
    vertical line ("i dag") on that day."""
    shown = set(kinds) if kinds is not None else set(EVENT_STYLES)
    # An assignment read from a page that no priority names (priority None) has row 0.
    numbers = sorted({a.priority or 0 for a in activities} | {p.number for p in priorities})
    titles = {p.number: p.title for p in priorities}
    figure, ax = _figure_and_axes(ax, len(numbers))
    drawn: set[EventKind] = set()
    for activity, y in zip(activities, _heights(activities, numbers), strict=True):
        for event in activity.events:
            if event.kind in shown:
                _draw_event(ax, event, y)
                drawn.add(event.kind)
    if today is not None:
        _draw_today(ax, today, len(numbers))
    _label_axes(ax, numbers, titles)
    _add_legend(ax, drawn)
    return figure


def _figure_and_axes(ax: Axes | None, rows: int) -> tuple[Figure, Axes]:
    """A new figure for `rows` rows, or the figure holding `ax` (a subfigure's figure)."""
    if ax is None:
        figure = Figure(figsize=(11, 1.0 + 0.9 * max(rows, 1)), layout="constrained")
        return figure, figure.add_subplot()
    # The figure holding the axes, or the subfigure's figure (a figure's is itself).
    return ax.figure.figure, ax


def _heights(activities: Sequence[GovernmentActivity], numbers: list[int]) -> list[float]:
    """Each activity's height: its priority's row, the activities of a row spread a little
    apart within it in their order."""
    row = {number: index for index, number in enumerate(numbers)}
    counts = {n: sum(1 for a in activities if (a.priority or 0) == n) for n in numbers}
    per_priority: dict[int, int] = {}
    heights = []
    for activity in activities:
        number = activity.priority or 0
        k = per_priority.get(number, 0)
        per_priority[number] = k + 1
        heights.append(row[number] + (-0.35 + 0.7 * (k + 0.5) / counts[number]))
    return heights


def _draw_event(ax: Axes, event: DatedEvent, y: float) -> None:
    """An event at height `y`: a marker on its day, or a bar over the month, season or year it
    gives, with its marker open at the start."""
    marker, color = EVENT_STYLES[event.kind]
    when = event.when
    if event.date is not None:
        ax.plot([_year_fraction(event.date)], [y], marker=marker, color=color, **_POINT)
        return
    end = when.last_day + timedelta(days=1)
    start = _year_fraction(when.first_day)
    ax.plot([start, _year_fraction(end)], [y, y], color=color, solid_capstyle="butt", **_BAR)
    ax.plot([start], [y], marker=marker, color=color, fillstyle="none", **_POINT)


def _draw_today(ax: Axes, today: date, rows: int) -> None:
    ax.axvline(_year_fraction(today), color="black", linewidth=0.8, linestyle="--")
    ax.annotate(
        "i dag",
        (_year_fraction(today), rows - 0.5),
        xytext=(3, 0),
        textcoords="offset points",
        fontsize=_SMALL,
        va="top",
    )


def _row_label(number: int, titles: dict[int, str]) -> str:
    """A row's label: the priority's number and title (cut at 38 characters), else its
    number, or "Regeringsuppdrag" for the row of assignments no priority names."""
    if number in titles:
        title = titles[number]
        return f"{number}. {title[:38]}{'…' if len(title) > 38 else ''}"
    return f"Prioritering {number}" if number else "Regeringsuppdrag"


def _label_axes(ax: Axes, numbers: list[int], titles: dict[int, str]) -> None:
    """The rows' labels from the top, a tick and grid line per year, the title."""
    ax.set_yticks(range(len(numbers)))
    ax.set_yticklabels([_row_label(n, titles) for n in numbers], fontsize=_SMALL)
    ax.set_ylim(len(numbers) - 0.5, -0.5)
    first, last = ax.get_xlim()
    ax.set_xticks(range(int(first), int(last) + 1))
    ax.set_xticklabels([str(year) for year in range(int(first), int(last) + 1)])
    ax.grid(axis="x", color="#dddddd")
    ax.set_title("Regeringens aktiviteter: beslut, redovisningar och ikraftträdanden")


def _add_legend(ax: Axes, drawn: set[EventKind]) -> None:
    """A legend entry per kind drawn, in EVENT_STYLES' order, and one for the bars."""
    handles = [
        Line2D(
            [],
            [],
            marker=EVENT_STYLES[kind][0],
            color=EVENT_STYLES[kind][1],
            label=event_kind_text(kind),
            **_POINT,
        )
        for kind in EVENT_STYLES
        if kind in drawn
    ]
    handles.append(Line2D([], [], color="#7f7f7f", label="månad, årstid eller år", **_BAR))
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=_SMALL,
        frameon=False,
    )
