"""Bilaga 1, "Förteckning över åtgärder": the yearly appendix laid out as Word, HTML, Markdown,
CSV, Excel and pandas.

The C++ core builds the structured appendix (sections, tables, rows of cells as printed); this
module only lays it out. It relies on nothing but the attributes described by
:class:`AppendixLike` and its parts, so it works on the core's object and on any stand-in.

Every format reads one normalised view of the appendix, built in one place (:func:`_normalise`):
documents (Word, HTML, Markdown) walk its sections and tables, data formats (CSV, Excel, pandas)
walk its flat records (:func:`_records`). A format decides layout only, never what a cell or a
row is.
"""

from __future__ import annotations

import csv
import html
import io
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ._files import reading, writing
from .errors import TemplateError

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped, unused-ignore]
    from docx.document import Document as DocxDocument
    from docx.table import _Cell as DocxCell
    from docx.table import _Row as DocxRow

__all__ = [
    "AppendixLike",
    "Bilaga",
    "RowLike",
    "SectionLike",
    "TableLike",
    "TemplateError",
]

PathLike = str | os.PathLike[str]

#: The line shown under a heading whose section or table has no measure, so an empty part of
#: the appendix is visibly empty rather than silently missing.
EMPTY_TEXT = "Inga åtgärder."

#: The paragraph in a Word template that the appendix replaces.
PLACEHOLDER = "{{ bilaga }}"

# The published columns of each section, in the report's order. They fix the CSV's columns and
# the columns of an Excel sheet whose section has no table to take them from.
_SECTION_COLUMNS: dict[str, tuple[str, ...]] = {
    "aktuella": ("#", "Åtgärd", "Ansvarig myndighet", "Status", "Sida"),
    "genomförda": ("#", "Åtgärd", "Ansvarig myndighet", "Klar"),
    "avskrivna": ("#", "Åtgärd", "Ansvarig myndighet", "Avskriven"),
}
_KNOWN_COLUMNS = ("#", "Åtgärd", "Ansvarig myndighet", "Status", "Sida", "Klar", "Avskriven")

# The column whose first paragraph is the measure's title in the sections that print title,
# description (and reason) together; the title is set apart (bold) as in the published report.
_TITLED_COLUMN = "Åtgärd"
_TITLED_SECTIONS = frozenset({"genomförda", "avskrivna"})

# Flat records (CSV, pandas) name their own fields in English, like the structured appendix.
_RECORD_FIELDS = ("section", "priority", "id")
# An Excel sheet is read by people, so its priority column gets the report's own word.
_SHEET_PRIORITY_COLUMN = "Strategisk prioritering"

# Relative column widths, roughly in characters of their usual content, so that one table serves
# Word (scaled to the page), HTML (as percentages) and Excel (as character widths). "#", "Status",
# "Sida" and "Ansvarig myndighet" are wide enough that "1.1.14.", "Uppdaterad,", the bold header
# "Sida" and "Säkerhetspolisen," stay on one line in Word at 11 pt, even in a font as wide as
# DejaVu Serif (what LibreOffice shows for Cambria); "Åtgärd" wraps well and takes the rest.
_COLUMN_WIDTHS: dict[str, float] = {
    "#": 13,
    "Åtgärd": 44,
    "Ansvarig myndighet": 30,
    "Status": 21,
    "Sida": 10,
    "Klar": 9,
    "Avskriven": 13,
    _SHEET_PRIORITY_COLUMN: 45,
}
_DEFAULT_WIDTH = 14.0

_A4_MM = (210.0, 297.0)
_MARGIN_MM = 20.0
_WORD_STYLES = ("Heading 1", "Heading 2", "Heading 3", "Table Grid")
_TABLE_STYLE = "Table Grid"
_HEADER_FILL = "E6E6E6"  # the same light grey as the HTML's header row
_WORD_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"

_HTML_CSS = """\
body { font-family: "Segoe UI", Calibri, Arial, sans-serif; font-size: 10.5pt;
       line-height: 1.35; color: #111; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6em; }
h2 { font-size: 1.3em; margin-top: 1.8em; }
h3 { font-size: 1.05em; margin-top: 1.4em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: .4em 0 1.2em; }
th, td { border: 1px solid #777; padding: .3em .45em; text-align: left; vertical-align: top;
         overflow-wrap: break-word; hyphens: auto; }
thead th { background: #e6e6e6; }
tbody th { font-weight: normal; }
td p { margin: 0 0 .5em; }
td p:last-child { margin-bottom: 0; }
p.inga { font-style: italic; }
@page { size: A4 portrait; margin: 18mm 16mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
  thead { display: table-header-group; }
  tr, th, td { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  thead th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""



# --- The interface of the structured appendix (duck-typed) -------------------------------------


class RowLike(Protocol):
    """One measure's row: its id ("1.1.5") and its cells as printed, one per column."""

    @property
    def id(self) -> str:
        """The measure's number without the printed trailing dot."""
        ...

    @property
    def cells(self) -> Sequence[str]:
        """The printed cells; paragraphs within a cell are separated by a blank line."""
        ...


class TableLike(Protocol):
    """A table of the appendix: one per strategic priority in "aktuella", else one untitled."""

    @property
    def title(self) -> str:
        """The priority's heading, or "" for a section's only table."""
        ...

    @property
    def columns(self) -> Sequence[str]:
        """The column headers as printed."""
        ...

    @property
    def rows(self) -> Sequence[RowLike]:
        """The rows in the report's order; may be empty."""
        ...


class SectionLike(Protocol):
    """A section of the appendix: "aktuella", "genomförda" or "avskrivna"."""

    @property
    def kind(self) -> str:
        """The section's key: "aktuella", "genomförda" or "avskrivna"."""
        ...

    @property
    def title(self) -> str:
        """The section's heading, e.g. "Aktuella åtgärder"."""
        ...

    @property
    def tables(self) -> Sequence[TableLike]:
        """The section's tables in order; may be empty."""
        ...


class AppendixLike(Protocol):
    """The structured appendix the C++ core produces for one yearly report."""

    @property
    def year(self) -> int:
        """The year of the report (redovisning)."""
        ...

    @property
    def title(self) -> str:
        """The appendix's title, "Bilaga 1: Förteckning över åtgärder"."""
        ...

    @property
    def sections(self) -> Sequence[SectionLike]:
        """The sections in order."""
        ...


# --- The normalised view every format reads ----------------------------------------------------


@dataclass(frozen=True)
class _Cell:
    """A cell split into paragraphs; `titled` if its first paragraph is a measure's title."""

    paragraphs: tuple[str, ...]
    titled: bool

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class _Row:
    id: str
    cells: tuple[_Cell, ...]


@dataclass(frozen=True)
class _Table:
    title: str
    columns: tuple[str, ...]
    rows: tuple[_Row, ...]


@dataclass(frozen=True)
class _Section:
    kind: str
    title: str
    tables: tuple[_Table, ...]

    @property
    def has_priorities(self) -> bool:
        # "aktuella" is grouped by priority even in a year where its tables happen to be missing.
        return self.kind == "aktuella" or any(table.title for table in self.tables)


@dataclass(frozen=True)
class _Record:
    """One measure as a flat record: where it stands in the appendix and its cells by column."""

    section: _Section
    priority: str
    id: str
    cells: dict[str, str]


def _paragraphs(text: str) -> tuple[str, ...]:
    # Blank lines separate paragraphs; stray whitespace around them is layout, not content.
    return tuple(part.strip() for part in text.split("\n\n") if part.strip())


def _normalise_table(kind: str, table: TableLike) -> _Table:
    columns = tuple(table.columns)
    titled = [kind in _TITLED_SECTIONS and column == _TITLED_COLUMN for column in columns]
    rows = tuple(_normalise_row(row, table.title, titled) for row in table.rows)
    return _Table(title=table.title, columns=columns, rows=rows)


def _normalise_row(row: RowLike, table_title: str, titled: Sequence[bool]) -> _Row:
    cells = tuple(row.cells)
    # Checked here, once, so that no format can drop or shift a cell without a word.
    if len(cells) != len(titled):
        raise ValueError(
            f"row {row.id!r} of table {table_title!r} has {len(cells)} cells "
            f"for {len(titled)} columns"
        )
    return _Row(
        id=row.id,
        cells=tuple(_Cell(_paragraphs(c), t) for c, t in zip(cells, titled, strict=True)),
    )


def _normalise(appendix: AppendixLike) -> tuple[_Section, ...]:
    """Copy the core's appendix into the plain view the renderers share, checking its shape."""
    return tuple(
        _Section(
            kind=section.kind,
            title=section.title,
            tables=tuple(_normalise_table(section.kind, table) for table in section.tables),
        )
        for section in appendix.sections
    )


def _records(sections: Sequence[_Section]) -> Iterator[_Record]:
    for section in sections:
        for table in section.tables:
            for row in table.rows:
                cells = {
                    column: cell.text for column, cell in zip(table.columns, row.cells, strict=True)
                }
                yield _Record(section=section, priority=table.title, id=row.id, cells=cells)


def _union_columns(*groups: Sequence[str]) -> tuple[str, ...]:
    # The published columns first, in their fixed order, so a file's layout does not change
    # with the year; anything else the core adds follows in the order met.
    seen = [column for column in _KNOWN_COLUMNS if any(column in group for group in groups)]
    for group in groups:
        seen.extend(column for column in group if column not in seen)
    return tuple(seen)


def _record_columns(sections: Sequence[_Section]) -> tuple[str, ...]:
    return _RECORD_FIELDS + _union_columns(
        _KNOWN_COLUMNS, *(table.columns for section in sections for table in section.tables)
    )


def _record_values(record: _Record, columns: Iterable[str]) -> list[str | None]:
    """The record's values in `columns`; None for a column its section does not have."""
    fields = {"section": record.section.kind, "priority": record.priority, "id": record.id}
    fields.update(record.cells)
    return [fields.get(column) for column in columns]


def _section_columns(section: _Section) -> tuple[str, ...]:
    """The published columns of `section`, known even when it has no table to show them."""
    return _union_columns(
        _SECTION_COLUMNS.get(section.kind, ()), *(table.columns for table in section.tables)
    )


def _relative_widths(columns: Sequence[str]) -> list[float]:
    """Each column's share of the table's width, summing to 1."""
    weights = [_COLUMN_WIDTHS.get(column, _DEFAULT_WIDTH) for column in columns]
    total = sum(weights)
    return [weight / total for weight in weights]


# --- The facade ---------------------------------------------------------------------------------


class Bilaga:
    """Bilaga 1, "Förteckning över åtgärder", of one yearly report, ready to render.

    Wraps the structured appendix built by the core (any object with the attributes of
    :class:`AppendixLike`) and lays it out as Word, HTML, Markdown, CSV, Excel or a DataFrame.
    Empty sections and priorities are shown as "Inga åtgärder." in the documents.
    """

    def __init__(self, appendix: AppendixLike) -> None:
        """Wrap `appendix`, the core's structured appendix; nothing is copied until rendering."""
        self._appendix = appendix

    @property
    def year(self) -> int:
        """The year of the report the appendix belongs to."""
        return self._appendix.year

    @property
    def title(self) -> str:
        """The appendix's title, "Bilaga 1: Förteckning över åtgärder"."""
        return self._appendix.title

    @property
    def intro(self) -> str:
        """The paragraph that opens the list ("Bilagan innehåller en överskådlig lista …"), or ""
        where the appendix has none."""
        return str(getattr(self._appendix, "intro", ""))

    @property
    def sections(self) -> Sequence[SectionLike]:
        """The core's sections, in order: aktuella, genomförda, avskrivna."""
        return self._appendix.sections

    def __repr__(self) -> str:
        """Say what it holds: `<Bilaga 2021: 84 aktuella, 30 genomförda, 12 avskrivna>`."""
        # Counted on the core's object directly: a repr must not fail on a malformed row.
        counts = ", ".join(
            f"{sum(len(table.rows) for table in section.tables)} {section.kind}"
            for section in self._appendix.sections
        )
        return f"<Bilaga {self.year}: {counts}>"

    # Documents.

    def to_docx(self, path: PathLike, template: PathLike | None = None) -> None:
        """Write the appendix as a Word document.

        Without `template`, a new A4 portrait document. With `template` (a .docx or .dotx the
        agency keeps, with its letterhead and styles), the appendix replaces the paragraph that
        reads exactly ``{{ bilaga }}``, or is added at the end if there is none, in the
        template's own styles. Raises :class:`TemplateError` if the template is missing or not a
        Word document.
        """
        if template is None:
            document = _new_docx()
            _write_docx(document, self.title, self.intro, _normalise(self._appendix))
        else:
            document = _open_docx_template(template)
            _write_docx_at_placeholder(
                document,
                lambda doc: _write_docx(doc, self.title, self.intro, _normalise(self._appendix)),
            )
        with writing(path) as name:
            document.save(name)

    def to_html(self, path: PathLike | None = None) -> str:
        """Return the appendix as one self-contained HTML5 page, and write it to `path` if given.

        The page is UTF-8, in Swedish (lang="sv"), with no external assets, and prints on A4
        with the table headers repeated on each page and no row split across pages.
        """
        body = _html_body(self.title, self.intro, _normalise(self._appendix))
        page = (
            '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_esc(self.title)} ({self.year})</title>\n"
            f"<style>\n{_HTML_CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
        )
        if path is not None:
            with writing(path) as name:
                Path(name).write_text(page, encoding="utf-8", newline="\n")
        return page

    def _repr_html_(self) -> str:
        """The appendix's headings and tables as an HTML fragment, for Jupyter."""
        body = _html_body(self.title, self.intro, _normalise(self._appendix))
        return f'<div class="handlingsplan-bilaga">\n{body}</div>\n'

    def to_markdown(self, path: PathLike | None = None) -> str:
        """Return the appendix as Markdown (headings and pipe tables); write it to `path` if given.

        Paragraphs within a cell are joined with ``<br>``; characters that Markdown or HTML would
        read as markup ("|", "*", "<" ...) are escaped.
        """
        text = _markdown(self.title, self.intro, _normalise(self._appendix))
        if path is not None:
            with writing(path) as name:
                Path(name).write_text(text, encoding="utf-8", newline="\n")
        return text

    # Data.

    def to_csv(self, path: PathLike, *, delimiter: str = ",") -> None:
        """Write one row per measure: section, priority, id, then every published column.

        The file is UTF-8 with a byte-order mark ("utf-8-sig"), which is what makes Excel open
        å, ä and ö right. Swedish Excel expects ";" between fields when a file is double-clicked:
        pass ``delimiter=";"`` for that. A column a section does not have is left empty.
        """
        sections = _normalise(self._appendix)
        columns = _record_columns(sections)
        with writing(path) as name, open(name, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=delimiter)
            writer.writerow(columns)
            for record in _records(sections):
                writer.writerow(["" if v is None else v for v in _record_values(record, columns)])

    def to_dataframe(self) -> pd.DataFrame:
        """Return one row per measure, with the columns of :meth:`to_csv`.

        A column the measure's section does not have (Klar for an active measure) is missing
        (NA); an empty published cell (Status of an unchanged measure) is "".
        """
        import pandas as pd

        sections = _normalise(self._appendix)
        columns = _record_columns(sections)
        values = [_record_values(record, columns) for record in _records(sections)]
        return pd.DataFrame(values, columns=list(columns), dtype="string")

    def to_excel(self, path: PathLike) -> None:
        """Write an Excel workbook with one sheet per section, named after the section.

        The "Aktuella åtgärder" sheet carries the strategic priority as its first column. Each
        sheet has a bold, frozen header row with a filter, set column widths and wrapped text;
        a section without measures is a sheet with its header row only.
        """
        from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]

        workbook = Workbook()
        for index, section in enumerate(_normalise(self._appendix)):
            sheet = workbook.active if index == 0 else workbook.create_sheet()
            _fill_sheet(sheet, section)
        with writing(path) as name:
            workbook.save(name)


# --- Word ---------------------------------------------------------------------------------------


def _new_docx() -> DocxDocument:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    document = Document()
    for section in document.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(_A4_MM[0]), Mm(_A4_MM[1])
        section.left_margin = section.right_margin = Mm(_MARGIN_MM)
        section.top_margin = section.bottom_margin = Mm(_MARGIN_MM)
    return document


def _open_docx_template(template: PathLike) -> DocxDocument:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    with reading(template) as name:
        path = Path(name)
        if not path.exists():
            raise TemplateError(f"Word template not found: {path}")
        if not path.is_file():
            raise TemplateError(f"Word template is not a regular file (a directory, a FIFO …): {path}")
        data = path.read_bytes()
    try:
        return Document(io.BytesIO(_as_document_package(data)))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TemplateError(f"not a Word document (.docx or .dotx): {path}: {error}") from error


def _as_document_package(data: bytes) -> bytes:
    """Return a .dotx template's bytes relabelled as a .docx, which python-docx insists on."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read("[Content_Types].xml").decode("utf-8")
        template_type = f"{_WORD_CONTENT_TYPE}.template.main+xml"
        if template_type not in types:
            return data
        relabelled = io.BytesIO()
        with zipfile.ZipFile(relabelled, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                content = source.read(item)
                if item.filename == "[Content_Types].xml":
                    content = types.replace(
                        template_type, f"{_WORD_CONTENT_TYPE}.document.main+xml"
                    ).encode("utf-8")
                target.writestr(item, content)
    return relabelled.getvalue()


def _write_docx_at_placeholder(
    document: DocxDocument, write: Callable[[DocxDocument], None]
) -> None:
    """Let `write` append to `document`, then move what it added to the placeholder, if any."""
    body = document.element.body
    placeholder = next((p for p in document.paragraphs if p.text.strip() == PLACEHOLDER), None)
    count_before = len(body)
    write(document)
    if placeholder is None:
        return
    # python-docx appends before the body's closing section properties, so the new blocks are
    # the ones just before it.
    end = len(body) - (1 if body.sectPr is not None else 0)
    added = list(body)[end - (len(body) - count_before) : end]
    for element in added:
        placeholder._p.addprevious(element)
    body.remove(placeholder._p)


def _write_docx(
    document: DocxDocument, title: str, intro: str, sections: Sequence[_Section]
) -> None:
    _ensure_docx_styles(document)
    width = _docx_text_width(document)
    document.add_heading(title, level=1)
    if intro:
        document.add_paragraph(intro)
    for section in sections:
        document.add_heading(section.title, level=2)
        if not section.tables:
            document.add_paragraph(EMPTY_TEXT)
        for table in section.tables:
            if table.title:
                document.add_heading(table.title, level=3)
            if table.rows:
                _add_docx_table(document, table, width)
            else:
                document.add_paragraph(EMPTY_TEXT)


def _ensure_docx_styles(document: DocxDocument) -> None:
    """Give `document` the heading and table styles it lacks, from python-docx's own template.

    A template saved by Word often defines only the styles it uses; its other built-in styles
    are "latent" and python-docx cannot apply them until they are defined.
    """
    from docx import Document

    missing = [name for name in _WORD_STYLES if name not in document.styles]
    if not missing:
        return
    source = Document().styles
    for name in missing:
        _copy_style(source[name].element, source.element, document.styles.element)


def _copy_style(style: Any, source: Any, target: Any) -> None:
    # A style refers to others (the one it is based on, its linked character style, the next
    # paragraph's style); copy those the target lacks too, so no reference dangles.
    if style.styleId is None or target.get_by_id(style.styleId) is not None:
        return
    target.append(deepcopy(style))
    for style_id in style.xpath("./w:basedOn/@w:val | ./w:link/@w:val | ./w:next/@w:val"):
        referenced = source.get_by_id(str(style_id))
        if referenced is not None:
            _copy_style(referenced, source, target)


def _docx_text_width(document: DocxDocument) -> int:
    """The width between the margins of the last section, in EMU; A4's if the template is mute."""
    from docx.shared import Mm

    section = document.sections[-1]
    page = section.page_width or Mm(_A4_MM[0])
    left = section.left_margin if section.left_margin is not None else Mm(_MARGIN_MM)
    right = section.right_margin if section.right_margin is not None else Mm(_MARGIN_MM)
    return int(page - left - right)


def _add_docx_table(document: DocxDocument, table: _Table, width: int) -> None:
    from docx.shared import Emu, Twips

    word_table = document.add_table(rows=1, cols=len(table.columns), style=_TABLE_STYLE)
    # Fixed layout, or Word resizes the columns to their content and ignores the widths.
    word_table.autofit = False
    # Whole twips, rounded down: Word stores widths in twips, and rounding up could make the
    # columns add up to a hair more than the page has room for.
    width_twips = Emu(width).twips
    widths = [Twips(int(width_twips * share)) for share in _relative_widths(table.columns)]
    header = word_table.rows[0]
    for cell, column in zip(header.cells, table.columns, strict=True):
        cell.paragraphs[0].add_run(column).bold = True
        _shade(cell, _HEADER_FILL)
    _set_row_properties(header, repeat_as_header=True)
    for row in table.rows:
        word_row = word_table.add_row()
        for cell, content in zip(word_row.cells, row.cells, strict=True):
            _fill_docx_cell(cell, content)
        _set_row_properties(word_row, repeat_as_header=False)
    for index, column_width in enumerate(widths):
        word_table.columns[index].width = column_width
        for cell in word_table.columns[index].cells:
            cell.width = column_width  # Word reads the cells' widths, LibreOffice the grid's.


def _fill_docx_cell(cell: DocxCell, content: _Cell) -> None:
    for index, text in enumerate(content.paragraphs):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.add_run(text).bold = content.titled and index == 0


def _shade(cell: DocxCell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement(
        "w:shd", {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill}
    )
    # python-docx keeps w:tcPr's children in schema order when it adds w:tcW later.
    cell._tc.get_or_add_tcPr().append(shading)


def _set_row_properties(row: DocxRow, *, repeat_as_header: bool) -> None:
    """Keep the row on one page, and repeat it at the top of each page if it is the header."""
    from docx.oxml import OxmlElement

    properties = row._tr.get_or_add_trPr()
    # The schema orders w:cantSplit before w:tblHeader; Word rejects them the other way round.
    properties.append(OxmlElement("w:cantSplit"))
    if repeat_as_header:
        properties.append(OxmlElement("w:tblHeader"))


# --- HTML ---------------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _html_body(title: str, intro: str, sections: Sequence[_Section]) -> str:
    parts = [f"<h1>{_esc(title)}</h1>\n"]
    if intro:
        parts.append(f"<p>{_esc(intro)}</p>\n")
    for number, section in enumerate(sections, start=1):
        section_id = f"avsnitt-{number}"
        parts.append(f'<section aria-labelledby="{section_id}">\n')
        parts.append(f'<h2 id="{section_id}">{_esc(section.title)}</h2>\n')
        if not section.tables:
            parts.append(f'<p class="inga">{_esc(EMPTY_TEXT)}</p>\n')
        for index, table in enumerate(section.tables, start=1):
            # A titled table is labelled by its own h3, an untitled one by its section's h2.
            label = f"{section_id}-tabell-{index}" if table.title else section_id
            if table.title:
                parts.append(f'<h3 id="{label}">{_esc(table.title)}</h3>\n')
            parts.append(_html_table(table, label) if table.rows else _html_empty())
        parts.append("</section>\n")
    return "".join(parts)


def _html_empty() -> str:
    return f'<p class="inga">{_esc(EMPTY_TEXT)}</p>\n'


def _html_table(table: _Table, label: str) -> str:
    columns = "".join(
        f'<col style="width: {share * 100:.1f}%">' for share in _relative_widths(table.columns)
    )
    header = "".join(f'<th scope="col">{_esc(column)}</th>' for column in table.columns)
    rows = "".join(_html_row(row) for row in table.rows)
    return (
        f'<table aria-labelledby="{label}">\n<colgroup>{columns}</colgroup>\n'
        f"<thead>\n<tr>{header}</tr>\n</thead>\n<tbody>\n{rows}</tbody>\n</table>\n"
    )


def _html_row(row: _Row) -> str:
    # The measure's number names the row, so it is the row's header cell.
    first, *rest = row.cells
    cells = "".join(f"<td>{_html_cell(cell)}</td>" for cell in rest)
    return f'<tr><th scope="row">{_html_cell(first)}</th>{cells}</tr>\n'


def _html_cell(cell: _Cell) -> str:
    lines = [_esc(text).replace("\n", "<br>") for text in cell.paragraphs]
    if cell.titled and lines:
        lines[0] = f"<strong>{lines[0]}</strong>"
    if len(lines) == 1:
        return lines[0]
    return "".join(f"<p>{line}</p>" for line in lines)


# --- Markdown -----------------------------------------------------------------------------------


# Backslash first, so the backslashes the other escapes add are not doubled.
_MARKDOWN_SPECIALS = ("\\", "|", "*", "_", "`", "[", "]")


def _md_escape(text: str) -> str:
    for special in _MARKDOWN_SPECIALS:
        text = text.replace(special, "\\" + special)
    # Markdown passes HTML through, so "<" would open a tag; and a newline would end the row.
    return html.escape(text, quote=False).replace("\n", "<br>")


def _markdown(title: str, intro: str, sections: Sequence[_Section]) -> str:
    blocks = [f"# {_md_escape(title)}"]
    if intro:
        blocks.append(_md_escape(intro))
    for section in sections:
        blocks.append(f"## {_md_escape(section.title)}")
        if not section.tables:
            blocks.append(EMPTY_TEXT)
        for table in section.tables:
            if table.title:
                blocks.append(f"### {_md_escape(table.title)}")
            blocks.append(_md_table(table) if table.rows else EMPTY_TEXT)
    return "\n\n".join(blocks) + "\n"


def _md_table(table: _Table) -> str:
    lines = [
        _md_line(_md_escape(column) for column in table.columns),
        _md_line("---" for _ in table.columns),
    ]
    lines.extend(_md_line(_md_cell(cell) for cell in row.cells) for row in table.rows)
    return "\n".join(lines)


def _md_line(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _md_cell(cell: _Cell) -> str:
    texts = [_md_escape(text) for text in cell.paragraphs]
    if cell.titled and texts:
        texts[0] = f"**{texts[0]}**"
    return "<br>".join(texts)


# --- Excel --------------------------------------------------------------------------------------

_SHEET_FORBIDDEN = str.maketrans({c: "-" for c in "[]:*?/\\"})
_SHEET_TITLE_MAX = 31


def _fill_sheet(sheet: Any, section: _Section) -> None:
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped, unused-ignore]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped, unused-ignore]

    # Excel refuses sheet names longer than 31 characters or with these characters.
    sheet.title = section.title.translate(_SHEET_FORBIDDEN)[:_SHEET_TITLE_MAX]
    published = _section_columns(section)
    # The sheet is the section, so only the priority is left to say of where a measure stands.
    priority = [_SHEET_PRIORITY_COLUMN] if section.has_priorities else []
    columns = [*priority, *published]
    sheet.append(columns)
    for record in _records([section]):
        values: list[str | None] = [record.priority] if priority else []
        values.extend(_record_values(record, published))
        sheet.append([_sheet_value(v) for v in values])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = wrap
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, column in enumerate(columns, start=1):
        width = _COLUMN_WIDTHS.get(column, _DEFAULT_WIDTH)
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _sheet_value(value: str | None) -> str | int | None:
    # A page or a year stored as text gets Excel's "number stored as text" flag and sorts as
    # text; the measure numbers ("1.1.5.") are not digits only and stay text.
    if value is not None and value.isascii() and value.isdigit():
        return int(value)
    return value
