"""The deadlines calendar (``handlingsplan.activities.calendar``) on activities built here: every
property of the calendar and of each event, written out from what the activity says. The shipped
activities' calendar is checked in test_activities_analysis.py."""

from __future__ import annotations

import errno
import hashlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import pytest

import handlingsplan as hp
import handlingsplan.activities.calendar as calendar_module
from handlingsplan import _core
from handlingsplan.activities import deadlines_calendar, write_calendar

STAMP = datetime(2021, 1, 15, 12, 0, tzinfo=timezone.utc)
ONGOING = _core.ActivityState.ongoing
DUE = _core.EventKind.due


def _due(text: str, bound: _core.DateBound = _core.DateBound.none) -> hp.DatedEvent:
    return hp.DatedEvent(DUE, hp.SwedishDate(text), bound)


def _events(activities: list[hp.GovernmentActivity]) -> list[icalendar.Event]:
    calendar = deadlines_calendar(activities, stamp=STAMP)
    return list(icalendar.Calendar.from_ical(calendar.to_ical()).walk("VEVENT"))


def test_the_calendars_own_properties() -> None:
    calendar = icalendar.Calendar.from_ical(deadlines_calendar([], stamp=STAMP).to_ical())
    assert str(calendar["prodid"]) == "-//handlingsplan//Regeringens aktiviteter//SV"
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["calscale"]) == "GREGORIAN"
    assert str(calendar["x-wr-calname"]) == "Regeringens aktiviteter: redovisningar"
    assert list(calendar.walk("VEVENT")) == []


def test_one_event_per_deadline_only() -> None:
    activity = hp.GovernmentActivity(
        priority=2,
        state=ONGOING,
        text="Uppdraget.",
        events=[
            hp.DatedEvent(_core.EventKind.decided, hp.SwedishDate("den 12 juli 2018")),
            _due("den 1 mars 2021", _core.DateBound.no_later_than),
            hp.DatedEvent(_core.EventKind.reported, hp.SwedishDate("den 5 mars 2021")),
            _due("i december 2021"),
        ],
    )
    events = _events([activity])
    assert [e.decoded("dtstart") for e in events] == [date(2021, 3, 1), date(2021, 12, 1)]
    # All-day events: a day is one day, a month every day of the month.
    assert [e.decoded("dtend") for e in events] == [date(2021, 3, 2), date(2022, 1, 1)]
    assert [str(e["summary"]) for e in events] == [
        "Ska redovisas senast 1 mars 2021: Uppdraget.",
        "Ska redovisas december 2021: Uppdraget.",
    ]
    assert [[str(c) for c in e["categories"].cats] for e in events] == [
        ["Strategisk prioritering 2", "ska redovisas"]
    ] * 2
    assert all(e.decoded("dtstamp") == STAMP for e in events)


def test_uids_are_the_activity_and_date_hashed_so_a_new_file_updates_the_old() -> None:
    text = "Uppdraget ska redovisas."
    activity = hp.GovernmentActivity(
        priority=3, state=ONGOING, text=text, events=[_due("den 1 mars 2021")]
    )
    (event,) = _events([activity])
    key = f"3|{text}|2021-03-01".encode()
    assert str(event["uid"]) == hashlib.sha1(key).hexdigest() + "@handlingsplan"
    # Another priority, text or date: another event.
    others = [
        hp.GovernmentActivity(
            priority=4, state=ONGOING, text=text, events=[_due("den 1 mars 2021")]
        ),
        hp.GovernmentActivity(
            priority=3, state=ONGOING, text=text + " Nu.", events=[_due("den 1 mars 2021")]
        ),
        hp.GovernmentActivity(
            priority=3, state=ONGOING, text=text, events=[_due("den 2 mars 2021")]
        ),
    ]
    uids = {str(e["uid"]) for e in _events([activity, *others])}
    assert len(uids) == 4


def test_the_summary_is_the_title_or_the_first_sentence_cut_to_70() -> None:
    def summary(**fields: object) -> str:
        activity = hp.GovernmentActivity(
            priority=1, state=ONGOING, events=[_due("den 1 mars 2021")], **fields
        )
        (event,) = _events([activity])
        text = str(event["summary"])
        prefix = "Ska redovisas 1 mars 2021: "
        assert text.startswith(prefix)
        return text[len(prefix) :]

    assert summary(text="Första meningen. Andra meningen.") == "Första meningen"
    assert summary(text="Text. Mer.", title="Uppdrag att göra något") == "Uppdrag att göra något"
    seventy = "a" * 70
    assert summary(text=seventy + ". Mer.") == seventy
    # Longer: 69 characters, white space at the cut dropped, and an ellipsis.
    assert summary(text="b" * 71) == "b" * 69 + "…"
    assert summary(text="c" * 67 + "  dd") == "c" * 67 + "…"


def test_the_description_holds_text_case_numbers_agencies_and_source() -> None:
    bare = hp.GovernmentActivity(
        priority=1, state=ONGOING, text="Bara text.", events=[_due("2021")]
    )
    (event,) = _events([bare])
    assert str(event["description"]) == "Bara text."
    full = hp.GovernmentActivity(
        priority=None,
        state=ONGOING,
        text="Uppdraget.",
        case_numbers=[hp.CaseNumber("Ju2019/03058/SSK"), hp.CaseNumber("dir. 2019:64")],
        events=[_due("den 1 mars 2021")],
        agencies=[
            _core.AssignedAgency("FRA", _core.AssignmentRole.assignee),
            _core.AssignedAgency("PTS", _core.AssignmentRole.in_cooperation),
        ],
        source="https://www.regeringen.se/uppdrag",
    )
    (event,) = _events([full])
    assert str(event["description"]) == (
        "Uppdraget.\n\n"
        "Diarienummer och referenser: Ju2019/03058/SSK, dir. 2019:64\n\n"
        "Myndigheter: FRA (uppdragstagare), PTS (i samverkan med)\n\n"
        "Källa: https://www.regeringen.se/uppdrag"
    )
    # An assignment no priority names is filed as one.
    assert [str(c) for c in event["categories"].cats] == ["Regeringsuppdrag", "ska redovisas"]


def test_without_a_stamp_the_events_are_stamped_now_in_utc(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[object] = []

    class Clock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Clock:  # type: ignore[override]
            asked.append(tz)
            return cls(2022, 6, 1, 8, 30, tzinfo=timezone.utc)

    monkeypatch.setattr(calendar_module, "datetime", Clock)
    activity = hp.GovernmentActivity(
        priority=1, state=ONGOING, text="Text.", events=[_due("den 1 mars 2021")]
    )
    (event,) = list(deadlines_calendar([activity]).walk("VEVENT"))
    assert asked == [timezone.utc]
    assert event.decoded("dtstamp") == datetime(2022, 6, 1, 8, 30, tzinfo=timezone.utc)


def test_write_calendar_writes_the_file_and_returns_its_path(tmp_path: Path) -> None:
    activity = hp.GovernmentActivity(
        priority=1, state=ONGOING, text="Text.", events=[_due("den 1 mars 2021")]
    )
    path = write_calendar([activity], str(tmp_path / "r.ics"), stamp=STAMP)
    assert path == tmp_path / "r.ics" and isinstance(path, Path)
    assert path.read_bytes() == deadlines_calendar([activity], stamp=STAMP).to_ical()
    missing = tmp_path / "saknas" / "r.ics"
    with pytest.raises(hp.FileError) as caught:
        write_calendar([activity], missing, stamp=STAMP)
    assert caught.value.errno == errno.ENOENT
    assert caught.value.filename == str(missing)
    assert caught.value.strerror


def test_a_deadline_ends_the_day_after_its_last() -> None:
    activity = hp.GovernmentActivity(
        priority=1, state=ONGOING, text="Text.", events=[_due("hösten 2017")]
    )
    (event,) = _events([activity])
    covered = hp.SwedishDate("hösten 2017")
    assert event.decoded("dtstart") == covered.first_day
    assert event.decoded("dtend") == covered.last_day + timedelta(days=1) == date(2017, 12, 1)
