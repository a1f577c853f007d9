"""readers/pdftotext.py on small texts built in the test: the form a text is told to be, the
page numbers dropped and the empty lines at a page's foot, and Bilaga 1 as `pdftotext -layout`
sets it (columns from the header line, rows, cells, a title running into the agencies' column)
put back into the text form. The round trips through real PDFs are in
test_readers_pdftotext.py."""

from __future__ import annotations

from handlingsplan.readers._layout import Line, source_lines
from handlingsplan.readers.journal import Journal
from handlingsplan.readers.pdftotext import (
    LAYOUT,
    PLAIN,
    TEXT,
    Columns,
    _column_at,
    _holds,
    columns_of,
    layout_rows,
    layout_section,
    pages,
    row_lines,
    runs_on,
    settle_row,
    suspended_hyphens,
    text_form,
    without_page_furniture,
)


def lines_of(*texts: str) -> list[Line]:
    return source_lines("\n".join(texts))


def at(*placed: tuple[int, str]) -> str:
    """A line with each text printed from its position."""
    out = ""
    for position, text in placed:
        assert len(out) <= position, (out, position)
        out = out.ljust(position) + text
    return out


# The header of a table of Aktuella åtgärder: "#" at 0, "Åtgärd" at 4, "Ansvarig myndighet" at
# 30, "Status" at 51 and "Sida" at 67.
HEADER = at((0, "#"), (4, "Åtgärd"), (30, "Ansvarig myndighet"), (51, "Status"), (67, "Sida"))
COLUMNS = Columns((0, 4, 30, 51, 67), ("id", "title", "agencies", "status", "page"))


def test_the_form_is_told_by_bilaga_1s_header() -> None:
    assert text_form(lines_of("Förord", HEADER)) == LAYOUT
    assert (
        text_form(lines_of(at((0, "#"), (4, "Åtgärd"), (30, "Ansvarig"), (51, "Klar")))) == LAYOUT
    )
    assert text_form(lines_of("Förord", "#", "Åtgärd")) == PLAIN
    assert text_form(lines_of("#", "", "", "Åtgärd")) == PLAIN
    assert text_form(lines_of("#", "", "", "", "Åtgärd")) == TEXT
    assert text_form(lines_of("#", "Text", "Åtgärd")) == TEXT
    assert text_form(lines_of("Text", "#")) == TEXT
    assert text_form(lines_of("# Åtgärd Ansvarig myndighet Status Sida")) == TEXT
    # The plain header found after a line that is not one.
    assert text_form(lines_of("#", "Text", "", "#", "Åtgärd")) == PLAIN


def test_pages_begin_at_their_first_lines() -> None:
    lines = source_lines("\fa\nb\n\fc\n\n\fd")
    assert [[x.text for x in page] for page in pages(lines)] == [["a", "b"], ["c", ""], ["d"]]
    assert [[x.text for x in page] for page in pages([])] == [[]]


def paged(*page_texts: list[str]) -> list[Line]:
    return source_lines("\n\f".join("\n".join(p) for p in page_texts))


def test_bare_page_numbers_at_the_pages_edges_are_dropped_and_noted() -> None:
    lines = paged(["Förord", "text", "1"], ["2", "Mer text", "12"], ["Slut", "3"])
    journal = Journal()
    kept = without_page_furniture(lines, TEXT, journal)
    assert [x.text for x in kept] == ["Förord", "text", "Mer text", "12", "Slut"]
    assert [(e.kind, e.line, e.text) for e in journal] == [
        ("note", 3, "Sidnummer tryckta som sidutsmyckning utelämnas (rader 3, 4, 8).")
    ]
    # Numbers that do not run with the pages (one more a page) are text.
    lines = paged(["a", "5"], ["b", "5"], ["c", "9"])
    assert len(without_page_furniture(lines, TEXT, Journal())) == len(lines)


def test_page_numbers_on_too_few_pages_are_kept() -> None:
    # On one page of three: kept; on two of four: dropped (half of them); on two of five: kept.
    assert len(without_page_furniture(paged(["a", "1"], ["b"], ["c"]), TEXT, Journal())) == 4
    four = paged(["a", "1"], ["b", "2"], ["c"], ["d"])
    assert [x.text for x in without_page_furniture(four, TEXT, Journal())] == ["a", "b", "c", "d"]
    five = paged(["a", "1"], ["b", "2"], ["c"], ["d"], ["e"])
    assert len(without_page_furniture(five, TEXT, Journal())) == 7


def test_the_plain_text_drops_a_page_number_amid_its_page() -> None:
    lines = paged(["a", "1", "b"], ["c", "2"], ["3", "d"])
    assert [x.text for x in without_page_furniture(lines, PLAIN, Journal())] == ["a", "b", "c", "d"]
    assert [x.text for x in without_page_furniture(lines, TEXT, Journal())] == [
        "a",
        "1",
        "b",
        "c",
        "d",
    ]


def test_sida_n_av_m_is_dropped_where_n_is_at_most_m() -> None:
    lines = lines_of("Sida 1 av 2", "text", "Sida 2 av 2", "Sida 3 av 2", "Sida 2 av 12")
    journal = Journal()
    kept = without_page_furniture(lines, TEXT, journal)
    assert [x.text for x in kept] == ["text", "Sida 3 av 2"]
    assert [x.no for x in kept] == [2, 4]
    assert [e.text for e in journal] == [
        "Sidnummer tryckta som sidutsmyckning utelämnas (rader 1, 3, 5)."
    ]
    assert list(without_page_furniture(lines_of("a", "b"), TEXT, journal)) == lines_of("a", "b")
    assert len(journal) == 1


def test_the_empty_lines_at_a_pages_foot_go_where_its_paragraph_runs_on() -> None:
    long = "x" * 40
    text = paged([long, "ett stycke som", "", ""], ["fortsätter.", "", "Slut."], ["Nytt."])
    for form in (PLAIN, LAYOUT):
        journal = Journal()
        kept = without_page_furniture(text, form, journal)
        assert [x.text for x in kept] == [
            long,
            "ett stycke som",
            "fortsätter.",
            "",
            "Slut.",
            "Nytt.",
        ]
        assert list(journal) == []
    assert [x.text for x in without_page_furniture(text, TEXT, Journal())] == [
        long,
        "ett stycke som",
        "",
        "",
        "fortsätter.",
        "",
        "Slut.",
        "Nytt.",
    ]


def test_a_full_line_ending_a_sentence_at_a_pages_foot_runs_on_and_is_noted() -> None:
    full = "y" * 39 + "."
    text = paged(["x" * 40, full, ""], ["Nästa."])
    journal = Journal()
    kept = without_page_furniture(text, LAYOUT, journal)
    assert [x.text for x in kept] == ["x" * 40, full, "Nästa."]
    assert [(e.kind, e.line, e.text) for e in journal] == [
        (
            "decision",
            2,
            "Rad 2, den sista på sin sida, avslutar en mening och når (nästan) till "
            "högermarginalen: dess stycke antas fortsätta på nästa sida (pdftotext -layout visar "
            "ingen styckebrytning vid en sidas fot).",
        )
    ]
    # An empty page before: nothing to run on.
    empty = paged(["", ""], ["Nästa."])
    assert [x.text for x in without_page_furniture(empty, PLAIN, Journal())] == ["", "", "Nästa."]


def test_a_paragraph_runs_on_unless_its_last_line_ends_a_sentence_short() -> None:
    before = [Line(1, "x" * 100, "x" * 100)]
    assert runs_on(Line(2, "kort", "kort"), before)
    for end in (".", "!", "?", ":", "”", ")"):
        short = "y" * 50 + end
        assert not runs_on(Line(2, short, short), before), end
        full = "y" * 84 + end
        assert runs_on(Line(2, full, full), before), end
        assert not runs_on(Line(2, " " + full, full), before), end
    almost = "y" * 83 + "."
    assert not runs_on(Line(2, almost, almost), before)
    assert not runs_on(Line(2, "slut.", "slut."), [])
    # Only the last 60 lines' widths count.
    many = before + [Line(3, "z" * 10, "z" * 10)] * 60
    assert runs_on(Line(2, "y" * 9 + ".", "y" * 9 + "."), many)


def test_columns_of_a_header_line() -> None:
    assert columns_of(Line(1, HEADER, HEADER)) == COLUMNS
    closed = at((0, "#"), (4, "Åtgärd"), (30, "Ansvarig"), (51, "Klar"))
    assert columns_of(Line(1, closed, closed)) == Columns(
        (0, 4, 30, 51), ("id", "title", "agencies", "year")
    )
    ended = at((0, "#"), (4, "Åtgärd"), (30, "Ansvarig myndighet"), (52, "Avskrivna"))
    assert columns_of(Line(1, ended, ended)) == Columns(
        (0, 4, 30, 52), ("id", "title", "agencies", "year")
    )
    assert columns_of(Line(1, "# Åtgärd", "# Åtgärd")) is None


def test_what_a_column_holds() -> None:
    assert _holds("page", ["12"]) and _holds("page", ["123"]) and not _holds("page", ["1234"])
    assert not _holds("page", ["x"]) and not _holds("page", ["1", "2"])
    assert (
        _holds("year", ["2021"]) and not _holds("year", ["202"]) and not _holds("year", ["20211"])
    )
    assert _holds("status", ["Uppdaterad,", "tidplan", "och", "innehåll"])
    assert _holds("status", ["Ny", "åtgärd"]) and not _holds("status", ["Ny", "text"])
    assert not _holds("status", [])
    assert _holds("title", []) and _holds("agencies", ["vad", "som", "helst"])


def test_a_word_stands_in_the_column_it_begins_in_or_just_left_of() -> None:
    assert [_column_at(COLUMNS, p) for p in (0, 1, 2, 3, 27, 28, 29, 49, 65, 70)] == [
        0,
        0,
        1,
        1,
        1,
        2,
        2,
        3,
        4,
        4,
    ]


def raw_line(no: int, raw: str) -> Line:
    return Line(no, raw, " ".join(raw.split()))


ROW = [
    at((0, "1.1.1."), (8, "Stöd till"), (30, "MSB och"), (51, "Ny åtgärd"), (67, "12")),  # 11
    at((8, "kommuner"), (30, "FRA")),  # 12
    at((30, "PTS")),  # 13: the title's column empty
    at((8, "och regioner")),  # 14
    "",  # 15
    at((0, "1.1.2."), (8, "Nästa"), (30, "MSB"), (51, "Uppdaterad,"), (67, "3")),  # 16
    at((51, "tidplan")),  # 17
]


def table(*raws: str, first: int = 11) -> list[Line]:
    return [raw_line(first + k, raw) for k, raw in enumerate(raws)]


def cell_texts(cells: list[list[Line]]) -> list[list[tuple[int, str]]]:
    return [[(x.no, x.text) for x in cell] for cell in cells]


def test_a_layout_tables_rows_and_their_cells() -> None:
    rows = layout_rows(table(*ROW), COLUMNS)
    assert [(r.id, r.line, r.kinds) for r in rows] == [
        ("1.1.1.", 11, COLUMNS.kinds),
        ("1.1.2.", 16, COLUMNS.kinds),
    ]
    first, second = rows
    assert [x.line.no if x.line else None for x in first.lines] == [11, 12, 13, 14, None]
    assert all(x.agencies_start == 30 and x.span is None for x in first.lines)
    cells = settle_row(first, Journal(), lambda text: True, None)
    assert cell_texts(cells) == [
        [],
        [(11, "Stöd till"), (12, "kommuner"), (14, ""), (14, "och regioner")],
        [(11, "MSB och"), (12, "FRA"), (13, "PTS")],
        [(11, "Ny åtgärd")],
        [(11, "12")],
    ]
    assert cells[1][2] == Line(14, "", "")
    assert [(x.no, x.text) for x in row_lines(first, cells)] == [
        (11, "1.1.1. Stöd till"),
        (12, "kommuner"),
        (14, ""),
        (14, "och regioner"),
        (11, ""),
        (11, "MSB och"),
        (12, "FRA"),
        (13, "PTS"),
        (11, ""),
        (11, "Ny åtgärd"),
        (11, ""),
        (11, "12"),
    ]
    assert cell_texts(settle_row(second, Journal(), lambda text: True, None))[3] == [
        (16, "Uppdaterad,"),
        (17, "tidplan"),
    ]


def test_a_line_before_the_first_row_continues_the_row_of_the_page_before() -> None:
    rows = layout_rows(table(at((8, "slutet")), "", *ROW[:1]), COLUMNS)
    assert [(r.id, r.line) for r in rows] == [("", 11), ("1.1.1.", 13)]
    assert [x.line for x in rows[0].lines] == [table(at((8, "slutet")))[0], None]
    # An empty line before any row belongs to none.
    assert [(r.id, r.line) for r in layout_rows(table("", *ROW[:1]), COLUMNS)] == [("1.1.1.", 12)]


def test_a_number_in_the_title_column_begins_no_row() -> None:
    rows = layout_rows(table(ROW[0], at((8, "1.1.5.  åtgärd"))), COLUMNS)
    assert [r.id for r in rows] == ["1.1.1."]
    assert cell_texts(settle_row(rows[0], Journal(), lambda t: True, None))[1][-1] == (
        12,
        "1.1.5. åtgärd",
    )


def test_words_reaching_the_status_and_page_columns_are_split_off() -> None:
    raw = at((0, "1.1.1."), (8, "Stöd"), (30, "MSB Ny åtgärd 12"))
    (row,) = layout_rows(table(raw), COLUMNS)
    assert [[w for _, w in part] for part in row.lines[0].parts] == [
        [],
        ["Stöd"],
        ["MSB", "Ny", "åtgärd", "12"],
        [],
        [],
    ]
    # Two spaces before "12": a chunk of its own, standing in the status column (60).
    raw = at((0, "1.1.1."), (8, "Stöd"), (30, "MSB och FRA"), (49, "Ny åtgärd  12"))
    (row,) = layout_rows(table(raw), COLUMNS)
    assert [[w for _, w in part] for part in row.lines[0].parts] == [
        [],
        ["Stöd"],
        ["MSB", "och", "FRA"],
        ["Ny", "åtgärd", "12"],
        [],
    ]
    # One space before "12", which reaches the page column: split off there.
    raw = at((0, "1.1.1."), (8, "Stöd"), (30, "MSB"), (49, "Uppdaterad, tidplan och innehåll 12"))
    (row,) = layout_rows(table(raw), COLUMNS)
    parts = [[w for _, w in part] for part in row.lines[0].parts]
    assert parts == [[], ["Stöd"], ["MSB"], ["Uppdaterad,", "tidplan", "och", "innehåll"], ["12"]]


def spanning_row() -> str:
    # "Stöd till alla kommuner" runs into the agencies' column with one space before "MSB".
    return at((0, "1.1.1."), (8, "Stöd till alla kommuner MSB"), (51, "Ny åtgärd"))


def test_a_title_running_into_the_agencies_is_cut_where_they_read_as_agencies() -> None:
    (row,) = layout_rows(table(spanning_row()), COLUMNS)
    assert row.lines[0].span is not None and row.lines[0].span[0] == 1
    journal = Journal()
    cells = settle_row(row, journal, lambda text: text == "MSB", None)
    assert cell_texts(cells)[1:3] == [[(11, "Stöd till alla kommuner")], [(11, "MSB")]]
    assert list(journal) == []


def test_where_two_cuts_read_as_agencies_the_chapters_wins_else_the_nearest() -> None:
    (row,) = layout_rows(table(spanning_row()), COLUMNS)
    ok = {"MSB", "kommuner MSB"}.__contains__
    journal = Journal()
    cells = settle_row(row, journal, ok, None)
    assert cell_texts(cells)[2] == [(11, "MSB")]
    assert [(e.kind, e.line, e.text) for e in journal] == [
        (
            "decision",
            11,
            "Bilaga 1 1.1.1. (rad 11): kolumnen Åtgärd går ihop med myndigheternas med ett enda "
            "mellanslag; mer än en delning läses som myndigheter (“MSB”, “kommuner MSB”); “MSB” "
            "tas, orden närmast kolumnens läge.",
        )
    ]
    journal = Journal()
    cells = settle_row(row, journal, ok, "kommuner MSB")
    assert cell_texts(cells)[1:3] == [[(11, "Stöd till alla")], [(11, "kommuner MSB")]]
    assert journal.entries[0].text.endswith("“kommuner MSB” tas, som kapitlet trycker dem.")
    # None readable: the nearest cut all the same, nothing noted.
    journal = Journal()
    cells = settle_row(row, journal, lambda text: False, None)
    assert cell_texts(cells)[2] == [(11, "MSB")] and list(journal) == []


def test_a_layout_section_is_set_back_into_the_text_form() -> None:
    lines = [
        raw_line(1, "Aktuella åtgärder"),
        raw_line(2, "Strategisk prioritering 1."),
        raw_line(3, HEADER),
        *table(ROW[0], ROW[1], "", first=4),
        raw_line(7, "Sida 5"),  # at the left: the table ends
        raw_line(8, HEADER),
        raw_line(9, at((8, "fortsättning"), (30, "PTS"))),  # the row of the page before
        raw_line(10, ""),
        raw_line(11, at((0, "1.1.2."), (8, "Nästa"), (30, "FRA"), (51, "Ny åtgärd"), (67, "4"))),
    ]
    expected: list[str | None] = []

    def expect(mid: str) -> str | None:
        expected.append(mid)
        return None

    out = layout_section(lines, Journal(), lambda text: True, expect)
    assert expected == ["1.1.1.", "1.1.2."]
    assert [(x.no, x.text) for x in out] == [
        (1, "Aktuella åtgärder"),
        (2, "Strategisk prioritering 1."),
        (3, " ".join(HEADER.split())),
        (4, "1.1.1. Stöd till"),
        (5, "kommuner"),
        (9, "fortsättning"),
        (4, ""),
        (4, "MSB och"),
        (5, "FRA"),
        (9, "PTS"),
        (4, ""),
        (4, "Ny åtgärd"),
        (4, ""),
        (4, "12"),
        (7, "Sida 5"),
        (8, " ".join(HEADER.split())),
        (11, "1.1.2. Nästa"),
        (11, ""),
        (11, "FRA"),
        (11, ""),
        (11, "Ny åtgärd"),
        (11, ""),
        (11, "4"),
    ]


def test_a_headers_second_line_before_the_first_row_is_left_as_printed() -> None:
    lines = [raw_line(1, HEADER), raw_line(2, at((30, "myndighet"))), *table(ROW[0], first=3)]
    out = layout_section(lines, Journal(), lambda text: True, lambda mid: None)
    assert [x.text for x in out][:3] == [" ".join(HEADER.split()), "myndighet", "1.1.1. Stöd till"]
    assert layout_section([raw_line(1, "Text")], Journal(), lambda t: True, lambda m: None) == [
        raw_line(1, "Text")
    ]


def test_suspended_hyphens_put_back_where_the_text_prints_them() -> None:
    lines = lines_of("Informations- och cybersäkerhet", "Informationsoch cyber", "Polisoch")
    journal = Journal()
    out = suspended_hyphens(lines, [], journal)
    assert [x.text for x in out] == [
        "Informations- och cybersäkerhet",
        "Informations- och cyber",
        "Polisoch",
    ]
    assert [(e.kind, e.line, e.text) for e in journal] == [
        (
            "decision",
            2,
            "Rad 2: “Informationsoch cyber” läst som “Informations- och cyber” (pdftotext "
            "sammanfogar ett ord som brutits vid radslut med nästa och tappar bindestrecket; "
            "texten trycker annars bindestrecket före konjunktionen).",
        )
    ]
    out = suspended_hyphens(lines_of("Polisoch", "Itsamt"), ["Polis- och", "It- samt"], Journal())
    assert [x.text for x in out] == ["Polis- och", "It- samt"]
    assert [x.no for x in out] == [1, 2]


def test_only_the_pages_last_line_tells_whether_it_runs_on() -> None:
    text = paged(["x" * 40, "kort mitt", "Slut.", ""], ["Nästa."])
    kept = without_page_furniture(text, PLAIN, Journal())
    assert [x.text for x in kept] == ["x" * 40, "kort mitt", "Slut.", "", "Nästa."]


def test_a_row_begins_with_its_number_left_of_the_title_column() -> None:
    # The title column begins at 4: a number at 2 begins a row, at 3 it is the title's.
    rows = layout_rows(
        table(at((2, "1.1.1."), (9, "Stöd")), at((3, "1.1.2."), (10, "Mer"))), COLUMNS
    )
    assert [r.id for r in rows] == ["1.1.1."]
    assert cell_texts(settle_row(rows[0], Journal(), lambda t: True, None))[1] == [
        (11, "Stöd"),
        (12, "1.1.2. Mer"),
    ]


def test_a_number_and_its_title_one_space_apart() -> None:
    (row,) = layout_rows(table(at((0, "1.1.1. Stöd till"), (30, "MSB"))), COLUMNS)
    assert [[w for _, w in part] for part in row.lines[0].parts][:3] == [
        [],
        ["Stöd", "till"],
        ["MSB"],
    ]


def test_a_row_without_a_title_on_its_first_line() -> None:
    (row,) = layout_rows(
        table(at((0, "1.1.1."), (30, "MSB")), at((8, "Stöd"), (30, "FRA"))), COLUMNS
    )
    cells = settle_row(row, Journal(), lambda t: True, None)
    # The title's first line is taken, wherever it is printed.
    assert [(x.no, x.text) for x in row_lines(row, cells)] == [
        (12, "1.1.1. Stöd"),
        (11, ""),
        (11, "MSB"),
        (12, "FRA"),
    ]
    assert row_lines(row, cells)[1] == Line(11, "", "")
    (row,) = layout_rows(table(at((0, "1.1.1."), (30, "MSB"))), COLUMNS)
    cells = settle_row(row, Journal(), lambda t: True, None)
    assert [(x.no, x.text, x.raw) for x in row_lines(row, cells)] == [
        (11, "1.1.1.", "1.1.1."),
        (11, "", ""),
        (11, "MSB", "MSB"),
    ]


def test_a_span_on_a_rows_second_line_is_noted_at_that_line() -> None:
    second = at((8, "och till alla kommuner FRA"))  # "FRA" at 31: the span ends at 34
    rows = layout_rows(table(at((0, "1.1.1."), (8, "Stöd"), (30, "PTS")), second), COLUMNS)
    (row,) = rows
    assert row.lines[1].span is not None
    journal = Journal()
    cells = settle_row(row, journal, {"PTS FRA", "PTS kommuner FRA"}.__contains__, None)
    assert cell_texts(cells)[1:3] == [
        [(11, "Stöd"), (12, "och till alla kommuner")],
        [(11, "PTS"), (12, "FRA")],
    ]
    assert [(e.line, e.text.split(":")[0]) for e in journal] == [(12, "Bilaga 1 1.1.1. (rad 12)")]


def test_a_layout_section_settles_its_spans() -> None:
    lines = [raw_line(3, HEADER), *table(spanning_row(), first=4)]
    journal = Journal()
    out = layout_section(lines, journal, {"MSB", "kommuner MSB"}.__contains__, lambda mid: None)
    assert [x.text for x in out][1:4] == ["1.1.1. Stöd till alla kommuner", "", "MSB"]
    assert [e.line for e in journal] == [4]
