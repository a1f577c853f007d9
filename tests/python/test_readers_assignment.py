"""Assignment pages (regeringsuppdrag) read into activities (`handlingsplan.read_assignment`),
checked over the 212 published pages vendored in tests/peers/regeringsuppdrag/ against a reader
of this test's own: plain regular expressions that share nothing with the library's rules."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan.cli import main

PEERS = Path(__file__).resolve().parents[1] / "peers" / "regeringsuppdrag"
PAGES = sorted((PEERS / "pages").glob("*.md"))
ADDRESSES = {
    entry["file"]: entry["url"] for entry in json.loads((PEERS / "index.json").read_text())
}

MONTHS = (
    "januari februari mars april maj juni juli augusti september oktober november december".split()
)
DATE = r"(?P<d>\d{1,2}) (?P<m>" + "|".join(MONTHS) + r") (?P<y>\d{4})"
# "senast (den) D månad ÅÅÅÅ".
SENAST = re.compile(r"senast (?:den )?" + DATE)
# A deadline by its wording: "ska (del|slut)redovisas … senast D", "senast D (skriftligen)
# (del|slut)redovisa", "senast D lämna en (muntlig) (del|slut)redovisning"; the stage from
# "del"/"slut", the form from a word "muntlig…"/"skriftlig…" of the wording.
DUE_BEFORE = re.compile(
    r"\bska (?P<stage>del|slut)?redovisas\b(?P<words>[^.\d]{0,160}?)\bsenast (?:den )?" + DATE
)
DUE_VERB = re.compile(
    r"\bsenast (?:den )?" + DATE + r"\s+(?P<words>(?:\w+\s+)?)(?P<stage>del|slut)?redovisa\b"
)
DUE_NOUN = re.compile(
    r"\bsenast (?:den )?"
    + DATE
    + r"\s+lämna en (?P<words>(?:\w+ ){0,2}?)(?P<stage>del|slut)?redovisning\b"
)
STAGES = {"del": hp.ReportStage.interim, "slut": hp.ReportStage.final_report}
FORMS = {"muntlig": hp.ReportForm.oral, "skriftlig": hp.ReportForm.written}
# "Diarienummer: Fö2025/01712" (one or more), on the title line.
DIARIENUMMER = re.compile(r"Diarienummer:(.*)$")
NUMBER = re.compile(r"([A-ZÅÄÖ][A-Za-zåäö]?) ?(\d{4})/(\d{3,6})(?:/([A-Za-zÅÄÖåäö]+))?")


def _day(match: re.Match[str]) -> date:
    return date(int(match["y"]), MONTHS.index(match["m"]) + 1, int(match["d"]))


@dataclass(frozen=True)
class Due:
    """A report date by its wording: the day, and the stage and form where the wording says."""

    day: date
    stage: hp.ReportStage | None
    form: hp.ReportForm | None


def _due(match: re.Match[str]) -> Due:
    words = match["words"].lower()
    form = next((f for word, f in FORMS.items() if word in words), None)
    return Due(_day(match), STAGES.get(match["stage"] or ""), form)


@dataclass
class Expected:
    """What a page says, as this test reads it."""

    is_assignment: bool
    diarienummer: list[str] = field(default_factory=list)
    deadlines: list[date] = field(default_factory=list)
    reports: set[Due] = field(default_factory=set)

    @property
    def due(self) -> set[date]:
        return {r.day for r in self.reports}


def expected(text: str) -> Expected:
    title = text.splitlines()[0]
    found = Expected(is_assignment="uppdrag" in text.lower())
    match = DIARIENUMMER.search(title)
    if match:
        for code, year, number, unit in NUMBER.findall(match.group(1)):
            canonical = f"{code}{year}/{int(number):05d}" + (f"/{unit}" if unit else "")
            if canonical not in found.diarienummer:
                found.diarienummer.append(canonical)
    flat = " ".join(text.split())
    found.deadlines = [_day(m) for m in SENAST.finditer(flat)]
    for pattern in (DUE_BEFORE, DUE_VERB, DUE_NOUN):
        found.reports |= {_due(m) for m in pattern.finditer(flat)}
    return found


@pytest.fixture(scope="module")
def pages() -> dict[str, tuple[Expected, hp.GovernmentActivity | hp.ParseError]]:
    out: dict[str, tuple[Expected, hp.GovernmentActivity | hp.ParseError]] = {}
    for path in PAGES:
        want = expected(path.read_text(encoding="utf-8"))
        try:
            got: hp.GovernmentActivity | hp.ParseError = hp.read_assignment(
                path, address=ADDRESSES[path.name]
            )
        except hp.ParseError as error:
            got = error
        out[path.name] = (want, got)
    return out


def test_the_vendored_pages_are_all_there() -> None:
    assert len(PAGES) == 212
    assert set(ADDRESSES) == {p.name for p in PAGES}


def test_the_tests_reader_reads_a_page_by_hand() -> None:
    # The NCSC page of October 2025, read by eye: no diarienummer, one deadline.
    text = (PEERS / "pages").glob("2025-10-uppdrag-till-forsvarets-radioanstalt-*.md")
    want = expected(next(text).read_text(encoding="utf-8"))
    assert want.is_assignment
    assert want.diarienummer == []
    assert want.deadlines == [date(2026, 3, 6)] and want.due == {date(2026, 3, 6)}
    two = expected(
        "# Uppdrag Diarienummer: Fö2025/01712\n\nMyndigheten ska senast den 20 mars 2026 lämna en "
        "muntlig delredovisning och senast den 1 december 2026 lämna en skriftlig slutredovisning."
    )
    assert two.diarienummer == ["Fö2025/01712"]
    assert two.due == {date(2026, 3, 20), date(2026, 12, 1)}


# The pages that give no assignment, as this test's reader finds them (neither title nor text
# says "uppdrag"): a payment to the municipalities, the directions for civil defence, the common
# grounds for total defence.
NOT_ASSIGNMENTS = {
    "2020-07-utbetalning-av-medel-till-kommunerna-for-att-bidra-till-att-motverka-konsekvense-"
    "b11328.md",
    "2020-12-anvisningar-for-det-civila-forsvaret-for-forsvarsbeslutsperioden-20212025-3c2e1e.md",
    "2024-12-gemensamma-forutsattningar-for-utvecklingen-av-totalforsvaret-20252030-ca7835.md",
}


def test_pages_that_give_no_assignment_are_refused_with_file_line_and_why(pages) -> None:
    refused = {name for name, (_, got) in pages.items() if isinstance(got, hp.ParseError)}
    assert {name for name, (want, _) in pages.items() if not want.is_assignment} == NOT_ASSIGNMENTS
    assert refused == NOT_ASSIGNMENTS
    for name in refused:
        error = pages[name][1]
        message = str(error)
        title = (PEERS / "pages" / name).read_text(encoding="utf-8").splitlines()[0][2:]
        assert message.startswith(f"{ADDRESSES[name]}, line 1: not an assignment page: ")
        # Why: what it expected (an assignment, "uppdrag") and what it found (the title).
        assert '"Uppdrag till …", "i uppdrag", "uppdraget"' in message
        assert title[:60] in message
        assert error.kind == "assignment page" and error.input == title


def test_every_diarienummer_on_a_page_is_the_case_number_read(pages) -> None:
    pages_with = numbers = 0
    for name, (want, got) in pages.items():
        if isinstance(got, hp.ParseError):
            continue
        read = [str(n) for n in got.case_numbers]
        assert read[: len(want.diarienummer)] == want.diarienummer, name
        # The same case, however it is compared: with or without its unit.
        for printed, number in zip(want.diarienummer, got.case_numbers, strict=False):
            assert number.same_case(hp.CaseNumber.parse(printed)), name
        pages_with += bool(want.diarienummer)
        numbers += len(want.diarienummer)
    # The pages of 2025 and later print it on the title line: 27 numbers on 24 pages (one page
    # gives three).
    assert (pages_with, numbers) == (24, 27)


def test_every_senast_date_is_an_event_and_deadlines_are_due(pages) -> None:
    dates = due = 0
    for name, (want, got) in pages.items():
        if isinstance(got, hp.ParseError):
            continue
        events = {e.date: e for e in got.events if e.date is not None}
        kinds = {(e.date, e.kind) for e in got.events}
        for day in want.deadlines:
            assert day in events, (name, day)
            dates += 1
        for day in want.due:
            assert (day, hp.EventKind.due) in kinds, (name, day)
            due += 1
    # Every "senast" date of the 209 assignments (235), 117 of them in deadline wording.
    assert (dates, due) == (235, 117)


def test_every_report_has_the_stage_and_form_its_wording_gives(pages) -> None:
    stages: Counter[hp.ReportStage | None] = Counter()
    forms: Counter[hp.ReportForm | None] = Counter()
    for name, (want, got) in pages.items():
        if isinstance(got, hp.ParseError):
            continue
        for report in want.reports:
            events = [e for e in got.events if e.date == report.day and e.kind == hp.EventKind.due]
            assert events, (name, report)
            if report.stage is not None:
                assert report.stage in {e.stage for e in events}, (name, report)
            if report.form is not None:
                assert report.form in {e.form for e in events}, (name, report)
            stages[report.stage] += 1
            forms[report.form] += 1
    assert stages == {None: 61, hp.ReportStage.interim: 24, hp.ReportStage.final_report: 32}
    assert forms == {None: 108, hp.ReportForm.written: 9}


def test_every_page_keeps_its_address_and_title(pages) -> None:
    for name, (_, got) in pages.items():
        if isinstance(got, hp.ParseError):
            continue
        assert got.source == ADDRESSES[name]
        assert got.title and not got.title.startswith("#") and "Diarienummer" not in got.title
        assert (
            got.priority is None
            and got.state == hp.GovernmentActivity(priority=None, text="x", state=got.state).state
        )


NCSC_ELECTIONS = """\
# Uppdrag till Försvarets radioanstalt genom det nationella cybersäkerhetscentret att stärka \
cybersäkerheten inför de allmänna valen 2026Diarienummer: Fö2025/01712

Regeringen gav den 18 september Försvarets radioanstalt (FRA) genom det nationella \
cybersäkerhetscentret (NCSC) i uppdrag att stödja valmyndigheterna i arbetet med \
cybersäkerheten inför de allmänna valen 2026. Uppdraget ska genomföras i samverkan med \
Valmyndigheten.

NCSC vid FRA ska senast den 20 mars 2026 lämna en muntlig delredovisning till \
Regeringskansliet (Försvarsdepartementet) och senast den 1 december 2026 lämna en skriftlig \
slutredovisning till Regeringskansliet (Försvarsdepartementet).
"""


def test_the_ncsc_elections_assignment() -> None:
    # The wording of the assignment Fö2025/01712 as the issue quotes it (the page itself is
    # among those kept aside, not vendored).
    activity = hp.read_assignment(
        NCSC_ELECTIONS, address="https://www.regeringen.se/regeringsuppdrag/2025/09/x/"
    )
    assert str(activity.case_numbers[0]) == "Fö2025/01712"
    assert activity.source == "https://www.regeringen.se/regeringsuppdrag/2025/09/x/"
    due = [e for e in activity.events if e.kind == hp.EventKind.due]
    assert [(e.date, e.stage, e.form) for e in due] == [
        (date(2026, 3, 20), hp.ReportStage.interim, hp.ReportForm.oral),
        (date(2026, 12, 1), hp.ReportStage.final_report, hp.ReportForm.written),
    ]
    decided = [e for e in activity.events if e.kind == hp.EventKind.decided]
    assert [e.date for e in decided] == [date(2025, 9, 18)]
    # FRA through NCSC: FRA, and FRA's unit NCSC through which it is given; the page's names kept.
    assert [(a.name, a.role, a.unit, a.printed) for a in activity.agencies] == [
        ("FRA", hp.AssignmentRole.assignee, "", "Försvarets radioanstalt (FRA)"),
        ("FRA", hp.AssignmentRole.through, "NCSC", "nationella cybersäkerhetscentret (NCSC)"),
        ("Valmyndigheten", hp.AssignmentRole.in_cooperation, "", ""),
    ]
    fra = hp.AgencyRegistry.standard().find("FRA")
    assert activity.names_agency(fra)


def test_the_ncsc_page_of_october_2025() -> None:
    path = next((PEERS / "pages").glob("2025-10-uppdrag-till-forsvarets-radioanstalt-*.md"))
    activity = hp.read_assignment(path)
    assert activity.source == str(path)
    assert [(e.kind, e.date, e.form) for e in activity.events] == [
        (hp.EventKind.decided, date(2025, 10, 23), hp.ReportForm.none),
        (hp.EventKind.due, date(2026, 3, 6), hp.ReportForm.written),
    ]
    assert [(a.name, a.role, a.unit) for a in activity.agencies] == [
        ("FRA", hp.AssignmentRole.assignee, ""),
        ("FRA", hp.AssignmentRole.through, "NCSC"),
    ]


def test_a_text_that_is_no_page_is_refused_with_its_line() -> None:
    with pytest.raises(hp.ParseError, match=r"<text>, line 2: .*title line"):
        hp.read_assignment("\nRegeringen ger MSB i uppdrag att …")
    with pytest.raises(hp.ParseError, match=r"line 1: .*assignment"):
        hp.read_assignment("# Anvisningar för det civila försvaret\n\nMyndigheterna ska planera.")
    with pytest.raises(hp.ParseError, match=r"Diarienummer"):
        hp.read_assignment("# Uppdrag att göra något Diarienummer: okänt\n\nText.")


def test_add_activity_and_its_rules(tmp_path: Path) -> None:
    plan = hp.load_default()
    before = len(plan.activities)
    activity = hp.read_assignment(NCSC_ELECTIONS, address="https://example.se/uppdrag")
    added = plan.add_activity(activity)
    assert added == activity and len(plan.activities) == before + 1
    # What add_activity returned stays whole after the plan grows again (it is a copy, not a
    # view into the plan's activities, which a later add moves).
    kept_text = added.text
    for n in range(40):
        plan.add_activity(
            hp.GovernmentActivity(
                priority=None, text=f"Uppdrag {n}", state=added.state, source=f"x{n}"
            )
        )
    assert added.text == kept_text and added == activity
    del plan.activities[before + 1 :]  # a copy: the plan keeps them
    assert len(plan.activities) == before + 41
    plan = hp.load_default()
    plan.add_activity(activity)
    with pytest.raises(hp.RuleViolationError, match="already"):
        plan.add_activity(activity)
    assert len(plan.activities) == before + 1
    # A saved plan keeps the assignment as it was read.
    plan.save(tmp_path / "plan.json")
    again = hp.Plan.load(tmp_path / "plan.json")
    assert again.activities[-1] == activity
    assert again.references("Fö 2025/01712")[0].activity == activity
    assert again.deadlines_frame().shape[0] >= 2


def test_the_command_line_reads_and_adds_a_page(tmp_path: Path, capsys) -> None:
    page = tmp_path / "sida.md"
    page.write_text(NCSC_ELECTIONS, encoding="utf-8")
    out = tmp_path / "plan.json"
    assert main(["uppdrag", str(page), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Fö2025/01712" in printed and "2026-12-01: ska redovisas, slutredovisning" in printed
    assert "  FRA (uppdragstagare): Försvarets radioanstalt (FRA)\n" in printed
    assert "  NCSC vid FRA (genom): nationella cybersäkerhetscentret (NCSC)\n" in printed
    assert "not one of them" not in printed
    assert hp.Plan.load(out).activities[-1].title.startswith("Uppdrag till Försvarets")
    # The same page again: refused, nothing written.
    before = out.read_bytes()
    assert main(["uppdrag", str(page), "--plan", str(out)]) == 1
    assert "already" in capsys.readouterr().err
    assert out.read_bytes() == before
    bad = tmp_path / "bad.md"
    bad.write_text("# Anvisningar\n\nInget här.", encoding="utf-8")
    assert main(["uppdrag", str(bad)]) == 1
    assert f"{bad}, rad 1" in capsys.readouterr().err


def test_figures_for_the_closing_note(pages) -> None:
    # What scripts/assignment_figures.py prints, checked here against this test's reader: the
    # pages read and refused, and a "ska redovisas" event at least for every report date.
    read = [got for _, got in pages.values() if not isinstance(got, hp.ParseError)]
    kinds = Counter(e.kind_text for a in read for e in a.events)
    assert (len(read), len(pages) - len(read)) == (209, 3)
    wanted = sum(len(want.due) for want, got in pages.values() if not isinstance(got, Exception))
    assert kinds["ska redovisas"] >= wanted == 117
    assert sum(1 for a in read for e in a.events if e.stage == hp.ReportStage.interim) >= 24


def test_deadlines_and_overdue_on_a_day_the_user_gives() -> None:
    plan = hp.load_default()
    plan.add_activity(hp.read_assignment(NCSC_ELECTIONS, address="https://example.se/val"))
    due = plan.deadlines(between=(date(2026, 1, 1), date(2026, 12, 31)))
    assert [(a.title[:12], e.date) for a, e in due] == [
        ("Uppdrag till", date(2026, 3, 20)),
        ("Uppdrag till", date(2026, 12, 1)),
    ]
    assert plan.deadlines(between=(date(2026, 3, 21), date(2026, 11, 30))) == []
    with pytest.raises(hp.InvalidValueError):
        plan.deadlines(between=(date(2026, 2, 1), date(2026, 1, 1)))
    read = plan.activities[-1]
    assert read not in plan.overdue_on(date(2026, 3, 20))
    assert read in plan.overdue_on(date(2026, 3, 21))
    # The calendar and the activities' view show the assignment read from its page.
    from handlingsplan.activities.calendar import deadlines_calendar

    calendar = deadlines_calendar(plan.activities).to_ical().decode("utf-8")
    assert "Regeringsuppdrag" in calendar and "example.se/val" in calendar.replace("\r\n ", "")
    html = plan.activities_view(on=date(2026, 3, 21))._repr_html_()
    assert "Regeringsuppdrag inlästa" in html and "försenad" in html


def test_pages_read_from_files_show_in_every_view_of_their_deadlines(tmp_path: Path) -> None:
    import icalendar

    from handlingsplan.activities.calendar import write_calendar

    names = {
        "ncsc": next((PEERS / "pages").glob("2025-10-uppdrag-till-forsvarets-radioanstalt-*.md")),
        "msb": next((PEERS / "pages").glob("2024-10-uppdrag-till-msb-att-utveckla-metodstod*.md")),
    }
    # The deadlines as this test's reader finds them on the pages.
    due = {key: expected(path.read_text(encoding="utf-8")).due for key, path in names.items()}
    assert due == {"ncsc": {date(2026, 3, 6)}, "msb": {date(2025, 6, 1)}}
    plan = hp.load_default()
    read = {}
    for key, path in names.items():
        read[key] = plan.add_activity(hp.read_assignment(path, address=ADDRESSES[path.name]))
    # plan.deadlines(between=...)
    found = plan.deadlines(between=(date(2025, 1, 1), date(2026, 12, 31)))
    assert [(a, e.date) for a, e in found if a.priority is None] == [
        (read["msb"], date(2025, 6, 1)),
        (read["ncsc"], date(2026, 3, 6)),
    ]
    # overdue_on: the day after each deadline, not the day itself.
    assert read["msb"] not in plan.overdue_on(date(2025, 6, 1))
    assert read["msb"] in plan.overdue_on(date(2025, 6, 2))
    assert read["ncsc"] not in plan.overdue_on(date(2026, 3, 6))
    assert read["ncsc"] in plan.overdue_on(date(2026, 3, 7))
    # The calendar file: one all-day event on each deadline, naming the page's address.
    ics = write_calendar(plan.activities, tmp_path / "frister.ics")
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    for key, path in names.items():
        (event,) = [e for e in events if ADDRESSES[path.name] in str(e["description"])]
        assert {event["dtstart"].dt} == due[key]
        assert "Regeringsuppdrag" in [str(c) for c in event["categories"].cats]
    # The activities' view: both pages, their deadlines, and which are late on the day given.
    html = plan.activities_view(on=date(2026, 3, 7))._repr_html_()
    for key in names:
        assert read[key].title in html
    assert (
        "ska redovisas: senast 6 mars 2026" in html and "ska redovisas: senast 1 juni 2025" in html
    )
    assert html.count('<span class="overdue">försenad</span>') == len(
        plan.overdue_on(date(2026, 3, 7))
    )
