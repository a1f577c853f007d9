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

from datetime import date
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from matplotlib.figure import Figure, SubFigure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from . import _core
from ._vocabulary import STATUS_COLORS, STATUS_ORDER
from ._views import PlanView, ReportView
from .frames import agency_matrix_frame, measures_frame, report_summary_frame, role_label

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["STATUS_COLORS", "agency_matrix", "composition", "timeline"]

# Height in inches of one row of the timeline and the matrix, so that ids and names stay legible
# however many measures or agencies a report has.
_ROW_INCHES = 0.17
_MATRIX_ROW_INCHES = 0.45
# The hatch that marks an open-ended period ("och tills vidare") as running on.
_OPEN_HATCH = "////"


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


def _timeline_rows(dated: pd.DataFrame) -> tuple[list[float], dict[int, float]]:
    """The y position of each measure (top to bottom, in id order) and of each priority's heading,
    which takes a row of its own above the priority's measures."""
    positions: list[float] = []
    headings: dict[int, float] = {}
    row = 0.0
    for priority in dated["priority"]:
        if priority not in headings:
            headings[priority] = row
            row += 1
        positions.append(row)
        row += 1
    return positions, headings


def _timeline_edge(report: ReportView, dated: pd.DataFrame) -> int:
    """The year where the axis ends: one year beyond the last year anything ends in, so that
    open-ended periods visibly run past every closed one."""
    ends = [int(end) + 1 for end in dated["period_end"].dropna()]
    starts = [int(start) + 1 for start in dated["period_start"]]
    return max([*ends, *starts, report.year + 1, report.plan.last_year + 1]) + 1


def timeline(report: ReportView, ax: Axes | None = None) -> Figure:
    """A Gantt chart of the periods of `report`'s measures, grouped under their strategic
    priority in id order and coloured by status (`STATUS_COLORS`).

    A period covers whole years: "2019–2022" runs from the start of 2019 to the end of 2022.
    Open-ended periods ("2019 och tills vidare") are hatched and run to the right edge, where an
    arrow marks them. Measures without a period (in the 2021 report, the completed and withdrawn
    ones) cannot be placed and are left out; the title says how many. A dotted line marks the
    day the report was submitted. One bar per measure drawn, one bar container per status.
    """
    frame = measures_frame(report)
    dated = frame[frame["period_start"].notna()].reset_index(drop=True)
    positions, headings = _timeline_rows(dated)
    rows = len(positions) + len(headings)
    figure, ax = _figure_and_axes(ax, 10.0, 1.6 + _ROW_INCHES * max(rows, 1))
    edge = _timeline_edge(report, dated)
    start = dated["period_start"].astype("int64")
    # A bar ends with the end of the period's last year; an open-ended period has no last year
    # and runs to the edge.
    stop = (dated["period_end"].astype("Float64") + 1).fillna(edge).astype("float64")

    for status in STATUS_ORDER:
        chosen = (dated["status"] == status).to_numpy()
        if not chosen.any():
            continue
        bars = ax.barh(
            [p for p, c in zip(positions, chosen) if c],
            (stop - start)[chosen],
            left=start[chosen],
            height=0.7,
            color=STATUS_COLORS[status],
            edgecolor="white",
            linewidth=0.5,
            label=status,
        )
        for bar, open_ended in zip(bars.patches, dated["open_ended"][chosen]):
            if open_ended:
                bar.set_hatch(_OPEN_HATCH)
    _mark_open_ended(ax, dated, positions, edge)
    _label_timeline(ax, report, dated, positions, headings, edge)
    _timeline_legend(ax, report, dated)
    return figure


def _mark_open_ended(ax: Axes, dated: pd.DataFrame, positions: list[float], edge: int) -> None:
    """An arrow head at the right edge on the row of every open-ended measure."""
    rows = [p for p, open_ended in zip(positions, dated["open_ended"]) if open_ended]
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
    dated: pd.DataFrame,
    positions: list[float],
    headings: dict[int, float],
    edge: int,
) -> None:
    """Axis limits and ticks, the measures' ids, the priorities' headings, the day the report was
    submitted, and a title that says how many measures have no period to draw."""
    first = int(dated["period_start"].min()) if len(dated) else report.year
    ax.set_xlim(first, edge)
    rows = max(len(positions) + len(headings), 1)
    ax.set_ylim(rows - 0.5, -0.5)  # the first measure at the top
    ax.set_yticks(positions, list(dated["id"]), fontsize=7)
    ax.set_xticks(range(first, edge + 1))
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for priority, row in headings.items():
        ax.text(
            first + 0.05,
            row,
            f"Strategisk prioritering {priority}",
            va="center",
            fontsize=8,
            fontweight="bold",
        )
    if not positions:
        ax.text(0.5, 0.5, "Inga åtgärder med period", transform=ax.transAxes, ha="center")
    ax.axvline(_year_fraction(report.submitted), color="#333333", linestyle=":", linewidth=1)
    ax.set_xlabel("År")
    skipped = len(report) - len(dated)
    title = f"Åtgärdernas perioder, redovisningen {report.year}"
    if skipped:
        title += f"\n({skipped} åtgärder utan period visas inte)"
    ax.set_title(title)


def _timeline_legend(ax: Axes, report: ReportView, dated: pd.DataFrame) -> None:
    """The statuses drawn, the open-ended hatch if any is drawn, and the submission line."""
    shown = set(dated["status"])
    handles: list[Patch | Line2D] = [
        Patch(facecolor=STATUS_COLORS[status], label=status)
        for status in STATUS_ORDER
        if status in shown
    ]
    if dated["open_ended"].any():
        handles.append(
            Patch(
                facecolor="white", edgecolor="#555555", hatch=_OPEN_HATCH, label="och tills vidare"
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
    one segment (and one bar container) per status, in report order from the bottom, each
    segment labelled with its count and each bar with its total."""
    table = report_summary_frame(plan).pivot(index="year", columns="status", values="count")
    years = [int(year) for year in table.index]
    figure, ax = _figure_and_axes(ax, max(5.5, 2.5 + 1.1 * len(years)), 4.5)
    bottom = [0] * len(years)
    for status in STATUS_ORDER:
        counts = [int(n) for n in table[status]] if years else []
        bars = ax.bar(
            years, counts, bottom=bottom, width=0.6, color=STATUS_COLORS[status], label=status
        )
        ax.bar_label(
            bars,
            labels=[str(n) if n else "" for n in counts],
            label_type="center",
            fontsize=8,
            color="white",
        )
        bottom = [b + n for b, n in zip(bottom, counts)]
    for year, total in zip(years, bottom):
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
    ax.set_ylim(0, max(bottom, default=0) * 1.1 + 1)
    ax.set_title("Åtgärder per status i varje redovisning")
    ax.legend(
        loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False, reverse=True
    )  # listed top-down, as the segments are stacked
    return figure


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
    `handlingsplan.frames.agency_matrix_frame`'s."""
    matrix = agency_matrix_frame(report, role, active_only)
    figure, ax = _figure_and_axes(ax, 7.0, 1.8 + _MATRIX_ROW_INCHES * max(len(matrix), 1))
    if matrix.empty:  # an image of no rows would make a singular axis
        ax.text(0.5, 0.5, "Inga åtgärder", transform=ax.transAxes, ha="center")
    else:
        _draw_matrix(ax, matrix)
    ax.set_xlabel("Strategisk prioritering")
    ax.tick_params(length=0)
    which = "aktiva åtgärder" if active_only else "åtgärder"
    how = "som ansvarig eller medverkande" if role is None else f"– roll: {role_label(role)}"
    ax.set_title(f"Antal {which} per myndighet {how}\n(redovisningen {report.year})", fontsize=10)
    return figure


def _draw_matrix(ax: Axes, matrix: pd.DataFrame) -> None:
    """The counts as an image, each cell annotated: zeros in grey, high counts in white on the
    dark cells, so that every number stays readable."""
    values = matrix.to_numpy()
    ax.imshow(values, cmap="Blues", aspect="auto", vmin=0, vmax=max(int(values.max()), 1))
    strong = values.max() / 2
    for (row, column), count in np.ndenumerate(values):
        colour = "white" if count > strong else ("#222222" if count else "#aaaaaa")
        ax.text(column, row, str(count), ha="center", va="center", fontsize=9, color=colour)
    ax.set_xticks(range(len(matrix.columns)), [str(p) for p in matrix.columns])
    ax.set_yticks(range(len(matrix.index)), list(matrix.index))
