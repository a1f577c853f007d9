"""The government's side of the strategy: its activities (assignments, directives, bills, laws)
per strategic priority, ongoing or finished, with their case numbers and dated events, and the
threads that tie them to the agencies' measures.

* `reader`: the importer of *Översikt över regeringens aktiviteter* (`read_activities`);
* `frames`: `activities_frame`, `deadlines_frame` (one row per dated event);
* `citations`: `references`, `case_number_index`, `successors`;
* `calendar`: the report deadlines as an iCalendar file (`write_calendar`);
* `display`: the activities as HTML in Jupyter (`ActivitiesView`);
* `plots`: a timeline of decisions and deadlines (imports matplotlib; import it when needed).

The model itself (`GovernmentActivity`, `CaseNumber`, `SwedishDate`, `DatedEvent` and the rule
that reads an activity's text) lives in the core, ``handlingsplan._core``.
"""

from __future__ import annotations

from .calendar import deadlines_calendar, write_calendar
from .citations import Reference, case_number_index, references, successors
from .display import ActivitiesView, activities_html
from .frames import activities_frame, deadlines_frame
from .reader import read_activities, read_activities_file

__all__ = [
    "ActivitiesView",
    "Reference",
    "activities_frame",
    "activities_html",
    "case_number_index",
    "deadlines_calendar",
    "deadlines_frame",
    "read_activities",
    "read_activities_file",
    "references",
    "successors",
    "write_calendar",
]
