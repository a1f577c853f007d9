"""The figures of `handlingsplan.plots` on the shipped 2021 report: each is drawn without error
(warnings are errors in this suite), has as many bars, segments or cells as the report's own
text says it should (``seed_facts_2021``), draws into a given ``ax=``, and saves to PNG.

The figures are plain `matplotlib.figure.Figure` objects, so no pyplot backend is involved;
MPLBACKEND=Agg is set anyway, before matplotlib is first imported, in case anything asks."""

from __future__ import annotations

import os

os.environ.setdefault("MPLBACKEND", "Agg")

import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.text import Text

import handlingsplan as hp
import seed_facts_2021 as facts
from handlingsplan import plots

PLAN = hp.load_default()
REPORT = PLAN.report(2021)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def bar_containers(ax: Axes) -> list[BarContainer]:
    return [c for c in ax.containers if isinstance(c, BarContainer)]


def assert_saves_png(figure: Figure, path: Path) -> None:
    figure.savefig(path)
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and len(data) > 10_000


def dated() -> list[facts.SeedMeasure]:
    """The measures with a printed period, in numeric id order."""
    return [m for m in facts.measures() if m.period is not None]


# --------------------------------------------------------------------------------------------
# timeline


def test_timeline_draws_one_bar_per_measure_with_a_period(tmp_path: Path) -> None:
    figure = plots.timeline(REPORT)
    ax = figure.axes[0]
    containers = bar_containers(ax)
    per_status = Counter(m.status for m in dated())
    assert [c.get_label() for c in containers] == [s for s in facts.STATUSES if per_status[s]]
    assert {c.get_label(): len(c) for c in containers} == dict(per_status)
    assert [t.get_text() for t in ax.get_yticklabels()] == [m.id for m in dated()]
    assert_saves_png(figure, tmp_path / "tidslinje.png")


def test_timeline_bars_span_the_periods() -> None:
    ax = plots.timeline(REPORT).axes[0]
    right = ax.get_xlim()[1]
    spans = {}
    for container in bar_containers(ax):
        for bar in container.patches:
            y = round(bar.get_y() + bar.get_height() / 2)
            spans[y] = (bar.get_x(), bar.get_x() + bar.get_width(), bool(bar.get_hatch()))
    rows = [round(y) for y in ax.get_yticks()]
    for measure, row in zip(dated(), rows, strict=False):
        assert measure.period is not None
        start, end, open_ended = measure.period
        expected_end = right if open_ended else (end or start) + 1
        assert spans[row] == (start, expected_end, open_ended), measure.id


def test_timeline_notes_the_measures_without_a_period() -> None:
    undated = len(facts.measures()) - len(dated())
    assert undated == facts.status_counts()["genomförd"] + facts.status_counts()["avskriven"]
    title = plots.timeline(REPORT).axes[0].get_title()
    assert f"{undated} avslutade åtgärder visas inte" in title


def test_timeline_marks_open_ended_measures() -> None:
    ax = plots.timeline(REPORT).axes[0]
    (arrows,) = [line for line in ax.get_lines() if line.get_label() == "och tills vidare"]
    open_ended = sum(1 for m in dated() if m.period is not None and m.period[2])
    assert open_ended and len(arrows.get_xdata()) == open_ended
    assert set(arrows.get_xdata()) == {ax.get_xlim()[1]}


def test_timeline_headings_one_per_priority() -> None:
    ax = plots.timeline(REPORT).axes[0]
    headings = [t.get_text() for t in ax.texts if t.get_text().startswith("Strategisk")]
    priorities = sorted({m.priority for m in dated()})
    assert headings == [f"Strategisk prioritering {p}" for p in priorities]


# --------------------------------------------------------------------------------------------
# composition


def test_composition_of_the_shipped_plan(tmp_path: Path) -> None:
    figure = plots.composition(PLAN)
    ax = figure.axes[0]
    containers = bar_containers(ax)
    assert [c.get_label() for c in containers] == list(facts.STATUSES)
    assert all(len(c) == 1 for c in containers)  # one report: 2021
    heights = {c.get_label(): c.patches[0].get_height() for c in containers}
    assert heights == facts.status_counts()
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2021"]
    assert_saves_png(figure, tmp_path / "sammansattning.png")


def test_composition_stacks_one_bar_per_report_year() -> None:
    carried = [m for m in REPORT if m.status.is_active]
    plan = hp.Plan(
        title=PLAN.title,
        first_year=PLAN.first_year,
        last_year=PLAN.last_year,
        priorities=PLAN.priorities,
        reports=[
            hp._core.Report(2021, REPORT.submitted, list(REPORT)),
            hp._core.Report(2022, REPORT.submitted.replace(year=2022), carried),
        ],
    )
    ax = plots.composition(plan).axes[0]
    containers = bar_containers(ax)
    assert len(containers) == 5 and all(len(c) == 2 for c in containers)
    totals = np.sum([[bar.get_height() for bar in c] for c in containers], axis=0)
    active = sum(facts.status_counts()[s] for s in facts.ACTIVE)
    assert list(totals) == [len(facts.measures()), active]


# --------------------------------------------------------------------------------------------
# agency_matrix


@pytest.mark.parametrize("role", [None, "ansvarig", hp.Role.in_cooperation])
def test_agency_matrix_cells(role: str | hp.Role | None, tmp_path: Path) -> None:
    figure = plots.agency_matrix(REPORT, role=role)
    ax = figure.axes[0]
    (image,) = ax.get_images()
    values = np.asarray(image.get_array())
    agencies = [t.get_text() for t in ax.get_yticklabels()]
    role_text = hp.role_text(role) if isinstance(role, hp.Role) else role
    expected = facts.matrix(role_text)
    assert set(agencies) == {agency for agency, _ in expected}
    assert values.shape == (len(agencies), 6)
    for i, agency in enumerate(agencies):
        for j in range(6):
            assert values[i, j] == expected.get((agency, j + 1), 0), (agency, j + 1)
    labels = [t.get_text() for t in ax.texts]
    assert labels == [str(int(v)) for v in values.ravel()]
    assert_saves_png(figure, tmp_path / "matris.png")


def test_agency_matrix_all_measures_counts_closed_ones_too() -> None:
    ax = plots.agency_matrix(REPORT, active_only=False).axes[0]
    total = int(np.asarray(ax.get_images()[0].get_array()).sum())
    assert total == sum(facts.matrix(None, active_only=False).values())
    assert total > sum(facts.matrix(None).values())


# --------------------------------------------------------------------------------------------
# Shared behaviour


def test_every_figure_draws_into_a_given_ax(tmp_path: Path) -> None:
    figure = Figure(figsize=(18, 14), layout="constrained")
    left, middle, right = figure.subplots(1, 3)
    assert REPORT.plot_timeline(ax=left) is figure
    assert PLAN.plot_composition(ax=middle) is figure
    assert REPORT.plot_agency_matrix(ax=right, role="ansvarig") is figure
    assert len(figure.axes) == 3
    assert bar_containers(left) and bar_containers(middle) and right.get_images()
    assert_saves_png(figure, tmp_path / "alla.png")


def test_a_subfigure_gives_its_root_figure() -> None:
    figure = Figure()
    (sub,) = figure.subfigures(1, 1, squeeze=False)[0]
    assert plots.composition(PLAN, ax=sub.add_subplot()) is figure


def test_empty_report_draws_without_warnings(tmp_path: Path) -> None:
    plan = hp.Plan(
        title="Tom plan",
        first_year=2023,
        last_year=2026,
        priorities=PLAN.priorities,
        reports=[hp._core.Report(2023, REPORT.submitted.replace(year=2023), [])],
    )
    report = plan.report(2023)
    for figure in (plots.timeline(report), plots.agency_matrix(report), plots.composition(plan)):
        assert_saves_png(figure, tmp_path / "tom.png")


def test_import_handlingsplan_does_not_import_matplotlib() -> None:
    code = "import sys, handlingsplan; sys.exit('matplotlib' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize("name", plots.__all__)
def test_public_names_have_docstrings(name: str) -> None:
    item = getattr(plots, name)
    if callable(item):
        assert (item.__doc__ or "").strip(), name


# --------------------------------------------------------------------------------------------
# What a figure in a report needs


def test_timeline_ticks_stand_in_the_middle_of_the_years() -> None:
    ax = plots.timeline(REPORT).axes[0]
    left, right = ax.get_xlim()
    years = list(range(int(left), int(right)))
    assert list(ax.get_xticks(minor=True)) == [year + 0.5 for year in years]
    assert [t.get_text() for t in ax.get_xticklabels(minor=True)] == [str(y) for y in years]
    assert list(ax.get_xticks()) == list(range(int(left), int(right) + 1))
    assert all(t.get_text() == "" for t in ax.get_xticklabels())  # the grid lines between years


def test_timeline_marks_the_end_of_the_plan() -> None:
    ax = plots.timeline(REPORT).axes[0]
    ends = [line for line in ax.get_lines() if line.get_label() == "planperiodens slut"]
    assert len(ends) == 1 and list(ends[0].get_xdata()) == [PLAN.last_year + 1] * 2
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert f"planperiodens slut ({PLAN.last_year})" in legend


def test_timeline_titles_beside_the_ids() -> None:
    ax = plots.timeline(REPORT, titles=True).axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    for measure, label in zip(dated(), labels, strict=False):
        title = REPORT.measure(measure.id).title
        assert label.startswith(measure.id + "  ")
        assert title.startswith(label[len(measure.id) + 2 :].rstrip("…"))
    assert (
        plots.timeline(REPORT, titles=True).get_figwidth() > plots.timeline(REPORT).get_figwidth()
    )


def test_closed_measures_are_hidden_or_shown_alike_in_every_report() -> None:
    closed = [m for m in REPORT if not m.status.is_active]
    assert closed
    hidden = plots.timeline(REPORT).axes[0]
    assert len([t for t in hidden.get_yticklabels()]) == len(dated())
    shown = plots.timeline(REPORT, closed=True).axes[0]
    ids = [t.get_text() for t in shown.get_yticklabels()]
    assert set(ids) == {str(m.id) for m in REPORT}
    diamonds = [line for line in shown.get_lines() if line.get_marker() == "D"]
    xs = sorted(x for line in diamonds for x in line.get_xdata())
    assert xs == sorted(m.status.year + 0.5 for m in closed)
    # A report whose closed measures keep their periods hides them the same way by default.
    kept = [
        hp.Measure(
            id=str(m.id), title=m.title, agencies=m.agencies, period="2019–2020", status=m.status
        )
        if not m.status.is_active
        else m
        for m in REPORT
    ]
    plan = hp.Plan(
        title=PLAN.title,
        first_year=PLAN.first_year,
        last_year=PLAN.last_year,
        priorities=PLAN.priorities,
        reports=[hp._core.Report(2021, REPORT.submitted, kept)],
    )
    again = plots.timeline(plan.report(2021)).axes[0]
    assert [t.get_text() for t in again.get_yticklabels()] == [m.id for m in dated()]
    assert f"{len(closed)} avslutade åtgärder visas inte" in again.get_title()


@pytest.mark.parametrize(
    ("filters", "keep"),
    [
        ({"agency": "FRA"}, lambda m: "FRA" in m.agencies.all),
        ({"agency": "säpo"}, lambda m: "Säkerhetspolisen" in m.agencies.all),
        ({"priority": 2}, lambda m: m.id.priority == 2),
        ({"status": "uppdaterad"}, lambda m: m.status.kind_text == "uppdaterad"),
        (
            {"agency": "MSB", "priority": 1},
            lambda m: "MSB" in m.agencies.all and m.id.priority == 1,
        ),
    ],
)
def test_timeline_filters(filters: dict[str, object], keep) -> None:
    figure = REPORT.plot_timeline(**filters)  # type: ignore[arg-type]
    ax = figure.axes[0]
    expected = [
        str(m.id) for m in REPORT if keep(m) and m.period is not None and m.status.is_active
    ]
    assert expected
    assert [t.get_text() for t in ax.get_yticklabels()] == expected
    assert " – " in ax.get_title()


def test_timeline_filter_by_unknown_agency() -> None:
    with pytest.raises(hp.NotFoundError):
        REPORT.plot_timeline(agency="Skatteverket")


def _overlaps(figure: Figure, texts) -> list[tuple[str, str]]:
    """The pairs of texts whose boxes, as drawn, overlap."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # lays the figure out as saving it would
    renderer = canvas.get_renderer()
    # The text's own box: an annotation's window extent would take in its leader line too.
    boxes = [(t.get_text(), Text.get_window_extent(t, renderer)) for t in texts if t.get_text()]
    return [
        (a, b)
        for i, (a, box_a) in enumerate(boxes)
        for b, box_b in boxes[i + 1 :]
        if box_a.overlaps(box_b)
    ]


def _plan_with_thin_segments() -> hp.Plan:
    """2021 as shipped, and a 2022 in which four statuses hold one measure each, stacked one
    upon the other: four segments too thin for a label inside."""
    measures = list(REPORT)
    statuses = [
        hp.Status.added(),
        hp.Status.updated(schedule=True),
        hp.Status.completed(2021),
        hp.Status.withdrawn(2021, "Avslutad."),
    ]
    later = []
    for index, measure in enumerate(m for m in measures if m.status.is_active):
        status = statuses[index] if index < len(statuses) else hp.Status.ongoing()
        period = None if not status.is_active else measure.period
        later.append(
            hp.Measure(
                id=str(measure.id),
                title=measure.title,
                agencies=measure.agencies,
                period=period,
                status=status,
            )
        )
    return hp.Plan(
        title=PLAN.title,
        first_year=PLAN.first_year,
        last_year=PLAN.last_year,
        priorities=PLAN.priorities,
        reports=[
            hp._core.Report(2021, REPORT.submitted, measures),
            hp._core.Report(2022, REPORT.submitted.replace(year=2022), later),
        ],
    )


@pytest.mark.parametrize("make", [lambda: PLAN, _plan_with_thin_segments])
def test_composition_labels_never_overlap(make, tmp_path: Path) -> None:
    plan = make()
    figure = plots.composition(plan)
    figure.savefig(tmp_path / "sammansattning.png")  # lays the figure out
    ax = figure.axes[0]
    texts = [*ax.texts]
    assert _overlaps(figure, texts) == []
    counts = [t.get_text() for t in ax.texts]
    for report in plan.reports:
        for status, n in report.count_by_status().items():
            if n:
                assert str(n) in counts, (report.year, status)


def test_agency_matrix_columns_are_the_priorities_names(tmp_path: Path) -> None:
    figure = plots.agency_matrix(REPORT)
    ax = figure.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    for priority, label in zip(PLAN.priorities, labels, strict=True):
        assert label.startswith(f"{priority.number}. ")
        assert " ".join(label.split()) == f"{priority.number}. {priority.title}"
        assert all(len(line) <= 20 or " " not in line for line in label.splitlines())
    figure.savefig(tmp_path / "matris.png")
    assert _overlaps(figure, ax.get_xticklabels()) == []
