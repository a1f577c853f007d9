"""Bilaga 1 as a Word document: a new A4 one, or laid into the user's own template."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from copy import deepcopy
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Twips
from docx.table import _Cell as DocxCell
from docx.table import _Row as DocxRow

from ..errors import TemplateError
from .layout import EMPTY_TEXT, AppendixLike, CellLike, TableLike, relative_widths

__all__ = ["PLACEHOLDER", "DocxDocument", "append_appendix", "write_docx", "write_document"]

#: The paragraph in a Word template that the appendix replaces.
PLACEHOLDER = "{{ bilaga }}"

_A4_MM = (210.0, 297.0)
_MARGIN_MM = 20.0
_WORD_STYLES = ("Heading 1", "Heading 2", "Heading 3", "Table Grid")
_TABLE_STYLE = "Table Grid"
_HEADER_FILL = "E6E6E6"  # the same light grey as the HTML's header row
_WORD_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def write_docx(
    appendix: AppendixLike, path: str | os.PathLike[str], template: str | os.PathLike[str] | None
) -> None:
    """Write `appendix` to `path` as a Word document.

    Without `template`, a new A4 portrait document. With `template` (a .docx or .dotx the
    agency keeps, with its letterhead and styles), the appendix replaces the paragraph that
    reads exactly ``{{ bilaga }}``, or is added at the end if there is none, in the template's
    own styles. TemplateError if the template is missing or not a Word document.
    """
    write_document(path, template, lambda document: _write_appendix(document, appendix))


def write_document(
    path: str | os.PathLike[str],
    template: str | os.PathLike[str] | None,
    write: Callable[[DocxDocument], None],
) -> None:
    """Write to `path` a Word document whose content `write` appends: a new A4 portrait one, or
    `template` with the content at its ``{{ bilaga }}`` paragraph (or at the end)."""
    if template is None:
        document = _new_document()
        write(document)
    else:
        document = _open_template(template)
        _write_at_placeholder(document, write)
    document.save(os.fspath(path))


def append_appendix(document: DocxDocument, appendix: AppendixLike) -> None:
    """Append the appendix to `document` (after a report's chapter, say), in its styles."""
    _write_appendix(document, appendix)


def _new_document() -> DocxDocument:
    document = Document()
    for section in document.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(_A4_MM[0]), Mm(_A4_MM[1])
        section.left_margin = section.right_margin = Mm(_MARGIN_MM)
        section.top_margin = section.bottom_margin = Mm(_MARGIN_MM)
    return document


def _open_template(template: str | os.PathLike[str]) -> DocxDocument:
    path = Path(template)
    if not path.is_file():
        raise TemplateError(f"Word template not found: {path}")
    try:
        return Document(io.BytesIO(_as_document_package(path.read_bytes())))
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


def _write_at_placeholder(document: DocxDocument, write: Callable[[DocxDocument], None]) -> None:
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


def _write_appendix(document: DocxDocument, appendix: AppendixLike) -> None:
    _ensure_styles(document)
    width = _text_width(document)
    document.add_heading(appendix.title, level=1)
    if appendix.intro:
        document.add_paragraph(appendix.intro)
    for section in appendix.sections:
        document.add_heading(section.title, level=2)
        if not section.tables:
            document.add_paragraph(EMPTY_TEXT)
        for table in section.tables:
            if table.title:
                document.add_heading(table.title, level=3)
            if table.rows:
                _add_table(document, table, width)
            else:
                document.add_paragraph(EMPTY_TEXT)


def _ensure_styles(document: DocxDocument) -> None:
    """Give `document` the heading and table styles it lacks, from python-docx's own template.

    A template saved by Word often defines only the styles it uses; its other built-in styles
    are "latent" and python-docx cannot apply them until they are defined.
    """
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


def _text_width(document: DocxDocument) -> int:
    """The width between the margins of the last section, in EMU; A4's if the template is mute."""
    section = document.sections[-1]
    page = section.page_width or Mm(_A4_MM[0])
    left = section.left_margin if section.left_margin is not None else Mm(_MARGIN_MM)
    right = section.right_margin if section.right_margin is not None else Mm(_MARGIN_MM)
    return int(page - left - right)


def _add_table(document: DocxDocument, table: TableLike, width: int) -> None:
    word_table = document.add_table(rows=1, cols=len(table.columns), style=_TABLE_STYLE)
    # Fixed layout, or Word resizes the columns to their content and ignores the widths.
    word_table.autofit = False
    # Whole twips, rounded down: Word stores widths in twips, and rounding up could make the
    # columns add up to a hair more than the page has room for.
    width_twips = Emu(width).twips
    widths = [Twips(int(width_twips * share)) for share in relative_widths(table.columns)]
    header = word_table.rows[0]
    for cell, column in zip(header.cells, table.columns, strict=True):
        cell.paragraphs[0].add_run(column).bold = True
        _shade(cell, _HEADER_FILL)
    _set_row_properties(header, repeat_as_header=True)
    for row in table.rows:
        word_row = word_table.add_row()
        for cell, content in zip(word_row.cells, row.cells, strict=True):
            _fill_cell(cell, content)
        _set_row_properties(word_row, repeat_as_header=False)
    for index, column_width in enumerate(widths):
        word_table.columns[index].width = column_width
        for cell in word_table.columns[index].cells:
            cell.width = column_width  # Word reads the cells' widths, LibreOffice the grid's.


def _fill_cell(cell: DocxCell, content: CellLike) -> None:
    for index, text in enumerate(content.paragraphs):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.add_run(text).bold = content.titled and index == 0


def _shade(cell: DocxCell, fill: str) -> None:
    shading = OxmlElement(
        "w:shd", {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill}
    )
    # python-docx keeps w:tcPr's children in schema order when it adds w:tcW later.
    cell._tc.get_or_add_tcPr().append(shading)


def _set_row_properties(row: DocxRow, *, repeat_as_header: bool) -> None:
    """Keep the row on one page, and repeat it at the top of each page if it is the header."""
    properties = row._tr.get_or_add_trPr()
    # The schema orders w:cantSplit before w:tblHeader; Word rejects them the other way round.
    properties.append(OxmlElement("w:cantSplit"))
    if repeat_as_header:
        properties.append(OxmlElement("w:tblHeader"))
