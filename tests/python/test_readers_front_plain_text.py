"""readers/front_plain.py on small texts built in the test: Bilaga 1's tables in pdftotext's
plain text read against a chapter built here (Aktuella åtgärder) or cut where each row's known
title begins (Genomförda and Avskrivna åtgärder). The round trips through a real PDF are in
test_readers_front_plain.py."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import handlingsplan as hp
from handlingsplan._core import AgencyRegistry, MeasureId
from handlingsplan.readers._layout import Line, source_lines
from handlingsplan.readers.front_plain import PlainRowsReader
from handlingsplan.readers.journal import Journal
from handlingsplan.readers.model import Block, Chapter
from handlingsplan.readers.pdftotext import PLAIN
from handlingsplan.readers.report_text import ReportText, _Refused


def reader_of(lines: list[str], titles: dict[str, str] | None = None) -> PlainRowsReader:
    src = ReportText(
        "r.txt",
        source_lines("\n".join(lines)),
        PLAIN,
        Journal(source="r.txt"),
        None,
        AgencyRegistry.standard(),
        dict(titles or {}),
    )
    return PlainRowsReader(src)


def refused(call: Callable[[], object]) -> _Refused:
    with pytest.raises(_Refused) as caught:
        call()
    return caught.value


def block(mid: str, title: str, agencies: str, no: int = 100) -> Block:
    body = [Line(no, title, title), Line(0, "", ""), Line(no + 1, "Text.", "Text.")]
    agency = Line(no + 2, agencies, agencies)
    return Block(MeasureId(mid), no + 4, body, [agency], Line(no + 3, "2021", "2021"), 5, 5)


def chapter() -> Chapter:
    return Chapter(
        priorities={1: (6, "Ett")},
        blocks=[
            block("1.1.1", "Titel ett", "MSB"),
            block("1.1.2", "Titel två Ny åtgärd", "FRA", 110),
        ],
    )


TABLE = [
    "Strategisk prioritering 1. Ett",  # 1
    "1.1.1. Titel ett",  # 2
    "MSB",
    "12",
    "1.1.2. Titel två",  # 5
    "FRA",
    "Ny åtgärd",
    "13",
]


def entry_lines(entry: object) -> list[tuple[int, str]]:
    return [(x.no, x.text) for x in entry.lines]  # type: ignore[attr-defined]


def test_a_current_table_read_against_the_chapter() -> None:
    reader = reader_of(TABLE)
    first, second = reader.plain_aktuella(1, len(TABLE) + 1, chapter())
    assert (str(first.id), first.line, first.dotted) == ("1.1.1", 2, True)
    assert entry_lines(first) == [(2, "Titel ett"), (2, ""), (2, "MSB"), (2, ""), (2, "12")]
    assert entry_lines(second) == [
        (5, "Titel två"),
        (5, ""),
        (5, "FRA"),
        (5, ""),
        (5, "Ny åtgärd"),
        (5, ""),
        (5, "13"),
    ]
    assert list(reader.journal) == []


def test_a_current_tables_furniture_is_left_out() -> None:
    lines = [
        "",
        TABLE[0],
        "# Åtgärd Ansvarig myndighet Status Sida",
        "Förteckning över åtgärder",
        "Samlad informations- och cybersäkerhetshandlingsplan 2019–2022 7",
        *TABLE[1:],
    ]
    entries = reader_of(lines).plain_aktuella(1, len(lines) + 1, chapter())
    assert [str(e.id) for e in entries] == ["1.1.1", "1.1.2"]


def test_a_current_table_without_pages_gives_none() -> None:
    lines = [x for x in TABLE if not x.isdigit()]
    first, _ = reader_of(lines).plain_aktuella(1, len(lines) + 1, chapter())
    assert entry_lines(first) == [(2, "Titel ett"), (2, ""), (2, "MSB")]


def test_a_current_tables_refusals() -> None:
    cases = [
        (
            ["Strategisk prioritering 2. Två", *TABLE[1:]],
            1,
            "Bilaga 1 heading for unknown priority 2",
            "rubrik i Bilaga 1 för en okänd prioritering 2",
        ),
        (
            ["Lös text", *TABLE],
            1,
            "Aktuella åtgärder: text before the first table: 'Lös text'",
            "Aktuella åtgärder: text före den första tabellen: 'Lös text'",
        ),
        (
            [*TABLE, "1.1.2. Titel två", "FRA"],
            9,
            "Aktuella åtgärder: measure 1.1.2 is listed twice",
            "Aktuella åtgärder: åtgärd 1.1.2 står två gånger",
        ),
        (
            [*TABLE[:4], "1.1.3. Annan", "FRA", "13"],
            5,
            "Bilaga 1 row 1.1.3: the chapter prints no measure 1.1.3, and pdftotext's plain text "
            "does not tell a row's cells apart without it (import the PDF itself or pdftotext "
            "-layout's text)",
            "raden för åtgärd 1.1.3 i Bilaga 1: kapitlet har ingen åtgärd 1.1.3, och den rena "
            "texten från pdftotext skiljer inte en rads celler åt utan den (importera själva "
            "PDF:en eller texten från pdftotext -layout)",
        ),
        (
            [*TABLE[:6], "Uppdaterad", "13"],
            1,
            "Bilaga 1's table under line 1: pdftotext prints the statuses ['Uppdaterad'], the "
            "chapter marks ['Ny åtgärd']; its plain text does not show which row a status "
            "belongs to (import the PDF itself or pdftotext -layout's text)",
            "tabellen i Bilaga 1 under rad 1: pdftotext skriver statusarna ['Uppdaterad'], "
            "kapitlets markeringar ['Ny åtgärd']; dess rena text visar inte vilken rad en status "
            "hör till (importera själva PDF:en eller texten från pdftotext -layout)",
        ),
        (
            [*TABLE, "14"],
            1,
            "Bilaga 1's table under line 1: 2 rows but the numbers [12, 13, 14] left for their "
            "pages (Sida)",
            "tabellen i Bilaga 1 under rad 1: 2 rader men numren [12, 13, 14] kvar för deras "
            "sidor (Sida)",
        ),
    ]
    for lines, line, message, swedish in cases:
        error = refused(
            lambda lines=lines: reader_of(lines).plain_aktuella(1, len(lines) + 1, chapter())
        )
        assert (error.line, error.message, error.swedish) == (line, message, swedish), message


def test_a_heading_spelt_otherwise_is_a_discrepancy() -> None:
    lines = ["Strategisk prioritering 1. Annat", *TABLE[1:]]
    reader = reader_of(lines)
    assert len(reader.plain_aktuella(1, len(lines) + 1, chapter())) == 2
    assert [(e.kind, e.line, e.text) for e in reader.journal] == [
        (
            "discrepancy",
            1,
            "Prioritering 1: Bilaga 1:s rubrik (rad 1) stavar inte som kapitlets “Ett”.",
        )
    ]
    # A heading over two lines spelling the chapter's.
    lines = ["Strategisk prioritering 1.", "Ett", *TABLE[1:]]
    reader = reader_of(lines)
    assert [e.line for e in reader.plain_aktuella(1, len(lines) + 1, chapter())] == [3, 6]
    assert list(reader.journal) == []


def test_letters_that_do_not_add_up_name_the_rows_that_differ() -> None:
    lines = [*TABLE[:2], "MSB och PTS", *TABLE[3:]]  # the chapter prints "MSB"
    reader = reader_of(lines)
    first, _ = reader.plain_aktuella(1, len(lines) + 1, chapter())
    assert entry_lines(first)[2] == (2, "MSB")  # the chapter's agency text is taken
    ((kind, line, text),) = [(e.kind, e.line, e.text) for e in reader.journal]
    assert (kind, line) == ("discrepancy", 1)
    assert text == (
        "Bilaga 1:s tabell under rad 1 (till rad 5): dess bokstäver stämmer inte med kapitlets "
        "rubriker och myndighetstexter för dess rader (Bilaga 1 har fler “chopst”, färre “”): "
        "en rubrik eller en myndighetstext skiljer sig från kapitlets, och pdftotexts "
        "oformaterade text visar den inte hel; kapitlets tas för varje rad."
    )


def test_updated_statuses_are_taken_in_printed_order_and_noted() -> None:
    ch = Chapter(
        priorities={1: (6, "Ett")},
        blocks=[
            block("1.1.1", "Titel ett Uppdaterad", "MSB"),
            block("1.1.2", "Titel två Uppdaterad", "FRA", 110),
        ],
    )
    lines = [TABLE[0], "1.1.1. Titel ett", "MSB", "1.1.2. Titel två", "FRA"]
    lines += ["Uppdaterad, tidplan", "Uppdaterad, innehåll"]
    reader = reader_of(lines)
    first, second = reader.plain_aktuella(1, len(lines) + 1, ch)
    assert entry_lines(first)[-1] == (2, "Uppdaterad, tidplan")
    assert entry_lines(second)[-1] == (4, "Uppdaterad, innehåll")
    assert [(e.kind, e.line, e.text) for e in reader.journal] == [
        (
            "decision",
            1,
            "Bilaga 1:s tabell under rad 1: pdftotexts oformaterade text trycker statusarna för "
            "raderna 1.1.1, 1.1.2 skilda från raderna; de tas i tryckt ordning.",
        )
    ]


def test_pages_printed_after_the_next_tables_heading_go_to_their_rows() -> None:
    ch = Chapter(
        priorities={1: (6, "Ett"), 2: (8, "Två")},
        blocks=[block("1.1.1", "Titel ett", "MSB"), block("2.1.1", "Titel tre", "PTS", 120)],
    )
    lines = ["Strategisk prioritering 1. Ett", "1.1.1. Titel ett", "MSB"]
    lines += ["Strategisk prioritering 2. Två", "12", "2.1.1. Titel tre", "PTS", "14"]
    reader = reader_of(lines)
    first, second = reader.plain_aktuella(1, len(lines) + 1, ch)
    assert entry_lines(first)[-1] == (2, "12") and entry_lines(second)[-1] == (6, "14")
    assert [(e.kind, e.line) for e in reader.journal] == [("decision", 1)]


CLOSED = [
    "1.1.3.",  # 1
    "Klar titel och dess",  # 2
    "beskrivning.",
    "",
    "MSB",  # 5
    "",
    "2020",  # 7
    "1.1.4. Andra titeln",  # 8
    "",
    "FRA och PTS",  # 10
    "",
    "2021",  # 12
]


def test_closed_rows_are_cut_where_their_known_titles_begin() -> None:
    reader = reader_of(CLOSED, {"1.1.3": "Klar titel", "1.1.4": "Andra titeln"})
    first, second = reader.plain_closed(1, len(CLOSED) + 1, "Genomförda åtgärder")
    assert (str(first.id), first.line, first.dotted) == ("1.1.3", 1, True)
    assert entry_lines(first) == [
        (2, "Klar titel och dess"),
        (3, "beskrivning."),
        (1, ""),
        (5, "MSB"),
        (1, ""),
        (7, "2020"),
    ]
    assert entry_lines(second) == [
        (8, "Andra titeln"),
        (8, ""),
        (10, "FRA och PTS"),
        (8, ""),
        (12, "2021"),
    ]
    assert reader_of([""]).plain_closed(1, 2, "Genomförda åtgärder") == []


def test_closed_rows_refused_where_they_cannot_be_told_apart() -> None:
    lines = [x for x in CLOSED if x != "2021"]
    error = refused(
        lambda: reader_of(lines, {"1.1.3": "Klar titel"}).plain_closed(1, 12, "Genomförda åtgärder")
    )
    assert (error.line, error.message, error.swedish) == (
        1,
        "Genomförda åtgärder: 2 rows, 1 years and 2 agency cells in pdftotext's plain text: its "
        "rows cannot be told apart (import the PDF itself or pdftotext -layout's text)",
        "Genomförda åtgärder: 2 rader, 1 år och 2 myndighetsceller i den rena texten från "
        "pdftotext: raderna går inte att skilja åt (importera själva PDF:en eller texten från "
        "pdftotext -layout)",
    )
    error = refused(
        lambda: reader_of(CLOSED, {"1.1.3": "Klar titel"}).plain_closed(1, 13, "Avskrivna åtgärder")
    )
    assert (error.line, error.message, error.swedish) == (
        8,
        "Avskrivna åtgärder 1.1.4: pdftotext's plain text does not show where the row's text "
        "begins (its title is not known: import the report into the plan that holds the measure)",
        "Avskrivna åtgärder 1.1.4: den rena texten från pdftotext visar inte var radens text "
        "börjar (dess rubrik är okänd: importera redovisningen till den plan som har åtgärden)",
    )
    titles = {"1.1.3": "Klar titel", "1.1.4": "Saknad"}
    error = refused(lambda: reader_of(CLOSED, titles).plain_closed(1, 13, "Avskrivna åtgärder"))
    assert error.message.endswith(" (its title “Saknad” is not printed)")
    assert error.swedish.endswith(" (dess rubrik “Saknad” är inte utskriven)")
    twice = [*CLOSED, "1.1.3."]
    error = refused(lambda: reader_of(twice, titles).plain_closed(1, 14, "Avskrivna åtgärder"))
    assert (error.line, error.message) == (13, "Avskrivna åtgärder: measure 1.1.3 is listed twice")


def test_a_year_printed_beside_the_agencies() -> None:
    lines = ["1.1.3.", "Klar titel.", "", "MSB 2020"]
    (entry,) = reader_of(lines, {"1.1.3": "Klar titel"}).plain_closed(1, 5, "Genomförda åtgärder")
    assert entry_lines(entry) == [(2, "Klar titel."), (1, ""), (4, "MSB"), (1, ""), (4, "2020")]


def test_agency_cells_read_as_the_registry_knows_them() -> None:
    reader = reader_of([""])
    group = [Line(1, "MSB och", "MSB och"), Line(2, "FRA", "FRA")]
    cells = reader.agency_cells(group)
    assert cells is not None and [[x.no for x in cell] for cell in cells] == [[1, 2]]
    assert reader.agency_cells([]) == []
    assert reader.agency_cells([Line(1, "Ingen myndighet", "Ingen myndighet")]) is None
    assert reader.agency_cells([Line(1, "MSB,", "MSB,")]) is None


def test_known_titles_add_up_to_the_tables_letters() -> None:
    from collections import Counter

    def letters(text: str) -> Counter[str]:
        return Counter(c for c in text.casefold() if c.isalpha())

    pick = PlainRowsReader.titles_adding_up
    candidates = [["Ett", "Ett två"], ["Tre"]]
    assert pick(candidates, letters("Ett två Tre"), letters, "etttvåtre") == ["Ett två", "Tre"]
    assert pick(candidates, letters("Ett Tre"), letters, "etttre") == ["Ett", "Tre"]
    # Two choices adding up: none taken.
    assert pick([["ab", "ba"]], letters("ab"), letters, "ab") is None
    # None adds up: the nearest of those the table prints.
    assert pick(candidates, letters("Ett två Trex"), letters, "etttvåtrex") == ["Ett två", "Tre"]
    assert pick(candidates, letters("Ett Tre x"), letters, "etttrex") == ["Ett", "Tre"]


def test_titles_candidates_of_a_block() -> None:
    reader = reader_of([""])
    assert reader.title_candidates(block("1.1.1", "Titel Ny åtgärd", "MSB")) == (
        ["Titel"],
        "Ny åtgärd",
    )
    body = [Line(1, t, t) for t in ("A", "B", "C", "D", "E")]
    many = Block(MeasureId("1.1.1"), 9, body, [], Line(8, "2021", "2021"), None, None)
    assert reader.title_candidates(many) == (["A", "A B", "A B C", "A B C D"], None)
    assert list(reader.journal) == []
    assert hp.MeasureId("1.1.1") == many.id


def closed_plan(description: str) -> hp.Plan:
    """A plan whose 2020 report holds 1.1.3 (completed, this description) and whose 2021 report
    holds it retitled."""
    from datetime import date

    from handlingsplan import _core

    def completed(title: str) -> hp.Measure:
        return hp.Measure(
            id="1.1.3",
            title=title,
            description=description,
            agencies="MSB",
            status=hp.Status.completed(2020),
        )

    priorities = [hp.Priority(1, "Ett", [hp.Objective(hp.ObjectiveId("1.1"), "Mål")])]
    return _core.Plan(
        title="P",
        first_year=2019,
        last_year=2022,
        agencies=AgencyRegistry.standard(),
        priorities=priorities,
        reports=[
            _core.Report(2020, date(2020, 3, 1), [completed("Gammal titel")]),
            _core.Report(2021, date(2021, 3, 1), [completed("Klar titel")]),
        ],
    )


def closed_reader(plan: object) -> PlainRowsReader:
    reader = reader_of([""])
    reader.src.into = plan  # type: ignore[assignment]
    return reader


def test_a_closed_rows_cells_printed_apart_are_the_plans_text() -> None:
    reader = closed_reader(closed_plan("Första stycket.\n\nAndra stycket."))
    body = [Line(8, "Klar titel", "Klar titel"), Line(9, "Fel text.", "Fel text.")]
    whole = "KlartitelFeltext.Förstastycket.Andrastycket."
    lines = reader.known_closed_body(MeasureId("1.1.3"), 7, body, whole, "Genomförda åtgärder")
    assert lines == [
        Line(7, "Klar titel", "Klar titel"),
        Line(7, "Första stycket.", "Första stycket."),
        Line(7, "", ""),
        Line(7, "Andra stycket.", "Andra stycket."),
    ]
    assert [(e.kind, e.line, e.text) for e in reader.journal] == [
        (
            "decision",
            7,
            "Genomförda åtgärder 1.1.3: pdftotexts oformaterade text trycker radens celler isär "
            "(dess text står inte där radens rubrik börjar); rubriken och texten som planen som "
            "läses in i har för 1.1.3, och som avsnittet trycker hela, tas.",
        )
    ]


def test_a_closed_rows_own_text_is_kept() -> None:
    plan = closed_plan("Första stycket.")
    mid = MeasureId("1.1.3")
    body = [Line(8, "Klar titel", "Klar titel"), Line(9, "Första stycket.", "Första stycket.")]
    whole = "KlartitelFörstastycket."
    assert closed_reader(plan).known_closed_body(mid, 7, body, whole, "G") is None
    wrong = [Line(8, "Klar titel", "Klar titel"), Line(9, "Fel.", "Fel.")]
    # The plan's text printed nowhere in the section, or its title not: kept.
    assert closed_reader(plan).known_closed_body(mid, 7, wrong, "KlartitelFel.", "G") is None
    assert closed_reader(plan).known_closed_body(mid, 7, wrong, "Fel.Förstastycket.", "G") is None
    assert closed_reader(None).known_closed_body(mid, 7, wrong, whole, "G") is None
    assert closed_reader(closed_plan("")).known_closed_body(mid, 7, wrong, whole, "G") is None
    other = MeasureId("1.1.4")
    assert closed_reader(plan).known_closed_body(other, 7, wrong, whole, "G") is None


def test_pages_given_to_their_tables_are_noted_in_words() -> None:
    ch = Chapter(
        priorities={1: (6, "Ett"), 2: (8, "Två")},
        blocks=[block("1.1.1", "Titel ett", "MSB"), block("2.1.1", "Titel tre", "PTS", 120)],
    )
    lines = ["Strategisk prioritering 1. Ett", "1.1.1. Titel ett", "MSB"]
    lines += ["Strategisk prioritering 2. Två", "12", "2.1.1. Titel tre", "PTS", "14"]
    reader = reader_of(lines)
    reader.plain_aktuella(1, len(lines) + 1, ch)
    assert [e.text for e in reader.journal] == [
        "Aktuella åtgärder: pdftotexts oformaterade text trycker en sidas kolumn Sida skild från "
        "dess rader, efter en tabells slut; sidorna ges till raderna i stigande ordning, tabell "
        "för tabell."
    ]


def test_letters_that_do_not_add_up_name_the_row_whose_words_its_lines_lack() -> None:
    lines = [TABLE[0], "1.1.1. Titel ett", "MSB FRA", "12", "1.1.2. Titel två", "x", "Ny åtgärd"]
    lines.append("13")
    reader = reader_of(lines)
    reader.plain_aktuella(1, len(lines) + 1, chapter())
    (entry,) = reader.journal.entries
    assert entry.text.endswith(
        "(Bilaga 1 har fler “x”, färre “”): en rubrik eller en myndighetstext skiljer sig från "
        "kapitlets, och pdftotexts oformaterade text visar den inte hel; kapitlets tas för "
        "raderna 1.1.2."
    )
    lines = [TABLE[0], "1.1.1. Titel annan", *TABLE[2:]]
    reader = reader_of(lines)
    reader.plain_aktuella(1, len(lines) + 1, chapter())
    (entry,) = reader.journal.entries
    assert "(Bilaga 1 har fler “aannn”, färre “ett”)" in entry.text
    assert entry.text.endswith("kapitlets tas för raderna 1.1.1.")


def test_a_closed_rows_text_printed_before_the_row_aboves() -> None:
    lines = [
        "1.1.3.",  # 1
        "1.1.4.",  # 2
        "Andra titeln",  # 3
        "",
        "Klar titel och dess",  # 5
        "beskrivning.",
        "",
        "Mer text.",  # 8
        "",
        "MSB",  # 10
        "",
        "FRA",  # 12
        "",
        "2020",  # 14
        "2021",
    ]
    titles = {"1.1.3": "Klar titel", "1.1.4": "Andra titeln"}
    first, second = reader_of(lines, titles).plain_closed(1, len(lines) + 1, "Avskrivna åtgärder")
    assert entry_lines(first) == [
        (5, "Klar titel och dess"),
        (6, "beskrivning."),
        (6, ""),
        (8, "Mer text."),
        (1, ""),
        (10, "MSB"),
        (1, ""),
        (14, "2020"),
    ]
    assert entry_lines(second) == [(3, "Andra titeln"), (2, ""), (12, "FRA"), (2, ""), (15, "2021")]
