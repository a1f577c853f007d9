"""readers/follow_up.py: the Uppföljning chapter (its introduction, its notes and the results
per priority) and the prose chapters, as the 2021 report prints them."""

from __future__ import annotations

import pytest

import handlingsplan as hp
from handlingsplan.readers._layout import Line
from handlingsplan.readers.blocks import ChapterReader
from handlingsplan.readers.follow_up import FollowUpReader, heading_goes_on
from handlingsplan.readers.journal import PRIORITY_TITLES
from handlingsplan.readers.model import Chapter
from handlingsplan.readers.pdftotext import LAYOUT, PLAIN, TEXT
from handlingsplan.readers.report_text import ReportText, _Refused
from stage_text import seed_lines, seed_source


def test_the_follow_up_is_the_shipped_reports() -> None:
    src = seed_source()
    chapter = ChapterReader(src).chapter()
    follow_up = FollowUpReader(src).follow_up(chapter)
    shipped = hp.load_default().report(2021).follow_up
    assert follow_up == shipped
    assert [n.title for n in follow_up.notes][0].startswith("Om ")


def test_a_text_without_uppfoljning_has_an_empty_follow_up() -> None:
    lines = [t for t in seed_lines() if t.strip() != "Uppföljning"]
    src = seed_source("\n".join(lines))
    chapter = ChapterReader(src).chapter()
    assert FollowUpReader(src).follow_up(chapter) == hp.FollowUp()
    assert (
        None,
        "Texten har inget kapitel Uppföljning före kapitlet Åtgärder; redovisningens uppföljning "
        "lämnas tom.",
    ) in [(e.line, e.text) for e in src.journal.of_kind("note")]


def test_the_prose_chapters_are_the_shipped_reports() -> None:
    chapters = FollowUpReader(seed_source()).prose_chapters()
    assert chapters == list(hp.load_default().report(2021).chapters)


def test_a_heading_goes_on_until_it_spells_the_chapters() -> None:
    head = [Line(1, "Strategisk prioritering 1.", "Strategisk prioritering 1.")]
    expected = "Strategisk prioritering 1. Säkerställa"
    assert heading_goes_on(head, Line(2, "Säkerställa", "Säkerställa"), expected)
    assert not heading_goes_on(head, Line(2, "Annat", "Annat"), expected)
    assert heading_goes_on(
        [Line(1, "Om covid-19", "Om covid-19")], Line(2, "pandemin", "pandemin"), None
    )
    assert not heading_goes_on(
        [Line(1, "Om covid-19", "Om covid-19")], Line(2, "Pandemin", "Pandemin"), None
    )


# ---------------------------------------------------------------------------------------------
# The chapter read from small texts built here: each text's lines are numbered from 1.

HEADER = "Samlad informations- och cybersäkerhetshandlingsplan 2019–2022 7"
CHAPTER = Chapter(priorities={1: (3, "Säkra förmågan"), 2: (9, "Stärka samverkan")})
END = ["Åtgärder", "", "I kapitlet redovisas planerade och pågående åtgärder."]


def source(*lines: str, form: str = TEXT) -> ReportText:
    text = ReportText.read("\n".join(lines), "r.txt", None, False)
    if form == TEXT:
        return text
    return ReportText(
        text.source, text.lines, form, text.journal, None, text.registry, text.closed_titles
    )


def entries(src: ReportText) -> list[tuple[str, int | None, str, str]]:
    return [(e.kind, e.line, e.topic, e.text) for e in src.journal.entries]


def refusal(src: ReportText, chapter: Chapter = CHAPTER) -> _Refused:
    with pytest.raises(_Refused) as raised:
        FollowUpReader(src).follow_up(chapter)
    return raised.value


def test_a_chapters_introduction_notes_and_results() -> None:
    src = source(
        "Uppföljning",  # 1
        "",
        "Inledningens första",  # 3
        "rad.",
        HEADER,  # 5: a page header within the chapter
        "Förteckning över åtgärder",  # 6: a running header
        "Ett andra stycke.",  # 7
        "",
        "Strategisk prioritering 1. Säkra",  # 9
        "förmågan",
        "Resultat för priori-",  # 11
        "tering ett.",
        "",
        "Om pande-",  # 14
        "min och",
        "arbetet",
        "Under pandemin.",  # 17
        "",
        "Strategisk prioritering 2. Stärka samverkan",  # 19
        "",
        "Resultat två.",  # 21
        "",
        *END,  # 23–25
    )
    got = FollowUpReader(src).follow_up(CHAPTER)
    assert got == hp.FollowUp(
        introduction="Inledningens första rad. Ett andra stycke.",
        notes=[hp.FollowUpNote("Om pandemin och arbetet", "Under pandemin.")],
        results={1: "Resultat för prioritering ett.", 2: "Resultat två."},
    )
    assert entries(src) == [
        (
            "decision",
            14,
            "",
            "Uppföljning: “Om pandemin och arbetet” (rad 14) läses som rubriken på en "
            "not (den börjar med “Om” och slutar före den första rad som börjar med versal).",
        )
    ]
    # Every join beyond a space is recorded: in a heading and in a section's text.
    assert sorted(src.journal.joins) == [11, 14]


def test_paragraphs_within_a_section_are_kept_apart() -> None:
    src = source(
        "Uppföljning",
        "Inledning ett.",
        "",
        "",
        "Inledning två.",
        "Strategisk prioritering 1. Säkra förmågan",
        "Första.",
        "",
        "Andra",
        "stycket.",
        "",
        *END,
    )
    got = FollowUpReader(src).follow_up(CHAPTER)
    assert got.introduction == "Inledning ett.\n\nInledning två."
    assert dict(got.results) == {1: "Första.\n\nAndra stycket."}
    assert entries(src) == []


def test_the_chapter_ends_at_the_first_atgarder_heading_before_the_introduction() -> None:
    src = source(
        "Uppföljning",
        "Inledning.",
        "Åtgärder",
        "Text mellan rubriken och inledningen.",
        "Åtgärder",
        "Mer text.",
        "I kapitlet redovisas planerade och pågående åtgärder.",
    )
    assert FollowUpReader(src).follow_up(CHAPTER) == hp.FollowUp(introduction="Inledning.")
    # Without the heading, the chapter runs to the introduction of Åtgärder.
    src = source(
        "Uppföljning",
        "Inledning.",
        "Mer.",
        "I kapitlet redovisas planerade och pågående åtgärder.",
    )
    assert FollowUpReader(src).follow_up(CHAPTER) == hp.FollowUp(introduction="Inledning. Mer.")


def test_uppfoljning_is_found_only_before_the_atgarder_chapters_introduction() -> None:
    note = (
        "note",
        None,
        "",
        "Texten har inget kapitel Uppföljning före kapitlet Åtgärder; redovisningens "
        "uppföljning lämnas tom.",
    )
    for lines in (
        ["Inledning.", *END],
        ["Uppföljning", "Inledning."],
        ["I kapitlet redovisas planerade och pågående åtgärder.", "Uppföljning", "Inledning."],
        ["Uppföljningen", "Inledning.", *END],
    ):
        src = source(*lines)
        assert FollowUpReader(src).follow_up(CHAPTER) == hp.FollowUp()
        assert entries(src) == [note], lines


def test_a_priority_heading_that_differs_from_the_chapters_is_a_discrepancy() -> None:
    src = source(
        "Uppföljning",
        "",
        "Strategisk prioritering 1. Säkra",
        "förmågorna",
        "Text.",
        *END,
    )
    # The heading ends where the chapter's goes another way; the line is the text's.
    assert dict(FollowUpReader(src).follow_up(CHAPTER).results) == {1: "förmågorna Text."}
    assert entries(src) == [
        (
            "discrepancy",
            3,
            PRIORITY_TITLES,
            "Prioritering 1: rubriken i Uppföljning (rad 3) trycker “Strategisk prioritering 1. "
            "Säkra”, kapitlets rubrik “Strategisk prioritering 1. Säkra förmågan”.",
        )
    ]


def test_a_priority_the_chapter_does_not_head_ends_its_heading_at_a_capital() -> None:
    src = source(
        "Uppföljning",
        "Strategisk prioritering 3. Okänd",
        "rubrik",
        "Text.",
        *END,
    )
    assert dict(FollowUpReader(src).follow_up(CHAPTER).results) == {3: "Text."}
    assert entries(src) == []


def test_a_line_beginning_om_within_a_paragraph_is_no_heading() -> None:
    src = source("Uppföljning", "Inledning.", "Om detta", "mer.", *END)
    assert FollowUpReader(src).follow_up(CHAPTER) == hp.FollowUp(
        introduction="Inledning. Om detta mer."
    )
    assert entries(src) == []


def test_a_heading_without_text_is_refused_at_its_line() -> None:
    refused = refusal(
        source(
            "Uppföljning",
            "Inledning.",
            "",
            "Om pandemin",
            "",
            "Strategisk prioritering 1. Säkra förmågan",
            "Text.",
            *END,
        )
    )
    assert (refused.line, refused.message, refused.swedish) == (
        4,
        "Uppföljning: the heading “Om pandemin” has no text under it",
        "Uppföljning: rubriken “Om pandemin” har ingen text under sig",
    )
    refused = refusal(source("Uppföljning", "Inledning.", "Strategisk prioritering 2.", *END))
    assert (refused.line, refused.message) == (
        3,
        "Uppföljning: the heading “2” has no text under it",
    )


def test_a_priority_headed_twice_is_refused_at_the_second_heading() -> None:
    refused = refusal(
        source(
            "Uppföljning",
            "Strategisk prioritering 1. Säkra förmågan",
            "Ett.",
            "Strategisk prioritering 1. Säkra förmågan",
            "Två.",
            *END,
        )
    )
    assert (refused.line, refused.message, refused.swedish) == (
        4,
        "Uppföljning: priority 1 is headed twice",
        "Uppföljning: prioritering 1 har två rubriker",
    )


def renumbered(src: ReportText, by: int) -> ReportText:
    """The same text as if `by` lines of page furniture had been dropped before it."""
    lines = [Line(x.no + by, x.raw, x.text, x.page_start) for x in src.lines]
    return ReportText(src.source, lines, src.form, src.journal, None, src.registry, {})


def test_a_chapter_the_core_refuses_is_refused_at_its_heading() -> None:
    with pytest.raises(hp.Error) as core:
        hp.FollowUp(results={0: "Noll."})
    src = source("Inledning.", "", "Uppföljning", "Strategisk prioritering 0. Noll", "Noll.", *END)
    refused = refusal(renumbered(src, 100))
    assert (refused.line, refused.message, refused.swedish) == (
        103,
        f"Uppföljning: {core.value}",
        f"Uppföljning: {core.value.swedish_problem}",
    )


def test_a_heading_is_complete_once_it_spells_the_chapters() -> None:
    head = [Line(1, "Strategisk prioritering 1. Säkra", "Strategisk prioritering 1. Säkra")]
    expected = "Strategisk prioritering 1. Säkra"
    assert not heading_goes_on(head, Line(2, "förmågan", "förmågan"), expected)
    assert heading_goes_on(head, Line(2, "förmågan", "förmågan"), expected + " förmågan")
    assert not heading_goes_on(head, Line(2, "förmågor", "förmågor"), expected + " förmågan ny")
    assert not heading_goes_on([Line(1, "Om x", "Om x")], Line(2, "", ""), None)
    assert not heading_goes_on([Line(1, "Om x", "Om x")], Line(2, "2020", "2020"), None)
    # A note's heading goes on where the line's first character is lower case.
    assert heading_goes_on([Line(1, "Om x", "Om x")], Line(2, "iPhone", "iPhone"), None)
    assert not heading_goes_on([Line(1, "Om x", "Om x")], Line(2, "2a", "2a"), None)
    # Complete: even a line that its join leaves as it is (a lone hyphen after a broken
    # word's) does not go on.
    done = [Line(1, "Strategisk prioritering 1. Säkra-", "Strategisk prioritering 1. Säkra-")]
    assert not heading_goes_on(done, Line(2, "-", "-"), "Strategisk prioritering 1. Säkra-")


def prose_notes(src: ReportText) -> list[tuple[int | None, str]]:
    """The journal's notes of `prose_chapters` itself (not those of the chapters it reads)."""
    return [
        (e.line, e.text)
        for e in src.journal.of_kind("note")
        if e.text.startswith(("De löpande kapitlen", "Kapitlet Åtgärders egen inledning"))
    ]


def test_the_prose_chapters_say_what_the_text_cannot_show() -> None:
    intro = "I kapitlet redovisas planerade och pågående åtgärder."
    src = renumbered(source("Inledning", "", "Text.", "", intro, form=PLAIN), 100)
    FollowUpReader(src).prose_chapters()
    assert prose_notes(src) == [
        (
            None,
            "De löpande kapitlen läses från texten från pdftotext, som inte trycker någon tom rad "
            "mellan stycken: ett kapitels stycken kan flyta ihop.",
        ),
        (
            105,
            "Kapitlet Åtgärders egen inledning (vad kapitlet innehåller, hur åtgärderna numreras "
            "och markeras, vad ikonerna betyder) sparas inte i modellen: bibliotekets dokument "
            "trycker kapitlet utan den.",
        ),
    ]
    src = source("Inledning", "", "Text.", form=LAYOUT)
    FollowUpReader(src).prose_chapters()
    assert [text.split(",")[0] for _, text in prose_notes(src)] == [
        "De löpande kapitlen läses från texten från pdftotext -layout"
    ]
    src = source("Inledning", "", "Text.")
    FollowUpReader(src).prose_chapters()
    assert prose_notes(src) == []


def test_the_prose_chapters_leave_out_the_page_headers() -> None:
    src = source("Slutord", "", "Text före", HEADER, "och efter.")
    (chapter,) = FollowUpReader(src).prose_chapters()
    assert chapter.heading == "Slutord"
    assert [b.text for b in chapter.blocks] == ["Text före och efter."]
