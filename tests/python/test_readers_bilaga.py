"""readers/bilaga.py: Bilaga 1's rows read whatever the text form: a current row's title,
agencies, status and page; a closed row's title (where it ends: the plan's, the titles given, or
the first line), text, agencies and year, and a withdrawal's reason."""

from __future__ import annotations

import pytest

import handlingsplan as hp
from handlingsplan.readers._layout import Line
from handlingsplan.readers.bilaga import BilagaReader, closed_cells, possible_breaks
from handlingsplan.readers.journal import HYPHEN_REMOVED, Join, Journal
from handlingsplan.readers.model import Entry
from handlingsplan.readers.pdftotext import PLAIN
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


# ---------------------------------------------------------------------------------------------
# Rows built here, read word for word.


def row(mid: str, *cells: str, dotted: bool = True) -> Entry:
    built = entry(mid, *cells)
    return Entry(built.id, built.line, dotted, built.lines)


def journal(reader: BilagaReader) -> list[tuple[str, int | None, str]]:
    return [(e.kind, e.line, e.text) for e in reader.journal.entries]


def refused(call: object, *args: object) -> _Refused:
    with pytest.raises(_Refused) as raised:
        call(*args)  # type: ignore[operator]
    return raised.value


def test_a_current_rows_title_is_its_first_cell_where_the_rest_are_agencies() -> None:
    # One paragraph: the longest tail that names agencies is taken ("MSB FRA" would be one).
    reader = BilagaReader(seed_source())
    (listed,) = reader.aktuella([row("1.1.5", "Samverkan med MSB", "FRA 23")]).values()
    assert (listed.id, listed.line) == (hp.MeasureId("1.1.5"), 10)
    assert (listed.title, listed.agencies.text, listed.page) == ("Samverkan med MSB", "FRA", 23)
    assert listed.status == hp.Status.ongoing()
    assert journal(reader) == []


def test_a_current_row_in_one_paragraph_is_split_before_its_agencies() -> None:
    reader = BilagaReader(seed_source())
    rows = [row("1.1.5", "Ta fram en vägledning MSB och FRA Ny åtgärd 7")]
    (listed,) = reader.aktuella(rows).values()
    assert (listed.title, listed.agencies.text, listed.page) == (
        "Ta fram en vägledning",
        "MSB och FRA",
        7,
    )
    assert listed.status == hp.Status.parse_appendix_text("Ny åtgärd")


@pytest.mark.parametrize(
    "printed", ["Uppdaterad, tidplan och innehåll", "Uppdaterad, innehåll", "Uppdaterad, tidplan"]
)
def test_each_status_a_current_row_prints(printed: str) -> None:
    reader = BilagaReader(seed_source())
    (listed,) = reader.aktuella([row("1.1.5", "Ta fram", "FRA", printed, "123")]).values()
    assert (listed.title, listed.agencies.text, listed.page) == ("Ta fram", "FRA", 123)
    assert listed.status == hp.Status.parse_appendix_text(printed)


def test_a_current_row_without_a_page_or_a_dot_is_noted() -> None:
    reader = BilagaReader(seed_source())
    rows = [row("1.1.5", "Ta fram", "FRA", dotted=False), row("1.1.6", "Ta fram", "MSB")]
    got = reader.aktuella(rows)
    assert [x.page for x in got.values()] == [None, None]
    assert [x.agencies.text for x in got.values()] == ["FRA", "MSB"]
    assert journal(reader) == [
        ("note", 10, "Bilaga 1:s rad 1.1.5 (rad 10) trycker ingen sida (Sida)."),
        ("note", 10, "Bilaga 1 trycker numret 1.1.5 utan avslutande punkt (rad 10)."),
        ("note", 10, "Bilaga 1:s rad 1.1.6 (rad 10) trycker ingen sida (Sida)."),
    ]


def test_a_current_row_without_agencies_is_refused_at_its_line() -> None:
    reader = BilagaReader(seed_source())
    error = refused(reader.aktuella, [row("1.1.5", "Ta fram en vägledning", "12")])
    assert (error.line, error.message, error.swedish) == (
        10,
        "Bilaga 1 row 1.1.5: no agency text the registry knows at the end of "
        "'Ta fram en vägledning'",
        "raden för åtgärd 1.1.5 i Bilaga 1: ingen myndighetstext som registret känner till i "
        "slutet av 'Ta fram en vägledning'",
    )


def test_a_completed_row_gives_its_title_text_agencies_and_year() -> None:
    reader = BilagaReader(seed_source())
    rows = [row("1.1.7", "Genomföra en konferens\nText ett.", "Text två.", "MSB och FRA", "2020")]
    (listed,) = reader.closed(rows, hp.StatusKind.completed).values()
    assert (listed.id, listed.line, listed.title) == (
        hp.MeasureId("1.1.7"),
        10,
        "Genomföra en konferens",
    )
    assert listed.description == "Text ett.\n\nText två."
    assert (listed.agencies.text, listed.status, listed.page) == (
        "MSB och FRA",
        hp.Status.completed(2020),
        None,
    )


def test_a_closed_row_without_a_dot_is_noted() -> None:
    reader = BilagaReader(seed_source())
    rows = [row("1.1.7", "Rubrik", "MSB 2020", dotted=False)]
    (listed,) = reader.closed(rows, hp.StatusKind.completed).values()
    assert (listed.title, listed.description) == ("Rubrik", "")
    assert journal(reader)[1:] == [
        ("note", 10, "Bilaga 1 trycker numret 1.1.7 utan avslutande punkt (rad 10).")
    ]


def test_a_closed_rows_agencies_are_refused_at_their_line() -> None:
    reader = BilagaReader(seed_source())
    rows = [row("1.1.7", "Rubrik", "Text.", "Ingen känd", "2020")]
    assert refused(reader.closed, rows, hp.StatusKind.completed).line == 12


def test_a_withdrawn_row_without_a_reason_is_refused() -> None:
    reader = BilagaReader(seed_source())
    rows = [row("1.1.7", "Rubrik", "MSB", "2020")]
    error = refused(reader.closed, rows, hp.StatusKind.withdrawn)
    assert (error.line, error.message, error.swedish) == (
        10,
        "avskriven row 1.1.7: no paragraph giving the reason",
        "raden för avskriven åtgärd 1.1.7: inget stycke som anger skälet",
    )


@pytest.mark.parametrize("kind", [hp.StatusKind.completed, hp.StatusKind.withdrawn])
def test_a_year_the_core_refuses_is_refused_at_the_rows_line(kind: hp.StatusKind) -> None:
    with pytest.raises(hp.Error) as core:
        if kind == hp.StatusKind.completed:
            hp.Status.completed(1899)
        else:
            hp.Status.withdrawn(1899, "Skäl.")
    name = "genomförd" if kind == hp.StatusKind.completed else "avskriven"
    reader = BilagaReader(seed_source())
    error = refused(reader.closed, [row("1.1.7", "Rubrik\nText.", "Skäl.", "MSB", "1899")], kind)
    assert error.line == 10
    assert error.message == f"{name} row 1.1.7: {core.value}"
    assert error.swedish == f"raden för {name} åtgärd 1.1.7: {core.value.swedish_problem}"


def test_the_plan_imported_into_says_where_a_title_ends_and_the_reason_begins() -> None:
    plan = hp.load_default()
    measure = plan.report(2021).measure("1.1.7")
    paras = [p for p in measure.description.split("\n\n") if p]
    text = seed_source()
    into = ReportText(text.source, text.lines, text.form, text.journal, plan, text.registry, {})
    reader = BilagaReader(into)
    # The reason over two paragraphs: all that follows the known description.
    cells = [measure.title + " " + paras[0], *paras[1:], "Skäl ett.", "Skäl två.", "MSB", "2020"]
    (listed,) = reader.closed([row("1.1.7", *cells)], hp.StatusKind.withdrawn).values()
    assert listed.title == measure.title
    assert listed.description == "\n\n".join(paras)
    assert listed.status == hp.Status.withdrawn(2020, "Skäl ett.\n\nSkäl två.")
    assert journal(reader) == []
    # A description the plan does not hold: the last paragraph is the reason.
    (listed,) = reader.closed(
        [row("1.1.7", measure.title, "Annan text.", "Skäl ett.", "Skäl två.", "MSB", "2020")],
        hp.StatusKind.withdrawn,
    ).values()
    assert listed.description == "Annan text.\n\nSkäl ett."
    assert listed.status == hp.Status.withdrawn(2020, "Skäl två.")


def test_a_closed_rows_title_is_the_one_known_that_its_first_line_begins_with() -> None:
    text = seed_source()
    titled = ReportText(
        text.source,
        text.lines,
        text.form,
        text.journal,
        None,
        text.registry,
        {"1.1.7": "Genomföra"},
    )
    reader = BilagaReader(titled)
    first = row("1.1.7", "Genomföra en konferens", "MSB", "2020")
    assert reader.closed_title(first, "Genomföra en konferens", "genomförd") == "Genomföra"
    assert reader.closed_title(first, "Genomföra", "genomförd") == "Genomföra"
    assert journal(reader) == []
    # Not a word's beginning: no title known; the first printed line is taken.
    other = row("1.1.7", "Genomförande  av x", "MSB", "2020")
    assert reader.closed_title(other, "Genomförande av x", "genomförd") == "Genomförande av x"
    assert journal(reader) == [
        (
            "decision",
            10,
            "Bilaga 1 1.1.7 (genomförd, rad 10): ingen känd rubrik för åtgärden; dess första "
            "tryckta rad tas som rubrik.",
        )
    ]


def test_the_cells_of_a_closed_row_with_the_year_apart() -> None:
    year, agencies, body = closed_cells(entry("1.1.7", "Rubrik\nText", "Mer", "MSB", "2020"), "x")
    assert year == 2020
    assert [x.text for x in agencies] == ["MSB"]
    assert [[x.text for x in p] for p in body] == [["Rubrik", "Text"], ["Mer"]]
    error = refused(closed_cells, entry("1.1.7", "MSB", "2020"), "genomförd")
    assert (error.line, error.message, error.swedish) == (
        10,
        "genomförd row 1.1.7: expected the measure's text, its agencies and the year",
        "raden för genomförd åtgärd 1.1.7: åtgärdens text, dess myndigheter och året väntades",
    )


def test_the_cells_of_a_closed_row_with_the_year_after_its_agencies() -> None:
    row_ = entry("1.1.7", "Rubrik", "MSB och\nFRA  2021")
    year, agencies, body = closed_cells(row_, "x")
    assert year == 2021
    assert [(x.no, x.text) for x in agencies] == [(11, "MSB och"), (11, "FRA")]
    assert [[x.text for x in p] for p in body] == [["Rubrik"]]
    # The year alone on the agencies' last line: that line goes.
    year, agencies, _ = closed_cells(entry("1.1.7", "Rubrik", "MSB\n2021"), "x")
    assert (year, [x.text for x in agencies]) == (2021, ["MSB"])
    error = refused(closed_cells, entry("1.1.7", "MSB 2021"), "avskriven")
    assert (error.line, error.message, error.swedish) == (
        10,
        "avskriven row 1.1.7: expected the measure's text before its agencies",
        "raden för avskriven åtgärd 1.1.7: åtgärdens text väntades före dess myndigheter",
    )
    error = refused(closed_cells, entry("1.1.7", "Rubrik", "MSB\nFRA 20211"), "avskriven")
    assert (error.line, error.message, error.swedish) == (
        11,
        "avskriven row 1.1.7: no year at the end: 'MSB FRA 20211'",
        "raden för avskriven åtgärd 1.1.7: inget år i slutet: 'MSB FRA 20211'",
    )
    error = refused(closed_cells, Entry(hp.MeasureId("1.1.7"), 3, True, []), "avskriven")
    assert (error.line, error.message, error.swedish) == (
        3,
        "avskriven row 1.1.7 is empty",
        "raden för avskriven åtgärd 1.1.7 är tom",
    )


def test_a_paragraph_break_may_stand_after_each_sentences_end() -> None:
    texts = ["Första", "Slut.", "Början", "Fråga?", "Svar!", "Lista:", "Citat”", "Sista", "liten."]
    lines = [Line(k + 1, t, t) for k, t in enumerate(texts)]
    got = possible_breaks([lines[:4], lines[4:]])
    assert [(a.no, b.no) for a, b in got] == [(2, 3), (4, 5), (5, 6), (6, 7), (7, 8)]
    # Not before the cell's first line (a title's line repeated), nor before a blank.
    lines = [Line(1, "A.", "A."), Line(1, "B", "B"), Line(2, "", ""), Line(3, "C.", "C.")]
    assert possible_breaks([lines]) == []


# ---------------------------------------------------------------------------------------------
# pdftotext's forms show no paragraph break within a cell: where one may stand.


def plain(into: hp.Plan | None = None) -> BilagaReader:
    text = seed_source()
    return BilagaReader(
        ReportText(text.source, text.lines, PLAIN, Journal(), into, text.registry, {})
    )


def printed(mid: str, *texts: str) -> Entry:
    """A closed row as pdftotext prints it: its text's lines from line 20 on, then its agencies
    and its year as paragraphs of their own."""
    lines = [Line(20 + k, t, t) for k, t in enumerate(texts)]
    n = 20 + len(texts)
    tail = [
        Line(n, "", ""),
        Line(n + 1, "MSB", "MSB"),
        Line(n + 2, "", ""),
        Line(n + 3, "2020", "2020"),
    ]
    return Entry(hp.MeasureId(mid), 20, True, lines + tail)


def test_a_withdrawals_reason_begins_after_the_last_line_ending_a_sentence() -> None:
    reader = plain()
    rows = [printed("1.1.7", "Rubrik", "Text ett.", "Skälet är", "ett annat.")]
    (listed,) = reader.closed(rows, hp.StatusKind.withdrawn).values()
    assert (listed.title, listed.description) == ("Rubrik", "Text ett.")
    assert listed.status == hp.Status.withdrawn(2020, "Skälet är ett annat.")
    assert journal(reader)[1:] == [
        (
            "decision",
            22,
            "Bilaga 1 1.1.7 (rad 20): pdftotext visar ingen styckebrytning inom en cell; skälet "
            "till avskrivningen antas börja på rad 22 (“Skälet är”), efter den sista rad som "
            "avslutar en mening.",
        )
    ]


def test_a_reasons_one_word_line_broken_at_a_hyphen_is_found() -> None:
    reader = plain()
    rows = [printed("1.1.7", "Rubrik", "Ett.", "Två.", "Skä-", "let.")]
    (listed,) = reader.closed(rows, hp.StatusKind.withdrawn).values()
    assert listed.description == "Ett. Två."
    assert listed.status == hp.Status.withdrawn(2020, "Skälet.")
    assert journal(reader)[1:] == [
        (
            "decision",
            23,
            "Bilaga 1 1.1.7 (rad 20): pdftotext visar ingen styckebrytning inom en cell; skälet "
            "till avskrivningen antas börja på rad 23 (“Skä-”), efter den sista rad som avslutar "
            "en mening.",
        ),
        (
            "decision",
            20,
            "Bilaga 1 1.1.7 (rad 20): pdftotext visar ingen styckebrytning inom en cell; texten "
            "behålls i 2 stycken, som dess luckor visar, fast ett stycke också kan börja på rad "
            "22.",
        ),
    ]


def test_where_else_a_paragraph_may_begin_is_named() -> None:
    reader = plain()
    rows = [printed("1.1.7", "Rubrik", "Ett.", "Två.", "Tre", "fyra.")]
    (listed,) = reader.closed(rows, hp.StatusKind.completed).values()
    assert listed.description == "Ett. Två. Tre fyra."
    assert journal(reader)[1:] == [
        (
            "decision",
            20,
            "Bilaga 1 1.1.7 (rad 20): pdftotext visar ingen styckebrytning inom en cell; texten "
            "behålls i 1 stycke, som dess luckor visar, fast ett stycke också kan börja på rad "
            "22, 23.",
        )
    ]
    # In the seed's own text form, nothing is guessed.
    reader = BilagaReader(seed_source())
    reader.closed(rows, hp.StatusKind.completed)
    assert [kind for kind, _, _ in journal(reader)] == ["decision"]


def paragraphs_of(measure: hp.Measure) -> list[str]:
    return [p for p in measure.description.split("\n\n") if p]


def test_the_plan_imported_into_gives_a_cells_paragraphs() -> None:
    plan = hp.load_default()
    measure = next(
        m
        for m in plan.report(2021)
        if len(paragraphs_of(m)) >= 2 and m.status.kind != hp.StatusKind.withdrawn
    )
    paras = paragraphs_of(measure)
    mid = str(measure.id)
    words = [measure.title, *" ".join(paras).split(" ")]
    # Completed: the plan's paragraphs, where the text reads as its.
    reader = plain(plan)
    (listed,) = reader.closed([printed(mid, *words)], hp.StatusKind.completed).values()
    assert listed.description == "\n\n".join(paras)
    assert journal(reader) == [
        (
            "decision",
            20,
            f"Bilaga 1 {mid} (rad 20): pdftotext visar ingen styckebrytning inom en cell; "
            "styckena är de som planen som läses in i har, vars text lyder likadant.",
        )
    ]
    # Withdrawn now, not in the plan: the reason is what follows the plan's description.
    reader = plain(plan)
    rows = [printed(mid, *words, "Skälet", "nu.")]
    (listed,) = reader.closed(rows, hp.StatusKind.withdrawn).values()
    assert listed.description == "\n\n".join(paras)
    assert listed.status == hp.Status.withdrawn(2020, "Skälet nu.")
    assert journal(reader) == [
        (
            "decision",
            20,
            f"Bilaga 1 {mid} (rad 20): pdftotext visar ingen styckebrytning inom en cell; "
            "beskrivningens stycken är de som planen som läses in i har, och skälet till "
            "avskrivningen är texten efter dem.",
        )
    ]
    # A text that reads otherwise: the breaks are guessed (one line here ends a sentence).
    reader = plain(plan)
    (listed,) = reader.closed(
        [printed(mid, measure.title, "Annan text.", "Mer")], hp.StatusKind.completed
    ).values()
    assert listed.description == "Annan text. Mer"


def test_a_withdrawn_measures_reason_in_the_plan_is_kept_apart() -> None:
    plan = hp.load_default()
    measure = next(m for m in plan.report(2021) if m.status.kind == hp.StatusKind.withdrawn)
    paras = paragraphs_of(measure)
    mid = str(measure.id)
    reader = plain(plan)
    words = [measure.title, *" ".join([*paras, measure.status.reason]).split(" ")]
    (listed,) = reader.closed([printed(mid, *words)], hp.StatusKind.withdrawn).values()
    assert listed.description == "\n\n".join(paras)
    assert listed.status == hp.Status.withdrawn(2020, measure.status.reason)
    # Read as printed in paragraphs already: nothing to say.
    reader = plain(plan)
    rows = [
        entry(mid, f"{measure.title} {paras[0]}", *paras[1:], measure.status.reason, "MSB", "2020")
    ]
    (listed,) = reader.closed(rows, hp.StatusKind.withdrawn).values()
    assert listed.description == "\n\n".join(paras)
    assert journal(reader) == []


def test_every_join_in_a_row_is_recorded_with_its_line() -> None:
    reader = BilagaReader(seed_source())
    reader.aktuella([row("1.1.5", "Ta fram en väg-\nledning", "FRA 12")])
    assert reader.journal.joins == {10: Join(10, "väg-", "ledning", "vägledning", HYPHEN_REMOVED)}
    reader = BilagaReader(seed_source())
    rows = [
        row(
            "1.1.7",
            "Genomföra en konferens\nBeskriv-\nning.",
            "Mer tex-\nten.",
            "MSB och F-\nRA",
            "2020",
        )
    ]
    (listed,) = reader.closed(rows, hp.StatusKind.completed).values()
    assert (listed.description, listed.agencies.text) == (
        "Beskrivning.\n\nMer texten.",
        "MSB och FRA",
    )
    assert sorted(reader.journal.joins) == [10, 11, 12]


def test_a_title_may_be_the_name_of_an_agency() -> None:
    reader = BilagaReader(seed_source())
    (listed,) = reader.aktuella([row("1.1.5", "MSB FRA 12")]).values()
    assert (listed.title, listed.agencies.text, listed.page) == ("MSB", "FRA", 12)


def test_a_closed_rows_title_may_be_the_plans_title_in_bilaga_1() -> None:
    plan = hp.load_default()
    measure = next(m for m in plan.report(2021) if m.title_in_appendix != m.title)
    text = seed_source()
    reader = BilagaReader(
        ReportText(text.source, text.lines, text.form, text.journal, plan, text.registry, {})
    )
    first = f"{measure.title_in_appendix} Mer text."
    e = row(str(measure.id), first, "MSB", "2020")
    assert reader.closed_title(e, first, "genomförd") == measure.title_in_appendix
    first = f"{measure.title} Mer text."
    assert reader.closed_title(e, first, "genomförd") == measure.title
    assert journal(reader) == []


def test_a_closed_rows_cells_refused_name_its_kind() -> None:
    reader = BilagaReader(seed_source())
    empty = Entry(hp.MeasureId("1.1.7"), 3, True, [])
    error = refused(reader.closed, [empty], hp.StatusKind.completed)
    assert (error.line, error.message) == (3, "genomförd row 1.1.7 is empty")


def test_the_cells_of_a_closed_row_of_three_paragraphs() -> None:
    year, agencies, body = closed_cells(entry("1.1.7", "Rubrik", "Text", "MSB 2020"), "x")
    assert (year, [x.text for x in agencies]) == (2020, ["MSB"])
    assert [[x.text for x in p] for p in body] == [["Rubrik"], ["Text"]]
    error = refused(closed_cells, entry("1.1.7", "Rubrik", "Text", "MSB"), "genomförd")
    assert (error.line, error.message) == (12, "genomförd row 1.1.7: no year at the end: 'MSB'")


def test_a_withdrawal_that_prints_only_the_plans_description_has_its_last_paragraph_as_reason() -> (
    None
):
    plan = hp.load_default()
    measure = next(m for m in plan.report(2021) if len(paragraphs_of(m)) == 2)
    first, second = paragraphs_of(measure)
    text = seed_source()
    reader = BilagaReader(
        ReportText(text.source, text.lines, text.form, text.journal, plan, text.registry, {})
    )
    rows = [row(str(measure.id), f"{measure.title} {first}", second, "MSB", "2020")]
    (listed,) = reader.closed(rows, hp.StatusKind.withdrawn).values()
    assert listed.description == first
    assert listed.status == hp.Status.withdrawn(2020, second)


def test_a_withdrawal_seen_in_two_paragraphs_is_not_split_again() -> None:
    reader = plain()
    texts = ["Rubrik", "Text ett.", "", "Skälet är", "ett annat."]
    lines = [Line(20 + k, t, t) for k, t in enumerate(texts)]
    tail = [Line(25, "", ""), Line(26, "MSB", "MSB"), Line(27, "", ""), Line(28, "2020", "2020")]
    rows = [Entry(hp.MeasureId("1.1.7"), 20, True, lines + tail)]
    (listed,) = reader.closed(rows, hp.StatusKind.withdrawn).values()
    assert listed.description == "Text ett."
    assert listed.status == hp.Status.withdrawn(2020, "Skälet är ett annat.")
    assert journal(reader)[1:] == [
        (
            "decision",
            20,
            "Bilaga 1 1.1.7 (rad 20): pdftotext visar ingen styckebrytning inom en cell; texten "
            "behålls i 2 stycken, som dess luckor visar, fast ett stycke också kan börja på rad "
            "23.",
        )
    ]


@pytest.mark.parametrize(
    ("texts", "description", "reason"),
    [
        # The reason's first line printed again later in it: its own place is taken.
        (
            ["Ett.", "Skälet är nytt", "och Skälet är fel."],
            "Ett.",
            "Skälet är nytt och Skälet är fel.",
        ),
        (
            ["Ett.", "Skälet är bilaga X", "och Skälet är bilaga Y."],
            "Ett.",
            "Skälet är bilaga X och Skälet är bilaga Y.",
        ),
        # The reason's line printed before it too: the last place it is printed.
        (["Ett. Skälet.", "Skälet."], "Ett. Skälet.", "Skälet."),
        # A description of one character.
        ([".", "Skälet."], ".", "Skälet."),
    ],
)
def test_a_withdrawals_reason_begins_at_its_own_line(
    texts: list[str], description: str, reason: str
) -> None:
    reader = plain()
    (listed,) = reader.closed(
        [printed("1.1.7", "Rubrik", *texts)], hp.StatusKind.withdrawn
    ).values()
    assert listed.description == description
    assert listed.status == hp.Status.withdrawn(2020, reason)
