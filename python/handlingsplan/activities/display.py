"""The government's activities as HTML in Jupyter: per strategic priority, each activity with
its state, case numbers and dated events, rendered from a Jinja2 template
(templates/activities.html.j2) with autoescaping. Texts are Swedish."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .._core import DateBound, GovernmentActivity, Priority, date_bound_text
from .._templates import environment

__all__ = ["ActivitiesView", "activities_html"]

_ENVIRONMENT = environment("handlingsplan.activities", keep_trailing_newline=False)


def activities_html(
    activities: Sequence[GovernmentActivity],
    priorities: Sequence[Priority],
    *,
    on: date | None = None,
    title: str = "Regeringens aktiviteter för att nå målen i strategin",
) -> str:
    """The activities as an HTML fragment, grouped by priority in the order of `priorities`;
    with `on`, the activities overdue on that day are marked "försenad"."""
    groups: list[dict[str, Any]] = []
    # The assignments read from pages that no priority names come last, under a heading of
    # their own.
    headings: list[tuple[int | None, str]] = [
        (p.number, f"{p.number}. {p.title}") for p in priorities
    ]
    headings.append((None, "Regeringsuppdrag inlästa från regeringen.se"))
    for number, heading in headings:
        rows = [
            {
                "state": a.state_text,
                "overdue": on is not None and a.overdue_on(on),
                "text": a.title or a.text,
                "case_numbers": [str(n) for n in a.case_numbers],
                "events": [
                    {
                        "kind": e.kind_text,
                        "bound": f"{date_bound_text(e.bound)} "
                        if e.bound != DateBound.none
                        else "",
                        "date": str(e.when),
                    }
                    for e in a.events
                ],
            }
            for a in activities
            if a.priority == number
        ]
        if rows:
            groups.append({"heading": heading, "rows": rows})
    overdue = sum(1 for a in activities if on is not None and a.overdue_on(on))
    return _ENVIRONMENT.get_template("activities.html.j2").render(
        title=title,
        activities=activities,
        groups=groups,
        on=on.isoformat() if on else None,
        overdue_count=overdue,
    )


@dataclass(frozen=True)
class ActivitiesView:
    """Shows activities as a table per priority in Jupyter (`_repr_html_`)."""

    activities: Sequence[GovernmentActivity]
    priorities: Sequence[Priority]
    on: date | None = None

    def _repr_html_(self) -> str:
        return activities_html(self.activities, self.priorities, on=self.on)

    def __repr__(self) -> str:
        return f"<ActivitiesView: {len(self.activities)} activities>"
