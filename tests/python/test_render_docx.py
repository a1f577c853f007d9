"""Tests of handlingsplan.render.docx: the Word appendix is ready to send. Read back with
python-docx (and the package's XML): Swedish language on the styles, core properties set by us
and not python-docx's defaults, "Sida N av M" fields in the footer, and column headers wide enough
that no header word is broken, measured with the real glyph widths of the font LibreOffice sets
the text's Calibri in (fontconfig's choice: Carlito, installed by scripts/install-system-deps.sh,
metrically Calibri)."""

from __future__ import annotations

import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from matplotlib.ft2font import FT2Font

import handlingsplan as hp
from handlingsplan.render.docx import column_widths

PLAN = hp.load_default()
APPENDIX = PLAN.report(2021).appendix()
#: When the module's document was written: "before" to the second, as Word keeps the time.
WRITTEN_AT: dict[str, datetime] = {}


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "bilaga.docx"
    WRITTEN_AT["before"] = datetime.now(timezone.utc).replace(microsecond=0)
    APPENDIX.to_docx(path, author="Anna Analytiker")
    WRITTEN_AT["after"] = datetime.now(timezone.utc)
    return path


def test_the_styles_are_swedish(written: Path) -> None:
    document = Document(str(written))
    styles = document.styles.element
    default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert default.find(qn("w:lang")).get(qn("w:val")) == "sv-SE"
    languages = {lang.get(qn("w:val")) for lang in styles.iter(qn("w:lang"))}
    assert languages == {"sv-SE"}
    assert document.core_properties.language == "sv-SE"


def test_the_core_properties_are_ours(written: Path) -> None:
    properties = Document(str(written)).core_properties
    assert properties.title == f"{APPENDIX.title}, redovisningen 2021"
    assert properties.subject == PLAN.title
    assert properties.author == properties.last_modified_by == "Anna Analytiker"
    assert properties.created is not None and properties.modified is not None
    for moment in (properties.created, properties.modified):
        # when it was written, not python-docx's 2013
        assert WRITTEN_AT["before"] <= moment.replace(tzinfo=timezone.utc) <= WRITTEN_AT["after"]
    assert properties.revision == 1
    assert "python-docx" not in (properties.comments + properties.keywords + properties.author)


def test_the_author_is_empty_unless_given(tmp_path: Path) -> None:
    path = tmp_path / "bilaga.docx"
    APPENDIX.to_docx(path)
    assert Document(str(path)).core_properties.author == ""


def test_the_footer_numbers_the_pages(written: Path) -> None:
    footer = Document(str(written)).sections[0].footer
    assert not footer.is_linked_to_previous
    (paragraph,) = footer.paragraphs
    codes = [node.text.strip() for node in paragraph._p.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    kinds = [node.get(qn("w:fldCharType")) for node in paragraph._p.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2
    assert paragraph.text.startswith("Sida ") and " av " in paragraph.text


def _font_file(weight: str) -> str:
    """The file of the font LibreOffice shows for Calibri in `weight` (fontconfig's match)."""
    done = subprocess.run(
        ["fc-match", "-f", "%{file}", f"Calibri:{weight}"], capture_output=True, check=True
    )
    return done.stdout.decode()


def _bold_width_points(text: str, points: float, weight: str = "bold") -> float:
    font = FT2Font(_font_file(weight))
    font.set_size(points, 72)
    font.set_text(text, 0.0)
    width, _ = font.get_width_height()  # in 1/64 of a pixel, at 72 dpi: points
    return width / 64


def test_no_header_word_is_broken(written: Path) -> None:
    document = Document(str(written))
    assert _font_file("bold").endswith("Carlito-Bold.ttf")
    margins = 2 * 150 / 20  # the tables' cell margins, in points
    checked = set()
    for table in document.tables:
        for cell in table.rows[0].cells:
            width = cell.width.pt
            for word in cell.text.split():
                assert _bold_width_points(word, 11) + margins <= width, (cell.text, word, width)
                checked.add(word)
    assert {"Avskriven", "Klar", "Sida", "Status", "myndighet"} <= checked


def test_widths_still_fill_the_page() -> None:
    width_emu = 170 * 36000  # A4 less 2 × 20 mm
    for columns in (
        ("#", "Åtgärd", "Ansvarig myndighet", "Avskriven"),
        ("#", "Åtgärd", "Ansvarig myndighet", "Status", "Sida"),
    ):
        widths = column_widths(columns, width_emu)
        assert sum(w.twips for w in widths) <= width_emu / 635
        assert sum(w.twips for w in widths) >= width_emu / 635 - len(columns)


def words_that_break(path: Path, points: float) -> list[tuple[str, str]]:
    """The words of the tables' narrow columns (all but the widest, "Åtgärd", which wraps) that
    are wider than their column in the font LibreOffice shows at `points`."""
    margins = 2 * 150 / 20
    broken = []
    for table in Document(str(path)).tables:
        widths = [cell.width.pt for cell in table.rows[0].cells]
        widest = widths.index(max(widths))
        for row in table.rows[1:]:
            for index, cell in enumerate(row.cells):
                if index == widest:
                    continue
                for word in cell.text.split():
                    if _bold_width_points(word, points, "normal") + margins > widths[index]:
                        broken.append((table.rows[0].cells[index].text, word))
    return broken


def test_no_word_of_a_narrow_column_is_broken(written: Path) -> None:
    assert words_that_break(written, 11) == []


def test_the_report_keeps_heading_styles_and_repeating_header_rows(docx_2022: Path) -> None:
    document = Document(str(docx_2022))
    styles = [p.style.name for p in document.paragraphs if p.style is not None]
    assert {"Title", "Heading 1", "Heading 2", "Heading 3"} <= set(styles)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    # Every chapter in the published order (the draft has no Uppföljning of its own yet), then
    # Bilaga 1.
    chapters = [h for h in hp._core.chapter_order() if h != "Uppföljning"]
    assert headings == [*chapters, "Bilaga 1: Förteckning över åtgärder"]
    assert len(document.tables) >= 8
    for table in document.tables:
        properties = table.rows[0]._tr.trPr
        assert properties is not None and properties.find(qn("w:tblHeader")) is not None


def test_the_fonts_are_named_in_the_styles(docx_2022: Path) -> None:
    styles = Document(str(docx_2022)).styles
    fonts = list(styles.element.iter(qn("w:rFonts")))
    assert fonts and all(
        not name.lower().endswith("theme") for element in fonts for name in element.keys()
    )
    assert styles["Normal"].font.name in (None, "Calibri")
    default = styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert default.find(qn("w:rFonts")).get(qn("w:ascii")) == "Calibri"
    assert styles["Heading 1"].font.name == "Cambria"
    assert styles["Title"].font.name == "Cambria"


def test_no_line_of_a_paragraph_is_left_alone_on_a_page(docx_2022: Path, written: Path) -> None:
    """Widow and orphan control, in the Normal style every body style is based on (OOXML reads
    an absent setting as off; python-docx's template has none)."""
    for path in (docx_2022, written):
        styles = Document(str(path)).styles
        assert styles["Normal"].paragraph_format.widow_control is True
        body = [
            s for s in styles if s.type == 1 and s.name.startswith(("Heading", "Title", "List"))
        ]
        for style in body:
            while style is not None and style.paragraph_format.widow_control is None:
                style = style.base_style
            assert style is not None and style.paragraph_format.widow_control is True
