"""Tests of handlingsplan.render.pages: Bilaga 1's "Sida" is the page on which each measure
stands in the same document's Åtgärder chapter. Read back independently: pdftotext's text of
each page, the measure's title found above its printed number ("1.1.5.") in the chapter, the
Sida read off Bilaga 1's rows in the layout text; in Word, the PAGEREF fields and their
results; after an edit moves the chapter by a page, LibreOffice's own update of the fields."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn

import handlingsplan as hp
from handlingsplan import _printed
from handlingsplan.render import pages
from handlingsplan.render.pdf import docx_to_pdf, prepare_for_pdf
from pdf_pages import chapter_pages, printed_pages


def test_every_active_measures_sida_is_its_page_in_the_chapter(
    prepared_2022: hp.Plan, pdf_2022: Path
) -> None:
    report = prepared_2022.report(2022)
    expected = chapter_pages(pdf_2022, report)
    assert len(expected) == sum(1 for m in report.measures() if m.status.is_active) > 60
    assert printed_pages(pdf_2022) == expected
    assert len(set(expected.values())) > 10  # the chapter runs over many pages


def _sida_cells(document: object) -> dict[str, tuple[str, str]]:
    """Each Sida cell of Bilaga 1's tables by measure id: its field code and shown text."""
    cells = {}
    for table in document.tables:  # type: ignore[attr-defined]
        header = [cell.text for cell in table.rows[0].cells]
        if "Sida" not in header:
            continue
        for row in table.rows[1:]:
            cell = row.cells[header.index("Sida")]
            code = " ".join(node.text for node in cell._tc.iter(qn("w:instrText")))
            cells[row.cells[0].text.rstrip(".")] = (code.strip(), cell.text)
    return cells


def test_the_word_file_has_page_fields_whose_results_are_the_laid_out_pages(
    prepared_2022: hp.Plan, docx_2022: Path, pdf_2022: Path
) -> None:
    document = Document(str(docx_2022))
    cells = _sida_cells(document)
    expected = chapter_pages(pdf_2022, prepared_2022.report(2022))
    assert set(cells) == set(expected)
    bookmarks = {
        node.get(qn("w:name")) for node in document.element.body.iter(qn("w:bookmarkStart"))
    }
    for measure_id, (code, shown) in cells.items():
        name = "atgard_" + measure_id.replace(".", "_")
        assert code == f"PAGEREF {name} \\h"
        assert name in bookmarks
        assert shown == str(expected[measure_id]), measure_id


def test_the_fields_follow_when_the_chapter_moves_by_a_page(
    prepared_2022: hp.Plan, docx_2022: Path, pdf_2022: Path, tmp_path: Path
) -> None:
    # A page of its own before the title: everything after moves by one page.
    document = Document(str(docx_2022))
    pushed = document.paragraphs[0].insert_paragraph_before()
    pushed.add_run().add_break(WD_BREAK.PAGE)
    edited = tmp_path / "flyttad.docx"
    document.save(str(edited))
    prepare_for_pdf(edited)  # as to_pdf does
    moved = tmp_path / "flyttad.pdf"
    docx_to_pdf(edited, moved)
    report = prepared_2022.report(2022)
    before = chapter_pages(pdf_2022, report)
    after = chapter_pages(moved, report)
    assert after == {measure_id: page + 1 for measure_id, page in before.items()}
    assert printed_pages(moved) == after


def test_given_pages_stay_in_word_without_fields(tmp_path: Path) -> None:
    report = hp.load_default().report(2021)
    path = tmp_path / "redovisning-2021.docx"
    report.to_docx(path)
    cells = _sida_cells(Document(str(path)))
    given = {str(m.id): m.page for m in report.measures() if m.status.is_active}
    assert given and all(page is not None for page in given.values())
    assert cells == {measure_id: ("", str(page)) for measure_id, page in given.items()}


def test_given_pages_stay_in_the_pdf_and_a_different_layout_is_noted(pdf_2021: Path) -> None:
    report = hp.load_default().report(2021)
    given = {str(m.id): m.page for m in report.measures() if m.status.is_active}
    assert printed_pages(pdf_2021) == given  # the published pages, not this layout's
    laid_out = chapter_pages(pdf_2021, report)
    notes = pdf_2021.with_suffix(".notes.txt").read_text(encoding="utf-8").splitlines()
    differing = [mid for mid in given if laid_out[mid] != given[mid]]
    assert differing  # the published report has chapters before Åtgärder
    assert notes == [
        f"Åtgärd {mid}: Bilaga 1 anger sidan {given[mid]} som redovisningen gav; i denna "
        f"sättning står åtgärden på sidan {laid_out[mid]}."
        for mid in differing
    ]


def test_a_title_is_found_after_the_one_before_and_by_its_first_words() -> None:
    texts = [
        "Åtgärder\nTa fram en vägledning\nom säkerhet\n1.1.1.",
        "Utbilda myndigheter i\n",
        "säkerhetsskydd\n1.1.2.\nBilaga 1\nTa fram en vägledning om säkerhet",
    ]
    titles = [
        ("1.1.1", "Ta fram en vägledning om säkerhet"),
        ("1.1.2", "Utbilda myndigheter i säkerhetsskydd"),
        ("1.1.3", "Ta fram en vägledning om säkerhet"),
        ("1.1.4", "Finns inte"),
    ]
    assert pages.measure_pages(texts, titles) == {"1.1.1": 1, "1.1.2": 2, "1.1.3": 3}


def test_a_different_layout_of_given_pages_is_noted() -> None:
    given = {"1.1.1": 5, "1.1.2": 6}
    assert pages.page_differences(given, {"1.1.1": 5, "1.1.2": 7}) == [("1.1.2", 6, 7)]
    assert pages.page_differences(given, {"1.1.1": 5}) == []


def test_the_report_in_html_links_each_sida_to_its_measure(prepared_2022: hp.Plan) -> None:
    page = prepared_2022.report(2022).to_html()
    links = re.findall(r'<td><a href="#(atgard-[\d.]+)">([^<]+)</a></td>', page)
    active = [m for m in prepared_2022.report(2022).measures() if m.status.is_active]
    assert len(links) == len(active)
    for anchor, text in links:
        assert f'id="{anchor}"' in page
        assert text == _printed.LINK_TO_MEASURE


@pytest.mark.parametrize(("year", "given"), [(2021, True), (2022, False)])
def test_bilaga_1_alone_says_where_its_pages_come_from(
    prepared_2022: hp.Plan, year: int, given: bool, tmp_path: Path
) -> None:
    appendix = prepared_2022.report(year).appendix()
    note = _printed.pages_note(year, given=given)
    assert f'<p class="sidor">{note}</p>' in appendix.to_html()
    appendix.to_docx(tmp_path / "bilaga.docx")
    assert note in [p.text for p in Document(str(tmp_path / "bilaga.docx")).paragraphs]


# The pure steps, on texts and documents built here (no layout).


def test_bookmarks_name_measures_and_chapters() -> None:
    assert pages.bookmark_name("1.1.5") == "atgard_1_1_5"
    assert pages.measure_id_of("atgard_1_1_5") == "1.1.5"
    assert pages.measure_id_of("kapitel_2") == "kapitel.2"  # only its own prefix is taken off
    assert pages.chapter_bookmark(3) == "kapitel_3"


def test_text_is_compared_without_invisible_characters_or_line_breaks() -> None:
    assert pages._normal("Ta\u00adfram en\u2060\nvägled\u2011ning  \n") == "Tafram en vägled-ning"


def test_a_title_is_found_after_the_one_before_on_the_same_page() -> None:
    texts = ["Andra. Första. Andra.", "Andra."]
    assert pages.measure_pages(texts, [("1", "Första."), ("2", "Andra.")]) == {"1": 1, "2": 1}
    texts = ["Andra. Första.", "Andra."]
    assert pages.measure_pages(texts, [("1", "Första."), ("2", "Andra.")]) == {"1": 1, "2": 2}


def test_a_title_not_found_leaves_the_search_where_it_was() -> None:
    texts = ["Ett.", "Saknas inte. Två.", "Tre."]
    titles = [("1", "Ett."), ("2", "Finns inte."), ("3", "Två."), ("4", "Tre.")]
    assert pages.measure_pages(texts, titles) == {"1": 1, "3": 2, "4": 3}


def test_the_search_begins_on_the_page_given() -> None:
    texts = ["Ett.", "Ett.", "Ett."]
    assert pages.measure_pages(texts, [("1", "Ett.")], start=1) == {"1": 2}
    assert pages.measure_pages(texts, [("1", "Ett.")]) == {"1": 1}


def test_a_divided_title_is_found_by_the_most_of_its_first_words_on_a_page() -> None:
    title = "Ett två tre fyra fem"
    texts = ["Ett två tre", "Ett två tre fyra", "fem"]
    assert pages.measure_pages(texts, [("1", title)]) == {"1": 2}
    # Two words are too few to tell a title by.
    assert pages.measure_pages(["Ett två", "x"], [("1", "Ett två tre")]) == {}
    assert pages.measure_pages(["Ett två tre", "x"], [("1", "Ett två tre fyra")]) == {"1": 1}


def test_find_reads_a_page_from_the_offset_only_on_the_first_page() -> None:
    assert pages._find(["A x", "y A"], "A", 0, 1) == (1, 3)
    assert pages._find(["A x A", "A"], "A", 0, 1) == (0, 5)
    assert pages._find(["A", "B"], "A", 1, 0) is None
    assert pages._find(["x", "A"], "A", 0, 0) == (1, 1)


def _chapter(*headings: str) -> SimpleNamespace:
    return SimpleNamespace(
        priorities=[
            SimpleNamespace(objectives=[SimpleNamespace(heading=h, measures=[])]) for h in headings
        ]
    )


def test_the_chapter_starts_on_the_page_of_its_first_objectives_first_words() -> None:
    chapter = _chapter("1.1 Ett\u00ad två  tre fyra fem", "1.2 Annat")
    texts = [
        "Innehåll 1.1 Ett två",
        "Uppföljning",
        "Rubrik\n1.1 Ett två tre\nsex",
        "1.1 Ett två tre",
    ]
    assert pages.chapter_start(texts, chapter) == 2
    assert pages.chapter_start(["x", "y"], chapter) == 0
    assert pages.chapter_start(["x", "1.1 Ett två tre"], _chapter()) == 0


def test_a_chapter_heading_is_found_among_the_top_lines_of_a_later_page() -> None:
    texts = [
        "Sidhuvud\nInledning\nBakgrund",
        "Sidhuvud\nText\nmer\nBakgrund",
        "Sidhuvud\n\n  \nRubrik\nBakgrund\n",
        "Sidhuvud\nSlut",
    ]
    headings = [
        ("kapitel_1", "Inledning"),
        ("kapitel_2", "Bakgrund"),
        ("kapitel_3", "Saknas"),
        ("kapitel_4", " Slut "),
    ]
    assert pages.heading_pages(texts, headings) == {
        "kapitel_1": 1,
        "kapitel_2": 3,
        "kapitel_4": 4,
    }
    assert pages.heading_pages(["Sidhuvud\nA\nB", "B"], [("k1", "A"), ("k2", "B")]) == {
        "k1": 1,
        "k2": 2,
    }


def _field_runs(paragraph: object, code: str, shown: str) -> None:
    """A field in `paragraph` as Word writes one: begin, code, separate, result, end."""
    from docx.oxml import OxmlElement

    def run(child_tag: str, **attributes: str) -> object:
        r = OxmlElement("w:r")
        child = OxmlElement(child_tag)
        for name, value in attributes.items():
            child.set(qn(name), value)
        r.append(child)
        paragraph._p.append(r)  # type: ignore[attr-defined]
        return child

    run("w:fldChar", **{"w:fldCharType": "begin"})
    run("w:instrText").text = code
    run("w:fldChar", **{"w:fldCharType": "separate"})
    run("w:t").text = shown
    run("w:fldChar", **{"w:fldCharType": "end"})


def _fields_document() -> object:
    document = Document()
    paragraph = document.add_paragraph()
    _field_runs(paragraph, " PAGEREF atgard_1_1_5 \\h ", "7")
    paragraph.add_run("efter")  # text after a field's end is no result
    _field_runs(paragraph, " PAGE ", "1")  # another kind of field
    _field_runs(paragraph, "PAGEREF kapitel_2 \\h", "3")
    _field_runs(paragraph, "PAGEREF atgard_2_1_10", "9")
    return document


def test_page_fields_are_the_result_runs_of_each_kind_of_pageref() -> None:
    document = _fields_document()
    fields = pages.page_fields(document)
    assert {key: run.findtext(qn("w:t")) for key, run in fields.items()} == {
        "1.1.5": "7",
        "2.1.10": "9",
    }
    chapters = pages.page_fields(document, pages._CHAPTER_PAGEREF, str)
    assert {key: run.findtext(qn("w:t")) for key, run in chapters.items()} == {"kapitel_2": "3"}


def test_a_fields_result_is_replaced_by_one_text() -> None:
    document = _fields_document()
    run = pages.page_fields(document)["1.1.5"]
    extra = run.makeelement(qn("w:t"), {})
    extra.text = "8"
    run.append(extra)
    pages._set_text(run, "12")
    assert [t.text for t in run.findall(qn("w:t"))] == ["12"]


def test_the_chapters_headings_are_read_by_their_bookmarks() -> None:
    from docx.oxml import OxmlElement

    document = Document()
    for name, text in [("kapitel_1", "Inledning"), ("atgard_1_1_5", "Åtgärd"), ("", "Ingen")]:
        paragraph = document.add_paragraph()
        start = OxmlElement("w:bookmarkStart")
        if name:
            start.set(qn("w:name"), name)
        paragraph._p.append(start)
        paragraph.add_run(text[:3])
        paragraph.add_run(text[3:])
    assert pages._headings(document) == [("kapitel_1", "Inledning")]


def test_titles_are_the_chapters_measures_in_order() -> None:
    measure = lambda id, title: SimpleNamespace(id=id, title=title)  # noqa: E731
    chapter = SimpleNamespace(
        priorities=[
            SimpleNamespace(
                objectives=[
                    SimpleNamespace(measures=[measure("1.1.1", "A"), measure("1.1.2", "B")]),
                    SimpleNamespace(measures=[measure("1.2.1", "C")]),
                ]
            ),
            SimpleNamespace(objectives=[SimpleNamespace(measures=[measure("2.1.1", "D")])]),
        ]
    )
    assert pages._titles(chapter) == [
        ("1.1.1", "A"),
        ("1.1.2", "B"),
        ("1.2.1", "C"),
        ("2.1.1", "D"),
    ]


def test_only_a_measure_on_another_page_is_a_difference() -> None:
    given = {"1.1.2": 6, "1.1.1": 5, "1.1.3": 2}
    assert pages.page_differences(given, {"1.1.1": 4, "1.1.2": 7, "1.1.3": 2}) == [
        ("1.1.2", 6, 7),
        ("1.1.1", 5, 4),
    ]


def test_a_divided_title_is_found_by_its_first_three_words() -> None:
    assert pages.measure_pages(["x Ett två tre", "fyra fem"], [("1", "Ett två tre fyra fem")]) == {
        "1": 1
    }


def test_a_title_is_taken_where_it_first_stands_after_the_one_before() -> None:
    assert pages.measure_pages(["A B A"], [("1", "A"), ("2", "B")]) == {"1": 1, "2": 1}


def test_a_field_without_a_result_gives_none_and_a_result_is_its_first_run() -> None:
    from docx.oxml import OxmlElement

    document = Document()
    paragraph = document.add_paragraph()

    def run(child_tag: str, text: str | None = None, kind: str | None = None) -> None:
        r = OxmlElement("w:r")
        child = OxmlElement(child_tag)
        if kind is not None:
            child.set(qn("w:fldCharType"), kind)
        if text is not None:
            child.text = text
        r.append(child)
        paragraph._p.append(r)

    run("w:fldChar", kind="begin")
    run("w:instrText", "PAGEREF atgard_3_1_1")
    run("w:t", "ingen")  # no "separate": no result
    run("w:fldChar", kind="end")
    run("w:fldChar", kind="begin")
    run("w:instrText", "PAGEREF atgard_3_1_2")
    run("w:fldChar", kind="separate")
    run("w:t", "1")
    run("w:t", "2")
    run("w:fldChar", kind="end")
    fields = pages.page_fields(document)
    assert {key: run.findtext(qn("w:t")) for key, run in fields.items()} == {"3.1.2": "1"}


def test_a_headings_empty_text_adds_nothing() -> None:
    from docx.oxml import OxmlElement

    document = Document()
    paragraph = document.add_paragraph()
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:name"), "kapitel_2")
    paragraph._p.append(start)
    paragraph.add_run("Bak")
    empty = OxmlElement("w:r")
    empty.append(OxmlElement("w:t"))
    paragraph._p.append(empty)
    paragraph.add_run("grund")
    assert pages._headings(document) == [("kapitel_2", "Bakgrund")]
