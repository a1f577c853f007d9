"""Figures of a plan and its reports, with Swedish labels: the measures' periods as a timeline, the
composition of the reports by status, and who does what (agency × priority).

Every function draws into the `~matplotlib.axes.Axes` given as ``ax=`` (to combine figures) or
else into a new figure, and returns the `~matplotlib.figure.Figure`, for the user to adjust
and save (``fig.savefig("tidslinje.png")``). New figures are plain `Figure` objects, not
registered with pyplot: they work with any backend, including Agg on a server, and are not
shown twice in Jupyter. In a notebook, run ``%matplotlib inline`` once so that a figure
returned by a cell is displayed.

This module imports matplotlib, so ``import handlingsplan`` does not: import it when needed,
``from handlingsplan import plots``.
"""

from __future__ import annotations

import textwrap
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from matplotlib.figure import Figure, SubFigure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from . import _core
from ._views import PlanView, ReportView
from ._vocabulary import ACTIVE_STATUSES, STATUS_COLORS, STATUS_ORDER
from .frames import (
    agency_matrix_frame,
    measures_frame,
    priority_key,
    report_summary_frame,
    role_label,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["STATUS_COLORS", "agency_matrix", "composition", "priority_label", "timeline"]

# Height in inches of one row of the timeline and the matrix, so that ids and names stay legible
# however many measures or agencies a report has.
_ROW_INCHES = 0.17
_MATRIX_ROW_INCHES = 0.45
# The width, in characters, of a line of a priority's name under the matrix.
_PRIORITY_LABEL_CHARACTERS = 20
# The hatch that marks an open-ended period ("och tills vidare") as running on.
_OPEN_HATCH = "////"
# With titles beside the ids: how many characters of a title, and how much wider the figure.
_TITLE_CHARACTERS = 70
_TITLE_INCHES = 4.5
#: The label of the line at the end of the plan's period.
_PLAN_END_LABEL = "planperiodens slut"
# The composition's bars and the size of their labels.
_BAR_WIDTH = 0.6
_SEGMENT_FONT = 8


def _figure_and_axes(ax: Axes | None, width: float, height: float) -> tuple[Figure, Axes]:
    """The axes to draw into and its (root) figure: `ax` as given, or a new figure's."""
    if ax is None:
        figure = Figure(figsize=(width, height), layout="constrained")
        return figure, figure.add_subplot()
    parent = ax.figure
    return (parent.figure if isinstance(parent, SubFigure) else parent), ax


def _year_fraction(day: date) -> float:
    """`day` as a point on a year axis: 1 March 2021 -> about 2021.16."""
    start = date(day.year, 1, 1)
    length = (date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


# --------------------------------------------------------------------------------------------
# Timeline


def _timeline_rows(shown: pd.DataFrame) -> tuple[list[float], dict[int | str, float]]:
    """The y position of each measure (top to bottom, in id order) and of each priority's heading,
    which takes a row of its own above the priority's measures."""
    positions: list[float] = []
    headings: dict[int | str, float] = {}
    row = 0.0
    for priority in shown["priority"]:
        if priority not in headings:
            headings[priority] = row
            row += 1
        positions.append(row)
        row += 1
    return positions, headings


def _ended_year(shown: pd.DataFrame) -> pd.Series:
    """The year each closed measure was completed or withdrawn (missing for active ones)."""
    return shown["completed_year"].fillna(shown["withdrawn_year"])


def _timeline_edge(report: ReportView, shown: pd.DataFrame) -> int:
    """The year where the axis ends: one year beyond the last year anything ends in, so that
    open-ended periods visibly run past every closed one."""
    ends = [int(end) + 1 for end in shown["period_end"].dropna()]
    starts = [int(start) + 1 for start in shown["period_start"].dropna()]
    ended = [int(year) + 1 for year in _ended_year(shown).dropna()]
    return max([*ends, *starts, *ended, report.year + 1, report.plan.last_year + 1]) + 1


def _filtered(
    report: ReportView,
    frame: pd.DataFrame,
    agency: str | None,
    priority: int | None,
    status: _core.StatusKind | str | None,
) -> tuple[pd.DataFrame, list[str]]:
    """The rows of `frame` that pass the filters, and the filters in words for the title."""
    words: list[str] = []
    chosen = pd.Series(True, index=frame.index)
    if agency is not None:
        found = report.plan.agencies.resolve(agency)
        chosen &= frame["agencies"].map(lambda names: found.short_name in names)
        words.append(found.short_name)
    if priority is not None:
        plan_words = report.plan.words  # "strategisk prioritering 1", "pelare A"
        chosen &= frame["priority"] == priority_key(priority, plan_words)
        words.append(f"{plan_words.levels.priority.lower()} {plan_words.priority_label(priority)}")
    if status is not None:
        kind = status if isinstance(status, _core.StatusKind) else _core.parse_status_kind(status)
        chosen &= frame["status"] == _core.status_kind_text(kind)
        words.append(_core.status_kind_text(kind))
    return frame[chosen.astype(bool)].reset_index(drop=True), words


def _row_label(measure_id: str, title: str, titles: bool) -> str:
    if not titles:
        return measure_id
    short = title if len(title) <= _TITLE_CHARACTERS else title[: _TITLE_CHARACTERS - 1] + "…"
    return f"{measure_id}  {short}"


def timeline(
    report: ReportView,
    ax: Axes | None = None,
    *,
    agency: str | None = None,
    priority: int | None = None,
    status: _core.StatusKind | str | None = None,
    titles: bool = False,
    closed: bool = False,
) -> Figure:
    """A Gantt chart of the periods of `report`'s measures, grouped under their strategic
    priority in id order and coloured by status (`STATUS_COLORS`).

    The axis counts years: each year's label stands in the middle of its year, the grid lines
    between years. A period covers whole years: "2019–2022" runs from the start of 2019 to the
    end of 2022. Open-ended periods ("2019 och tills vidare") are hatched and run to the right
    edge, where an arrow marks them. A dashed line marks the end of the plan's period, a dotted
    one the day the report was submitted.

    Closed measures (genomförd, avskriven) are treated alike in every report: hidden unless
    `closed` is True (the title says how many are hidden); shown, they are drawn as their period
    if the report prints one, or else as a diamond in the year they ended. An active measure
    without a period cannot be placed and is left out (the title says how many).

    Filters: `agency` (short or full name or alias, in any role), `priority` (its number),
    `status` ("pågående" … or a `StatusKind`); the title names them. With `titles`, each id is
    followed by the measure's title (shortened to fit). One bar per measure drawn, one bar
    container per status.
    """
    frame, filters = _filtered(report, measures_frame(report), agency, priority, status)
    is_closed = ~frame["status"].isin(ACTIVE_STATUSES)
    hidden = int(is_closed.sum()) if not closed else 0
    candidates = frame[~is_closed] if not closed else frame
    placeable = candidates["period_start"].notna() | _ended_year(candidates).notna()
    shown = candidates[placeable].reset_index(drop=True)
    unplaced = int((~placeable).sum())
    positions, headings = _timeline_rows(shown)
    rows = len(positions) + len(headings)
    width = 10.0 + (_TITLE_INCHES if titles else 0.0)
    figure, ax = _figure_and_axes(ax, width, 1.8 + _ROW_INCHES * max(rows, 1))
    edge = _timeline_edge(report, shown)
    dated = shown["period_start"].notna().to_numpy()
    start = shown["period_start"].astype("Float64").fillna(0).astype("float64")
    # A bar ends with the end of the period's last year; an open-ended period has no last year
    # and runs to the edge.
    stop = (shown["period_end"].astype("Float64") + 1).fillna(edge).astype("float64")

    for word in STATUS_ORDER:
        chosen = (shown["status"] == word).to_numpy() & dated
        if not chosen.any():
            continue
        bars = ax.barh(
            [p for p, c in zip(positions, chosen, strict=True) if c],
            (stop - start)[chosen],
            left=start[chosen],
            height=0.7,
            color=STATUS_COLORS[word],
            edgecolor="white",
            linewidth=0.5,
            label=word,
        )
        for bar, open_ended in zip(bars.patches, shown["open_ended"][chosen], strict=True):
            if open_ended:
                bar.set_hatch(_OPEN_HATCH)
    _mark_ended(ax, shown, positions, dated)
    _mark_open_ended(ax, shown, positions, edge)
    labels = [
        _row_label(i, t, titles)
        for i, t in zip(shown["id"].astype(str), shown["title"], strict=True)
    ]
    _label_timeline(ax, report, shown, positions, labels, headings, edge)
    _title_timeline(ax, report, filters, hidden, unplaced)
    _timeline_legend(ax, report, shown)
    return figure


def _mark_ended(ax: Axes, shown: pd.DataFrame, positions: list[float], dated: np.ndarray) -> None:
    """A diamond in the year it ended for each closed measure shown without a period."""
    ended = _ended_year(shown)
    for word in STATUS_ORDER:
        chosen = (shown["status"] == word).to_numpy() & ~dated & ended.notna().to_numpy()
        if chosen.any():
            ax.plot(
                ended[chosen].astype("float64") + 0.5,
                [p for p, c in zip(positions, chosen, strict=True) if c],
                linestyle="none",
                marker="D",
                markersize=5,
                color=STATUS_COLORS[word],
                label=f"{word} (år)",
            )


def _mark_open_ended(ax: Axes, shown: pd.DataFrame, positions: list[float], edge: int) -> None:
    """An arrow head at the right edge on the row of every open-ended measure."""
    rows = [p for p, open_ended in zip(positions, shown["open_ended"], strict=True) if open_ended]
    if rows:
        ax.plot(
            [edge] * len(rows),
            rows,
            linestyle="none",
            marker=">",
            color="#333333",
            markersize=5,
            clip_on=False,
            label="och tills vidare",
        )


def _label_timeline(
    ax: Axes,
    report: ReportView,
    shown: pd.DataFrame,
    positions: list[float],
    labels: list[str],
    headings: dict[int | str, float],
    edge: int,
) -> None:
    """Axis limits and ticks (grid lines between the years, the years' labels in their middle),
    the measures' labels, the priorities' headings, the end of the plan and the day the report
    was submitted."""
    starts = [int(s) for s in shown["period_start"].dropna()]
    starts += [int(y) for y in _ended_year(shown).dropna()]
    first = min([*starts, report.plan.first_year]) if starts else report.plan.first_year
    first = min(first, report.year)
    ax.set_xlim(first, edge)
    rows = max(len(positions) + len(headings), 1)
    ax.set_ylim(rows - 0.5, -0.5)  # the first measure at the top
    ax.set_yticks(positions, labels, fontsize=7)
    ax.set_xticks(range(first, edge + 1), [])
    ax.set_xticks([year + 0.5 for year in range(first, edge)], minor=True)
    ax.set_xticklabels([str(year) for year in range(first, edge)], minor=True)
    ax.tick_params(axis="x", which="minor", length=0)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", which="major", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    words = report.plan.words  # "Strategisk prioritering 1", "Pelare A"
    heading_of = {
        priority_key(p.number, words): words.priority_heading(p.number).rstrip(".")
        for p in report.plan.priorities
    }
    for priority, row in headings.items():
        ax.text(
            first + 0.05,
            row,
            heading_of.get(priority, f"{words.levels.priority} {priority}"),
            va="center",
            fontsize=8,
            fontweight="bold",
        )
    if not positions:
        ax.text(
            0.5, 0.5, f"{words.appendix.empty[:-1]} att visa", transform=ax.transAxes, ha="center"
        )
    plan_end = report.plan.last_year + 1
    ax.axvline(plan_end, color="#8b0000", linestyle="--", linewidth=1.2, label=_PLAN_END_LABEL)
    ax.axvline(_year_fraction(report.submitted), color="#333333", linestyle=":", linewidth=1)
    ax.set_xlabel("År")


def _title_timeline(
    ax: Axes, report: ReportView, filters: list[str], hidden: int, unplaced: int
) -> None:
    """The title: the report, the filters, and how many measures are not drawn and why."""
    title = f"Åtgärdernas perioder, redovisningen {report.year}"
    if filters:
        title += " – " + ", ".join(filters)
    notes = []
    if hidden:
        notes.append(f"{hidden} avslutade åtgärder visas inte")
    if unplaced:
        notes.append(f"{unplaced} åtgärder utan period visas inte")
    if notes:
        title += "\n(" + "; ".join(notes) + ")"
    ax.set_title(title)


def _timeline_legend(ax: Axes, report: ReportView, shown: pd.DataFrame) -> None:
    """The statuses drawn, the open-ended hatch if any is drawn, the end of the plan and the
    submission line."""
    present = set(shown["status"])
    handles: list[Patch | Line2D] = [
        Patch(facecolor=STATUS_COLORS[word], label=word) for word in STATUS_ORDER if word in present
    ]
    if shown["open_ended"].any():
        handles.append(
            Patch(
                facecolor="white", edgecolor="#555555", hatch=_OPEN_HATCH, label="och tills vidare"
            )
        )
    if (shown["period_start"].isna() & _ended_year(shown).notna()).any():
        handles.append(
            Line2D([], [], linestyle="none", marker="D", color="#555555", label="avslutad det året")
        )
    handles.append(
        Line2D(
            [],
            [],
            color="#8b0000",
            linestyle="--",
            label=f"{_PLAN_END_LABEL} ({report.plan.last_year})",
        )
    )
    handles.append(
        Line2D(
            [],
            [],
            color="#333333",
            linestyle=":",
            label=f"redovisad {report.submitted.isoformat()}",
        )
    )
    ax.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False
    )


# --------------------------------------------------------------------------------------------
# Composition


def composition(plan: PlanView, ax: Axes | None = None) -> Figure:
    """The composition of each of `plan`'s reports by status: one stacked bar per report year,
    one segment (and one bar container) per status, in report order from the bottom, each bar
    labelled with its total and each segment with its count: inside the segment where it has
    room, else beside the bar, moved apart so that no two labels overlap."""
    table = report_summary_frame(plan).pivot(index="year", columns="status", values="count")
    years = [int(year) for year in table.index]
    figure, ax = _figure_and_axes(ax, max(5.5, 2.5 + 1.1 * len(years)), 4.5)
    bottom = [0] * len(years)
    segments: list[tuple[int, float, float, int, str]] = []  # year, bottom, count, index, status
    for status in STATUS_ORDER:
        counts = [int(n) for n in table[status]] if years else []
        ax.bar(
            years,
            counts,
            bottom=bottom,
            width=_BAR_WIDTH,
            color=STATUS_COLORS[status],
            label=status,
        )
        segments += [
            (y, b, n, i, status)
            for i, (y, b, n) in enumerate(zip(years, bottom, counts, strict=True))
        ]
        bottom = [b + n for b, n in zip(bottom, counts, strict=True)]
    top = max(bottom, default=0) * 1.1 + 1
    ax.set_ylim(0, top)
    for year, total in zip(years, bottom, strict=True):
        ax.annotate(
            str(total),
            (year, total),
            xytext=(0, 3),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=9,
            fontweight="bold",
        )
    ax.set_xticks(years, [str(year) for year in years])
    if years:  # a year of margin on each side keeps a lone bar from filling the axes
        ax.set_xlim(years[0] - 1, years[-1] + 1)
    ax.set_xlabel("Redovisning")
    ax.set_ylabel("Antal åtgärder")
    ax.set_title("Åtgärder per status i varje redovisning")
    ax.legend(
        loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False, reverse=True
    )  # listed top-down, as the segments are stacked
    # The counts go last, once the figure is laid out: whether a count fits inside its segment,
    # and how far apart the others must stand, depends on how tall a count is on the page.
    figure.draw_without_rendering()
    low, high = ax.transData.transform([(0, 0), (0, top)])[:, 1]
    points_per_count = (high - low) * 72 / figure.dpi / top
    _label_segments(ax, [s for s in segments if s[2]], points_per_count)
    return figure


def _label_segments(
    ax: Axes, segments: list[tuple[int, float, float, int, str]], points_per_count: float
) -> None:
    """Each segment's count: centred in white inside a segment tall enough for a line of text,
    else in the segment's colour to the right of the bar, with a thin line to its segment, the
    labels beside one bar spread so that each has a line of height to itself."""
    line = _SEGMENT_FONT * 1.5 / points_per_count  # a line of text, in counts
    beside: dict[int, list[tuple[float, float, str, str]]] = {}
    for year, bottom, count, _, status in segments:
        middle = bottom + count / 2
        if count >= line:
            ax.text(
                year,
                middle,
                str(int(count)),
                ha="center",
                va="center",
                fontsize=_SEGMENT_FONT,
                color="white",
            )
        else:
            beside.setdefault(year, []).append((middle, middle, str(int(count)), status))
    for year, labels in beside.items():
        placed = _spread([middle for middle, *_ in labels], line)
        for (middle, _, text, status), y in zip(labels, placed, strict=True):
            ax.annotate(
                text,
                (year + _BAR_WIDTH / 2, middle),
                xytext=(year + _BAR_WIDTH / 2 + 0.12, y),
                textcoords="data",
                ha="left",
                va="center",
                fontsize=_SEGMENT_FONT,
                color=_darker(STATUS_COLORS[status]),
                arrowprops={
                    "arrowstyle": "-",
                    "color": "#777777",
                    "linewidth": 0.6,
                    "shrinkA": 0,
                    "shrinkB": 0,
                },
            )


def _spread(wanted: list[float], gap: float) -> list[float]:
    """Positions as close to `wanted` (ascending) as can be with at least `gap` between any two,
    none below zero: pushed up one after the other, then the whole group moved back down by
    half of what it was pushed, if there is room."""
    placed: list[float] = []
    for y in wanted:
        placed.append(max(y, placed[-1] + gap) if placed else max(y, gap / 2))
    shift = (sum(placed) - sum(wanted)) / (2 * len(placed)) if placed else 0.0
    shift = min(shift, placed[0] - gap / 2) if placed else 0.0
    return [y - shift for y in placed]


def _darker(colour: str) -> str:
    """A darker shade of a "#rrggbb" colour, for text on white."""
    channels = [int(colour[i : i + 2], 16) * 7 // 10 for i in (1, 3, 5)]
    return "#" + "".join(f"{c:02x}" for c in channels)


# --------------------------------------------------------------------------------------------
# Agency × priority


def agency_matrix(
    report: ReportView,
    ax: Axes | None = None,
    role: _core.Role | str | None = None,
    active_only: bool = True,
) -> Figure:
    """A heat map of who does what: agencies (rows) × strategic priorities (columns), each cell
    annotated with the number of measures of `report` in which the agency has `role`
    ("ansvarig", "i samverkan med", … or a `Role`; any role when None: leads or takes part in).
    Only active measures count unless `active_only` is False. The counts are
    `handlingsplan.frames.agency_matrix_frame`'s; the columns carry the priorities' numbers and
    names (`priority_label`)."""
    matrix = agency_matrix_frame(report, role, active_only)
    figure, ax = _figure_and_axes(ax, 9.0, 2.8 + _MATRIX_ROW_INCHES * max(len(matrix), 1))
    words = report.plan.words
    names = {
        priority_key(priority.number, words): priority_label(priority, words=words)
        for priority in report.plan.priorities
    }
    if matrix.empty:  # an image of no rows would make a singular axis
        ax.text(0.5, 0.5, "Inga åtgärder", transform=ax.transAxes, ha="center")
    else:
        _draw_matrix(ax, matrix, names)
    ax.set_xlabel(report.plan.words.levels.priority)
    ax.tick_params(length=0)
    which = "aktiva åtgärder" if active_only else "åtgärder"
    how = "som ansvarig eller medverkande" if role is None else f"– roll: {role_label(role)}"
    ax.set_title(f"Antal {which} per myndighet {how}\n(redovisningen {report.year})", fontsize=10)
    return figure


def priority_label(
    priority: _core.Priority,
    width: int = _PRIORITY_LABEL_CHARACTERS,
    words: _core.PlanWords | None = None,
) -> str:
    """A priority as a column label: its number as the plan's `words` write it (the 2019–2022
    plan's where None) and its name, wrapped at spaces to lines of at most `width` characters
    ("1. Säkerställa en systematisk …" on several lines; "A. …" in a plan that letters its ids)."""
    number = (words or _core.PlanWords.standard()).priority_label(priority.number)
    return textwrap.fill(f"{number}. {priority.title}", width=width, break_long_words=False)


def _draw_matrix(ax: Axes, matrix: pd.DataFrame, names: dict[int | str, str]) -> None:
    """The counts as an image, each cell annotated: zeros in grey, high counts in white on the
    dark cells, so that every number stays readable; the columns labelled with the priorities'
    numbers and names (`names`)."""
    values = matrix.to_numpy()
    ax.imshow(values, cmap="Blues", aspect="auto", vmin=0, vmax=max(int(values.max()), 1))
    strong = values.max() / 2
    for (row, column), count in np.ndenumerate(values):
        colour = "white" if count > strong else ("#222222" if count else "#aaaaaa")
        ax.text(column, row, str(count), ha="center", va="center", fontsize=9, color=colour)
    ax.set_xticks(
        range(len(matrix.columns)), [names.get(p, str(p)) for p in matrix.columns], fontsize=7
    )
    ax.set_yticks(range(len(matrix.index)), list(matrix.index))
