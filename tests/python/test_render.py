"""Tests of handlingsplan.appendix and handlingsplan.render: every format of Bilaga 1 is read back and compared with the
appendix it was rendered from.

The appendix here is a small stand-in with the attributes of the core's, so these tests need no
compiled module. It holds what tends to break renderers: å/ä/ö, "|" and "<" in the text, a
priority with no measure, an empty section, and title-description cells.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from handlingsplan.appendix import Appendix
from handlingsplan.errors import TemplateError

# --- A stand-in for the core's structured appendix -----------------------------------------------


@dataclass(frozen=True)
class FakeCell:
    paragraphs: tuple[str, ...]
    titled: bool

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class FakeRow:
    """A row given as its cells' texts, paragraphs separated by blank lines; with `titled`, the
    Åtgärd cell (the second) starts with the measure's title, as in the closed sections."""

    id: str
    texts: list[str]
    titled: bool = False

    @property
    def cells(self) -> list[FakeCell]:
        return [
            FakeCell(
                tuple(p.strip() for p in text.split("\n\n") if p.strip()),
                self.titled and index == 1,
            )
            for index, text in enumerate(self.texts)
        ]


@dataclass(frozen=True)
class FakeTable:
    title: str
    columns: list[str]
    rows: list[FakeRow]


@dataclass(frozen=True)
class FakeSection:
    kind: str
    title: str
    tables: list[FakeTable]


@dataclass(frozen=True)
class FakeAppendix:
    year: int
    title: str
    sections: list[FakeSection]
    intro: str = ""


TITLE = "Bilaga 1: Förteckning över åtgärder"
AKTUELLA = ["#", "Åtgärd", "Ansvarig myndighet", "Status", "Sida"]
GENOMFORDA = ["#", "Åtgärd", "Ansvarig myndighet", "Klar"]
AVSKRIVNA = ["#", "Åtgärd", "Ansvarig myndighet", "Avskriven"]
P1 = (
    "Strategisk prioritering 1. Säkerställa en systematisk och samlad ansats i arbetet "
    "med informations- och cybersäkerhet"
)
P2 = "Strategisk prioritering 2. Öka säkerheten i nätverk, produkter och system"
P3 = (
    "Strategisk prioritering 3. Stärka förmågan att förebygga, upptäcka och hantera "
    "cyberattacker och andra it-incidenter"
)
# Not a published measure: it carries the characters that markup must escape.
MARKUP_TITLE = "Jämföra krav A | B där nivå < 3 & *viktig*"
COMPLETED_TEXT = (
    "Utreda möjligheten att öka spårbarheten i betrodda tjänster\n\n"
    "PTS utreder möjligheten att öka spårbarheten i betrodda tjänster.\n\n"
    "PTS kommer att arbeta för att det inom EU tas fram kompletterande regler."
)


def aktuella_section() -> FakeSection:
    return FakeSection(
        "aktuella",
        "Aktuella åtgärder",
        [
            FakeTable(
                P1,
                AKTUELLA,
                [
                    FakeRow(
                        "1.1.1",
                        [
                            "1.1.1.",
                            "Proaktivt stödja de mest skyddsvärda verksamheterna",
                            "Säkerhetspolisen, FRA och Försvarsmakten",
                            "",
                            "22",
                        ],
                    ),
                    FakeRow(
                        "1.1.5",
                        [
                            "1.1.5.",
                            "Genomföra en förstudie i syfte att öka myndigheters deltagande i "
                            "standardiseringsarbete inom ramen för SIS TK318",
                            "MSB",
                            "Uppdaterad, tidplan och innehåll",
                            "23",
                        ],
                    ),
                    FakeRow("1.1.17", ["1.1.17.", MARKUP_TITLE, "MSB", "Ny åtgärd", ""]),
                ],
            ),
            FakeTable(
                P2,
                AKTUELLA,
                [FakeRow("2.1.9", ["2.1.9.", "Etablera WIS över SGSI", "MSB", "", "29"])],
            ),
            FakeTable(P3, AKTUELLA, []),
        ],
    )


def genomforda_section() -> FakeSection:
    return FakeSection(
        "genomförda",
        "Genomförda åtgärder",
        [
            FakeTable(
                "",
                GENOMFORDA,
                [
                    FakeRow("2.1.3", ["2.1.3.", COMPLETED_TEXT, "PTS", "2019"], titled=True),
                    FakeRow(
                        "4.1.1",
                        [
                            "4.1.1.",
                            "Stärka samarbete vid incidentrapportering rörande brottslig "
                            "verksamhet\n\nPolismyndigheten etablerar tillsammans med MSB en "
                            "process för samarbete kring incidentrapportering.",
                            "Polismyndigheten tillsammans med MSB",
                            "2019",
                        ],
                        titled=True,
                    ),
                ],
            )
        ],
    )


def make_appendix(avskrivna_tables: list[FakeTable] | None = None) -> FakeAppendix:
    """A 2021 appendix whose "avskrivna" section is empty (one table without rows by default)."""
    if avskrivna_tables is None:
        avskrivna_tables = [FakeTable("", AVSKRIVNA, [])]
    return FakeAppendix(
        2021,
        TITLE,
        [
            aktuella_section(),
            genomforda_section(),
            FakeSection("avskrivna", "Avskrivna åtgärder", avskrivna_tables),
        ],
    )


EMPTY = "Inga åtgärder."

# A document read back as blocks in order: ("h1"/"h2"/"h3", text), ("p", text) for a line such
# as "Inga åtgärder.", and ("table", [header, *rows]) with a cell's paragraphs joined by "\n".
Block = tuple[str, object]


def expected_blocks(appendix: FakeAppendix, *, alone: bool = False) -> list[Block]:
    """The blocks of the appendix; `alone` (written by itself, not into a letter or a report):
    with the note on where its page numbers come from below the title."""
    blocks: list[Block] = [("h1", appendix.title)]
    if alone:
        blocks.append(("p", Appendix(appendix).pages_note))
    for section in appendix.sections:
        blocks.append(("h2", section.title))
        if not section.tables:
            blocks.append(("p", EMPTY))
        for table in section.tables:
            if table.title:
                blocks.append(("h3", table.title))
            if table.rows:
                rows = [list(table.columns)]
                rows += [[c.replace("\n\n", "\n") for c in row.texts] for row in table.rows]
                blocks.append(("table", rows))
            else:
                blocks.append(("p", EMPTY))
    return blocks


def all_rows(appendix: FakeAppendix) -> Iterator[tuple[FakeSection, FakeTable, FakeRow]]:
    for section in appendix.sections:
        for table in section.tables:
            for row in table.rows:
                yield section, table, row


@pytest.fixture
def bilaga() -> Appendix:
    return Appendix(make_appendix())


# --- The facade ---------------------------------------------------------------------------------


def test_passes_the_appendix_through(bilaga: Appendix) -> None:
    assert bilaga.year == 2021
    assert bilaga.title == TITLE
    assert [s.kind for s in bilaga.sections] == ["aktuella", "genomförda", "avskrivna"]


def test_repr_counts_the_measures_of_each_section(bilaga: Appendix) -> None:
    assert repr(bilaga) == "<Appendix 2021: 4 aktuella, 2 genomförda, 0 avskrivna>"


def test_a_row_with_too_few_cells_is_reported_with_its_id() -> None:
    broken = FakeSection(
        "avskrivna",
        "Avskrivna åtgärder",
        [FakeTable("", AVSKRIVNA, [FakeRow("3.1.5", ["3.1.5.", "Skapa"])])],
    )
    appendix = FakeAppendix(2021, TITLE, [broken])
    with pytest.raises(ValueError, match=re.escape("3.1.5")):
        Appendix(appendix).to_markdown()
    assert repr(Appendix(appendix)) == "<Appendix 2021: 1 avskrivna>"


# --- Word ---------------------------------------------------------------------------------------


def docx_blocks(path: Path) -> list[Block]:
    from docx import Document
    from docx.table import Table

    blocks: list[Block] = []
    for item in Document(str(path)).iter_inner_content():
        if isinstance(item, Table):
            blocks.append(("table", [[cell.text for cell in row.cells] for row in item.rows]))
        else:
            style = item.style.name if item.style is not None else ""
            kind = "h" + style.removeprefix("Heading ") if style.startswith("Heading ") else "p"
            blocks.append((kind, item.text))
    return blocks


def test_docx_has_the_headings_and_tables_in_order(bilaga: Appendix, tmp_path: Path) -> None:
    path = tmp_path / "bilaga.docx"
    bilaga.to_docx(path)
    # The heading styles are checked by the mapping: only "Heading N" paragraphs become "hN".
    assert docx_blocks(path) == expected_blocks(make_appendix(), alone=True)


def test_docx_tables_repeat_their_header_and_keep_rows_whole(
    bilaga: Appendix, tmp_path: Path
) -> None:
    from docx import Document
    from docx.oxml.ns import qn

    path = tmp_path / "bilaga.docx"
    bilaga.to_docx(path)
    tables = Document(str(path)).tables
    assert len(tables) == 3
    for table in tables:
        assert table.style is not None and table.style.name == "Table Grid"
        properties = [row._tr.trPr for row in table.rows]
        assert all(p is not None for p in properties)
        assert properties[0].find(qn("w:tblHeader")) is not None
        assert all(p.find(qn("w:tblHeader")) is None for p in properties[1:])
        assert all(p.find(qn("w:cantSplit")) is not None for p in properties)
        assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)
        for cell in table.rows[0].cells:
            # Shaded, with the cell's properties in the order the schema (and Word) demands.
            children = [child.tag for child in cell._tc.tcPr]
            assert children == [qn("w:tcW"), qn("w:shd")]


def test_docx_is_a4_portrait_with_columns_that_fit(bilaga: Appendix, tmp_path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    path = tmp_path / "bilaga.docx"
    bilaga.to_docx(path)
    document = Document(str(path))
    section = document.sections[0]
    assert section.page_width is not None and section.page_height is not None
    # Word stores twips, so millimetres come back rounded to the nearest twip.
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert section.left_margin is not None and section.right_margin is not None
    text_width = section.page_width - section.left_margin - section.right_margin
    for table in document.tables:
        widths = [column.width for column in table.columns]
        assert all(w is not None for w in widths)
        assert sum(widths) <= text_width
        assert max(widths) == widths[1]  # Åtgärd, the column with the most text
        # Word lays out by the cells' own widths, so they must agree with the grid.
        assert [c.width for c in table.rows[-1].cells] == widths
        assert Mm(10) <= widths[0] <= Mm(20)  # "1.1.14." on one line, and no more


def test_docx_sets_the_measures_title_in_bold(bilaga: Appendix, tmp_path: Path) -> None:
    from docx import Document

    path = tmp_path / "bilaga.docx"
    bilaga.to_docx(path)
    tables = Document(str(path)).tables
    completed = tables[2].rows[1].cells[1].paragraphs
    assert [p.text for p in completed] == COMPLETED_TEXT.split("\n\n")
    assert all(run.bold for run in completed[0].runs)
    assert not any(run.bold for p in completed[1:] for run in p.runs)
    # Active measures print the title alone, so nothing is set apart there.
    assert not any(run.bold for run in tables[0].rows[1].cells[1].paragraphs[0].runs)


def make_template(path: Path, paragraphs: list[str]) -> None:
    """A letterhead-like template whose Heading 1 is in a font of its own."""
    from docx import Document

    document = Document()
    document.styles["Heading 1"].font.name = "Georgia"
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))


def test_template_gets_the_appendix_at_its_placeholder(bilaga: Appendix, tmp_path: Path) -> None:
    from docx import Document

    template = tmp_path / "mall.docx"
    make_template(template, ["Myndighetens brevhuvud", "{{ bilaga }}", "Sista stycket"])
    path = tmp_path / "bilaga.docx"
    bilaga.to_docx(path, template=template)
    blocks = docx_blocks(path)
    body = expected_blocks(make_appendix())
    assert blocks == [("p", "Myndighetens brevhuvud"), *body, ("p", "Sista stycket")]
    assert Document(str(path)).styles["Heading 1"].font.name == "Georgia"


def test_template_without_placeholder_is_refused(bilaga: Appendix, tmp_path: Path) -> None:
    template = tmp_path / "mall.docx"
    make_template(template, ["Myndighetens brevhuvud"])
    path = tmp_path / "bilaga.docx"
    with pytest.raises(TemplateError, match=re.escape("no paragraph '{{ bilaga }}'")):
        bilaga.to_docx(path, template=template)
    assert not path.exists()


def test_template_lacking_the_styles_gets_them(bilaga: Appendix, tmp_path: Path) -> None:
    from docx import Document

    template = tmp_path / "mall.docx"
    document = Document()
    for name in ("Heading 2", "Heading 3", "Table Grid"):
        document.styles[name].delete()
    document.add_paragraph("{{ bilaga }}")
    document.save(str(template))
    path = tmp_path / "bilaga.docx"
    bilaga.to_docx(path, template=template)
    assert docx_blocks(path) == expected_blocks(make_appendix())
    tables = Document(str(path)).tables
    assert all(t.style is not None and t.style.name == "Table Grid" for t in tables)


def test_template_may_be_a_dotx(bilaga: Appendix, tmp_path: Path) -> None:
    docx_template = tmp_path / "mall.docx"
    make_template(docx_template, ["Brevhuvud", "{{ bilaga }}"])
    dotx_template = tmp_path / "mall.dotx"
    with zipfile.ZipFile(docx_template) as source, zipfile.ZipFile(dotx_template, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(item, content)
    path = tmp_path / "bilaga.docx"
    bilaga.to_docx(path, template=dotx_template)
    assert docx_blocks(path) == [("p", "Brevhuvud"), *expected_blocks(make_appendix())]


@pytest.mark.parametrize("content", [None, b"inte en mall", b"PK\x03\x04trasig"])
def test_unusable_template_raises_template_error(
    bilaga: Appendix, tmp_path: Path, content: bytes | None
) -> None:
    template = tmp_path / "mall.docx"
    if content is not None:
        template.write_bytes(content)
    with pytest.raises(TemplateError, match=re.escape("mall.docx")) as raised:
        bilaga.to_docx(tmp_path / "bilaga.docx", template=template)
    assert isinstance(raised.value, ValueError)
    assert not (tmp_path / "bilaga.docx").exists()


def test_a_zip_that_is_not_word_raises_template_error(bilaga: Appendix, tmp_path: Path) -> None:
    template = tmp_path / "mall.docx"
    with zipfile.ZipFile(template, "w") as archive:
        archive.writestr("hej.txt", "hej")
    with pytest.raises(TemplateError):
        bilaga.to_docx(tmp_path / "bilaga.docx", template=template)


# --- HTML ---------------------------------------------------------------------------------------


class BlockParser(HTMLParser):
    """Reads headings, "Inga åtgärder." lines and tables back out of the HTML, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[Block] = []
        self.header_scopes: list[str | None] = []
        self.strong: list[str] = []
        self._text: list[str] | None = None  # the heading's or paragraph's text being read
        self._rows: list[list[str]] | None = None
        self._cell: list[str] | None = None  # paragraphs of the cell being read
        self._in_strong = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._rows = []
        elif tag == "tr" and self._rows is not None:
            self._rows.append([])
        elif tag in ("th", "td") and self._rows is not None:
            self._cell = [""]
            if tag == "th" and len(self._rows) == 1:
                self.header_scopes.append(dict(attrs).get("scope"))
        elif tag == "p" and self._cell is not None:
            if self._cell[-1]:
                self._cell.append("")
        elif tag == "br" and self._cell is not None:
            self._cell[-1] += "\n"
        elif tag == "strong":
            self._in_strong = True
            self.strong.append("")
        elif tag in ("h1", "h2", "h3", "p"):
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "strong":
            self._in_strong = False
        elif tag in ("th", "td") and self._cell is not None and self._rows is not None:
            self._rows[-1].append("\n".join(self._cell))
            self._cell = None
        elif tag == "table" and self._rows is not None:
            self.blocks.append(("table", self._rows))
            self._rows = None
        elif tag in ("h1", "h2", "h3", "p") and self._text is not None and self._cell is None:
            self.blocks.append((tag, "".join(self._text)))
            self._text = None

    def handle_data(self, data: str) -> None:
        if self._in_strong:
            self.strong[-1] += data
        if self._cell is not None:
            self._cell[-1] += data
        elif self._text is not None:
            self._text.append(data)


def parse_html(markup: str) -> BlockParser:
    parser = BlockParser()
    parser.feed(markup)
    parser.close()
    return parser


def test_html_has_the_headings_and_tables_in_order(bilaga: Appendix) -> None:
    parsed = parse_html(bilaga.to_html())
    assert parsed.blocks == expected_blocks(make_appendix(), alone=True)
    assert set(parsed.header_scopes) == {"col"}
    assert parsed.strong == [
        "Utreda möjligheten att öka spårbarheten i betrodda tjänster",
        "Stärka samarbete vid incidentrapportering rörande brottslig verksamhet",
    ]


def test_html_is_one_self_contained_printable_page(bilaga: Appendix, tmp_path: Path) -> None:
    page = bilaga.to_html()
    assert page.startswith("<!DOCTYPE html>\n")
    assert '<html lang="sv">' in page
    assert '<meta charset="utf-8">' in page
    for external in ("http:", "https:", "<link", "<script", "src=", "@import"):
        assert external not in page
    assert "@page { size: A4" in page
    assert "thead { display: table-header-group; }" in page
    assert "break-inside: avoid" in page
    assert "<thead>" in page and page.count("<caption>") == page.count("<table>")
    path = tmp_path / "bilaga.html"
    assert bilaga.to_html(path) == page
    assert path.read_bytes() == page.encode("utf-8")


def test_html_escapes_the_text(bilaga: Appendix) -> None:
    page = bilaga.to_html()
    assert "Jämföra krav A | B där nivå &lt; 3 &amp; *viktig*" in page
    assert "< 3" not in page
    assert MARKUP_TITLE in str(parse_html(page).blocks)


def test_repr_html_is_a_fragment_of_the_same_tables(bilaga: Appendix) -> None:
    fragment = bilaga._repr_html_()
    for wrapper in ("<!DOCTYPE", "<html", "<head", "<body", "<style"):
        assert wrapper not in fragment
    assert parse_html(fragment).blocks == expected_blocks(make_appendix())


def test_a_section_without_tables_is_shown_as_empty(tmp_path: Path) -> None:
    bilaga = Appendix(make_appendix(avskrivna_tables=[]))
    blocks = expected_blocks(make_appendix(avskrivna_tables=[]), alone=True)
    assert blocks[-2:] == [("h2", "Avskrivna åtgärder"), ("p", EMPTY)]
    assert parse_html(bilaga.to_html()).blocks == blocks
    bilaga.to_docx(tmp_path / "bilaga.docx")
    assert docx_blocks(tmp_path / "bilaga.docx") == blocks
    assert bilaga.to_markdown().endswith("## Avskrivna åtgärder\n\nInga åtgärder.\n")
    bilaga.to_excel(tmp_path / "bilaga.xlsx")
    assert sheet_rows(tmp_path / "bilaga.xlsx", "Avskrivna åtgärder") == [AVSKRIVNA]


# --- Markdown -----------------------------------------------------------------------------------


def test_markdown_has_headings_and_pipe_tables(bilaga: Appendix, tmp_path: Path) -> None:
    text = bilaga.to_markdown()
    assert text.startswith(f"# {TITLE}\n\n## Aktuella åtgärder\n\n### {P1}\n\n")
    assert f"### {P3}\n\nInga åtgärder.\n\n## Genomförda åtgärder\n\n" in text
    assert text.endswith("## Avskrivna åtgärder\n\nInga åtgärder.\n")
    lines = text.splitlines()
    assert lines.count("| # | Åtgärd | Ansvarig myndighet | Status | Sida |") == 2
    assert lines.count("| # | Åtgärd | Ansvarig myndighet | Klar |") == 1
    # each header followed by its delimiter row, a "---" per column
    assert lines.count("| --- | --- | --- | --- | --- |") == 2
    assert lines.count("| --- | --- | --- | --- |") == 1
    assert "| 2.1.9. | Etablera WIS över SGSI | MSB |  | 29 |" in lines
    assert bilaga.to_markdown(tmp_path / "bilaga.md") == text
    assert (tmp_path / "bilaga.md").read_text(encoding="utf-8") == text


def test_markdown_intro_is_a_paragraph_never_a_heading() -> None:
    from dataclasses import replace

    text = Appendix(replace(make_appendix(), intro="#1 av åtgärderna först.")).to_markdown()
    assert text.split("\n\n")[1] == "\\#1 av åtgärderna först."
    assert [line for line in text.splitlines() if line.startswith("# ")] == [f"# {TITLE}"]


def _one_row(*texts: str, columns: list[str] = AKTUELLA) -> FakeAppendix:
    """An appendix of one measure in Aktuella åtgärder, its cells `texts`."""
    rows = [FakeRow("1.1.1.", list(texts))]
    return FakeAppendix(2021, TITLE, [FakeSection("aktuella", "Aktuella åtgärder",
                                                  [FakeTable(P1, columns, rows)])])  # fmt: skip


def test_html_breaks_a_line_within_a_paragraph() -> None:
    page = Appendix(_one_row("1.1.1.", "Rad ett\nrad två", "MSB", "", "3")).to_html()
    assert "Rad ett<br>rad två" in page


def test_excel_gives_a_column_of_no_set_width_the_default(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from handlingsplan.render.layout import DEFAULT_WIDTH

    columns = [*AKTUELLA, "Kommentar"]
    Appendix(_one_row("1.1.1.", "Titel", "MSB", "", "3", "Ingen", columns=columns)).to_excel(
        tmp_path / "b.xlsx"
    )
    sheet = load_workbook(tmp_path / "b.xlsx").worksheets[0]
    widths = {c.value: sheet.column_dimensions[c.column_letter].width for c in sheet[1]}
    assert widths["Kommentar"] == DEFAULT_WIDTH != widths["Åtgärd"]


def test_a_plan_of_its_own_words_is_written_in_them(tmp_path: Path) -> None:
    """Columns, the sheet's priority column and the empty table's line in the plan's words."""
    from dataclasses import dataclass, field

    from openpyxl import load_workbook

    from handlingsplan import _core

    plan_words = _core.PlanWords(
        levels=_core.LevelWords(priority="Pelare"),
        appendix=_core.AppendixWords(measure_column="Aktivitet", empty="Inga aktiviteter."),
    )

    @dataclass(frozen=True)
    class Worded(FakeAppendix):
        words: _core.PlanWords = field(default_factory=lambda: plan_words)

    columns = ["#", "Aktivitet", "Ansvarig myndighet", "Status", "Sida"]
    rows = [FakeRow("1.1.1.", ["1.1.1.", "Titel", "MSB", "", "3"])]
    sections = [
        FakeSection("aktuella", "Aktuella", [FakeTable("Pelare 1", columns, rows)]),
        FakeSection("genomförda", "Genomförda", [FakeTable("", ["#", "Aktivitet", "Klar"], [])]),
    ]
    bilaga = Appendix(Worded(2021, TITLE, sections))
    published = [*columns, "Klar", "Avskriven"]
    bilaga.to_csv(tmp_path / "b.csv")
    with open(tmp_path / "b.csv", encoding="utf-8-sig", newline="") as stream:
        assert next(csv.reader(stream)) == ["section", "priority", "id", *published]
    assert list(bilaga.to_dataframe().columns) == ["section", "priority", "id", *published]
    bilaga.to_excel(tmp_path / "b.xlsx")
    sheet = load_workbook(tmp_path / "b.xlsx").worksheets[0]
    assert [c.value for c in sheet[1]] == ["Pelare", *columns]
    assert "Inga aktiviteter." in bilaga.to_html() and "Inga åtgärder." not in bilaga.to_html()


def test_markdown_escapes_pipes_and_markup(bilaga: Appendix) -> None:
    lines = bilaga.to_markdown().splitlines()
    escaped = r"Jämföra krav A \| B där nivå &lt; 3 &amp; \*viktig\*"
    assert f"| 1.1.17. | {escaped} | MSB | Ny åtgärd |  |" in lines
    # Every table line has as many unescaped separators as its table has columns, plus one.
    for line in lines:
        if line.startswith("| "):
            separators = line.count("|") - line.count(r"\|")
            assert separators in (len(AKTUELLA) + 1, len(GENOMFORDA) + 1)


def test_markdown_joins_a_cells_paragraphs_with_br(bilaga: Appendix) -> None:
    title, *description = COMPLETED_TEXT.split("\n\n")
    cell = f"**{title}**<br>" + "<br>".join(description)
    assert f"| 2.1.3. | {cell} | PTS | 2019 |" in bilaga.to_markdown().splitlines()


# --- CSV and pandas -----------------------------------------------------------------------------

RECORD_COLUMNS = ["section", "priority", "id", *AKTUELLA, "Klar", "Avskriven"]


def expected_records() -> list[dict[str, str]]:
    records = []
    for section, table, row in all_rows(make_appendix()):
        record = dict.fromkeys(RECORD_COLUMNS, "")
        record.update(section=section.kind, priority=table.title, id=row.id)
        record.update(zip(table.columns, row.texts, strict=True))
        records.append(record)
    return records


def test_csv_has_one_row_per_measure(bilaga: Appendix, tmp_path: Path) -> None:
    path = tmp_path / "bilaga.csv"
    bilaga.to_csv(path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM that Excel needs
    with open(path, encoding="utf-8-sig", newline="") as stream:
        reader = csv.DictReader(stream)
        assert reader.fieldnames == RECORD_COLUMNS
        assert list(reader) == expected_records()


def test_csv_writer_alone_uses_commas(tmp_path: Path) -> None:
    """`render.csv.write_csv` called as it is documented, without a delimiter."""
    from handlingsplan.render.csv import write_csv

    write_csv(make_appendix(), tmp_path / "bilaga.csv")
    with open(tmp_path / "bilaga.csv", encoding="utf-8-sig", newline="") as stream:
        assert list(csv.DictReader(stream)) == expected_records()


def test_csv_for_swedish_excel_uses_semicolons(bilaga: Appendix, tmp_path: Path) -> None:
    path = tmp_path / "bilaga.csv"
    bilaga.to_csv(path, delimiter=";")
    with open(path, encoding="utf-8-sig", newline="") as stream:
        assert list(csv.DictReader(stream, delimiter=";")) == expected_records()


def test_dataframe_is_like_the_csv(bilaga: Appendix) -> None:
    import pandas as pd

    frame = bilaga.to_dataframe()
    assert list(frame.columns) == RECORD_COLUMNS
    assert frame.fillna("").to_dict("records") == expected_records()
    # A column the section does not have is missing, not an empty text.
    assert frame.loc[frame["section"] == "aktuella", "Klar"].isna().all()
    assert frame.loc[frame["id"] == "1.1.1", "Status"].tolist() == [""]
    assert pd.api.types.is_string_dtype(frame["Åtgärd"])
    # pandas' nullable text ("string"), whose missing value is NA, in every column but the id
    assert {str(frame[c].dtype) for c in RECORD_COLUMNS if c != "id"} == {"string"}


# --- Excel --------------------------------------------------------------------------------------


def sheet_rows(path: Path, name: str) -> list[list[object]]:
    from openpyxl import load_workbook

    sheet = load_workbook(path)[name]
    return [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]


def excel_value(text: str) -> object:
    return int(text) if text.isdigit() else text


def test_excel_has_a_sheet_per_section_with_the_rows(bilaga: Appendix, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "bilaga.xlsx"
    bilaga.to_excel(path)
    names = ["Aktuella åtgärder", "Genomförda åtgärder", "Avskrivna åtgärder"]
    assert load_workbook(path).sheetnames == names
    appendix = make_appendix()
    aktuella: list[list[object]] = [["Strategisk prioritering", *AKTUELLA]]
    aktuella += [
        [table.title, *(excel_value(cell) for cell in row.texts)]
        for section, table, row in all_rows(appendix)
        if section.kind == "aktuella"
    ]
    assert sheet_rows(path, names[0]) == aktuella
    genomforda: list[list[object]] = [list(GENOMFORDA)]
    genomforda += [
        [excel_value(c) for c in row.texts] for row in appendix.sections[1].tables[0].rows
    ]
    assert sheet_rows(path, names[1]) == genomforda
    assert sheet_rows(path, names[2]) == [AVSKRIVNA]


def test_excel_header_is_bold_and_frozen_and_text_wraps(bilaga: Appendix, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "bilaga.xlsx"
    bilaga.to_excel(path)
    for sheet in load_workbook(path).worksheets:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1])
        assert all(cell.alignment.wrap_text for row in sheet.iter_rows() for cell in row)
        assert all(cell.alignment.vertical == "top" for row in sheet.iter_rows() for cell in row)
        assert sheet.auto_filter.ref == sheet.dimensions  # a filter over the whole table
        widths = {
            cell.value: sheet.column_dimensions[cell.column_letter].width for cell in sheet[1]
        }
        assert widths["Åtgärd"] > widths["Ansvarig myndighet"] > widths["#"]


# --- A real browser -----------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOT_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshot_bilaga.py"
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium or chromium-browser on PATH (the project's set-up installs Debian's "
    "chromium) to render the HTML in a real browser",
)


def png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the decompressed scanlines of a PNG, read with the standard library."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    chunks, position = [], 8
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        if kind == b"IDAT":
            chunks.append(data[position + 8 : position + 8 + length])
        position += 12 + length
    return width, height, zlib.decompress(b"".join(chunks))


@needs_chromium
def test_chromium_renders_the_tables(bilaga: Appendix, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    page = tmp_path / "bilaga.html"
    bilaga.to_html(page)
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profil'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    dom = result.stdout.decode("utf-8")
    assert parse_html(dom).blocks == expected_blocks(make_appendix(), alone=True)
    assert "Förteckning över åtgärder" in dom and "Öka säkerheten" in dom


@needs_chromium
def test_screenshot_script_makes_a_png(bilaga: Appendix, tmp_path: Path) -> None:
    page = tmp_path / "bilaga.html"
    bilaga.to_html(page)
    png = tmp_path / "bilaga.png"
    subprocess.run(
        [sys.executable, str(SCREENSHOT_SCRIPT), str(page), str(png)],
        capture_output=True,
        timeout=180,
        check=True,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    width, height, pixels = png_pixels(png.read_bytes())
    assert width >= 800 and height >= 800
    # A blank page compresses to next to nothing and has one or two byte values.
    assert png.stat().st_size > 10_000
    assert len(set(pixels)) > 16


def test_screenshot_script_says_what_is_wrong(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCREENSHOT_SCRIPT), str(tmp_path / "saknas.html"), "ut.png"],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert b"saknas.html" in result.stderr


def test_stand_in_reads_back_unchanged() -> None:
    # Guards the helpers above: a broken expected_blocks would make every format "pass".
    blocks = expected_blocks(make_appendix())
    assert [kind for kind, _ in blocks].count("table") == 3
    assert ("h3", P3) in blocks and blocks[blocks.index(("h3", P3)) + 1] == ("p", EMPTY)
    assert blocks[-2] == ("h2", "Avskrivna åtgärder") and blocks[-1] == ("p", EMPTY)
