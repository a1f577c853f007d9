"""Rich display in Jupyter: HTML views of a plan, a report and a measure.

`Plan` and `Report` show these views by themselves (their ``_repr_html_`` calls `plan_html`
and `report_html`). A `Measure` shows `measure_html`, which the package registers
with the compiled module at import (``_core.set_measure_html_view``); the other compiled classes
(`Period`, `Status` …) keep their constructor-like text reprs. ``as_html(x)`` gives any of
these views as an object.

Every text from the data is escaped; the markup uses no scripts and no external assets, and
inline styles only, so it reads the same in JupyterLab, VS Code and a static HTML export.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Protocol

from . import _core
from ._core import Measure, Status
from ._views import PlanView, ReportView
from ._vocabulary import STATUS_COLORS, STATUS_ORDER, status_color

__all__ = ["STATUS_COLORS", "Html", "as_html", "measure_html", "plan_html", "report_html"]

_CELL = "padding:2px 8px;text-align:left;vertical-align:top"
# A measure alone does not know its plan: its card uses the 2019–2022 plan's words unless it
# is given its plan's (`measure_html(measure, plan.words)`).
_STANDARD_WORDS = _core.PlanWords.standard()
_NUMBER_CELL = "padding:2px 8px;text-align:right"


class Html:
    """A piece of markup that Jupyter displays as HTML; ``str()`` gives the markup."""

    def __init__(self, markup: str) -> None:
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup

    def __str__(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return f"Html({self.markup[:60]!r}{'…' if len(self.markup) > 60 else ''})"


class _Displayable(Protocol):
    def _repr_html_(self) -> str: ...


def as_html(item: _Displayable | Measure, words: _core.PlanWords | None = None) -> Html:
    """The HTML view of a plan, a report or a measure, as an object Jupyter displays; a
    measure's card in `words`, its plan's (`Plan.words`; the 2019–2022 plan's where None)."""
    if isinstance(item, Measure):
        return Html(measure_html(item, words))
    view = getattr(item, "_repr_html_", None)
    if view is None:
        raise TypeError(f"no HTML view of {type(item).__name__}")
    return Html(view())


# --------------------------------------------------------------------------------------------
# Building blocks


def _esc(value: object) -> str:
    return html.escape(str(value))


def _badge(status: Status) -> str:
    """The status as published (Bilaga 1's wording, with the year of a closed measure) on the
    status's colour."""
    text = status.printed_text
    colour = status_color(status.kind)
    return (
        f'<span style="background:{colour};color:white;border-radius:3px;padding:0 5px;'
        f'white-space:nowrap">{_esc(text)}</span>'
    )


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[bool]) -> str:
    """A table of already escaped cells; `numeric` columns are right-aligned."""
    styles = [_NUMBER_CELL if is_number else _CELL for is_number in numeric]
    head = "".join(
        f'<th style="{style}">{_esc(h)}</th>' for h, style in zip(header, styles, strict=False)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td style="{style}">{cell}</td>' for cell, style in zip(row, styles, strict=False)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _status_table(reports: Sequence[ReportView]) -> str:
    """Measures per status, one row per report (the composition of the plan)."""
    header = ["Redovisning", *STATUS_ORDER, "Totalt"]
    rows = [
        [
            _esc(report.year),
            *(_esc(n) for n in report.count_by_status().values()),
            _esc(len(report)),
        ]
        for report in reports
    ]
    return _table(header, rows, [False, *([True] * (len(header) - 1))])


def _details(summary: str, body: str) -> str:
    return f"<details><summary>{summary}</summary>{body}</details>"


# --------------------------------------------------------------------------------------------
# Views


def plan_html(plan: PlanView) -> str:
    """The plan: its title and years, its reports' composition by status, and (folded) the
    strategy's priorities with their objectives and the agencies."""
    samfi = sum(1 for agency in plan.agencies if agency.samfi)
    agencies = list(plan.agencies)
    reports = plan.reports
    facts = (
        f"{plan.first_year}–{plan.last_year} · {len(plan.priorities)} strategiska prioriteringar, "
        f"{len(plan.objectives)} målsättningar · {len(agencies)} myndigheter ({samfi} i SAMFI)"
    )
    composition = _status_table(reports) if reports else "<p>Inga redovisningar.</p>"
    priorities = "".join(
        f"<li>{_esc(p.title)}<ul>"
        + "".join(f"<li>{_esc(o.id)} {_esc(o.text)}</li>" for o in p.objectives)
        + "</ul></li>"
        for p in plan.priorities
    )
    agency_rows = [[_esc(a.short_name), _esc(a.name), "ja" if a.samfi else ""] for a in agencies]
    return (
        '<div class="handlingsplan-plan">'
        f"<strong>{_esc(plan.title)}</strong><p>{_esc(facts)}</p>{composition}"
        + _details("Strategiska prioriteringar och målsättningar", f"<ol>{priorities}</ol>")
        + _details("Myndigheter", _table(["Kort namn", "Namn", "SAMFI"], agency_rows, [False] * 3))
        + "</div>"
    )


def report_html(report: ReportView) -> str:
    """The report: its year, submission date and number of measures, the measures per status,
    and (folded) every measure with its agencies, period and status."""
    rows = [
        [
            _esc(measure.id),
            _esc(measure.title),
            _esc(measure.agencies.text),
            _esc(measure.period if measure.period is not None else ""),
            _badge(measure.status),
        ]
        for measure in report
    ]
    words = report.plan.words.appendix  # the plan's own column headings
    columns = [words.number_column, words.measure_column, words.agencies_column, "Period"]
    measures = _table([*columns, words.status_column], rows, [False] * 5)
    return (
        '<div class="handlingsplan-report">'
        f"<strong>Redovisning {_esc(report.year)}</strong> "
        f"(inlämnad {_esc(report.submitted.isoformat())}): {_esc(len(report))} åtgärder"
        + _status_table([report])
        + _details(f"Åtgärderna ({_esc(len(report))})", measures)
        + "</div>"
    )


def measure_html(measure: Measure, words: _core.PlanWords | None = None) -> str:
    """One measure: number, title and status, then its description, agencies with their roles,
    period, page, and Bilaga 1's wording where it differs from the chapter's; headed in
    `words`, the plan's own (`Plan.words`: "Ansvarig aktör"), the 2019–2022 plan's where None
    (a measure alone does not know its plan)."""
    appendix = (words or _STANDARD_WORDS).appendix
    roles = ", ".join(
        f"{_esc(role.agency)} ({_esc(_core.role_text(role.role))})"
        for role in measure.agencies.roles
    )
    fields: list[tuple[str, str]] = [
        ("Beskrivning", _esc(measure.description)),
        (appendix.agencies_column, _esc(measure.agencies.text)),
        ("Roller", roles),
        ("Period", _esc(measure.period if measure.period is not None else "–")),
        (appendix.page_column, _esc(measure.page if measure.page is not None else "–")),
    ]
    if measure.status.reason:
        fields.append(("Skäl", _esc(measure.status.reason)))
    # Where the chapter and Bilaga 1 word a measure differently, both are facts of the source.
    if measure.title_in_appendix != measure.title:
        fields.append(("Titel i Bilaga 1", _esc(measure.title_in_appendix)))
    if measure.agencies_in_appendix != measure.agencies.text:
        fields.append(
            (f"{appendix.agencies_column} i Bilaga 1", _esc(measure.agencies_in_appendix))
        )
    rows = "".join(
        f'<tr><th style="{_CELL}">{_esc(name)}</th><td style="{_CELL}">{value}</td></tr>'
        for name, value in fields
    )
    return (
        '<div class="handlingsplan-measure">'
        f"<strong>{_esc(measure.id)} {_esc(measure.title)}</strong> {_badge(measure.status)}"
        f"<table><tbody>{rows}</tbody></table></div>"
    )
