"""The government's activities as HTML in Jupyter: per strategic priority, each activity with
its state, case numbers, the agencies of an assignment read from its page (named as the page
printed them at its date, or as on the day the user gives: `assigned_agency_name`) and dated
events, rendered from a Jinja2 template (templates/activities.html.j2) with autoescaping. Texts
are Swedish."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .._core import (
    AgencyRegistry,
    DateBound,
    GovernmentActivity,
    Priority,
    assigned_agency_name,
    assignment_role_text,
    date_bound_text,
)
from .._templates import environment

__all__ = ["ActivitiesView", "activities_html"]

_ENVIRONMENT = environment("handlingsplan.activities", keep_trailing_newline=False)


def activities_html(
    activities: Sequence[GovernmentActivity],
    priorities: Sequence[Priority],
    *,
    on: date | None = None,
    title: str = "Regeringens aktiviteter för att nå målen i strategin",
    agencies: AgencyRegistry | None = None,
) -> str:
    """The activities as an HTML fragment, grouped by priority in the order of `priorities`;
    with `on`, the activities overdue on that day are marked "försenad" and the agencies of an
    assignment are named as on that day where the page names them by an earlier name ("MSB
    (sedan 2026 Myndigheten för civilt försvar)"); without it, as the page printed them.
    `agencies` is the registry that knows their names (default: the standard one)."""
    registry = agencies if agencies is not None else AgencyRegistry.standard()
    groups: list[dict[str, Any]] = []
    # The assignments read from pages that no priority names come last, under a heading of
    # their own.
    headings: list[tuple[int | None, str]] = [
        (p.number, f"{p.number}. {p.title}") for p in priorities
    ]
    headings.append((None, "Regeringsuppdrag inlästa från regeringen.se"))
    for number, heading in headings:
        rows = [_row(a, registry, on) for a in activities if a.priority == number]
        if rows:
            groups.append({"heading": heading, "rows": rows})
    overdue = sum(1 for a in activities if on is not None and a.overdue_on(on))
    return _ENVIRONMENT.get_template("activities.html.j2").render(
        title=title,
        activities=activities,
        groups=groups,
        on=on.isoformat() if on else None,
        overdue_count=overdue,
        # The column only where an assignment read from a page names agencies: the overview's
        # activities alone show as they always have.
        with_agencies=any(a.agencies for a in activities),
    )


def _row(activity: GovernmentActivity, registry: AgencyRegistry, on: date | None) -> dict[str, Any]:
    """An activity's row of the table: its state, text, case numbers, agencies and events."""
    return {
        "state": activity.state_text,
        "overdue": on is not None and activity.overdue_on(on),
        "text": activity.title or activity.text,
        "case_numbers": [str(n) for n in activity.case_numbers],
        "agencies": [
            f"{assigned_agency_name(g, registry, on)} – {assignment_role_text(g.role)}"
            for g in activity.agencies
        ],
        "events": [
            {
                "kind": e.kind_text,
                "bound": f"{date_bound_text(e.bound)} " if e.bound != DateBound.none else "",
                "date": str(e.when),
            }
            for e in activity.events
        ],
    }


@dataclass(frozen=True)
class ActivitiesView:
    """Shows activities as a table per priority in Jupyter (`_repr_html_`)."""

    activities: Sequence[GovernmentActivity]
    priorities: Sequence[Priority]
    on: date | None = None
    agencies: AgencyRegistry | None = None

    def _repr_html_(self) -> str:
        return activities_html(self.activities, self.priorities, on=self.on, agencies=self.agencies)

    def __repr__(self) -> str:
        return f"<ActivitiesView: {len(self.activities)} activities>"
