"""readers/blocks.py: the Åtgärder chapter read into its headings and blocks, each block's lines
(title and description, agencies, period) and pages; where a block's title ends."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import handlingsplan as hp
from handlingsplan._core import AgencyRegistry, MeasureId
from handlingsplan.readers._layout import Line, source_lines
from handlingsplan.readers.blocks import ChapterReader, ChapterTitles
from handlingsplan.readers.journal import Journal
from handlingsplan.readers.model import Block
from handlingsplan.readers.pdftotext import PLAIN, TEXT
from handlingsplan.readers.report_text import ReportText, _Refused
from stage_text import seed_lines, seed_source


def test_the_chapter_has_a_block_for_every_number_line() -> None:
    chapter = ChapterReader(seed_source()).chapter()
    lines = seed_lines()
    numbers = [i + 1 for i, t in enumerate(lines) if re.fullmatch(r"\s*\d\.\d\.\d+\.?\s*", t)]
    assert [b.number_line for b in chapter.blocks] == [n for n in numbers if n < 2000]
    assert sorted(chapter.priorities) == [1, 2, 3, 4, 5, 6]
    assert chapter.page_checks  # the seed prints numbered page headers


def test_a_block_keeps_its_agency_and_period_lines() -> None:
    chapter = ChapterReader(seed_source()).chapter()
    first = chapter.blocks[0]
    assert str(first.id) == "1.1.1"
    assert first.period_line.text == "2019–2025"
    assert "Försvarsmakten" in " ".join(x.text for x in first.agency_lines)
    assert first.page_first is not None and first.page_first <= first.page_last


def test_where_a_title_ends() -> None:
    chapter = ChapterReader(seed_source()).chapter()
    block = next(b for b in chapter.blocks if str(b.id) == "1.1.1")
    titles = ChapterTitles(seed_source())
    title, desc, marking, method = titles.chapter_title(
        block, "Proaktivt stödja de mest skyddsvärda verksamheterna"
    )
    assert " ".join(x.text for x in title) == "Proaktivt stödja de mest skyddsvärda verksamheterna"
    assert desc and marking is None and method == "rubriken i Bilaga 1"
    with pytest.raises(_Refused, match="cannot tell where the title ends"):
        titles.chapter_title(block, "En helt annan rubrik")


def test_a_chapter_that_ends_inside_a_measure_is_refused() -> None:
    lines = seed_lines()
    last = max(i for i, t in enumerate(lines[:2000]) if re.fullmatch(r"\s*\d\.\d\.\d+\.?\s*", t))
    text = "\n".join(lines[:last] + lines[last + 1 :])
    with pytest.raises(_Refused, match="ends inside a measure"):
        ChapterReader(seed_source(text)).chapter()


# Small chapters built here: the lines a test reads are numbered from 1 as written below.


PLAN = "Samlad informations- och cybersäkerhetshandlingsplan 2019–2022"
INTRO = "I kapitlet redovisas planerade och pågående åtgärder."
HEADINGS = [
    "Strategisk prioritering 1. Säkerställa en ansats",
    "",
    "Målsättning 1.1. Myndigheter ska ha kännedom",
    "",
]
MEASURE = [
    "Proaktivt stöd",
    "Omfattande stöd.",
    "",
    "Building MSB",
    "clock 2019–2025",
    "",
    "1.1.1.",
    "",
]


def small(lines: list[str], form: str = TEXT, into: hp.Plan | None = None) -> ReportText:
    """The lines as a report's text of `form`, imported into `into`."""
    return ReportText(
        "r.txt",
        source_lines("\n".join(lines)),
        form,
        Journal(source="r.txt"),
        into,
        AgencyRegistry.standard(),
    )


def chapter_of(body: list[str], head: list[str] | None = None, form: str = TEXT) -> list[str]:
    """A page header of page 20 (unless `head`), the chapter's heading and introduction (lines
    3-4), `body` from line 6 on and Slutord."""
    before = [f"20{PLAN}", ""] if head is None else head
    return [*before, "Åtgärder", INTRO, "", *body, "Slutord"]


def refused(call: Callable[[], object]) -> _Refused:
    with pytest.raises(_Refused) as caught:
        call()
    return caught.value


def texts(lines: list[Line]) -> list[str]:
    return [x.text for x in lines]


def test_a_small_chapter_read_line_by_line() -> None:
    reader = ChapterReader(small(chapter_of(HEADINGS + MEASURE)))
    ch = reader.chapter()
    assert ch.priorities == {1: (6, "Säkerställa en ansats")}
    assert ch.objectives == [("1.1", 8, "Myndigheter ska ha kännedom")]
    (block,) = ch.blocks
    assert str(block.id) == "1.1.1" and block.number_line == 16
    assert [(x.no, x.text) for x in block.body] == [
        (10, "Proaktivt stöd"),
        (11, "Omfattande stöd."),
        (0, ""),
    ]
    assert [(x.no, x.text) for x in block.agency_lines] == [(13, "MSB")]
    assert (block.period_line.no, block.period_line.text) == (14, "2019–2025")
    assert (block.page_first, block.page_last) == (20, 20)
    assert ch.page_checks == ["rad 1: sidhuvud 20 (början)", "rad 18: kapitlet slutar på sidan 20"]
    assert list(reader.journal) == []


def test_the_heading_alone_begins_the_chapter_and_bilaga_1_ends_it() -> None:
    lines = [f"{PLAN} 7", "Åtgärder", "", *HEADINGS, *MEASURE, "Bilaga 1: Förteckning"]
    reader = ChapterReader(small(lines))
    ch = reader.chapter()
    assert [b.number_line for b in ch.blocks] == [14]
    assert ch.page_checks == ["rad 1: sidhuvud 7 (början)", "rad 16: kapitlet slutar på sidan 7"]


def test_a_chapter_without_its_parts_is_refused_naming_them() -> None:
    error = refused(lambda: ChapterReader(small(["Förord", "", *HEADINGS, "Slutord"])).chapter())
    assert error.line == 1
    assert error.message == (
        "expected 'the introduction or the heading of the Åtgärder chapter' between lines 1 and 7"
    )
    assert error.swedish == (
        "'inledningen eller rubriken till kapitlet Åtgärder' väntades mellan rad 1 och 7"
    )
    lines = chapter_of(["Strategisk prioritering 2. Annat", ""])
    error = refused(lambda: ChapterReader(small(lines)).chapter())
    assert error.line == 4
    assert error.message == (
        "expected 'the heading of priority 1 in the Åtgärder chapter' between lines 4 and 8"
    )
    assert error.swedish == (
        "'rubriken för prioritering 1 i kapitlet Åtgärder' väntades mellan rad 4 och 8"
    )
    lines = chapter_of(HEADINGS + MEASURE)[:-1]
    error = refused(lambda: ChapterReader(small(lines)).chapter())
    assert error.line == 6
    assert error.message == (
        "expected 'the Slutord or Bilaga 1 after the chapter' between lines 6 and 17"
    )
    assert error.swedish == "'Slutord eller Bilaga 1 efter kapitlet' väntades mellan rad 6 och 17"


def test_the_last_numbered_page_header_before_the_chapter_gives_its_first_page() -> None:
    head = [f"19{PLAN}", "", f"{PLAN} 20", ""]
    reader = ChapterReader(small(chapter_of(HEADINGS + MEASURE, head)))
    ch = reader.chapter()
    assert ch.page_checks[0] == "rad 3: sidhuvud 20 (början)"
    assert ch.blocks[0].page_first == 20


@pytest.mark.parametrize("head", [[], [PLAN, ""], [f"9{PLAN}", "", PLAN, ""]])
def test_without_a_numbered_page_header_the_pages_are_not_counted(head: list[str]) -> None:
    reader = ChapterReader(small(chapter_of(HEADINGS + [" " + MEASURE[0]] + MEASURE[1:], head)))
    ch = reader.chapter()
    assert ch.page_checks == []
    assert (ch.blocks[0].page_first, ch.blocks[0].page_last) == (None, None)
    intro = len(head) + 2
    assert [(e.kind, e.line, e.text) for e in reader.journal] == [
        (
            "note",
            intro,
            "Inget numrerat sidhuvud före kapitlet Åtgärder: kapitlets sidor räknas inte och "
            "jämförs inte med Bilaga 1:s kolumn Sida.",
        )
    ]


def test_pages_are_counted_at_page_breaks_and_checked_against_page_headers() -> None:
    body = [
        *HEADINGS,
        "Proaktivt stöd",  # 10
        " Omfattande stöd.",  # 11: a page break (page 21)
        f"22{PLAN}",  # 12: one more, the first header of the page: taken
        "",
        "Building MSB",  # 14
        f"{PLAN} 22",  # 15: agrees
        "clock 2019–2025",  # 16
        "",
        "1.1.1.",  # 18
        "",
        "Stöd igen",  # 20
        "Mer stöd.",
        "",
        "Building FRA",
        f"25{PLAN}",  # 24: disagrees, taken
        f"26{PLAN}",  # 25: one more but not the page's first header: disagrees, taken
        "clock 2020",
        "",
        "1.1.2.",  # 28
        "",
    ]
    reader = ChapterReader(small(chapter_of(body)))
    ch = reader.chapter()
    assert [(b.page_first, b.page_last) for b in ch.blocks] == [(20, 22), (22, 26)]
    assert ch.page_checks == [
        "rad 1: sidhuvud 20 (början)",
        "rad 12: sidhuvud 22 stämmer med de räknade sidbrytningarna",
        "rad 15: sidhuvud 22 stämmer med de räknade sidbrytningarna",
        "rad 24: sidhuvud 25 stämmer med de räknade sidbrytningarna",
        "rad 25: sidhuvud 26 stämmer med de räknade sidbrytningarna",
        "rad 30: kapitlet slutar på sidan 26",
    ]
    assert [(e.kind, e.line, e.text) for e in reader.journal] == [
        ("note", 24, "Sidhuvudet säger 25, de räknade sidbrytningarna 23; sidhuvudet gäller."),
        ("note", 25, "Sidhuvudet säger 26, de räknade sidbrytningarna 26; sidhuvudet gäller."),
    ]
    assert [x.text for x in ch.blocks[0].agency_lines] == ["MSB"]


def test_a_page_header_without_a_number_changes_no_page() -> None:
    body = [*HEADINGS, "Proaktivt stöd", PLAN, *MEASURE[1:]]
    reader = ChapterReader(small(chapter_of(body)))
    ch = reader.chapter()
    assert texts(ch.blocks[0].body) == ["Proaktivt stöd", "Omfattande stöd.", ""]
    assert ch.page_checks == ["rad 1: sidhuvud 20 (början)", "rad 19: kapitlet slutar på sidan 20"]


def test_a_line_beginning_with_two_spaces_is_no_page_break_in_the_text_form() -> None:
    body = [*HEADINGS, "Proaktivt stöd", "  Omfattande stöd.", *MEASURE[2:]]
    reader = ChapterReader(small(chapter_of(body)))
    ch = reader.chapter()
    assert ch.blocks[0].page_last == 20
    assert [(e.kind, e.line, e.text) for e in reader.journal] == [
        (
            "note",
            11,
            "Rad 11 (“Omfattande stöd.”) börjar med ett mellanslag följt av blanktecken; den "
            "räknas inte som en sidbrytning (att räkna den skulle motsäga både Bilaga 1:s kolumn "
            "Sida och de tryckta sidhuvudena).",
        )
    ]
    reader = ChapterReader(small(chapter_of(body), PLAIN))
    reader.chapter()
    assert not [e for e in reader.journal if e.line == 11]


def test_running_headers_are_left_out_of_a_block() -> None:
    body = [*HEADINGS, "Proaktivt stöd", "Förteckning över åtgärder", "Åtgärder", *MEASURE[1:]]
    ch = ChapterReader(small(chapter_of(body))).chapter()
    assert texts(ch.blocks[0].body) == ["Proaktivt stöd", "Omfattande stöd.", ""]


def test_a_number_inside_a_description_does_not_end_the_block() -> None:
    body = [
        *HEADINGS,
        "Proaktivt stöd",
        "inom ramen för åtgärd",
        "1.1.10.",
        "och mer.",
        *MEASURE[2:],
    ]
    ch = ChapterReader(small(chapter_of(body))).chapter()
    (block,) = ch.blocks
    assert texts(block.body) == [
        "Proaktivt stöd",
        "inom ramen för åtgärd",
        "1.1.10.",
        "och mer.",
        "",
    ]
    assert block.number_line == 18


def test_two_measures_and_multi_line_headings() -> None:
    body = [
        "Strategisk prioritering 1. Säkerställa en",
        "systematisk ansats",
        "Målsättning 1.1. Myndigheter ska",
        "ha kännedom",
        "",
        *MEASURE,
        "Målsättning 1.2. Andra ska",
        "",
        "Nästa titel",
        "Nästa beskrivning.",
        "",
        "Building MSB, FRA och",
        "Polismyndigheten",
        "clock 2020",
        "",
        "1.2.1.",
    ]
    ch = ChapterReader(small(chapter_of(body))).chapter()
    assert ch.priorities == {1: (6, "Säkerställa en systematisk ansats")}
    assert ch.objectives == [("1.1", 8, "Myndigheter ska ha kännedom"), ("1.2", 19, "Andra ska")]
    assert [str(b.id) for b in ch.blocks] == ["1.1.1", "1.2.1"]
    assert texts(ch.blocks[1].agency_lines) == ["MSB, FRA och", "Polismyndigheten"]
    assert ch.blocks[1].period_line.text == "2020"


def test_the_chapter_refuses_misplaced_headings_and_numbers() -> None:
    cases = [
        (
            ["Strategisk prioritering 1.", "", *HEADINGS[2:], *MEASURE],
            6,
            "the heading of priority 1 has no title",
            "rubriken för prioritering 1 saknar rubriktext",
        ),
        (
            [*HEADINGS, *MEASURE, HEADINGS[0], ""],
            18,
            "priority 1 is headed twice in the chapter (first at line 6)",
            "prioritering 1 har två rubriker i kapitlet (den första på rad 6)",
        ),
        (
            [HEADINGS[0], "", "Målsättning 1.1.", "", *MEASURE],
            8,
            "an objective heading without its text",
            "en målrubrik utan sin text",
        ),
        (
            [HEADINGS[0], "", "Målsättning 2.1. Fel", "", *MEASURE],
            8,
            "objective 2.1 printed under priority 1",
            "mål 2.1 står under prioritering 1",
        ),
        (
            [HEADINGS[0], "", "Lös text", *MEASURE],
            8,
            "text before the first objective heading: 'Lös text'",
            "text före den första målrubriken: 'Lös text'",
        ),
        (
            [*HEADINGS, *MEASURE[:6], "1.2.1.", ""],
            16,
            "measure 1.2.1 printed under objective 1.1",
            "åtgärd 1.2.1 står under mål 1.1",
        ),
        (
            [*HEADINGS, *MEASURE, "Efter", ""],
            18,
            "the Åtgärder chapter ends inside a measure: the text from this line on has no "
            "measure number",
            "kapitlet Åtgärder slutar mitt i en åtgärd: texten från den här raden har inget "
            "åtgärdsnummer",
        ),
    ]
    for body, line, message, swedish in cases:
        error = refused(lambda body=body: ChapterReader(small(chapter_of(body))).chapter())
        assert (error.line, error.message, error.swedish) == (line, message, swedish), message


def test_a_bad_objective_number_is_refused_with_the_cores_words() -> None:
    error = refused(
        lambda: ChapterReader(
            small(chapter_of([HEADINGS[0], "", "Målsättning 1.0. Fel", "", *MEASURE]))
        ).chapter()
    )
    assert error.line == 8
    assert error.message.startswith("objective heading: ")
    assert error.swedish.startswith("målrubrik: ")
    assert error.message != "objective heading: " and error.swedish != error.message


def test_a_measure_before_any_objective_is_refused() -> None:
    reader = ChapterReader(small(chapter_of(HEADINGS)))
    line = Line(30, "1.1.1.", "1.1.1.")
    for priority, objective in ((None, "1.1"), (1, None)):
        error = refused(
            lambda p=priority, o=objective: reader.check_place(line, MeasureId("1.1.1"), p, o)
        )
        assert (error.line, error.message, error.swedish) == (
            30,
            "measure 1.1.1 before the first objective heading",
            "åtgärd 1.1.1 står före den första målrubriken",
        )
    reader.check_place(line, MeasureId("1.1.1"), 1, "1.1")


def test_a_blocks_tail_is_refused_where_it_lacks_a_part() -> None:
    cases = [
        (
            ["Building MSB", "clock 2019", "", "1.1.1."],
            13,
            "measure 1.1.1: no title before its agencies",
            "åtgärd 1.1.1: ingen rubrik före dess myndigheter",
        ),
        (
            ["Titel", "Text.", "", "Building MSB", "", "1.1.1."],
            13,
            "measure 1.1.1: expected the period ('clock' or 'Period:') right before the number",
            "åtgärd 1.1.1: tidsperioden ('clock' eller 'Period:') väntades direkt före numret",
        ),
        (
            ["Titel", "Text.", "", "Building MSB", "clock 2019", "clock 2020", "", "1.1.1."],
            15,
            "measure 1.1.1: expected the period ('clock' or 'Period:') right before the number",
            "åtgärd 1.1.1: tidsperioden ('clock' eller 'Period:') väntades direkt före numret",
        ),
    ]
    for measure, line, message, swedish in cases:
        body = [*HEADINGS, *measure, ""]
        error = refused(lambda body=body: ChapterReader(small(chapter_of(body))).chapter())
        assert (error.line, error.message, error.swedish) == (line, message, swedish), message


def test_blocks_without_markers_take_the_period_last_and_the_agencies_before_it() -> None:
    body = [
        *HEADINGS,
        "Titel ett",
        "Text ett.",
        "",
        "MSB",
        "2019–2022",
        "",
        "1.1.1.",
        "",
        "Titel två",
        "",
        "Text två.",
        "",
        "FRA",
        "",
        "2020",
        "",
        "1.1.2.",
    ]
    ch = ChapterReader(small(chapter_of(body))).chapter()
    first, second = ch.blocks
    assert texts(first.body) == ["Titel ett", "Text ett.", ""]
    assert [(x.no, x.text) for x in first.agency_lines] == [(13, "MSB")]
    assert (first.period_line.no, first.period_line.text) == (14, "2019–2022")
    assert texts(second.body) == ["Titel två", "", "Text två.", ""]
    assert texts(second.agency_lines) == ["FRA"]
    assert (second.period_line.no, second.period_line.text) == (24, "2020")


def test_a_block_without_markers_is_refused_where_it_lacks_a_part() -> None:
    body = [*HEADINGS, "MSB", "2019–2022", "", "1.1.1."]
    error = refused(lambda: ChapterReader(small(chapter_of(body))).chapter())
    assert (error.line, error.message, error.swedish) == (
        13,
        "measure 1.1.1: expected a title, a description, the responsible agencies and a period "
        "before the number",
        "åtgärd 1.1.1: rubrik, beskrivning, ansvariga myndigheter och tidsperiod väntades före "
        "numret",
    )
    # A period printed with its marker in a chapter that prints markers, without the agencies'.
    body = [*HEADINGS, *MEASURE, "Titel", "Text.", "", "MSB", "clock 2020", "", "1.1.2."]
    error = refused(lambda: ChapterReader(small(chapter_of(body))).chapter())
    assert (error.line, error.message, error.swedish) == (
        22,
        "measure 1.1.2: a period without the responsible agencies ('Building' or "
        "'Ansvarig myndighet:') before it",
        "åtgärd 1.1.2: en tidsperiod utan de ansvariga myndigheterna ('Building' eller "
        "'Ansvarig myndighet:') före sig",
    )


def test_labels_mark_agencies_and_periods_as_the_icon_words_do() -> None:
    body = [
        *HEADINGS,
        "Titel",
        "Text.",
        "",
        "Ansvarig myndighet: MSB",
        "Period: 2021",
        "",
        "1.1.1.",
    ]
    ch = ChapterReader(small(chapter_of(body))).chapter()
    assert texts(ch.blocks[0].agency_lines) == ["MSB"]
    assert ch.blocks[0].period_line.text == "2021"


LONG = "Omfattande och systematiskt proaktivt stöd till de mest skyddsvärda verksamheterna"


def plain_chapter(measure: list[str]) -> list[str]:
    """A chapter in pdftotext's plain form (no empty lines within a block); the lines of
    `measure` from line 10 on."""
    return chapter_of([*HEADINGS, *measure, "1.1.1.", ""])


def test_the_plain_text_gets_its_paragraphs_back() -> None:
    measure = [
        "Proaktivt stöd",  # 10: short, before a capital: the title ends
        LONG,  # 11
        LONG,  # 12
        "till exempel rådgivning.",  # 13: a sentence's end, room: a paragraph ends
        "Utbildning ges.",  # 14: before the agencies
        "Building MSB",
        "clock 2019–2025",
    ]
    reader = ChapterReader(small(plain_chapter(measure), PLAIN))
    ch = reader.chapter()
    assert reader.text_width == len(LONG)
    assert [(x.no, x.text) for x in ch.blocks[0].body] == [
        (10, "Proaktivt stöd"),
        (0, ""),
        (11, LONG),
        (12, LONG),
        (13, "till exempel rådgivning."),
        (0, ""),
        (14, "Utbildning ges."),
        (0, ""),
    ]
    assert list(reader.journal) == []


def test_a_long_line_ending_a_sentence_is_noted_as_a_possible_paragraph_end() -> None:
    full = LONG[: len(LONG) - 12] + " avslutande."
    assert len(full) == len(LONG)
    measure = ["Proaktivt stöd", LONG, full, "Åtgärden fortsätter.", "Building MSB", "clock 2019"]
    reader = ChapterReader(small(plain_chapter(measure), PLAIN))
    ch = reader.chapter()
    assert texts(ch.blocks[0].body) == [
        "Proaktivt stöd",
        "",
        LONG,
        full,
        "Åtgärden fortsätter.",
        "",
    ]
    assert [(e.kind, e.line, e.text) for e in reader.journal] == [
        (
            "decision",
            13,
            "1.1.1: rad 12 avslutar en mening och når (nästan) till högermarginalen: ett stycke "
            "kan börja på rad 13, vilket pdftotext inte visar; stycket antas fortsätta.",
        )
    ]


def test_a_title_in_the_plain_text_runs_to_its_marking() -> None:
    measure = [
        "Proaktivt",  # 10: short, but the marking follows: the title goes on
        "stöd Ny åtgärd",  # 11
        "Omfattande stöd.",  # 12
        "Building MSB",
        "clock 2019",
    ]
    ch = ChapterReader(small(plain_chapter(measure), PLAIN)).chapter()
    assert texts(ch.blocks[0].body) == ["Proaktivt", "stöd Ny åtgärd", "", "Omfattande stöd.", ""]


def test_a_marking_on_a_line_of_its_own_goes_back_to_the_title() -> None:
    measure = ["Proaktivt stöd", "Uppdaterad", "Omfattande stöd.", "Building MSB", "clock 2019"]
    ch = ChapterReader(small(plain_chapter(measure), PLAIN)).chapter()
    assert [(x.no, x.text) for x in ch.blocks[0].body] == [
        (10, "Proaktivt stöd Uppdaterad"),
        (0, ""),
        (12, "Omfattande stöd."),
        (0, ""),
    ]


def test_a_plain_heading_ends_before_the_first_capital() -> None:
    lines = chapter_of(
        [
            "Strategisk prioritering 1. Säkerställa en",  # 6
            "systematisk ansats",
            "Målsättning 1.1. Myndigheter ska",  # 8
            "ha kännedom",
            "Proaktivt stöd",  # 10
            "Omfattande stöd.",
            "Building MSB",
            "clock 2019",
            "1.1.1.",
        ]
    )
    reader = ChapterReader(small(lines, PLAIN))
    ch = reader.chapter()
    assert ch.objectives == [("1.1", 8, "Myndigheter ska ha kännedom")]
    assert texts(ch.blocks[0].body)[:2] == ["Proaktivt stöd", ""]
    assert [(e.kind, e.line, e.text) for e in reader.journal] == [
        (
            "decision",
            8,
            "Rubriken på rad 8 antas sluta före rad 10, den första som börjar med versal "
            "(pdftotext trycker ingen tom rad efter en rubrik).",
        )
    ]


def block_of(*lines: tuple[int, str] | tuple[int, str, str]) -> Block:
    """A block of 1.1.1 whose body is `lines` ((number, text) or (number, text, raw))."""
    body = [Line(x[0], x[-1], x[1]) if x[1] else Line(x[0], "", "") for x in lines]
    return Block(MeasureId("1.1.1"), 30, body, [], Line(29, "2019", "2019"), None, None)


def titles() -> ChapterTitles:
    return ChapterTitles(small([]))


def test_a_title_ends_at_its_marking() -> None:
    block = block_of((10, "Proaktivt"), (11, "stöd Ny åtgärd"), (12, ""), (13, "Omfattande."))
    title, desc, marking, method = titles().chapter_title(block, "Något annat")
    assert [(x.no, x.text) for x in title] == [(10, "Proaktivt"), (11, "stöd")]
    assert [texts(p) for p in desc] == [["Omfattande."]]
    assert (marking, method) == ("Ny åtgärd", "markeringen")
    block = block_of((10, "Proaktivt stöd"), (11, "UppdateradUppdaterad"), (12, ""), (13, "A."))
    title, desc, marking, method = titles().chapter_title(block, "Proaktivt stöd")
    assert texts(title) == ["Proaktivt stöd"] and marking == "Uppdaterad"


def test_a_marking_elsewhere_than_the_titles_end_is_refused() -> None:
    block = block_of((10, "Proaktivt Uppdaterad"), (11, "stöd"), (12, ""), (13, "A."))
    error = refused(lambda: titles().chapter_title(block, "x"))
    assert (error.line, error.message, error.swedish) == (
        10,
        "1.1.1: the marking is not at the end of the title",
        "1.1.1: markeringen står inte i slutet av rubriken",
    )
    block = block_of((10, "A Uppdaterad"), (11, "stöd Uppdaterad"), (12, ""), (13, "A."))
    assert refused(lambda: titles().chapter_title(block, "x")).line == 10
    block = block_of((10, "Proaktivt stöd"), (11, ""), (12, "Text."), (13, "mer Ny åtgärd"))
    error = refused(lambda: titles().chapter_title(block, "x"))
    assert (error.line, error.message, error.swedish) == (
        13,
        "1.1.1: a marking outside the title paragraph",
        "1.1.1: en markering utanför rubrikens stycke",
    )


def test_a_title_ends_where_it_spells_bilaga_1s_title() -> None:
    block = block_of((10, "Proaktivt"), (11, "stöd"), (12, "Omfattande."))
    title, desc, marking, method = titles().chapter_title(block, "Proaktivt stöd")
    assert (texts(title), [texts(p) for p in desc]) == (
        ["Proaktivt", "stöd"],
        [["Omfattande."]],
    )
    assert (marking, method) == (None, "rubriken i Bilaga 1")
    block = block_of((10, "Proaktivt"), (11, "stöd"), (12, ""), (13, "Omfattande."))
    title, desc, _, method = titles().chapter_title(block, "Proaktivt stöd")
    assert (texts(title), [texts(p) for p in desc], method) == (
        ["Proaktivt", "stöd"],
        [["Omfattande."]],
        "rubriken i Bilaga 1",
    )


def test_a_title_ends_at_the_em_space_after_it() -> None:
    block = block_of((10, "Proaktivt", "Proaktivt\u2003 "), (11, "stöd"), (12, ""), (13, "A."))
    title, desc, marking, method = titles().chapter_title(block, "Annan")
    assert (texts(title), [texts(p) for p in desc], marking, method) == (
        ["Proaktivt"],
        [["stöd"], ["A."]],
        None,
        "det långa mellanslaget efter rubriken",
    )


def test_an_em_space_disagreeing_with_the_title_end_is_refused() -> None:
    block = block_of((10, "Proaktivt", "Proaktivt\u2003"), (11, "stöd Ny åtgärd"), (12, ""))
    error = refused(lambda: titles().chapter_title(block, "x"))
    assert (error.line, error.message, error.swedish) == (
        10,
        "1.1.1: the em space after line 10 disagrees with the title end found by marking",
        "1.1.1: det långa mellanslaget efter rad 10 stämmer inte med var rubriken slutar enligt "
        "markeringen",
    )
    block = block_of((10, "Proaktivt"), (11, "stöd", "stöd\u2003"), (12, "mer"), (13, "A."))
    error = refused(lambda: titles().chapter_title(block, "Proaktivt stöd mer"))
    assert error.message == (
        "1.1.1: the em space after line 11 disagrees with the title end found by Bilaga 1 title"
    )
    assert error.swedish.endswith("enligt rubriken i Bilaga 1")


def test_a_title_is_its_first_paragraph_failing_all_else() -> None:
    source = small([])
    block = block_of((10, "Proaktivt"), (11, "stöd"), (12, ""), (13, "A."))
    title, desc, marking, method = ChapterTitles(source).chapter_title(block, "Annan")
    assert (texts(title), [texts(p) for p in desc], marking, method) == (
        ["Proaktivt", "stöd"],
        [["A."]],
        None,
        "rubriken som ett eget stycke",
    )
    assert [(e.kind, e.line, e.text) for e in source.journal] == [
        (
            "decision",
            10,
            "1.1.1: rubriken antas vara hela det första stycket (rad 10): ingen markering, inget "
            "långt mellanslag, och Bilaga 1 formulerar den annorlunda.",
        )
    ]
    block = block_of((10, "Proaktivt"), (11, "stöd"))
    error = refused(lambda: ChapterTitles(source).chapter_title(block, "Proaktivt stöd"))
    assert (error.line, error.message, error.swedish) == (
        10,
        "1.1.1: cannot tell where the title ends (no marking, no em space, and Bilaga 1 titles "
        "it “Proaktivt stöd”)",
        "1.1.1: det går inte att se var rubriken slutar (ingen markering, inget långt "
        "mellanslag, och Bilaga 1 ger rubriken “Proaktivt stöd”)",
    )


def test_a_plain_heading_ends_where_it_spells_a_heading_of_the_plan_imported_into() -> None:
    plan = hp.load_default()
    priority = plan.priorities[0]
    objective = priority.objectives[1]
    assert str(objective.id) == "1.2"
    words = objective.text.split(" ")
    lines = chapter_of(
        [
            f"Strategisk prioritering 1. {priority.title}",  # 6
            f"Målsättning 1.2. {' '.join(words[:3])}",  # 7
            " ".join(words[3:]),
            "e-tjänster för stöd",  # 9: no capital, yet the heading has ended
            "Omfattande stöd.",
            "Building MSB",
            "clock 2019",
            "1.2.1.",
        ]
    )
    reader = ChapterReader(small(lines, PLAIN, plan))
    ch = reader.chapter()
    assert ch.objectives == [("1.2", 7, objective.text)]
    assert texts(ch.blocks[0].body)[:2] == ["e-tjänster för stöd", ""]
    assert not [e for e in reader.journal if e.text.startswith("Rubriken")]
    # Without the plan, the heading takes the line in.
    ch = ChapterReader(small(lines, PLAIN)).chapter()
    assert ch.objectives == [("1.2", 7, objective.text + " e-tjänster för stöd")]


def test_where_a_paragraph_of_the_plain_text_ends_by_the_room_left_on_the_line() -> None:
    reader = ChapterReader(small([], PLAIN))
    reader.text_width = 100
    title = [Line(1, "a", "a")]  # no paragraph has ended: the title
    body = [*title, Line(0, "", "")]  # one has: the description

    def ends(length: int, after: str, out: list[Line], last: str = ".") -> bool:
        line = Line(5, "", "x" * (length - 1) + last)
        return reader.paragraph_ends(MeasureId("1.1.1"), 3, line, Line(6, after, after), out)

    # In the title, a room of 15 (of 100) for the next line's first word and a space.
    assert ends(81, "Abc def", title, "x") and not ends(82, "Abc def", title, "x")
    assert ends(81, "Abc defghijklmnop", title, "x")  # the first word counts, not the second
    assert not ends(79, "Abcdefg", title, "x")
    # In the description, a sentence's end and a room of 10.
    assert ends(86, "Abc", body) and not ends(87, "Abc", body)
    assert not ends(80, "Abc", body, "x")
    for last in ("!", "?", ":", "”"):
        assert ends(80, "Abc", body, last), last
    assert ends(20, "5 myndigheter", body)  # a digit begins a paragraph as a capital does
    assert not ends(20, "fortsätter", body)
    # On the marking's line (0) the title ends, before it (negative) it does not.
    line = Line(5, "", "x" * 99)
    after = Line(6, "Abc", "Abc")
    assert reader.paragraph_ends(MeasureId("1.1.1"), 0, line, after, title)
    assert not reader.paragraph_ends(MeasureId("1.1.1"), -1, Line(5, "", "x"), after, title)
    assert not reader.paragraph_ends(MeasureId("1.1.1"), 0, line, Line(6, "abc", "abc"), title)
    assert not reader.paragraph_ends(MeasureId("1.1.1"), 1, line, after, title)
    # A full line ending a sentence is noted, unless the agencies or the period follow.
    noted = len(reader.journal)
    assert not ends(95, "Building MSB", body) and not ends(95, "Period: 2021", body)
    assert not ends(95, "Abc", body, "x")
    assert len(reader.journal) == noted
    assert not ends(95, "Abc", body)
    assert [(e.kind, e.line) for e in reader.journal][noted:] == [("decision", 6)]


def test_plain_paragraphs_before_the_chapter_is_read_take_a_width_of_80() -> None:
    reader = ChapterReader(small([], PLAIN))
    sentence = "X" * 60 + "."
    lines = [Line(1, "Titel", "Titel"), Line(2, sentence, sentence), Line(3, "Abc", "Abc")]
    out = reader.plain_paragraphs(MeasureId("1.1.1"), lines)
    # 80 - 61 - 1 - 3 = 15: room for a sentence's end (8 of 80).
    assert texts(out) == ["Titel", "", sentence, "", "Abc"]


def test_empty_lines_within_a_block_of_the_plain_text_are_dropped() -> None:
    measure = ["Proaktivt stöd", "Omfattande stöd till", "", "exempel rådgivning."]
    ch = ChapterReader(
        small(plain_chapter([*measure, "Building MSB", "clock 2019"]), PLAIN)
    ).chapter()
    assert texts(ch.blocks[0].body) == [
        "Proaktivt stöd",
        "",
        "Omfattande stöd till",
        "exempel rådgivning.",
        "",
    ]


def test_a_title_of_the_plain_text_runs_to_a_marking_within_its_first_six_lines() -> None:
    six = ["Ett", "Två", "Tre", "Fyra", "Fem", "Sex Ny åtgärd"]
    tail = ["Omfattande stöd.", "Building MSB", "clock 2019"]
    ch = ChapterReader(small(plain_chapter([*six, *tail]), PLAIN)).chapter()
    assert texts(ch.blocks[0].body) == [*six, "", "Omfattande stöd.", ""]
    seven = ["Ett", "Två", "Tre", "Fyra", "Fem", "Sex", "Sju Ny åtgärd"]
    ch = ChapterReader(small(plain_chapter([*seven, *tail]), PLAIN)).chapter()
    assert texts(ch.blocks[0].body) == ["Ett", "", *seven[1:], "Omfattande stöd.", ""]


def test_a_plain_title_before_its_marking_runs_on_past_a_capital() -> None:
    measure = ["Proaktivt", "Stöd Ny åtgärd", "Omfattande stöd.", "Building MSB", "clock 2019"]
    ch = ChapterReader(small(plain_chapter(measure), PLAIN)).chapter()
    assert texts(ch.blocks[0].body) == ["Proaktivt", "Stöd Ny åtgärd", "", "Omfattande stöd.", ""]
    # A long title ends at its marking all the same; a description in lower case does not.
    title = LONG + " Ny åtgärd"
    measure = [title, LONG, LONG, "Building MSB", "clock 2019"]
    ch = ChapterReader(small(plain_chapter(measure), PLAIN)).chapter()
    assert texts(ch.blocks[0].body) == [title, "", LONG, LONG, ""]
    measure = ["Proaktivt Ny åtgärd", "omfattande stöd.", "Building MSB", "clock 2019"]
    ch = ChapterReader(small(plain_chapter(measure), PLAIN)).chapter()
    assert texts(ch.blocks[0].body) == ["Proaktivt Ny åtgärd", "omfattande stöd.", ""]


def test_a_plain_block_of_a_title_and_a_period_has_no_title_before_its_agencies() -> None:
    lines = chapter_of([*HEADINGS, "Titel", "2019", "1.1.1."])
    error = refused(lambda: ChapterReader(small(lines, PLAIN)).chapter())
    assert (error.line, error.message) == (12, "measure 1.1.1: no title before its agencies")


def test_chapter_lines_alone_give_the_lines_and_their_pages() -> None:
    reader = ChapterReader(small(chapter_of(HEADINGS + MEASURE)))
    numbered, end = reader.chapter_lines()
    assert end == 18
    assert [(x.no, page) for x, page in numbered][:3] == [(6, 20), (7, 20), (8, 20)]
    assert reader.page_checks == [
        "rad 1: sidhuvud 20 (början)",
        "rad 18: kapitlet slutar på sidan 20",
    ]


def test_a_page_break_alone_counts_one_page() -> None:
    body = [*HEADINGS, "Proaktivt stöd", " Omfattande stöd.", *MEASURE[2:]]
    ch = ChapterReader(small(chapter_of(body))).chapter()
    assert (ch.blocks[0].page_first, ch.blocks[0].page_last) == (20, 21)


def test_the_next_pages_header_before_any_break_is_taken_silently() -> None:
    body = [*HEADINGS, "Proaktivt stöd", f"21{PLAN}", *MEASURE[1:]]
    reader = ChapterReader(small(chapter_of(body)))
    ch = reader.chapter()
    assert (ch.blocks[0].page_first, ch.blocks[0].page_last) == (20, 21)
    assert list(reader.journal) == []


def test_the_chapters_end_is_named_by_its_source_line() -> None:
    src = small(["Sida 1 av 1", *chapter_of(HEADINGS + MEASURE)])
    src.lines = src.lines[1:]  # the page number left out, as the front end does
    ch = ChapterReader(src).chapter()
    assert ch.page_checks == ["rad 2: sidhuvud 20 (början)", "rad 19: kapitlet slutar på sidan 20"]


def test_a_heading_broken_over_lines_is_joined_in_the_journal() -> None:
    body = [
        "Strategisk prioritering 1. Säkerställa informations-",  # 6
        "säkerhet",
        "Målsättning 1.1. Myndigheter ska ha cyber-",  # 8
        "kunskap",
        "",
        *MEASURE,
    ]
    reader = ChapterReader(small(chapter_of(body)))
    ch = reader.chapter()
    assert ch.priorities == {1: (6, "Säkerställa informationssäkerhet")}
    assert sorted(reader.journal.joins) == [6, 8]
    assert reader.journal.joins[6].result == "informationssäkerhet"
    assert reader.journal.joins[8].result == "cyberkunskap"


def test_a_bad_objective_number_is_refused_in_the_cores_swedish() -> None:
    with pytest.raises(hp.Error) as core:
        hp.ObjectiveId("1.0")
    swedish = getattr(core.value, "swedish_problem", "")
    assert swedish
    error = refused(
        lambda: ChapterReader(
            small(chapter_of([HEADINGS[0], "", "Målsättning 1.0. Fel", "", *MEASURE]))
        ).chapter()
    )
    assert (error.message, error.swedish) == (
        f"objective heading: {core.value}",
        f"målrubrik: {swedish}",
    )


def test_a_heading_may_be_the_chapters_last_line() -> None:
    ch = ChapterReader(small(chapter_of([*HEADINGS, *MEASURE, "Målsättning 1.2. Sista"]))).chapter()
    assert ch.objectives[-1] == ("1.2", 18, "Sista")


def test_the_period_line_is_the_last_of_a_marked_tail() -> None:
    body = [*HEADINGS, "Titel", "Text.", "", "Building MSB och", "FRA", "clock 2020", "", "1.1.1."]
    (block,) = ChapterReader(small(chapter_of(body))).chapter().blocks
    assert [(x.no, x.text) for x in block.agency_lines] == [(13, "MSB och"), (14, "FRA")]
    assert (block.period_line.no, block.period_line.text) == (15, "2020")


def test_unmarked_tails_of_three_paragraphs() -> None:
    body = [
        *HEADINGS,
        "Titel ett",  # 10
        "",
        "Text ett.",  # 12
        "",
        "MSB",  # 14
        "FRA",
        "2019–2022",  # 16
        "",
        "1.1.1.",
        "",
        "Titel två",  # 20
        "",
        "MSB",  # 22
        "",
        "2020",  # 24
        "",
        "1.1.2.",
    ]
    first, second = ChapterReader(small(chapter_of(body))).chapter().blocks
    assert texts(first.body) == ["Titel ett", "", "Text ett.", ""]
    assert [(x.no, x.text) for x in first.agency_lines] == [(14, "MSB"), (15, "FRA")]
    assert first.period_line.no == 16
    assert texts(second.body) == ["Titel två", ""]
    assert [(x.no, x.text) for x in second.agency_lines] == [(22, "MSB")]
    assert second.period_line.no == 24


def test_an_empty_bilaga_title_is_no_title_end() -> None:
    block = block_of((10, "Proaktivt", "Proaktivt\u2003"), (11, "stöd"), (12, ""), (13, "A."))
    title, _, _, method = titles().chapter_title(block, "")
    assert (texts(title), method) == (["Proaktivt"], "det långa mellanslaget efter rubriken")


def test_a_priority_heading_of_the_plain_text_ends_where_it_spells_the_plans() -> None:
    plan = hp.load_default()
    priority = plan.priorities[0]
    lines = chapter_of(
        [
            f"Strategisk prioritering 1. {priority.title}",  # 6
            "lös text",  # 7
            f"Målsättning 1.1. {priority.objectives[0].text}",
            "Titel",
            "Building MSB",
            "clock 2019",
            "1.1.1.",
        ]
    )
    error = refused(lambda: ChapterReader(small(lines, PLAIN, plan)).chapter())
    assert (error.line, error.message) == (7, "text before the first objective heading: 'lös text'")
