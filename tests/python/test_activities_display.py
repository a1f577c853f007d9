"""The activities as HTML (``handlingsplan.activities.display``) on activities built here: each
row's cells, the groups and their headings, the overdue marks and count, and the agencies of an
assignment as the page printed them or as on a given day. The shipped activities' view is
checked in test_activities_analysis.py."""

from __future__ import annotations

import re
from datetime import date

import handlingsplan as hp
from handlingsplan import _core
from handlingsplan.activities import ActivitiesView, activities_html

PRIORITIES = [
    _core.Priority(1, "Stärka skyddet", []),
    _core.Priority(2, "Öka kunskapen", []),
    _core.Priority(3, "Utan aktiviteter", []),
]

ONGOING = hp.GovernmentActivity(
    priority=2,
    state=_core.ActivityState.ongoing,
    text="Uppdraget till PTS.",
    case_numbers=[hp.CaseNumber("Ju2019/03058/SSK"), hp.CaseNumber("dir. 2019:64")],
    events=[
        hp.DatedEvent(_core.EventKind.decided, hp.SwedishDate("den 12 juli 2018")),
        hp.DatedEvent(
            _core.EventKind.due, hp.SwedishDate("den 1 mars 2021"), _core.DateBound.no_later_than
        ),
    ],
)
FINISHED = hp.GovernmentActivity(
    priority=1,
    state=_core.ActivityState.finished,
    text="Lagen.",
    events=[hp.DatedEvent(_core.EventKind.in_force, hp.SwedishDate("i december 2020"))],
)
ASSIGNMENT = hp.GovernmentActivity(
    priority=None,
    state=_core.ActivityState.ongoing,
    text="Hela texten om uppdraget.",
    title="Uppdrag att stärka skyddet",
    agencies=[
        _core.AssignedAgency("MSB", _core.AssignmentRole.assignee),
        _core.AssignedAgency("FRA", _core.AssignmentRole.in_cooperation),
    ],
)


def _rows(html: str) -> list[str]:
    """Each table row of the body, its white space between tags removed."""
    body = re.sub(r">\s+<", "><", html)
    return re.findall(r"<tr><td.*?</tr>", body)


def _headings(html: str) -> list[str]:
    return re.findall(r"<h4>(.*?)</h4>", html)


def test_each_cell_of_a_row() -> None:
    html = activities_html([ONGOING, FINISHED], PRIORITIES)
    assert _rows(html) == [
        '<tr><td class="state">avslutad</td><td>Lagen.</td><td></td>'
        "<td><ul><li>i kraft: december 2020</li></ul></td></tr>",
        '<tr><td class="state">pågående</td><td>Uppdraget till PTS.</td>'
        "<td><code>Ju2019/03058/SSK</code><br><code>dir. 2019:64</code></td>"
        "<td><ul><li>beslutad: 12 juli 2018</li><li>ska redovisas: senast 1 mars 2021</li></ul>"
        "</td></tr>",
    ]
    # The groups in the order of the priorities; one without activities has none.
    assert _headings(html) == ["1. Stärka skyddet", "2. Öka kunskapen"]
    assert "<th>Myndigheter</th>" not in html
    assert "<h3>Regeringens aktiviteter för att nå målen i strategin</h3>" in html
    assert "<p>2 aktiviteter.</p>" in html
    assert "försenad" not in html


def test_overdue_on_a_day() -> None:
    html = activities_html([ONGOING, FINISHED], PRIORITIES, on=date(2021, 3, 2), title="T")
    assert "<h3>T</h3>" in html
    assert "<p>2 aktiviteter; försenade den 2021-03-02: 1.</p>" in html
    rows = _rows(html)
    assert rows[0].startswith('<tr><td class="state">avslutad</td>')
    assert rows[1].startswith(
        '<tr><td class="state">pågående <span class="overdue">försenad</span></td>'
    )
    before = activities_html([ONGOING, FINISHED], PRIORITIES, on=date(2021, 3, 1))
    assert "försenade den 2021-03-01: 0." in before and "overdue" not in "".join(_rows(before))


def test_an_assignment_from_a_page_with_its_title_and_agencies() -> None:
    html = activities_html([FINISHED, ASSIGNMENT], PRIORITIES)
    assert _headings(html) == ["1. Stärka skyddet", "Regeringsuppdrag inlästa från regeringen.se"]
    assert "<th>Diarienummer</th><th>Myndigheter</th><th>Händelser</th>" in html
    rows = _rows(html)
    assert rows[0] == (
        '<tr><td class="state">avslutad</td><td>Lagen.</td><td></td><td></td>'
        "<td><ul><li>i kraft: december 2020</li></ul></td></tr>"
    )
    assert rows[1] == (
        '<tr><td class="state">pågående</td><td>Uppdrag att stärka skyddet</td><td></td>'
        "<td>MSB – uppdragstagare<br>FRA – i samverkan med</td><td></td></tr>"
    )


def test_agencies_named_as_on_the_day_by_the_registry_given() -> None:
    later = date(2026, 3, 1)
    standard = activities_html([ASSIGNMENT], PRIORITIES, on=later)
    assert "MSB (sedan 2026 Myndigheten för civilt försvar) – uppdragstagare" in standard
    # A registry that knows no successor names the agency as printed.
    bare = hp.AgencyRegistry(
        [a for a in hp.AgencyRegistry.standard() if a.short_name != "MSB"]
        + [hp.Agency(short_name="MSB", name="Myndigheten för samhällsskydd och beredskap")]
    )
    assert "<td>MSB – uppdragstagare<br>" in activities_html(
        [ASSIGNMENT], PRIORITIES, on=later, agencies=bare
    )
    view = ActivitiesView([ASSIGNMENT], PRIORITIES, on=later, agencies=bare)
    assert "<td>MSB – uppdragstagare<br>" in view._repr_html_()
    assert "sedan 2026" in ActivitiesView([ASSIGNMENT], PRIORITIES, on=later)._repr_html_()
    # Without a day, as the page printed it.
    assert "<td>MSB – uppdragstagare<br>" in activities_html([ASSIGNMENT], PRIORITIES)


def test_the_view() -> None:
    view = ActivitiesView([ONGOING, FINISHED], PRIORITIES, on=date(2021, 3, 2))
    assert view._repr_html_() == activities_html(
        [ONGOING, FINISHED], PRIORITIES, on=date(2021, 3, 2)
    )
    assert repr(view) == "<ActivitiesView: 2 activities>"
