"""readers/front_rows.py: Bilaga 1's sections of the text form cut into rows, each its number and
its cells' lines; headers, headings and page furniture dropped."""

from __future__ import annotations

import re

import pytest

import handlingsplan as hp
from handlingsplan import AgencyRegistry, MeasureId
from handlingsplan.readers._layout import Line, normalise_ws
from handlingsplan.readers.blocks import ChapterReader
from handlingsplan.readers.front_rows import RowsReader, header_word_broken, is_furniture
from handlingsplan.readers.journal import PRIORITY_TITLES, Journal
from handlingsplan.readers.model import Block, Chapter, Entry
from handlingsplan.readers.pdftotext import TEXT
from handlingsplan.readers.report_text import (
    COMPLETED_SECTION,
    CURRENT_SECTION,
    ReportText,
    _Refused,
    find_line,
)
from stage_text import seed_lines, seed_source


def sections(lines: list[str]) -> tuple[int, int, int, int]:
    """The test's own reading: the lines (1-based) of Bilaga 1's section headings."""
    stripped = [t.strip() for t in lines]
    akt = stripped.index("Aktuella åtgärder") + 1
    gen = stripped.index("Genomförda åtgärder") + 1
    avs = stripped.index("Avskrivna åtgärder") + 1
    end = next(i + 1 for i, t in enumerate(stripped) if t.startswith("Uppdrag om en samlad"))
    return akt, gen, avs, end


def test_the_closed_sections_rows_are_the_numbered_lines() -> None:
    lines = seed_lines()
    _, gen, avs, end = sections(lines)
    src = seed_source()
    chapter = ChapterReader(src).chapter()
    rows = RowsReader(src).entries(gen + 1, avs, chapter, "Genomförda åtgärder")
    numbered = [
        m.group(1) for t in lines[gen:avs] if (m := re.match(r"^\s*(\d\.\d\.\d+)\.?\s+\S", t))
    ]
    assert [str(r.id) for r in rows] == numbered
    assert all(r.lines for r in rows)


def test_the_current_rows_follow_the_chapter() -> None:
    lines = seed_lines()
    akt, gen, _, _ = sections(lines)
    src = seed_source()
    chapter = ChapterReader(src).chapter()
    first = find_line(src.lines, r"^Strategisk prioritering 1\.", akt)
    rows = RowsReader(src).entries(first, gen, chapter, "Aktuella åtgärder")
    assert [str(r.id) for r in rows] == [str(b.id) for b in chapter.blocks]


def test_a_row_listed_twice_is_refused() -> None:
    lines = seed_lines()
    akt, gen, _, _ = sections(lines)
    row = next(i for i in range(akt, gen) if re.match(r"^\s*1\.1\.1\.?\s", lines[i]))
    doubled = lines[: row + 1] + ["", lines[row]] + lines[row + 1 :]
    src = seed_source("\n".join(doubled))
    chapter = ChapterReader(src).chapter()
    first = find_line(src.lines, r"^Strategisk prioritering 1\.", akt)
    with pytest.raises(_Refused, match="1.1.1 is listed twice"):
        RowsReader(src).entries(first, gen + 2, chapter, "Aktuella åtgärder")


def test_furniture_and_broken_header_words() -> None:
    assert is_furniture("# Åtgärd Ansvarig myndighet Klar", False)
    assert is_furniture("Inga åtgärder.", False)
    assert is_furniture("Klar", True) and not is_furniture("Klar", False)
    assert not is_furniture("Utbilda bevakningsansvariga myndigheter", True)
    from handlingsplan.readers._layout import Line

    assert header_word_broken("# Åtgärd Ansvarig myndighet Avskriv", [Line(9, "en", "en")]) == 1
    assert header_word_broken("# Åtgärd Ansvarig myndighet Avskriv", [Line(9, "et", "et")]) == 0
    assert header_word_broken("# Åtgärd Ansvarig myndighet Avskriv", []) == 0


# Constructed tables: every line given here, so the rows expected are known before the reader
# runs.

HEADER = "# Åtgärd Ansvarig myndighet Status Sida"
CLOSED_HEADER = "# Åtgärd Ansvarig myndighet Klar"


def text_of(*texts: str, into: hp.Plan | None = None) -> ReportText:
    lines = [Line(no, t, normalise_ws(t)) for no, t in enumerate(texts, start=1)]
    return ReportText(
        "r.txt", lines, TEXT, Journal(source="r.txt"), into, AgencyRegistry.standard()
    )


def rows_of(
    src: ReportText, section: str = CURRENT_SECTION, chapter: Chapter | None = None
) -> list[tuple[str, int, bool, list[tuple[int, str]]]]:
    got = RowsReader(src).entries(1, len(src.lines) + 1, chapter or Chapter(), section)
    return [(str(e.id), e.line, e.dotted, [(x.no, x.text) for x in e.lines]) for e in got]


def refused(
    src: ReportText, section: str = CURRENT_SECTION, chapter: Chapter | None = None
) -> _Refused:
    with pytest.raises(_Refused) as caught:
        rows_of(src, section, chapter)
    return caught.value


def test_a_current_table_is_cut_at_each_number_with_the_furniture_dropped() -> None:
    src = text_of(
        HEADER,
        "1.1.1. Öva",
        "MSB",
        "",
        "Samlad informations- och cybersäkerhetshandlingsplan 2019–2022 12",
        "Åtgärder",
        "1.1.2 Lära",
        "FRA Ny åtgärd",
        "Inga åtgärder.",
        "1.1.3",
    )
    assert rows_of(src) == [
        ("1.1.1", 2, True, [(2, "Öva"), (3, "MSB"), (4, "")]),
        ("1.1.2", 7, False, [(7, "Lära"), (8, "FRA Ny åtgärd")]),
        ("1.1.3", 10, False, [(10, "")]),
    ]
    assert list(src.journal) == []


def test_header_words_alone_are_the_header_only_where_it_goes_on() -> None:
    src = text_of(HEADER, "", "Status", "Sida", "1.1.1 Öva", "Klar", "", "Sida")
    assert rows_of(src) == [("1.1.1", 5, False, [(5, "Öva"), (6, "Klar"), (7, ""), (8, "Sida")])]


def test_a_header_word_broken_in_a_narrow_column_is_dropped_with_its_end() -> None:
    src = text_of("# Åtgärd Ansvarig myndighet Avskriv", "en", "1.1.1 Öva", "en")
    assert rows_of(src) == [("1.1.1", 3, False, [(3, "Öva"), (4, "en")])]


def test_a_broken_header_word_within_the_table_is_dropped_with_its_end() -> None:
    src = text_of("1.1.1 Öva", "MSB", "# Åtgärd Ansvarig myndighet Avskriv", "en", "1.1.2 Lära")
    assert rows_of(src) == [
        ("1.1.1", 1, False, [(1, "Öva"), (2, "MSB")]),
        ("1.1.2", 5, False, [(5, "Lära")]),
    ]


def test_text_before_the_first_row_is_refused_with_its_line() -> None:
    error = refused(text_of(HEADER, "", "Öva", "1.1.1 Öva"))
    assert (error.line, error.message) == (
        3,
        f"{CURRENT_SECTION}: text before the first row: 'Öva'",
    )
    assert error.swedish == f"{CURRENT_SECTION}: text före den första raden: 'Öva'"


def test_a_row_listed_twice_is_refused_with_the_first_line() -> None:
    error = refused(text_of("1.1.1 Öva", "MSB", "1.1.2 Lära", "1.1.1 Öva"))
    assert (error.line, error.message) == (
        4,
        f"{CURRENT_SECTION}: measure 1.1.1 is listed twice (first at line 1)",
    )
    assert (
        error.swedish == f"{CURRENT_SECTION}: åtgärd 1.1.1 står två gånger (första gången på rad 1)"
    )


def test_columns_set_side_by_side_are_refused_with_the_section() -> None:
    error = refused(text_of("1.1.1 Öva", "MSB    2021"), COMPLETED_SECTION)
    assert error.line == 2
    assert error.message.startswith(f"{COMPLETED_SECTION}: the line sets the table's columns")
    assert error.swedish == (
        f"{COMPLETED_SECTION}: raden ställer tabellens kolumner sida vid sida (som pdftotext "
        "-layout gör), så dess celler går inte att skilja åt; ge texten utan -layout eller "
        "själva PDF:en"
    )


def priorities() -> Chapter:
    return Chapter(priorities={1: (40, "Skydda viktiga system"), 2: (60, "Öva")})


def test_a_priority_heading_over_its_table_is_checked_against_the_chapters() -> None:
    src = text_of(
        "Strategisk prioritering 1. Skydda",
        "viktiga",
        "system",
        HEADER,
        "1.1.1 Öva",
        "Strategisk prioritering 2. Öva",
        "2.1.1 Lära",
    )
    assert [r[0] for r in rows_of(src, chapter=priorities())] == ["1.1.1", "2.1.1"]
    assert list(src.journal) == []


@pytest.mark.parametrize("after", ["", "1.1.1 Öva", "Strategisk prioritering 2. Öva", HEADER])
def test_a_priority_heading_ends_where_a_blank_a_row_a_heading_or_a_header_begins(
    after: str,
) -> None:
    src = text_of("Strategisk prioritering 1. Skydda viktiga system", after, "1.1.2 Lära")
    rows_of(src, chapter=priorities())
    assert list(src.journal) == []


def test_a_priority_heading_worded_otherwise_is_a_discrepancy() -> None:
    src = text_of("Strategisk prioritering 1. Skydda", "system", "1.1.1 Öva")
    rows_of(src, chapter=priorities())
    assert [(e.kind, e.line, e.topic, e.text) for e in src.journal] == [
        (
            "discrepancy",
            1,
            PRIORITY_TITLES,
            "Prioritering 1: Bilaga 1:s rubrik (rad 1) trycker “Skydda system”, kapitlets rubrik "
            "(rad 40) “Skydda viktiga system”.",
        )
    ]


def test_a_heading_for_a_priority_the_chapter_has_not_is_refused() -> None:
    error = refused(text_of("1.1.1 Öva", "Strategisk prioritering 3. Annat"), chapter=priorities())
    assert (error.line, error.message, error.swedish) == (
        2,
        "Bilaga 1 heading for unknown priority 3",
        "rubrik i Bilaga 1 för en okänd prioritering 3",
    )


def test_a_number_inside_a_closed_row_is_its_text_until_the_row_is_complete() -> None:
    src = text_of(
        CLOSED_HEADER,
        "1.1.1 Öva inom ramen för åtgärd",
        "1.1.5 och mer",
        "",
        "MSB 2019",
        "1.1.2 Lära",
        "",
        "FRA",
        "2020",
        "1.1.3 Läsa",
    )
    assert rows_of(src, COMPLETED_SECTION) == [
        (
            "1.1.1",
            2,
            False,
            [(2, "Öva inom ramen för åtgärd"), (3, "1.1.5 och mer"), (4, ""), (5, "MSB 2019")],
        ),
        ("1.1.2", 6, False, [(6, "Lära"), (7, ""), (8, "FRA"), (9, "2020")]),
        ("1.1.3", 10, False, [(10, "Läsa")]),
    ]


def test_a_lower_number_than_the_last_rows_is_a_closed_rows_text() -> None:
    src = text_of("1.1.3 Öva", "", "MSB 2019", "1.1.2 står i texten", "")
    assert rows_of(src, COMPLETED_SECTION) == [
        (
            "1.1.3",
            1,
            False,
            [(1, "Öva"), (2, ""), (3, "MSB 2019"), (4, "1.1.2 står i texten"), (5, "")],
        )
    ]


def test_a_number_the_next_rows_number_follows_lower_is_a_closed_rows_text() -> None:
    src = text_of(
        "1.1.1 Öva",
        "",
        "MSB 2019",
        "1.1.5 står i texten",
        "",
        "MSB 2020",
        "1.1.2 Lära",
        "",
        "FRA 2021",
    )
    got = rows_of(src, COMPLETED_SECTION)
    assert [(r[0], r[1]) for r in got] == [("1.1.1", 1), ("1.1.2", 7)]
    assert (4, "1.1.5 står i texten") in got[0][3]


def test_a_bare_number_before_a_rows_last_cell_is_that_rows_text() -> None:
    src = text_of(
        "1.1.1 Öva", "", "MSB 2019", "1.1.2 Lära", "", "MSB 2020", "1.1.3.", "", "FRA 2022"
    )
    got = rows_of(src, COMPLETED_SECTION)
    assert [(r[0], r[1]) for r in got] == [("1.1.1", 1), ("1.1.2", 4)]
    assert (7, "1.1.3.") in got[1][3]


def test_a_bare_number_before_a_rows_text_begins_the_row() -> None:
    src = text_of("1.1.1 Öva", "", "MSB 2019", "1.1.2.", "Lära", "", "MSB 2020")
    assert [(r[0], r[1], r[2]) for r in rows_of(src, COMPLETED_SECTION)] == [
        ("1.1.1", 1, False),
        ("1.1.2", 4, True),
    ]


def test_a_closed_row_is_complete_at_a_year_alone_or_after_its_agencies() -> None:
    reader = RowsReader(text_of())
    complete = reader.closed_row_complete

    def entry(*texts: str) -> Entry:
        return Entry(MeasureId("1.1.1"), 1, True, [Line(i, t, t) for i, t in enumerate(texts, 2)])

    assert complete(entry("Öva", "", "2019"))
    assert complete(entry("Öva", "", "MSB och FRA 2019"))
    assert not complete(entry("Öva", "", "Inget verk 2019"))
    assert not complete(entry("Öva", "", "MSB"))
    assert not complete(entry("Öva 2019 mer"))
    assert not complete(entry("", ""))
    assert not complete(entry())


def test_the_agencies_a_row_is_expected_to_print() -> None:
    plan = hp.load_default()
    report = plan.report(plan.years[-1])
    closed = next(m for m in report.measures() if str(m.id) != "1.1.1")
    b = Block(
        MeasureId("1.1.1"),
        10,
        [],
        [Line(20, "MSB och Försvars-", "MSB och Försvars-"), Line(21, "makten", "makten")],
        Line(22, "2021", "2021"),
        None,
        None,
    )
    expected = RowsReader(text_of(into=plan)).expected_agencies(Chapter(blocks=[b]))
    assert expected("1.1.1.") == expected("1.1.1") == "MSB och Försvarsmakten"
    assert expected(f"{closed.id}.") == closed.agencies_in_appendix
    assert expected("9.9.9") is None
    assert RowsReader(text_of()).expected_agencies(Chapter())(str(closed.id)) is None


def test_a_closed_rows_own_number_in_its_text_is_text() -> None:
    src = text_of("1.1.1 Öva", "", "MSB 2019", "1.1.1 nämns igen")
    assert rows_of(src, COMPLETED_SECTION) == [
        ("1.1.1", 1, False, [(1, "Öva"), (2, ""), (3, "MSB 2019"), (4, "1.1.1 nämns igen")])
    ]


def test_page_furniture_before_the_next_row_does_not_hide_it() -> None:
    src = text_of(
        "1.1.1 Öva",
        "",
        "MSB 2019",
        "1.1.5 står i texten",
        "",
        "MSB 2020",
        "Samlad informations- och cybersäkerhetshandlingsplan 2019–2022 12",
        "1.1.2 Lära",
        "",
        "FRA 2021",
    )
    got = rows_of(src, COMPLETED_SECTION)
    assert [(r[0], r[1]) for r in got] == [("1.1.1", 1), ("1.1.2", 8)]


def test_a_header_word_alone_before_any_header_is_text_before_the_first_row() -> None:
    error = refused(text_of("Klar", "1.1.1 Öva"))
    assert (error.line, error.message) == (
        1,
        f"{CURRENT_SECTION}: text before the first row: 'Klar'",
    )


def test_a_bare_number_is_text_only_where_the_next_line_alone_completes_a_row() -> None:
    src = text_of(
        "1.1.1 Öva",
        "",
        "MSB 2019",
        "1.1.2 Lära",
        "",
        "MSB 2020",
        "1.1.3.",
        "",
        "FRA 2022",
        "1.1.4 Läsa",
    )
    got = rows_of(src, COMPLETED_SECTION)
    assert [(r[0], r[1]) for r in got] == [("1.1.1", 1), ("1.1.2", 4), ("1.1.4", 10)]


def test_a_number_is_a_new_row_where_no_row_begins_for_certain_after_it() -> None:
    src = text_of(
        "1.1.1 Öva", "", "MSB 2019", "1.1.5 Står", "", "MSB 2020", "Mer text", "1.1.6 Lära"
    )
    got = rows_of(src, COMPLETED_SECTION)
    assert [(r[0], r[1]) for r in got] == [("1.1.1", 1), ("1.1.5", 4)]
    assert got[1][3][-1] == (8, "1.1.6 Lära")
