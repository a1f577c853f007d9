"""readers/bilaga.py: Bilaga 1's rows read whatever the text form: a current row's title,
agencies, status and page; a closed row's title (where it ends: the plan's, the titles given, or
the first line), text, agencies and year, and a withdrawal's reason."""

from __future__ import annotations

import pytest

import handlingsplan as hp
from handlingsplan.readers._layout import Line
from handlingsplan.readers.bilaga import BilagaReader, closed_cells, possible_breaks
from handlingsplan.readers.model import Entry
from handlingsplan.readers.report_text import ReportText, _Refused
from stage_text import seed_source


def entry(mid: str, *cells: str) -> Entry:
    lines: list[Line] = []
    for k, cell in enumerate(cells):
        for text in cell.split("\n"):
            lines.append(Line(10 + k, text, text))
        lines.append(Line(10 + k, "", ""))
    return Entry(hp.MeasureId(mid), 10, True, lines[:-1])


def logged_decisions(reader: BilagaReader) -> list[str]:
    return [e.text for e in reader.journal.of_kind("decision")]


def test_a_current_row_gives_title_agencies_status_and_page() -> None:
    reader = BilagaReader(seed_source())
    status = hp.Status.updated(schedule=True, content=False)
    row = entry("1.1.5", "Ta fram en vägledning", "MSB och FRA", status.appendix_text, "23")
    (listed,) = reader.aktuella([row]).values()
    assert listed.title == "Ta fram en vägledning"
    assert listed.agencies.text == "MSB och FRA"
    assert listed.status == status
    assert listed.page == 23


def test_a_withdrawn_row_gives_its_text_and_reason() -> None:
    reader = BilagaReader(seed_source())
    row = entry("1.1.7", "Genomföra en konferens\nBeskrivning.", "Skälet.", "MSB", "2020")
    (listed,) = reader.closed([row], hp.StatusKind.withdrawn).values()
    # No title known: the first line is taken, and the journal says so.
    assert (listed.title, listed.description) == ("Genomföra en konferens", "Beskrivning.")
    assert listed.status == hp.Status.withdrawn(2020, "Skälet.")
    assert logged_decisions(reader) == [
        f"Bilaga 1 1.1.7 (avskriven, rad {row.line}): ingen känd rubrik för åtgärden; dess första "
        "tryckta rad tas som rubrik."
    ]


def test_the_titles_given_say_where_a_closed_rows_title_ends() -> None:
    text = seed_source()
    titled = ReportText(
        text.source,
        text.lines,
        text.form,
        text.journal,
        None,
        text.registry,
        {"1.1.7": "Genomföra en konferens"},
    )
    row = entry("1.1.7", "Genomföra en konferens Beskrivning.", "MSB", "2020")
    (listed,) = BilagaReader(titled).closed([row], hp.StatusKind.completed).values()
    assert (listed.title, listed.description) == ("Genomföra en konferens", "Beskrivning.")


def test_the_cells_of_a_closed_row() -> None:
    year, agencies, body = closed_cells(entry("1.1.7", "Rubrik", "MSB 2020"), "genomförd")
    assert year == 2020 and [x.text for x in agencies] == ["MSB"] and len(body) == 1
    with pytest.raises(_Refused, match="no year at the end"):
        closed_cells(entry("1.1.7", "Rubrik", "MSB"), "genomförd")
    with pytest.raises(_Refused, match="is empty"):
        closed_cells(Entry(hp.MeasureId("1.1.7"), 3, True, []), "genomförd")


def test_where_a_paragraph_break_may_stand() -> None:
    lines = [Line(1, "Slut.", "Slut."), Line(2, "Början", "Början"), Line(3, "liten", "liten")]
    assert [(a.no, b.no) for a, b in possible_breaks([lines])] == [(1, 2)]
