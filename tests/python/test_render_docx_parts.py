"""The small parts of `render.docx` on documents built in the test, read back from their XML:
bookmarks and their ids, page references, the fonts of the document's defaults, the styles a
template lacks copied with the styles they refer to."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

import handlingsplan as hp
from handlingsplan.render import docx as docx_format


def children(paragraph: object) -> list[str]:
    """The tags of a paragraph's XML children, without their namespace: pPr, r, bookmarkStart…"""
    return [child.tag.split("}")[1] for child in paragraph._p]  # type: ignore[attr-defined]


def test_a_bookmark_surrounds_the_whole_paragraph_with_a_new_id() -> None:
    document = Document()
    plain = document.add_paragraph("Utan stil")
    styled = document.add_paragraph("Med stil", style="Heading 1")
    docx_format.add_bookmark(plain, "forsta")
    docx_format.add_bookmark(styled, "andra")
    assert children(plain) == ["bookmarkStart", "r", "bookmarkEnd"]
    # After the paragraph's properties, which come first.
    assert children(styled) == ["pPr", "bookmarkStart", "r", "bookmarkEnd"]
    starts = [(s.get(qn("w:name")), s.get(qn("w:id"))) for s in document.element.body.iter(qn("w:bookmarkStart"))]  # fmt: skip
    ends = [e.get(qn("w:id")) for e in document.element.body.iter(qn("w:bookmarkEnd"))]
    assert starts == [("forsta", "1"), ("andra", "2")]
    assert ends == ["1", "2"]


def test_a_bookmarks_id_follows_the_largest_number_taken() -> None:
    document = Document()
    first = document.add_paragraph("a")
    docx_format.add_bookmark(first, "a")
    first._p.find(qn("w:bookmarkStart")).set(qn("w:id"), "7")
    not_a_number = document.add_paragraph("b")
    docx_format.add_bookmark(not_a_number, "b")
    not_a_number._p.find(qn("w:bookmarkStart")).set(qn("w:id"), "x9")
    later = document.add_paragraph("c")
    docx_format.add_bookmark(later, "c")
    assert later._p.find(qn("w:bookmarkStart")).get(qn("w:id")) == "8"
    assert later._p.find(qn("w:bookmarkEnd")).get(qn("w:id")) == "8"


def test_a_page_reference_shows_nothing_until_laid_out() -> None:
    paragraph = Document().add_paragraph()
    result = docx_format.add_page_reference(paragraph, "atgard_1_1_5")
    assert result.text == ""
    codes = [t.text for t in paragraph._p.iter(qn("w:instrText"))]
    assert codes == [" PAGEREF atgard_1_1_5 \\h "]
    shown = docx_format.add_page_reference(paragraph, "kapitel_2", "4")
    assert shown.text == "4"


def test_the_defaults_font_is_named_where_the_template_named_none() -> None:
    document = Document()
    defaults = document.styles.element.find(qn("w:docDefaults"))
    properties = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    for fonts in properties.findall(qn("w:rFonts")):
        properties.remove(fonts)
    docx_format.set_fonts(document, body="Kroppstyp", headings="Rubriktyp")
    (fonts,) = properties.findall(qn("w:rFonts"))
    assert properties.index(fonts) == 0
    assert {fonts.get(qn(s)) for s in ("w:ascii", "w:hAnsi", "w:cs")} == {"Kroppstyp"}


def test_a_style_a_template_lacks_comes_with_the_styles_it_refers_to() -> None:
    document = Document()
    styles = document.styles.element
    # A template that defines neither Heading 1 nor the character style it links to.
    for style_id in ("Heading1", "Heading1Char"):
        styles.remove(styles.get_by_id(style_id))
    assert styles.get_by_id("Heading1") is None
    docx_format.ensure_styles(document)
    heading = styles.get_by_id("Heading1")
    assert heading is not None
    (link,) = heading.xpath("./w:link/@w:val")
    assert styles.get_by_id(str(link)) is not None
    assert str(link) == "Heading1Char"
    # Copied once each, however many styles refer to them.
    ids = [s.get(qn("w:styleId")) for s in styles.iter(qn("w:style"))]
    assert ids.count("Heading1") == ids.count("Heading1Char") == 1


def test_a_style_comes_with_the_style_it_is_based_on() -> None:
    document = Document()
    styles = document.styles.element
    for style_id in ("TableGrid", "TableNormal"):
        styles.remove(styles.get_by_id(style_id))
    docx_format.ensure_styles(document)
    (based_on,) = styles.get_by_id("TableGrid").xpath("./w:basedOn/@w:val")
    assert str(based_on) == "TableNormal"
    assert styles.get_by_id("TableNormal") is not None


def test_written_without_an_author_the_document_names_none(tmp_path: Path) -> None:
    path = tmp_path / "bilaga.docx"
    docx_format.write_docx(hp.load_default().report(2021).appendix(), path)
    assert Document(str(path)).core_properties.author == ""
