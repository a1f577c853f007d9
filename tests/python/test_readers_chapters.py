"""The importer's reading of a report's prose chapters (handlingsplan.readers.chapters): the
2021 report's chapters against the tests' own reader of the text (seed_chapters_2021), and the
rules on small texts."""

from __future__ import annotations

import pytest

import handlingsplan as hp
import seed_chapters_2021 as seed
from handlingsplan import _core, _printed
from handlingsplan.readers._layout import source_lines
from handlingsplan.readers.chapters import read_chapters
from handlingsplan.readers.journal import Join, Journal


def flat(chapter: _core.ProseChapter) -> list[tuple[str, str]]:
    """(kind, key) of every paragraph, subheading and list item, in order."""
    out: list[tuple[str, str]] = []
    for block in chapter.blocks:
        if block.is_list:
            out += [("item", seed.key(item)) for item in block.items]
        else:
            out.append((block.kind.name, seed.key(block.text)))
    return out


def read(text: str) -> tuple[list[_core.ProseChapter], Journal]:
    journal = Journal(source="test")
    return read_chapters(
        source_lines(text), journal, lambda line: line.startswith("Sidhuvud")
    ), journal


def logged(journal: Journal, kind: str) -> list[tuple[int | None, str]]:
    """(line, text) of the journal's entries of one kind, in order."""
    return [(e.line, e.text) for e in journal.of_kind(kind)]


def missing(*present: str) -> list[tuple[int | None, str]]:
    """The notes for the prose chapters (the seed's, in printed order) a text does not have."""
    return [
        (None, f"Texten har inget kapitel “{heading}”; redovisningen har inget.")
        for heading in seed.CHAPTERS
        if heading not in present
    ]


def blocks(chapter: _core.ProseChapter) -> list[tuple[str, object]]:
    """(kind, text or items) of every block."""
    return [(b.kind.name, b.items if b.is_list else b.text) for b in chapter.blocks]


def test_the_2021_chapters_are_the_texts(tmp_path: object) -> None:
    report = hp.load_default().report(2021)
    expected = seed.chapters()
    assert [c.heading for c in report.chapters] == list(expected)
    for chapter in report.chapters:
        assert flat(chapter) == [(p.kind, seed.key(p.text)) for p in expected[chapter.heading]], (
            chapter.heading
        )
        assert chapter.carried_over_from is None


def test_the_2021_chapters_have_their_lists_and_subheading() -> None:
    intro = hp.load_default().report(2021).prose_chapter("Introduktion")
    assert intro is not None
    kinds = [b.kind for b in intro.blocks]
    assert _core.ChapterBlockKind.heading in kinds
    numbered = next(b for b in intro.blocks if b.kind == _core.ChapterBlockKind.numbered)
    assert len(numbered.items) == 6
    assert numbered.items[2] == (
        "Stärka förmågan att förebygga, upptäcka och hantera cyberattacker och andra it-incidenter."
    )
    summary = hp.load_default().report(2021).prose_chapter("Sammanfattning")
    assert summary is not None
    bullets = [b for b in summary.blocks if b.kind == _core.ChapterBlockKind.bullets]
    assert [len(b.items) for b in bullets] == [4]


def test_lines_are_joined_and_hyphenation_repaired() -> None:
    chapters, journal = read(
        "Slutord\nArbetet har fortsatt i Polismyndig-\nheten och i informations- och\n"
        "cybersäkerhetsarbetet.\n\nAndra stycket.\n"
    )
    assert [c.paragraphs() for c in chapters] == [
        [
            "Arbetet har fortsatt i Polismyndigheten och i informations- och "
            "cybersäkerhetsarbetet.",
            "Andra stycket.",
        ]
    ]
    assert any("Sammanfattning" in e.text for e in journal.of_kind("note"))


def test_page_furniture_and_a_page_break_inside_a_paragraph() -> None:
    chapters, journal = read(
        "Extern samverkan\nDet första stycket slutar inte\n\nSidhuvud 12\nExtern samverkan\n"
        "här utan på nästa sida.\n"
    )
    assert chapters[0].paragraphs() == ["Det första stycket slutar inte här utan på nästa sida."]
    assert any("fortsätter stycket" in e.text for e in journal.of_kind("decision"))


def test_lists_items_continue_across_an_empty_line() -> None:
    chapters, _ = read(
        "Sammanfattning\nÅtgärderna syftar till att\n\n•\t \tsäkerställa en ansats och\n\n"
        "• öka säkerheten i nätverk\n• stärka förmågan att hantera cyberattacker och\n\n"
        "andra it-incidenter\n\nSist ett stycke.\n\n1.\t Säkerställa.\n2.\t Öka\n\nsäkerheten.\n"
    )
    blocks = chapters[0].blocks
    assert [b.kind.name for b in blocks] == ["paragraph", "bullets", "paragraph", "numbered"]
    assert blocks[1].items == [
        "säkerställa en ansats och",
        "öka säkerheten i nätverk",
        "stärka förmågan att hantera cyberattacker och andra it-incidenter",
    ]
    assert blocks[3].items == ["Säkerställa.", "Öka säkerheten."]


def test_a_subheading_and_the_end_at_the_strategys_figure() -> None:
    chapters, journal = read(
        "Introduktion\nFörsta stycket.\n\nNationell strategi\nI strategen står det.\n\n"
        "Översikt över de strategiska prioriteringar och målsättningar:\n\nSäkerställa en\n"
        "Myndigheternas arbete med handlingsplanen\nArbetet påbörjades.\n"
    )
    intro, work = chapters
    assert [(b.kind.name, b.text) for b in intro.blocks] == [
        ("paragraph", "Första stycket."),
        ("heading", "Nationell strategi"),
        ("paragraph", "I strategen står det."),
    ]
    assert work.paragraphs() == ["Arbetet påbörjades."]
    decisions = " ".join(e.text for e in journal.of_kind("decision"))
    assert "underrubrik" in decisions
    assert "översikten över strategins" in decisions


@pytest.mark.parametrize("text", ["", "Slutord\n\n", "Bilaga 1:\nSlutord\n"])
def test_no_chapter_is_a_note_never_an_error(text: str) -> None:
    chapters, journal = read(text + "Bilaga 1:\n")
    assert [c.heading for c in chapters] == []
    assert len(journal.of_kind("note")) >= 5


def test_the_2021_text_imports_to_the_sources_chapters_and_says_where() -> None:
    """The importer's reading of the source, against the seed's: every chapter, paragraph,
    subheading and item; the subheadings and the end at the strategy's figure in the journal at
    the lines where the seed finds them."""
    result = hp.import_report(seed.SOURCE)
    expected = seed.chapters()
    assert [c.heading for c in result.report.chapters] == list(expected)
    for chapter in result.report.chapters:
        assert flat(chapter) == [(p.kind, seed.key(p.text)) for p in expected[chapter.heading]]
        assert chapter.carried_over_from is None
    decisions = result.journal.of_kind("decision")
    subheadings = [e.line for e in decisions if "läses som en underrubrik" in e.text]
    assert subheadings == [p.line for ps in expected.values() for p in ps if p.kind == "heading"]
    lines = seed.SOURCE.read_text(encoding="utf-8").splitlines()
    figure = next(no for no, line in enumerate(lines, start=1) if line.startswith(seed.FIGURE))
    assert [e.line for e in decisions if "översikten över strategins" in e.text] == [figure]
    assert not [e for e in result.journal.of_kind("note") if "“" in e.text and "(line" in e.text]


def test_each_chapter_the_text_has_not_is_a_note_by_name() -> None:
    chapters, journal = read("Slutord\nSista ordet.\n")
    assert [(c.heading, c.paragraphs()) for c in chapters] == [("Slutord", ["Sista ordet."])]
    assert logged(journal, "note") == missing("Slutord")
    assert logged(journal, "decision") == []


def test_a_chapter_ends_at_the_next_chapters_heading_of_any_kind_and_at_bilaga_1() -> None:
    chapters, journal = read(
        "Sammanfattning\nSammanfattningens text.\n"
        "Uppföljning\nUppföljningens text.\n"
        "Extern samverkan\nSamverkans text.\n"
        "Åtgärder\nÅtgärdernas text.\n"
        "Slutord\nSlutordets text.\n"
        "Bilaga 1: Åtgärder\nIntroduktion\nBilagans text.\n"
    )
    assert [(c.heading, c.paragraphs()) for c in chapters] == [
        ("Sammanfattning", ["Sammanfattningens text."]),
        ("Extern samverkan", ["Samverkans text."]),
        ("Slutord", ["Slutordets text."]),
    ]
    assert logged(journal, "note") == missing("Sammanfattning", "Extern samverkan", "Slutord")


def test_a_chapter_without_text_is_a_note_at_its_heading_line() -> None:
    chapters, journal = read("Förord\n\nSlutord\n\nBilaga 1:\n")
    assert chapters == []
    assert logged(journal, "note") == [
        *missing("Slutord"),
        (3, "Kapitlet “Slutord” (rad 3) har ingen text; det utelämnas."),
    ]


def test_a_chapter_a_draft_marks_as_last_years_is_read_as_carried_over() -> None:
    mark = _printed.carried_over_note(2021)
    chapters, journal = read(f"Förord\nSlutord\n{mark}\n\nEget stycke.\n")
    assert [(c.heading, c.paragraphs(), c.carried_over_from) for c in chapters] == [
        ("Slutord", ["Eget stycke."], 2021)
    ]
    assert logged(journal, "decision") == [
        (
            2,
            "Kapitlet “Slutord” (rad 2) säger att dess text är redovisningens från 2021: den "
            "läses som överförd från den redovisningen, utan själva noten.",
        )
    ]


def test_the_mark_alone_is_a_chapter_without_text() -> None:
    chapters, journal = read(f"Slutord\n{_printed.carried_over_note(2020)}\n")
    assert chapters == []
    assert logged(journal, "note")[-1] == (
        1,
        "Kapitlet “Slutord” (rad 1) har ingen text; det utelämnas.",
    )


def test_the_mark_below_the_first_paragraph_is_text() -> None:
    mark = _printed.carried_over_note(2021)
    chapters, journal = read(f"Slutord\nEget stycke.\n\n{mark}\n")
    assert [(c.paragraphs(), c.carried_over_from) for c in chapters] == [
        (["Eget stycke.", mark], None)
    ]
    assert logged(journal, "decision") == []


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # The core's years run from 1900.
        (_printed.carried_over_note(1850) + "\n\nEget stycke.", "1850"),
        # A control character no document can hold, in a paragraph and in a list's item.
        ("Ett tecken \x07 som inget dokument kan hålla.", "U+0007"),
        ("• Ett tecken \x07 i en punkt.", "U+0007"),
    ],
)
def test_a_chapter_the_core_refuses_is_a_note_never_an_error(text: str, why: str) -> None:
    chapters, journal = read(f"Förord\nSlutord\n{text}\n")
    assert chapters == []
    line, note = logged(journal, "note")[-1]
    assert line == 2
    assert note.startswith("Kapitlet “Slutord” (rad 2) kan inte behållas: ")
    assert why in note


@pytest.mark.parametrize(
    "text",
    [
        # pdftotext: a form feed begins the page, at its header.
        "Slutord\nFörsta sidans stycke slutar utan punkt vid sidans fot\n\fSidhuvud 2\nSlutord\n"
        "Andra sidans stycke leds sedan flera år av\nMSB och Polismyndigheten.\n",
        # The seed's extraction: one space before a page's first word (here its header).
        "Slutord\nFörsta sidans stycke slutar utan punkt vid sidans fot\n Sidhuvud 2\nSlutord\n"
        "Andra sidans stycke leds sedan flera år av\nMSB och Polismyndigheten.\n",
        # The chapter's heading printed again at the top of the page, without a header.
        "Slutord\nFörsta sidans stycke slutar utan punkt vid sidans fot\n Slutord\n"
        "Andra sidans stycke leds sedan flera år av\nMSB och Polismyndigheten.\n",
        # An empty line between the page's furniture and its first paragraph.
        "Slutord\nFörsta sidans stycke slutar utan punkt vid sidans fot\n\fSidhuvud 2\n\n"
        "Andra sidans stycke leds sedan flera år av\nMSB och Polismyndigheten.\n",
    ],
)
def test_a_paragraph_begins_a_page_after_its_furniture(text: str) -> None:
    """A text form that prints no empty line at a page's foot: the first line after the page's
    furniture begins a paragraph (the one before ends without a full stop, and this one begins
    with a capital, so it is no continuation); a paragraph's lines after that are one
    paragraph."""
    chapters, _ = read(text)
    assert chapters[0].paragraphs() == [
        "Första sidans stycke slutar utan punkt vid sidans fot",
        "Andra sidans stycke leds sedan flera år av MSB och Polismyndigheten.",
    ]


def test_a_line_after_a_full_stop_inside_a_paragraph_continues_it() -> None:
    chapters, _ = read("Slutord\nArbetet började 2019.\nMyndigheterna fortsatte 2020.\n")
    assert chapters[0].paragraphs() == ["Arbetet började 2019. Myndigheterna fortsatte 2020."]


def test_a_paragraph_right_after_a_list_that_ended_a_sentence() -> None:
    chapters, _ = read(
        "Sammanfattning\nVi har två mål:\n\n• Det första målet.\n• Det andra målet stärker\n"
        "EU och Norden.\nEtt nytt stycke börjar.\n"
    )
    assert blocks(chapters[0]) == [
        ("paragraph", "Vi har två mål:"),
        ("bullets", ["Det första målet.", "Det andra målet stärker EU och Norden."]),
        ("paragraph", "Ett nytt stycke börjar."),
    ]


@pytest.mark.parametrize("end", [".", ":", "!", "?", "”", '"', ")"])
def test_a_group_after_an_ended_sentence_is_a_paragraph_of_its_own(end: str) -> None:
    chapters, journal = read(f"Slutord\nFörsta stycket slutar{end}\n\nandra börjar med gemen.\n")
    assert chapters[0].paragraphs() == [f"Första stycket slutar{end}", "andra börjar med gemen."]
    assert logged(journal, "decision") == []


def test_a_group_in_lower_case_after_no_ended_sentence_continues_it() -> None:
    chapters, journal = read("Förord\nSlutord\nFörsta stycket slutar\n\nhär i stället.\n")
    assert chapters[0].paragraphs() == ["Första stycket slutar här i stället."]
    assert logged(journal, "decision") == [
        (
            5,
            "Rad 5 (“här i stället.”) fortsätter stycket eller listpunkten före den tomma raden "
            "ovanför (den raden slutar utan punkt, den här börjar med gemen).",
        )
    ]


@pytest.mark.parametrize("end", [".", ":", "!", "?", "”", '"', ")", "-", ","])
def test_a_short_line_that_ends_so_is_no_subheading(end: str) -> None:
    chapters, journal = read(f"Slutord\nEn kort rad{end}\nNästa rad börjar med versal.\n")
    assert [kind for kind, _ in blocks(chapters[0])] == ["paragraph"]
    assert not [e for e in journal.of_kind("decision") if "subheading" in e.text]


@pytest.mark.parametrize(
    ("first", "kinds"),
    [
        ("Sex ord i en kort rubrik", ["heading", "paragraph"]),
        ("Sju ord i en något längre rubrik", ["paragraph"]),
        ("rubrik i gemener", ["paragraph"]),
    ],
)
def test_a_subheading_is_a_few_words_beginning_with_a_capital(first: str, kinds: list[str]) -> None:
    chapters, _ = read(f"Slutord\n{first}\nStycket under.\n")
    assert [kind for kind, _ in blocks(chapters[0])] == kinds


def test_a_subheading_alone_over_a_single_line_is_a_paragraph() -> None:
    chapters, _ = read("Slutord\nKort rad\n")
    assert blocks(chapters[0]) == [("paragraph", "Kort rad")]


def test_a_subheading_an_empty_line_parts_from_its_paragraph() -> None:
    chapters, journal = read("Förord\nSlutord\nNationell strategi\n\nStrategin omfattar allt.\n")
    assert blocks(chapters[0]) == [
        ("heading", "Nationell strategi"),
        ("paragraph", "Strategin omfattar allt."),
    ]
    assert logged(journal, "decision") == [
        (
            3,
            "Rad 3 (“Nationell strategi”) läses som en underrubrik: några ord utan punkt på en "
            "egen rad över ett stycke.",
        )
    ]


def test_a_short_line_over_a_list_is_a_paragraph() -> None:
    chapters, _ = read("Slutord\nTre mål\n\n• Ett.\n• Två.\n")
    assert blocks(chapters[0]) == [("paragraph", "Tre mål"), ("bullets", ["Ett.", "Två."])]


def test_a_subheading_over_two_lines_keeps_the_next_paragraph_apart() -> None:
    chapters, _ = read("Slutord\nKort rad\nAndra raden.\n\nNytt stycke.\n")
    assert blocks(chapters[0]) == [
        ("heading", "Kort rad"),
        ("paragraph", "Andra raden."),
        ("paragraph", "Nytt stycke."),
    ]


def test_a_list_changes_where_its_markers_do() -> None:
    chapters, _ = read(
        "Slutord\n• Ett.\n1. Två.\n2. Tre.\n\n\uf0b7\tFyra.\n\nStycke.\n\n● Fem.\n▪ Sex.\n\n"
        "1. Sju.\n\nSlutet.\n"
    )
    assert blocks(chapters[0]) == [
        ("bullets", ["Ett."]),
        ("numbered", ["Två.", "Tre."]),
        ("bullets", ["Fyra."]),
        ("paragraph", "Stycke."),
        ("bullets", ["Fem.", "Sex."]),
        ("numbered", ["Sju."]),
        ("paragraph", "Slutet."),
    ]


def test_the_end_at_the_strategys_figure_is_a_decision_at_its_line() -> None:
    _, journal = read(
        "Introduktion\nFörsta stycket.\n\nÖversikt över de strategiska prioriteringar\n"
    )
    assert logged(journal, "decision") == [
        (
            4,
            "Introduktion: texten slutar på rad 4, där översikten över strategins prioriteringar "
            "och målsättningar börjar (en figur; planen har dem som sina prioriteringar).",
        )
    ]


def test_a_group_beginning_with_a_word_in_lower_case_continues_the_one_before() -> None:
    chapters, _ = read("Slutord\nFörsta stycket handlar om tjänster som\n\neID och e-post.\n")
    assert chapters[0].paragraphs() == ["Första stycket handlar om tjänster som eID och e-post."]


@pytest.mark.parametrize(
    "text",
    [
        "Slutord\nArbetet i Polismyndig-\nheten.\n",
        "Slutord\nKort rubrik\nArbetet i Polismyndig-\nheten.\n",
        # A list's item, the list ending at the chapter's end, at a paragraph, at a list of
        # the other kind.
        "Slutord\n• Arbetet i Polismyndig-\nheten.\n",
        "Slutord\n• Arbetet i Polismyndig-\nheten.\n\nEtt stycke.\n",
        "Slutord\n1. Arbetet i Polismyndig-\nheten.\n\n• En punkt.\n",
    ],
)
def test_every_word_joined_across_a_line_is_in_the_journal(text: str) -> None:
    chapters, journal = read(text)
    texts = [t for _, t in blocks(chapters[0])]
    assert ["Arbetet i Polismyndigheten."] in texts or "Arbetet i Polismyndigheten." in texts
    # The source's own lines: where the word is broken, and its two parts.
    lines = text.split("\n")
    no = next(i for i, line in enumerate(lines, start=1) if line.endswith("Polismyndig-"))
    assert list(journal.joins.values()) == [
        Join(no, "Polismyndig-", "heten.", "Polismyndigheten.", "bindestreck borttaget")
    ]
