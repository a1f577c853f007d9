"""readers/_layout.py: a source's lines whatever its line endings, page separators and spaces;
paragraphs; a paragraph's printed lines joined by their rule (a word broken at a hyphen, a period
broken after its dash, a case number broken after a slash), each join beyond a space recorded in
the journal with its line. Every expected value below is built in the test."""

from __future__ import annotations

import pytest

from handlingsplan.readers._layout import (
    Line,
    join_lines,
    join_pair,
    normalise_ws,
    paragraphs,
    source_lines,
)
from handlingsplan.readers.journal import (
    CASE_NUMBER_JOINED,
    DASH_JOINED,
    HYPHEN_AND_SPACE_KEPT,
    HYPHEN_KEPT,
    HYPHEN_REMOVED,
    Join,
    Journal,
)


def lines_of(*texts: str, first: int = 1) -> list[Line]:
    return [Line(first + k, text, text) for k, text in enumerate(texts)]


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        # A period broken after its dash, as a PDF's narrow cell breaks it.
        ("under åren 2019–", "2022 års slut", "under åren 2019–2022 års slut"),
        # A dash with spaces around it keeps them.
        ("perioden 2020 –", "2022 gäller", "perioden 2020 – 2022 gäller"),
        # A dash before a word is no period.
        ("Sverige–", "Finland", "Sverige– Finland"),
        ("informations-", "säkerhet", "informationssäkerhet"),
        ("informations-", "och cybersäkerhet", "informations- och cybersäkerhet"),
    ],
)
def test_lines_are_joined_by_their_rule(left: str, right: str, joined: str) -> None:
    assert join_pair(left, right)[0] == joined


@pytest.mark.parametrize(
    ("left", "right", "joined", "rule"),
    [
        ("en informations-", "säkerhet", "en informationssäkerhet", HYPHEN_REMOVED),
        # Before a conjunction (with its punctuation) the hyphen and a space are kept.
        ("informations-", "och cyber", "informations- och cyber", HYPHEN_AND_SPACE_KEPT),
        ("informations-", "eller", "informations- eller", HYPHEN_AND_SPACE_KEPT),
        ("informations-", "samt, cyber", "informations- samt, cyber", HYPHEN_AND_SPACE_KEPT),
        ("informations-", "och.", "informations- och.", HYPHEN_AND_SPACE_KEPT),
        ("informations-", "och; x", "informations- och; x", HYPHEN_AND_SPACE_KEPT),
        ("informations-", "och: x", "informations- och: x", HYPHEN_AND_SPACE_KEPT),
        ("informations-", "ochså", "informationsochså", HYPHEN_REMOVED),
        ("informations-", "ochX", "informationsochX", HYPHEN_REMOVED),
        ("informations-", "och!", "informationsoch!", HYPHEN_REMOVED),
        # A short prefix whose hyphen is part of the word.
        ("inom it-", "säkerhet", "inom it-säkerhet", HYPHEN_KEPT),
        ("inom IT-", "säkerhet", "inom IT-säkerhet", HYPHEN_KEPT),
        ("en e-", "tjänst", "en e-tjänst", HYPHEN_KEPT),
        ("en E-", "tjänst", "en E-tjänst", HYPHEN_KEPT),
        ("på EU-", "nivå", "på EU-nivå", HYPHEN_KEPT),
        # The prefix after an opening parenthesis or quotation mark, or after another hyphen.
        ("(IT-", "säkerhet)", "(IT-säkerhet)", HYPHEN_KEPT),
        ("”e-", "tjänst”", "”e-tjänst”", HYPHEN_KEPT),
        ('"EU-', 'nivå"', '"EU-nivå"', HYPHEN_KEPT),
        ("informations-it-", "säkerhet", "informations-it-säkerhet", HYPHEN_KEPT),
        # An abbreviation in capitals, two letters or more.
        ("med NCSC-", "rådet", "med NCSC-rådet", HYPHEN_KEPT),
        ("Cert-SE-", "rådet", "Cert-SE-rådet", HYPHEN_KEPT),
        ("en A-", "lag", "en Alag", HYPHEN_REMOVED),
        ("en S2-", "lag", "en S2lag", HYPHEN_REMOVED),
        ("en Ab-", "lag", "en Ablag", HYPHEN_REMOVED),
        ("en ab-", "lag", "en ablag", HYPHEN_REMOVED),
        # Only a parenthesis and quotation marks are taken from before a prefix.
        ("en Xe-", "tjänst", "en Xetjänst", HYPHEN_REMOVED),
        ("en 'e-", "tjänst", "en 'etjänst", HYPHEN_REMOVED),
        # A dash standing alone is no break of a word.
        ("en del -", "och mer", "en del - och mer", None),
        # A period broken after its dash; not before a word.
        ("år 2019–", "2022", "år 2019–2022", DASH_JOINED),
        ("år 2019–", "och", "år 2019– och", None),
        # Only the first character after the dash need be a digit.
        ("vecka 1–", "3 i maj", "vecka 1–3 i maj", DASH_JOINED),
        ("år–", "2022", "år– 2022", None),
        ("år 2019–x", "2022", "år 2019–x 2022", None),
        # A case number broken after a slash.
        ("dnr Fi2020/01234/", "IT", "dnr Fi2020/01234/IT", CASE_NUMBER_JOINED),
        ("dnr Ju2019/7/", "5", "dnr Ju2019/7/5", CASE_NUMBER_JOINED),
        ("dnr Ö2019/7/", "5", "dnr Ö2019/7/5", CASE_NUMBER_JOINED),
        ("och/", "eller", "och/ eller", None),
        ("dnr fi2020/01234/", "IT", "dnr fi2020/01234/ IT", None),
        ("dnr Fi2020/01234", "IT", "dnr Fi2020/01234 IT", None),
        ("Fi2020/1/ x/", "IT", "Fi2020/1/ x/ IT", None),
        ("ett", "två", "ett två", None),
    ],
)
def test_each_rule_of_a_join(left: str, right: str, joined: str, rule: str | None) -> None:
    assert join_pair(left, right) == (joined, rule)


def test_a_paragraphs_lines_are_joined_and_each_join_beyond_a_space_recorded() -> None:
    journal = Journal()
    paragraph = [
        Line(3, "en informations-", "en informations-"),
        Line(4, "säkerhet och it-", "säkerhet och it-"),
        Line(5, "", ""),
        Line(6, "frågor för IT-", "frågor för IT-"),
        Line(7, "och cybersäkerhet 2019–", "och cybersäkerhet 2019–"),
        Line(8, "2022 dnr Fi2020/1/", "2022 dnr Fi2020/1/"),
        Line(9, "2 i tid", "2 i tid"),
    ]
    text = join_lines(paragraph, journal)
    assert text == (
        "en informationssäkerhet och it-frågor för IT- och cybersäkerhet 2019–2022 dnr Fi2020/1/2 "
        "i tid"
    )
    assert journal.joins == {
        3: Join(3, "informations-", "säkerhet", "informationssäkerhet", HYPHEN_REMOVED),
        4: Join(4, "it-", "frågor", "it-frågor", HYPHEN_KEPT),
        6: Join(6, "IT-", "och", "IT- och", HYPHEN_AND_SPACE_KEPT),
        7: Join(7, "2019–", "2022", "2019–2022", DASH_JOINED),
        8: Join(8, "Fi2020/1/", "2", "Fi2020/1/2", CASE_NUMBER_JOINED),
    }
    assert journal.entries == []


def test_joins_without_a_journal_and_of_nothing() -> None:
    assert join_lines(lines_of("en informations-", "säkerhet", "i tid")) == (
        "en informationssäkerhet i tid"
    )
    assert join_lines(lines_of("", "")) == ""
    assert join_lines([]) == ""
    assert join_lines(lines_of("", "ett", "")) == "ett"


def test_a_join_sees_the_text_so_far_and_records_the_line_before() -> None:
    # The second join's left is what the first made: "e-" only after the first join.
    journal = Journal()
    assert join_lines(lines_of("en", "e-", "tjänst", first=5), journal) == "en e-tjänst"
    assert journal.joins == {6: Join(6, "e-", "tjänst", "e-tjänst", HYPHEN_KEPT)}


def test_a_word_after_any_white_space_is_a_word_of_its_own() -> None:
    journal = Journal()
    lines = source_lines("inom x\u2005IT-\nsäkerhet")
    assert join_lines(lines, journal) == "inom x IT-säkerhet"
    assert journal.joins == {1: Join(1, "IT-", "säkerhet", "IT-säkerhet", HYPHEN_KEPT)}


def test_the_joined_text_has_single_spaces() -> None:
    assert join_lines([Line(1, " ett  två ", " ett  två ")]) == "ett två"
    assert join_lines([Line(1, "ett\t", "ett\t"), Line(2, "två", "två")]) == "ett två"


def test_white_space_of_every_kind_is_one_space_trimmed() -> None:
    assert normalise_ws("\t a\u00a0\u2002b\u2003 c\u2009d\u202fe \t ") == "a b c d e"
    # Every other white space too (a PDF's text may hold any): four-per-em, hair, ideographic
    # and medium mathematical spaces, a vertical tab.
    assert normalise_ws("a\u2005b\u200ac\u3000d\u205fe\x0bf") == "a b c d e f"
    # A zero-width space is no white space.
    assert normalise_ws("a\u200bb") == "a\u200bb"
    assert normalise_ws("") == ""


def test_a_line_with_another_text_keeps_its_number_raw_text_and_page_start() -> None:
    line = Line(7, "Rubrik\u2003text", "Rubrik text", True)
    assert line.with_text("text") == Line(7, "Rubrik\u2003text", "text", True)
    assert Line(7, "x", "x").page_start is False


def test_lines_whatever_their_endings() -> None:
    for text in ("a\nb\n\nc", "a\r\nb\r\n\r\nc", "a\rb\r\rc", "\ufeffa\r\nb\n\rc"):
        got = source_lines(text)
        assert [(x.no, x.raw, x.text) for x in got] == [
            (1, "a", "a"),
            (2, "b", "b"),
            (3, "", ""),
            (4, "c", "c"),
        ], text
        assert not any(x.page_start for x in got)


def test_only_a_leading_byte_order_mark_is_dropped() -> None:
    assert [x.raw for x in source_lines("\ufeff\ufeffa")] == ["\ufeffa"]
    assert [x.raw for x in source_lines("a\ufeff")] == ["a\ufeff"]


def test_a_form_feed_begins_a_page_where_text_follows_it() -> None:
    text = "Rubrik\n\fSida två\n  \f Sida tre\n\f\nText\f\n\f\t \n\t\fSida fyra\nX\fSida"
    got = source_lines(text)
    assert [(x.no, x.raw, x.text, x.page_start) for x in got] == [
        (1, "Rubrik", "Rubrik", False),
        (2, "Sida två", "Sida två", True),
        (3, "   Sida tre", "Sida tre", True),
        (4, "", "", False),
        (5, "Text", "Text", False),
        (6, "\t ", "", False),
        (7, "\tSida fyra", "Sida fyra", True),
        # A form feed after a line's text does not begin a page.
        (8, "XSida", "XSida", False),
    ]


def test_without_form_feeds_one_leading_space_begins_a_page() -> None:
    got = source_lines("Rubrik\n Sida två\n  Indrag\n \n\tTab\n  \nSlut")
    assert [(x.no, x.text, x.page_start) for x in got] == [
        (1, "Rubrik", False),
        (2, "Sida två", True),
        (3, "Indrag", False),
        (4, "", False),
        (5, "Tab", False),
        (6, "", False),
        (7, "Slut", False),
    ]
    # With a form feed anywhere, a leading space is only indentation.
    assert [x.page_start for x in source_lines(" Sida ett\n\fSida två")] == [False, True]


def test_paragraphs_are_the_groups_of_lines_between_blank_ones() -> None:
    lines = lines_of("", "a", "b", "", "", "c", "", "d", "")
    got = paragraphs(lines)
    assert [[x.no for x in p] for p in got] == [[2, 3], [6], [8]]
    assert paragraphs(lines_of("", "")) == []
    assert paragraphs([]) == []
    assert [[x.no for x in p] for p in paragraphs(lines_of("a"))] == [[1]]
