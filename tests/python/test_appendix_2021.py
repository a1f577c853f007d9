"""Bilaga 1, "Förteckning över åtgärder", as the library builds and renders it, checked against
the appendix printed in the 2021 report, and against a hand-built report for another year.

For 2021 every expected value comes from the seed text (``data/sources/redovisning-2021.txt``), read by
``seed_2021`` independently of the data under test: ids and their order per table, titles (the
appendix's own wording where the chapter words them otherwise: 3.1.6, 3.3.1), agency texts,
status texts, Sida, Klar/Avskriven years, the table and section headings. The same checks run
on the core's structured appendix and on every rendering read back (Word through python-docx,
Excel through openpyxl, CSV through csv, HTML and Markdown through small readers here).

For the other year the expected values come from the measures the test builds.

"""

from __future__ import annotations

import csv
import datetime
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

import handlingsplan as hp
import seed_2021
from seed_2021 import join_lines, loose_key, normalize_ws

SEED = seed_2021.load()
SEED_TITLE = seed_2021.bilaga_title(SEED)
SEED_SECTIONS = seed_2021.bilaga_section_titles(SEED)
SEED_TABLE_HEADINGS = seed_2021.bilaga_table_headings(SEED)

# The section keys of the structured appendix (the library's interface) in the report's order.
KINDS = ("aktuella", "genomförda", "avskrivna")
SEED_ROWS: dict[str, list] = {
    "aktuella": SEED.current,
    "genomförda": SEED.completed,
    "avskrivna": SEED.withdrawn,
}
EMPTY_TEXT = "Inga åtgärder."
PRIORITY_RE = re.compile(r"Strategisk prioritering (\d+)\.")


def seed_header(section_line: int) -> str:
    """The table header printed first after a section heading ("# Åtgärd Ansvarig myndighet
    Status Sida"), whitespace-normalised."""
    for text in SEED.lines[section_line:]:
        if text.strip().startswith("# "):
            return normalize_ws(text)
    raise AssertionError(f"no table header after seed line {section_line}")


# What the seed prints per section: its heading and its table header.
SEED_SECTION = {
    kind: (heading.text.text, seed_header(heading.line))
    for kind, heading in zip(KINDS, SEED_SECTIONS, strict=False)
}


def seed_columns(kind: str) -> list[str]:
    """The column names of the seed's table header of a section."""
    return re.findall(r"Ansvarig myndighet|\S+", SEED_SECTION[kind][1])


def seed_priority_headings() -> dict[int, str]:
    """Each priority's table heading, from its first printing (repeats checked to agree)."""
    out: dict[int, seed_2021.Heading] = {}
    for number, heading in SEED_TABLE_HEADINGS:
        out.setdefault(number, heading)
    return {number: heading.text.text for number, heading in out.items()}


def where(row) -> str:
    return f"(seed {SEED.path.name} line {row.line})"


# --------------------------------------------------------------------------------------------
# One view of an appendix, whatever it was read from


@dataclass
class TableView:
    heading: str  # "Strategisk prioritering N. …" or ""
    columns: list[str]
    rows: list[tuple[str, list[str]]]  # (id, cells); paragraphs in a cell separated by "\n\n"


@dataclass
class SectionView:
    kind: str
    title: str
    tables: list[TableView] = field(default_factory=list)


def same_text(actual: str, expected: seed_2021.Joined) -> bool:
    """Equal where the seed's hyphenation was repaired unambiguously, else loosely."""
    if expected.ambiguous:
        return loose_key(actual) == loose_key(expected.text)
    return actual == expected.text


def current_row_problems(
    row_id: str, cells: list[str], seed_row: seed_2021.CurrentRow
) -> list[str]:
    """How a row of "Aktuella åtgärder" differs from the seed's (nothing if it does not)."""
    at = f"{seed_row.id} {where(seed_row)}"
    if row_id != seed_row.id:
        return [f"row id {row_id!r} where the seed has {seed_row.id} {where(seed_row)}"]
    if len(cells) != 5:
        return [f"{at}: {len(cells)} cells {cells!r}, expected 5"]
    problems = []
    number, title, agency, status, page = cells
    if number != f"{seed_row.id}.":
        problems.append(f"{at}: # cell {number!r}")
    if not same_text(title, seed_row.title):
        problems.append(f"{at}: title {title!r} != seed {seed_row.title.text!r}")
    if agency != seed_row.agency_text:
        problems.append(f"{at}: agency {agency!r} != seed {seed_row.agency_text!r}")
    if status != seed_row.status_text:
        problems.append(f"{at}: status {status!r} != seed {seed_row.status_text!r}")
    if page != str(seed_row.page):
        problems.append(f"{at}: Sida {page!r} != seed {seed_row.page}")
    return problems


def closed_row_problems(
    kind: str, row_id: str, cells: list[str], seed_row: seed_2021.ClosedRow
) -> list[str]:
    """How a row of "Genomförda"/"Avskrivna åtgärder" differs from the seed's.

    The seed does not mark where a title ends: the title (the cell's first paragraph) must be
    the text of the printed cell's first line(s), and title, description (and reason) together
    must be the printed text. A withdrawn measure's reason is its printed last paragraph.
    """
    at = f"{seed_row.id} {where(seed_row)}"
    if row_id != seed_row.id:
        return [f"row id {row_id!r} where the seed has {seed_row.id} {where(seed_row)}"]
    if len(cells) != 4:
        return [f"{at}: {len(cells)} cells {cells!r}, expected 4"]
    problems = []
    number, text, agency, year = cells
    if number != f"{seed_row.id}.":
        problems.append(f"{at}: # cell {number!r}")
    paragraphs = text.split("\n\n")
    printed = [join_lines(list(p)) for p in seed_row.paragraphs]
    # The title is set apart from the first printed paragraph; the others follow as printed.
    if len(paragraphs) != 1 + len(printed):
        problems.append(
            f"{at}: Åtgärd cell has {len(paragraphs)} paragraphs, expected {1 + len(printed)} "
            f"(the title, then the {len(printed)} printed)"
        )
    else:
        title = paragraphs[0]
        candidates = [
            c for c in seed_row.title_candidates() if loose_key(c.text) == loose_key(title)
        ]
        if not candidates:
            problems.append(f"{at}: title {title!r} is not the printed cell's first line(s)")
        elif not any(c.ambiguous for c in candidates) and title not in [c.text for c in candidates]:
            problems.append(f"{at}: title {title!r} != seed {candidates[0].text!r}")
        if loose_key(title + paragraphs[1]) != loose_key(printed[0].text):
            problems.append(
                f"{at}: title and description {title!r}, {paragraphs[1]!r} are not the printed "
                f"{printed[0].text!r}"
            )
        for k, (actual, expected) in enumerate(zip(paragraphs[2:], printed[1:], strict=True), 2):
            if not same_text(actual, expected):
                problems.append(f"{at}: paragraph {k + 1} {actual!r} != seed {expected.text!r}")
    if agency != seed_row.agency_text:
        problems.append(f"{at}: agency {agency!r} != seed {seed_row.agency_text!r}")
    if year != str(seed_row.year):
        problems.append(f"{at}: year {year!r} != seed {seed_row.year}")
    return problems


def expected_tables(kind: str) -> list[tuple[str, list]]:
    """(heading, seed rows) of each table of a section, in the seed's order."""
    rows = SEED_ROWS[kind]
    if kind != "aktuella":
        return [("", rows)]
    headings = seed_priority_headings()
    return [
        (headings[number], [r for r in rows if r.priority == number]) for number in sorted(headings)
    ]


def appendix_problems(sections: list[SectionView], *, with_titles: bool = True) -> list[str]:
    """Every way `sections` differ from the seed's Bilaga 1 (an empty list if they agree)."""
    problems = []
    kinds = [s.kind for s in sections]
    if kinds != list(KINDS):
        return [f"sections {kinds}, expected {list(KINDS)}"]
    for section in sections:
        title, header = SEED_SECTION[section.kind]
        if with_titles and section.title != title:
            problems.append(f"section {section.kind}: title {section.title!r} != seed {title!r}")
        expected = expected_tables(section.kind)
        headings = [t.heading for t in section.tables]
        expected_headings = [h for h, _ in expected]
        if headings != expected_headings:
            problems.append(
                f"section {section.kind}: tables {headings} != seed {expected_headings}"
            )
            continue
        for table, (heading, seed_rows) in zip(section.tables, expected, strict=True):
            where_table = f"{section.kind} {heading!r}"
            if " ".join(table.columns) != header:
                problems.append(f"{where_table}: columns {table.columns} != seed header {header!r}")
            ids = [row_id for row_id, _ in table.rows]
            seed_ids = [r.id for r in seed_rows]
            if ids != seed_ids:
                problems.append(f"{where_table}: ids {ids} != seed {seed_ids}")
                continue
            for (row_id, cells), seed_row in zip(table.rows, seed_rows, strict=True):
                if section.kind == "aktuella":
                    problems += current_row_problems(row_id, cells, seed_row)
                else:
                    problems += closed_row_problems(section.kind, row_id, cells, seed_row)
    return problems


def assert_no_problems(problems: list[str]) -> None:
    assert not problems, f"{len(problems)} differences from the seed:\n" + "\n".join(problems)


# --------------------------------------------------------------------------------------------
# Readers: the core's object, and each rendering read back


def core_view(bilaga) -> list[SectionView]:
    return [
        SectionView(
            kind=section.kind,
            title=section.title,
            tables=[
                TableView(
                    heading=table.title,
                    columns=list(table.columns),
                    rows=[(row.id, [cell.text for cell in row.cells]) for row in table.rows],
                )
                for table in section.tables
            ],
        )
        for section in bilaga.sections
    ]


def _row_id(number_cell: str) -> str:
    """The measure's id from its printed "#" cell ("1.1.5." -> "1.1.5")."""
    return number_cell.strip().removesuffix(".")


@dataclass
class Document:
    """A rendered document read back: its title and its sections (kinds told by position),
    with the texts shown where a section or table is empty."""

    title: str
    sections: list[SectionView]
    empty_notes: list[tuple[str, str]]  # (section title, table heading or "") shown as empty


def _document(blocks: Iterable[tuple[str, object]]) -> Document:
    """Build a Document from its blocks in order: ("h1"|"h2"|"h3"|"p", text) or
    ("table", (columns, rows))."""
    title = ""
    sections: list[SectionView] = []
    notes = []
    heading = ""
    for kind, value in blocks:
        if kind == "h1":
            title = value
        elif kind == "h2":
            position = len(sections)
            sections.append(SectionView(KINDS[position] if position < len(KINDS) else "?", value))
            heading = ""
        elif kind == "h3":
            heading = value
        elif kind == "p" and value == EMPTY_TEXT and sections:
            notes.append((sections[-1].title, heading))
            sections[-1].tables.append(TableView(heading, [], []))
        elif kind == "table" and sections:
            columns, rows = value
            sections[-1].tables.append(
                TableView(heading, columns, [(_row_id(cells[0]), cells) for cells in rows])
            )
    return Document(title, sections, notes)


def docx_document(path: Path) -> Document:
    import docx

    document = docx.Document(str(path))

    def blocks():
        for item in document.iter_inner_content():
            if isinstance(item, docx.table.Table):
                rows = [
                    ["\n\n".join(p.text for p in cell.paragraphs) for cell in row.cells]
                    for row in item.rows
                ]
                yield "table", (rows[0], rows[1:])
            else:
                style = item.style.name if item.style is not None else ""
                level = {"Heading 1": "h1", "Heading 2": "h2", "Heading 3": "h3"}.get(style, "p")
                if item.text.strip() or level != "p":
                    yield level, item.text

    return _document(blocks())


class _HtmlReader(HTMLParser):
    """Headings, "Inga åtgärder." paragraphs and tables of the HTML page, in order; a cell's
    <p> paragraphs are separated by a blank line, a <br> is a line break."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, object]] = []
        self._text: list[str] | None = None  # the text being read (heading, paragraph)
        self._tag = ""
        self._cell: list[str] | None = None  # paragraphs of the cell being read
        self._row: list[str] | None = None
        self._table: list[list[str]] | None = None
        self._in_head = False

    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "h3") or (tag == "p" and self._cell is None and self._table is None):
            self._text, self._tag = [], tag
        elif tag == "table":
            self._table = []
        elif tag == "thead":
            self._in_head = True
        elif tag == "tr" and self._table is not None:
            self._row = []
        elif tag in ("th", "td") and self._row is not None:
            self._cell = [""]
        elif tag == "p" and self._cell is not None:
            if self._cell[-1]:
                self._cell.append("")
        elif tag == "br" and self._cell is not None:
            self._cell[-1] += "\n"

    def handle_endtag(self, tag):
        if self._text is not None and tag == self._tag:
            self.blocks.append((tag, "".join(self._text).strip()))
            self._text = None
        elif tag in ("th", "td") and self._cell is not None:
            self._row.append("\n\n".join(p for p in self._cell if p))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self._table.append(self._row)
            self._row = None
        elif tag == "thead":
            self._in_head = False
        elif tag == "table" and self._table is not None:
            self.blocks.append(("table", (self._table[0], self._table[1:])))
            self._table = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[-1] += data
        elif self._text is not None:
            self._text.append(data)


def html_document(page: str) -> Document:
    reader = _HtmlReader()
    reader.feed(page)
    reader.close()
    return _document(reader.blocks)


_MD_ESCAPED = re.compile(r"\\([\\|*_`\[\]])")


def _md_unescape(text: str) -> str:
    # The renderer escapes Markdown first, then HTML: undo in the reverse order.
    return _MD_ESCAPED.sub(r"\1", html.unescape(text))


def _md_cells(line: str) -> list[str]:
    inner = line.strip().removeprefix("|").removesuffix("|")
    # Split at "|" not escaped by an odd number of backslashes.
    parts = re.split(r"(?<!\\)((?:\\\\)*)\|", inner)
    cells, current = [], ""
    for i, part in enumerate(parts):
        if i % 2 == 0:
            current += part
        else:
            cells.append(current + part)
            current = ""
    cells.append(current)
    out = []
    for cell in cells:
        paragraphs = [_md_unescape(p.strip()) for p in cell.strip().split("<br>")]
        paragraphs = [p[2:-2] if p.startswith("**") and p.endswith("**") else p for p in paragraphs]
        out.append("\n\n".join(paragraphs))
    return out


def markdown_document(text: str) -> Document:
    def blocks():
        for block in text.split("\n\n"):
            block = block.strip()
            heading = re.match(r"(#{1,3}) (.*)", block)
            if heading:
                yield f"h{len(heading.group(1))}", _md_unescape(heading.group(2))
            elif block.startswith("|"):
                lines = block.splitlines()
                yield "table", (_md_cells(lines[0]), [_md_cells(ln) for ln in lines[2:]])
            else:
                yield "p", block

    return _document(blocks())


def xlsx_view(path: Path) -> list[SectionView]:
    """Sheets are sections (named after them); the first sheet carries the priority heading as
    its first column, the measures of a table are consecutive rows with the same heading."""
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    sections = []
    for index, sheet in enumerate(workbook.worksheets):
        values = [
            ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
        ]
        header, rows = values[0], values[1:]
        section = SectionView(KINDS[index] if index < len(KINDS) else "?", sheet.title)
        grouped = header[0] == "Strategisk prioritering"
        columns = header[1:] if grouped else header
        for row in rows:
            heading, cells = (row[0], row[1:]) if grouped else ("", row)
            if not section.tables or section.tables[-1].heading != heading:
                section.tables.append(TableView(heading, columns, []))
            section.tables[-1].rows.append((_row_id(cells[0]), cells))
        sections.append(section)
    return sections


def csv_records(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def csv_view(records: list[dict[str, str]]) -> list[SectionView]:
    """Records grouped into sections (by `section`) and tables (by `priority`), each row's
    cells taken from the columns the seed prints for its section."""
    sections: list[SectionView] = []
    for record in records:
        kind = record["section"]
        columns = seed_columns(kind)
        if not sections or sections[-1].kind != kind:
            sections.append(SectionView(kind, SEED_SECTION[kind][0]))
        section = sections[-1]
        if not section.tables or section.tables[-1].heading != record["priority"]:
            section.tables.append(TableView(record["priority"], columns, []))
        section.tables[-1].rows.append((record["id"], [record[c] for c in columns]))
    return sections


# --------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(scope="module")
def plan():
    return hp.load_default()


@pytest.fixture(scope="module")
def bilaga(plan):
    return plan.report(2021).appendix()


@pytest.fixture(scope="module")
def core(bilaga) -> list[SectionView]:
    return core_view(bilaga)


@pytest.fixture(scope="module")
def rendered(bilaga, tmp_path_factory) -> Path:
    """The 2021 appendix written in every file format, into one folder."""
    folder = tmp_path_factory.mktemp("bilaga-2021")
    bilaga.to_docx(folder / "bilaga.docx")
    bilaga.to_excel(folder / "bilaga.xlsx")
    bilaga.to_csv(folder / "bilaga.csv")
    bilaga.to_html(folder / "bilaga.html")
    (folder / "bilaga.md").write_text(bilaga.to_markdown(), encoding="utf-8")
    return folder


# --------------------------------------------------------------------------------------------
# The seed's own headings, checked against facts read off the seed by hand


def test_seed_headings():
    # Lines 1668-1669 "Bilaga 1:" / "Förteckning över åtgärder"; sections at lines 1676,
    # 2242, 2491.
    assert SEED_TITLE.text.text == "Bilaga 1: Förteckning över åtgärder"
    assert [(h.text.text, h.line) for h in SEED_SECTIONS] == [
        ("Aktuella åtgärder", 1676),
        ("Genomförda åtgärder", 2242),
        ("Avskrivna åtgärder", 2491),
    ]
    assert SEED_SECTION["aktuella"][1] == "# Åtgärd Ansvarig myndighet Status Sida"
    assert SEED_SECTION["genomförda"][1] == "# Åtgärd Ansvarig myndighet Klar"
    assert SEED_SECTION["avskrivna"][1] == "# Åtgärd Ansvarig myndighet Avskriven"


def test_seed_table_headings_repeat_alike():
    """A priority's table heading is printed again after a page break, with the same text, and
    it names the priority of the numbered list (lines 81-90)."""
    numbers = [number for number, _ in SEED_TABLE_HEADINGS]
    assert sorted(set(numbers)) == [1, 2, 3, 4, 5, 6]
    assert numbers == sorted(numbers)
    headings = seed_priority_headings()
    for number, heading in SEED_TABLE_HEADINGS:
        assert heading.text.text == headings[number], where(heading)
    for priority in SEED.priorities:
        assert (
            headings[priority.number]
            == f"Strategisk prioritering {priority.number}. {priority.title.text}"
        )


# --------------------------------------------------------------------------------------------
# 2021: the core's structured appendix


def test_title(bilaga):
    assert bilaga.title == SEED_TITLE.text.text
    assert bilaga.year == 2021


def test_sections(core):
    assert [s.kind for s in core] == list(KINDS)
    assert [s.title for s in core] == [h.text.text for h in SEED_SECTIONS]


def test_all_six_priority_tables(bilaga):
    current = bilaga.sections[0]
    assert current.kind == "aktuella"
    headings = seed_priority_headings()
    assert [t.priority for t in current.tables] == sorted(headings)
    for table in current.tables:
        assert table.title == headings[table.priority], f"priority {table.priority}"


@pytest.mark.parametrize("kind", ["genomförda", "avskrivna"])
def test_closed_sections_have_one_untitled_table(bilaga, kind):
    (section,) = [s for s in bilaga.sections if s.kind == kind]
    assert len(section.tables) == 1
    assert section.tables[0].title == ""
    assert section.tables[0].priority is None


@pytest.mark.parametrize("kind", KINDS)
def test_section_ids_in_printed_order(core, kind):
    (section,) = [s for s in core if s.kind == kind]
    assert [row_id for t in section.tables for row_id, _ in t.rows] == [
        r.id for r in SEED_ROWS[kind]
    ]


@pytest.mark.parametrize("priority", range(1, 7))
def test_priority_table_ids(bilaga, priority):
    (table,) = [t for t in bilaga.sections[0].tables if t.priority == priority]
    assert [row.id for row in table.rows] == [r.id for r in SEED.current if r.priority == priority]


def test_row_count(core):
    assert sum(len(t.rows) for s in core for t in s.tables) == 94
    assert (len(SEED.current), len(SEED.completed), len(SEED.withdrawn)) == (69, 16, 9)


def _core_row(core: list[SectionView], kind: str, row_id: str) -> list[str]:
    (section,) = [s for s in core if s.kind == kind]
    found = [cells for t in section.tables for rid, cells in t.rows if rid == row_id]
    assert len(found) == 1, f"{row_id} appears {len(found)} times in {kind}"
    return found[0]


@pytest.mark.parametrize("measure_id", [r.id for r in SEED.current], ids=str)
def test_current_row(core, measure_id):
    seed_row = SEED.current_by_id[measure_id]
    cells = _core_row(core, "aktuella", measure_id)
    assert_no_problems(current_row_problems(measure_id, cells, seed_row))


@pytest.mark.parametrize("measure_id", [r.id for r in SEED.completed], ids=str)
def test_completed_row(core, measure_id):
    (seed_row,) = [r for r in SEED.completed if r.id == measure_id]
    cells = _core_row(core, "genomförda", measure_id)
    assert_no_problems(closed_row_problems("genomförda", measure_id, cells, seed_row))


@pytest.mark.parametrize("measure_id", [r.id for r in SEED.withdrawn], ids=str)
def test_withdrawn_row(core, measure_id):
    (seed_row,) = [r for r in SEED.withdrawn if r.id == measure_id]
    cells = _core_row(core, "avskrivna", measure_id)
    assert_no_problems(closed_row_problems("avskrivna", measure_id, cells, seed_row))


@pytest.mark.parametrize("measure_id", ["3.1.6", "3.3.1"])
def test_appendix_wording_where_the_chapter_differs(core, measure_id):
    """The chapter words these titles otherwise ("Utveckla ett nationellt
    cybersäkerhetscenter", "… ledningssystem …"); Bilaga 1 prints its own wording."""
    chapter = SEED.chapter_title(measure_id)
    appendix = SEED.current_by_id[measure_id].title
    assert chapter is not None and chapter.text != appendix.text  # the seed does differ here
    title = _core_row(core, "aktuella", measure_id)[1]
    assert title == appendix.text
    assert title != chapter.text


def test_whole_appendix_matches_seed(core):
    assert_no_problems(appendix_problems(core))


# --------------------------------------------------------------------------------------------
# 2021: the renderings read back


def test_docx_matches_seed(rendered):
    document = docx_document(rendered / "bilaga.docx")
    assert document.title == SEED_TITLE.text.text
    assert document.empty_notes == []
    assert_no_problems(appendix_problems(document.sections))


def test_docx_tables_and_headers(rendered):
    """The Word file holds the eight tables, each with the seed's header row (cell by cell)
    and as many rows as the seed prints."""
    import docx

    tables = docx.Document(str(rendered / "bilaga.docx")).tables
    expected = [t for s in SEED_SECTION for t in expected_tables(s)]
    assert len(tables) == len(expected) == 8
    headers = [[c.text for c in t.rows[0].cells] for t in tables]
    assert headers == [seed_columns("aktuella")] * 6 + [
        seed_columns("genomförda"),
        seed_columns("avskrivna"),
    ]
    assert [len(t.rows) - 1 for t in tables] == [len(rows) for _, rows in expected]


def test_xlsx_matches_seed(rendered):
    sections = xlsx_view(rendered / "bilaga.xlsx")
    # Sheet names are the section titles (Excel allows 31 characters, these are shorter).
    assert_no_problems(appendix_problems(sections))


def test_xlsx_numbers_are_numbers(rendered):
    """Sida and the years are stored as numbers; the printed ids ("1.1.5.") stay text."""
    import openpyxl

    workbook = openpyxl.load_workbook(rendered / "bilaga.xlsx")
    current = workbook.worksheets[0]
    header = [c.value for c in current[1]]
    pages = [row[header.index("Sida")] for row in current.iter_rows(min_row=2, values_only=True)]
    assert pages == [r.page for r in SEED.current]
    ids = [row[header.index("#")] for row in current.iter_rows(min_row=2, values_only=True)]
    assert ids == [f"{r.id}." for r in SEED.current]


def test_html_matches_seed(rendered):
    page = (rendered / "bilaga.html").read_text(encoding="utf-8")
    document = html_document(page)
    assert document.title == SEED_TITLE.text.text
    assert document.empty_notes == []
    assert_no_problems(appendix_problems(document.sections))


def test_html_contains_every_id(rendered):
    page = (rendered / "bilaga.html").read_text(encoding="utf-8")
    row_headers = re.findall(r'<th scope="row">([^<]*)</th>', page)
    seed_ids = [r.id for kind in KINDS for r in SEED_ROWS[kind]]
    assert [_row_id(h) for h in row_headers] == seed_ids
    for measure_id in seed_ids:
        assert f">{measure_id}.<" in page, measure_id


def test_markdown_matches_seed(rendered):
    document = markdown_document((rendered / "bilaga.md").read_text(encoding="utf-8"))
    assert document.title == SEED_TITLE.text.text
    assert document.empty_notes == []
    assert_no_problems(appendix_problems(document.sections))


def test_csv_one_row_per_measure(rendered):
    records = csv_records(rendered / "bilaga.csv")
    assert len(records) == 94 == len(SEED.current) + len(SEED.completed) + len(SEED.withdrawn)
    assert "section" in records[0]
    assert [r["section"] for r in records] == [k for k in KINDS for _ in SEED_ROWS[k]]
    assert [r["id"] for r in records] == [r.id for k in KINDS for r in SEED_ROWS[k]]


def test_csv_matches_seed(rendered):
    records = csv_records(rendered / "bilaga.csv")
    assert_no_problems(appendix_problems(csv_view(records)))


def test_csv_leaves_other_sections_columns_empty(rendered):
    """Klar/Avskriven are empty for active measures, Status/Sida for ended ones."""
    records = csv_records(rendered / "bilaga.csv")
    own = {
        "aktuella": {"Status", "Sida"},
        "genomförda": {"Klar"},
        "avskrivna": {"Avskriven"},
    }
    extra = {"Status", "Sida", "Klar", "Avskriven"}
    for record in records:
        for column in extra - own[record["section"]]:
            assert record[column] == "", (record["id"], column)


def test_dataframe_rows(bilaga):
    frame = bilaga.to_dataframe()
    assert list(frame["id"]) == [r.id for k in KINDS for r in SEED_ROWS[k]]
    assert list(frame["section"]) == [k for k in KINDS for _ in SEED_ROWS[k]]
    current = frame[frame["section"] == "aktuella"]
    assert list(current["Status"]) == [r.status_text for r in SEED.current]
    assert list(current["Sida"]) == [str(r.page) for r in SEED.current]


# --------------------------------------------------------------------------------------------
# Another year: a hand-built report for 2022


@dataclass(frozen=True)
class Built:
    """A measure the test builds, and what its row of the appendix must show."""

    id: str
    measure: hp.Measure
    section: str  # the section it belongs in
    title: str  # the title the appendix prints
    agencies: str  # the agency text the appendix prints
    last_cell: str  # Status (aktuella) or Klar (genomförda)
    page: str = ""  # Sida as printed


def _built(
    measure_id: str,
    status,
    section: str,
    last_cell: str,
    *,
    title: str | None = None,
    agencies: str = "MSB i samverkan med FRA",
    period: str | None = "2021–2022",
    page: int | None = None,
    appendix_title: str | None = None,
    appendix_agencies: str | None = None,
) -> Built:
    title = title or f"Åtgärd {measure_id}"
    measure = hp.Measure(
        id=measure_id,
        title=title,
        description=f"Beskrivning av {measure_id}.",
        agencies=agencies,
        period=period,
        page=page,
        status=status,
        appendix_title=appendix_title,
        appendix_agencies=appendix_agencies,
    )
    return Built(
        measure_id,
        measure,
        section,
        appendix_title or title,
        appendix_agencies or agencies,
        last_cell,
        "" if page is None else str(page),
    )


# Given out of numeric order on purpose: the appendix must sort them. No withdrawn measure;
# priority 3 has a measure but no active one, priorities 4 and 6 have none at all.
MEASURES_2022: dict[str, Built] = {
    b.id: b
    for b in (
        _built("1.1.10", hp.Status.added(), "aktuella", "Ny åtgärd", page=12),
        _built("1.1.9", hp.Status.ongoing(), "aktuella", "", page=11),
        _built(
            "1.1.2",
            hp.Status.updated(schedule=True),
            "aktuella",
            "Uppdaterad, tidplan",
            agencies="FRA",
            page=10,
        ),
        _built(
            "2.2.3",
            hp.Status.updated(schedule=True, content=True),
            "aktuella",
            "Uppdaterad, tidplan och innehåll",
            title="Titel i kapitlet",
            appendix_title="Titel i bilagan",
            agencies="FMV med stöd av FRA, Försvarsmakten och MSB",
            appendix_agencies="FMV med stöd av FRA och MSB",
            page=15,
        ),
        _built(
            "2.1.1",
            hp.Status.updated(content=True),
            "aktuella",
            "Uppdaterad, innehåll",
            agencies="PTS",
            page=14,
        ),
        _built("5.1.1", hp.Status.added(), "aktuella", "Ny åtgärd", period="2022 och tills vidare"),
        _built("3.1.1", hp.Status.completed(2021), "genomförda", "2021", period=None),
        _built("1.3.4", hp.Status.completed(2022), "genomförda", "2022", period=None),
    )
}
# Ids in numeric order, per section and priority.
CURRENT_2022 = {
    1: ["1.1.2", "1.1.9", "1.1.10"],
    2: ["2.1.1", "2.2.3"],
    3: [],
    4: [],
    5: ["5.1.1"],
    6: [],
}
COMPLETED_2022 = ["1.3.4", "3.1.1"]


@pytest.fixture(scope="module")
def plan_2022(plan):
    measures = [b.measure for b in MEASURES_2022.values()]
    report = hp._core.Report(2022, datetime.date(2022, 3, 1), measures)
    return hp.Plan(
        title="Samlad informations- och cybersäkerhetshandlingsplan 2019–2022",
        first_year=2019,
        last_year=2022,
        priorities=plan.priorities,
        reports=[report],
    )


@pytest.fixture(scope="module")
def bilaga_2022(plan_2022):
    return plan_2022.report(2022).appendix()


def _priority_heading(priority) -> str:
    return f"Strategisk prioritering {priority.number}. {priority.title}"


def test_2022_sections(bilaga_2022):
    assert bilaga_2022.year == 2022
    assert bilaga_2022.title == SEED_TITLE.text.text
    assert [s.kind for s in bilaga_2022.sections] == list(KINDS)
    assert [s.title for s in bilaga_2022.sections] == [h.text.text for h in SEED_SECTIONS]


def test_2022_priority_tables(bilaga_2022, plan_2022):
    """Every priority has its table, in order, those without an active measure empty."""
    tables = bilaga_2022.sections[0].tables
    assert [t.priority for t in tables] == [1, 2, 3, 4, 5, 6]
    assert [t.title for t in tables] == [_priority_heading(p) for p in plan_2022.priorities]
    assert {t.priority: [r.id for r in t.rows] for t in tables} == CURRENT_2022


def test_2022_rows_in_numeric_order(bilaga_2022):
    (table,) = [t for t in bilaga_2022.sections[0].tables if t.priority == 1]
    ids = [row.id for row in table.rows]
    assert ids.index("1.1.9") < ids.index("1.1.10")
    assert [row.cells[0].text for row in table.rows] == ["1.1.2.", "1.1.9.", "1.1.10."]


def test_2022_current_cells(bilaga_2022):
    seen = []
    for table in bilaga_2022.sections[0].tables:
        for row in table.rows:
            built = MEASURES_2022[row.id]
            assert built.section == "aktuella", row.id
            assert [cell.text for cell in row.cells] == [
                f"{row.id}.",
                built.title,
                built.agencies,
                built.last_cell,
                built.page,
            ], row.id
            seen.append(row.id)
    assert sorted(seen) == sorted(i for i, b in MEASURES_2022.items() if b.section == "aktuella")


def test_2022_appendix_wording(bilaga_2022):
    (table,) = [t for t in bilaga_2022.sections[0].tables if t.priority == 2]
    (row,) = [r for r in table.rows if r.id == "2.2.3"]
    assert row.cells[1].text == "Titel i bilagan"
    assert row.cells[2].text == "FMV med stöd av FRA och MSB"
    assert row.cells[3].text == "Uppdaterad, tidplan och innehåll"


def test_2022_status_texts_derive_from_statuses(bilaga_2022):
    statuses = {
        row.id: row.cells[3].text for table in bilaga_2022.sections[0].tables for row in table.rows
    }
    assert statuses == {
        "1.1.2": "Uppdaterad, tidplan",
        "1.1.9": "",
        "1.1.10": "Ny åtgärd",
        "2.1.1": "Uppdaterad, innehåll",
        "2.2.3": "Uppdaterad, tidplan och innehåll",
        "5.1.1": "Ny åtgärd",
    }


def test_2022_completed(bilaga_2022):
    section = bilaga_2022.sections[1]
    (table,) = section.tables
    assert list(table.columns) == ["#", "Åtgärd", "Ansvarig myndighet", "Klar"]
    assert [row.id for row in table.rows] == COMPLETED_2022
    for row in table.rows:
        built = MEASURES_2022[row.id]
        assert [cell.text for cell in row.cells] == [
            f"{row.id}.",
            f"{built.title}\n\n{built.measure.description}",
            built.agencies,
            built.last_cell,
        ]


def test_2022_withdrawn_section_is_empty(bilaga_2022):
    section = bilaga_2022.sections[2]
    assert section.kind == "avskrivna"
    (table,) = section.tables
    assert list(table.columns) == ["#", "Åtgärd", "Ansvarig myndighet", "Avskriven"]
    assert len(table.rows) == 0
    assert "0 avskrivna" in repr(bilaga_2022)


# What a document shows as empty: the three priorities without an active measure and the
# withdrawn section.
def _empty_2022(plan_2022) -> list[tuple[str, str]]:
    return [("Aktuella åtgärder", _priority_heading(plan_2022.priority(n))) for n in (3, 4, 6)] + [
        ("Avskrivna åtgärder", "")
    ]


def _assert_document_2022(document: Document, plan_2022) -> None:
    assert document.title == SEED_TITLE.text.text
    assert [s.title for s in document.sections] == [h.text.text for h in SEED_SECTIONS]
    assert document.empty_notes == _empty_2022(plan_2022)
    current, completed, withdrawn = document.sections
    assert [t.heading for t in current.tables] == [
        _priority_heading(p) for p in plan_2022.priorities
    ]
    assert {
        int(PRIORITY_RE.match(t.heading).group(1)): [rid for rid, _ in t.rows]
        for t in current.tables
    } == CURRENT_2022
    assert [rid for t in completed.tables for rid, _ in t.rows] == COMPLETED_2022
    assert [t.rows for t in withdrawn.tables] == [[]]
    statuses = {rid: cells[3] for t in current.tables for rid, cells in t.rows}
    assert statuses == {i: b.last_cell for i, b in MEASURES_2022.items() if b.section == "aktuella"}


def test_2022_docx(bilaga_2022, plan_2022, tmp_path):
    bilaga_2022.to_docx(tmp_path / "bilaga.docx")
    _assert_document_2022(docx_document(tmp_path / "bilaga.docx"), plan_2022)


def test_2022_html(bilaga_2022, plan_2022, tmp_path):
    page = bilaga_2022.to_html(tmp_path / "bilaga.html")
    assert (tmp_path / "bilaga.html").read_text(encoding="utf-8") == page
    _assert_document_2022(html_document(page), plan_2022)


def test_2022_markdown(bilaga_2022, plan_2022):
    _assert_document_2022(markdown_document(bilaga_2022.to_markdown()), plan_2022)


def test_2022_csv(bilaga_2022, tmp_path):
    bilaga_2022.to_csv(tmp_path / "bilaga.csv")
    records = csv_records(tmp_path / "bilaga.csv")
    expected = [rid for n in sorted(CURRENT_2022) for rid in CURRENT_2022[n]] + COMPLETED_2022
    assert [r["id"] for r in records] == expected
    assert [r["section"] for r in records] == ["aktuella"] * 6 + ["genomförda"] * 2
    assert {r["id"]: r["Klar"] for r in records if r["section"] == "genomförda"} == {
        "1.3.4": "2022",
        "3.1.1": "2021",
    }


def test_2022_xlsx(bilaga_2022, tmp_path):
    import openpyxl

    bilaga_2022.to_excel(tmp_path / "bilaga.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "bilaga.xlsx")
    assert workbook.sheetnames == [h.text.text for h in SEED_SECTIONS]
    withdrawn = workbook.worksheets[2]
    rows = list(withdrawn.iter_rows(values_only=True))
    assert rows == [("#", "Åtgärd", "Ansvarig myndighet", "Avskriven")]
    sections = xlsx_view(tmp_path / "bilaga.xlsx")
    assert [rid for t in sections[0].tables for rid, _ in t.rows] == [
        rid for n in sorted(CURRENT_2022) for rid in CURRENT_2022[n]
    ]


def seed_intro() -> str:
    """The paragraph between the "Aktuella åtgärder" heading and the first priority table,
    whitespace-normalised."""
    start = SEED_SECTIONS[0].line  # 1-based line of "Aktuella åtgärder"
    lines = []
    for text in SEED.lines[start:]:
        if not text.strip() or text.strip().startswith("Strategisk prioritering"):
            break
        lines.append(text)
    assert lines, f"no paragraph after seed line {start}"
    return normalize_ws(" ".join(lines))


def test_the_intro_paragraph_is_the_reports_own(tmp_path: Path) -> None:
    import docx

    bilaga = hp.load_default().report(2021).appendix()
    intro = seed_intro()
    assert intro.startswith("Bilagan innehåller")
    assert normalize_ws(bilaga.intro) == intro
    bilaga.to_docx(tmp_path / "b.docx")
    paragraphs = [normalize_ws(p.text) for p in docx.Document(str(tmp_path / "b.docx")).paragraphs]
    assert intro in paragraphs
    assert html.escape(intro, quote=False) in normalize_ws(bilaga.to_html())
