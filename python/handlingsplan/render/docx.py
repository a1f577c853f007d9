"""Bilaga 1 as a Word document, ready to send: A4, Swedish (sv-SE, so Word spell-checks it in
Swedish), its core properties set (title, the plan as subject, author, created and modified now),
page numbers in the footer, and column headers that never break inside a word.

The pieces (`add_appendix`, `set_language`, `set_core_properties`, `open_word_package`) also
serve the letter templates of `handlingsplan.render.letter`.
"""

from __future__ import annotations

import functools
import io
import os
import zipfile
from collections.abc import Callable, Sequence
from copy import deepcopy
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Twips
from docx.table import _Cell as DocxCell
from docx.table import _Row as DocxRow

from .._core import check_text
from .._safe_text import word_property
from ..errors import TemplateError
from .layout import (
    AppendixLike,
    CellLike,
    TableLike,
    appendix_words,
    content_widths,
    relative_widths,
)
from .pages import bookmark_name

__all__ = [
    "LANGUAGE",
    "add_bookmark",
    "add_page_reference",
    "DocxDocument",
    "add_appendix",
    "column_widths",
    "document_title",
    "ensure_styles",
    "set_fonts",
    "header_word_width",
    "open_word_package",
    "set_core_properties",
    "set_language",
    "text_width",
    "word_width",
    "write_docx",
    "write_document",
]

#: The language of the text, for Word's spell-checker and hyphenation.
LANGUAGE = "sv-SE"
#: The fonts of a new document, named in its styles (not through the theme): Calibri for the
#: text, Cambria for headings, as Word has them; LibreOffice sets them in Carlito and Caladea,
#: metrically the same (Debian's fonts-crosextra-carlito and -caladea, which
#: scripts/install-system-deps.sh installs), so Word and the PDF break lines and pages alike.
BODY_FONT = "Calibri"
HEADING_FONT = "Cambria"

_A4_MM = (210.0, 297.0)
_MARGIN_MM = 20.0
_WORD_STYLES = ("Heading 1", "Heading 2", "Heading 3", "Table Grid")
_TABLE_STYLE = "Table Grid"
_HEADER_FILL = "E6E6E6"  # the same light grey as the HTML's header row
_WORD_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"
# Words are measured in Carlito (what LibreOffice sets Calibri, the text's font, in; metrically
# Calibri), or where it is not installed in DejaVu Serif, wider than any font Word or LibreOffice
# would show instead, with a margin for rounding; a cell has a margin of 0.26 cm (150 twips)
# on each side (Word's default is 0.19 cm).
_CARLITO = Path("/usr/share/fonts/truetype/crosextra")
_MEASURING_FONTS = {False: "Carlito-Regular.ttf", True: "Carlito-Bold.ttf"}
_FALLBACK_FONTS = {False: "DejaVuSerif.ttf", True: "DejaVuSerif-Bold.ttf"}
_MEASURING_POINTS = 100.0
_MEASURING_SLACK = 1.15
_CELL_MARGIN = 150  # twips, each side: the columns stand visibly apart, in the text too
_CELL_MARGINS = 2 * _CELL_MARGIN
_BODY_POINTS = 11.0  # python-docx's and Word's default body size


def document_title(appendix: AppendixLike) -> str:
    """The document's title in its properties: "Bilaga 1: Förteckning över åtgärder, redovisningen
    2021"."""
    return f"{appendix.title}, redovisningen {appendix.year}"


def write_docx(
    appendix: AppendixLike,
    path: str | os.PathLike[str],
    *,
    subject: str = "",
    author: str = "",
    now: datetime | None = None,
    note: str = "",
) -> None:
    """Write `appendix` to `path` as a new A4 portrait Word document in Swedish, with "Sida N av
    M" in the footer and its core properties set (see `set_core_properties`); `note` (where
    its page numbers come from) follows the opening paragraph."""
    document = _new_document()
    add_appendix(document, appendix, note=note)
    set_core_properties(
        document, title=document_title(appendix), subject=subject, author=author, now=now
    )
    document.save(os.fspath(path))


def write_document(
    path: str | os.PathLike[str],
    write: Callable[[DocxDocument], None],
    *,
    title: str,
    subject: str = "",
    author: str = "",
    now: datetime | None = None,
) -> None:
    """Write to `path` a new A4 portrait Word document in Swedish whose content `write` adds
    (the whole report: the chapter, then the appendix), page numbers in the footer and core
    properties set as `write_docx` sets them."""
    document = _new_document()
    write(document)
    set_core_properties(document, title=title, subject=subject, author=author, now=now)
    document.save(os.fspath(path))


def _new_document() -> DocxDocument:
    document = Document()
    for section in document.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(_A4_MM[0]), Mm(_A4_MM[1])
        section.left_margin = section.right_margin = Mm(_MARGIN_MM)
        section.top_margin = section.bottom_margin = Mm(_MARGIN_MM)
        _add_page_numbers(section.footer.paragraphs[0])
    set_language(document)
    set_fonts(document)
    # No line of a paragraph alone at the foot or the head of a page: Word's own Normal.dotm
    # sets widow control; python-docx's template leaves it off, and OOXML reads "off" then.
    document.styles["Normal"].paragraph_format.widow_control = True
    return document


def set_fonts(document: DocxDocument, body: str = BODY_FONT, headings: str = HEADING_FONT) -> None:
    """Name the fonts in the styles: `headings` where a style took the theme's heading font
    (headings, the title), `body` everywhere else, the document's defaults included."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    properties = None if defaults is None else defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if properties is not None and properties.find(qn("w:rFonts")) is None:
        properties.insert(0, OxmlElement("w:rFonts"))
    for fonts in styles.iter(qn("w:rFonts")):
        themed = [name for name in fonts.keys() if name.lower().endswith("theme")]
        major = any("major" in str(fonts.get(name)) for name in themed)
        for name in themed:
            del fonts.attrib[name]
        for script in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(script), headings if major else body)


def _add_page_numbers(paragraph: Any) -> None:
    """ "Sida N av M", centred: Word's PAGE and NUMPAGES fields, updated as the document is laid
    out (the text between the field's separator and end is only what shows before that)."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("Sida ")
    _add_field(paragraph, "PAGE", "1")
    paragraph.add_run(" av ")
    _add_field(paragraph, "NUMPAGES", "1")


def _add_field(paragraph: Any, instruction: str, shown: str) -> Any:
    """Append a field to `paragraph`; returns the run of its result (what shows until a reader
    updates the field)."""

    def field_char(kind: str) -> Any:
        return OxmlElement("w:fldChar", {qn("w:fldCharType"): kind})

    paragraph.add_run()._r.append(field_char("begin"))
    code = OxmlElement("w:instrText", {qn("xml:space"): "preserve"})
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    paragraph.add_run()._r.append(field_char("separate"))
    result = paragraph.add_run(shown)
    paragraph.add_run()._r.append(field_char("end"))
    return result


def add_bookmark(paragraph: Any, name: str) -> None:
    """Put the bookmark `name` around the whole of `paragraph`, with an id no other bookmark of
    the document has."""
    body = paragraph._p.getroottree().getroot()
    taken = [int(i) for i in body.xpath("//w:bookmarkStart/@w:id") if str(i).isdigit()]
    number = str(max(taken, default=0) + 1)
    start = OxmlElement("w:bookmarkStart", {qn("w:id"): number, qn("w:name"): name})
    properties = paragraph._p.pPr
    if properties is None:
        paragraph._p.insert(0, start)
    else:
        properties.addnext(start)
    paragraph._p.append(OxmlElement("w:bookmarkEnd", {qn("w:id"): number}))


def add_page_reference(paragraph: Any, name: str, shown: str = "") -> Any:
    """Append a PAGEREF field to the bookmark `name` (the page it is on, a link to it); returns
    the run of its result, `shown` until the document is laid out."""
    return _add_field(paragraph, f"PAGEREF {name} \\h", shown)


def set_language(document: DocxDocument, language: str = LANGUAGE) -> None:
    """Mark the document's text as `language` (Swedish): in the defaults every style inherits
    from, and in each style that names a language of its own (python-docx's styles say en-US)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    _set_lang(properties, language)
    for existing in styles.iter(qn("w:lang")):
        _set_lang_values(existing, language)


def _set_lang(properties: Any, language: str) -> None:
    lang = properties.find(qn("w:lang"))
    if lang is None:
        # w:lang comes late in w:rPr's schema order: after everything but the East Asian
        # layout, the complex-script emphasis and a few rarer ones.
        lang = OxmlElement("w:lang")
        following = [
            properties.find(qn(tag)) for tag in ("w:eastAsianLayout", "w:specVanish", "w:oMath")
        ]
        anchor = next((element for element in following if element is not None), None)
        if anchor is None:
            properties.append(lang)
        else:
            anchor.addprevious(lang)
    _set_lang_values(lang, language)


def _set_lang_values(lang: Any, language: str) -> None:
    # w:val is the language of Latin text; those of complex scripts (w:bidi) and East Asian
    # text (w:eastAsia) are left as the template has them.
    lang.set(qn("w:val"), language)


def set_core_properties(
    document: DocxDocument,
    *,
    title: str,
    subject: str,
    author: str,
    now: datetime | None = None,
) -> None:
    """Set the properties Word shows under File > Info: `title`, `subject` (the plan), `author`
    (and last modified by), language sv-SE, created and modified `now` (default: this moment,
    UTC), revision 1; the comments, keywords and category python-docx's template carries are
    cleared."""
    moment = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    properties = document.core_properties
    # What no document can hold is refused with the property named; what is longer than Word
    # holds is shortened, with a warning (_safe_text.word_property).
    named = (
        ("title", "titel", title),
        ("subject", "ämne", subject),
        ("author", "författare", author),
    )
    for name, swedish, text in named:
        check_text(text, f"the document's {name}", f"dokumentets {swedish}")
    properties.title = word_property(title, "title")
    properties.subject = word_property(subject, "subject")
    properties.author = word_property(author, "author")
    properties.last_modified_by = properties.author
    properties.created = moment
    properties.modified = moment
    properties.language = LANGUAGE
    properties.revision = 1
    properties.comments = ""
    properties.keywords = ""
    properties.category = ""


def open_word_package(template: str | os.PathLike[str]) -> bytes:
    """The bytes of the Word template at `template` (.docx or .dotx, relabelled as a .docx, which
    python-docx insists on). TemplateError if it is missing or not a Word document."""
    path = Path(template)
    if not path.exists():
        raise TemplateError(f"Word template not found: {path}")
    if not path.is_file():
        raise TemplateError(f"Word template is not a regular file (a directory, a FIFO …): {path}")
    try:
        package = _as_document_package(path.read_bytes())
        Document(io.BytesIO(package))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TemplateError(f"not a Word document (.docx or .dotx): {path}: {error}") from error
    return package


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


def add_appendix(
    document: DocxDocument,
    appendix: AppendixLike,
    width: int | None = None,
    page_fields: dict[str, Any] | None = None,
    note: str = "",
) -> None:
    """Append the appendix's headings, paragraphs and tables to `document`, in its own styles
    (adding the heading and table styles it lacks); the tables span `width` EMU, by default the
    width between the margins of the document's last section.

    With `page_fields` (a report whose chapter precedes it, its measures' titles bookmarked by
    `bookmark_name`), an empty "Sida" cell gets a PAGEREF field to its measure's bookmark, and
    `page_fields` the field's result run by measure id, to be filled once the document is laid
    out; a page the report gives stays as given. A `note` follows the opening paragraph."""
    ensure_styles(document)
    width = text_width(document) if width is None else width
    words = appendix_words(appendix).appendix
    document.add_heading(appendix.title, level=1)
    if appendix.intro:
        document.add_paragraph(appendix.intro)
    if note:
        document.add_paragraph(note)
    for index, section in enumerate(appendix.sections):
        heading = document.add_heading(section.title, level=2)
        # Each section begins a page, so that no page holds rows of two sections (whose
        # columns a text extraction could run together).
        heading.paragraph_format.page_break_before = bool(section.tables) and index > 0
        if not section.tables:
            document.add_paragraph(words.empty)
        for table in section.tables:
            if table.title:
                document.add_heading(table.title, level=3)
            if table.rows:
                _add_table(document, table, width, page_fields, words.page_column)
            else:
                document.add_paragraph(words.empty)


def ensure_styles(document: DocxDocument) -> None:
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


def text_width(document: DocxDocument) -> int:
    """The width between the margins of the last section, in EMU; A4's if the template is mute."""
    section = document.sections[-1]
    page = section.page_width or Mm(_A4_MM[0])
    left = section.left_margin if section.left_margin is not None else Mm(_MARGIN_MM)
    right = section.right_margin if section.right_margin is not None else Mm(_MARGIN_MM)
    return int(page - left - right)


def _add_table(
    document: DocxDocument,
    table: TableLike,
    width: int,
    page_fields: dict[str, Any] | None,
    page_column: str,
) -> None:
    word_table = document.add_table(rows=1, cols=len(table.columns), style=_TABLE_STYLE)
    # Fixed layout, or Word resizes the columns to their content and ignores the widths.
    word_table.autofit = False
    _set_cell_margins(word_table._tbl.tblPr, _CELL_MARGIN)
    cells = [[row.cells[index].text for row in table.rows] for index in range(len(table.columns))]
    widths = column_widths(table.columns, width, _body_points(document), cells)
    header = word_table.rows[0]
    for cell, column in zip(header.cells, table.columns, strict=True):
        cell.paragraphs[0].add_run(column).bold = True
        _shade(cell, _HEADER_FILL)
    _set_row_properties(header, repeat_as_header=True)
    for row in table.rows:
        word_row = word_table.add_row()
        for cell, column, content in zip(word_row.cells, table.columns, row.cells, strict=True):
            if column == page_column and page_fields is not None and not content.text:
                page_fields[str(row.id)] = add_page_reference(
                    cell.paragraphs[0], bookmark_name(str(row.id))
                )
            else:
                _fill_cell(cell, content)
        _set_row_properties(word_row, repeat_as_header=False)
    for index, column_width in enumerate(widths):
        word_table.columns[index].width = column_width
        for cell in word_table.columns[index].cells:
            cell.width = column_width  # Word reads the cells' widths, LibreOffice the grid's.


def _set_cell_margins(properties: Any, twips: int) -> None:
    margins = OxmlElement("w:tblCellMar")
    for side in ("w:left", "w:right"):
        margins.append(OxmlElement(side, {qn("w:w"): str(twips), qn("w:type"): "dxa"}))
    look = properties.find(qn("w:tblLook"))  # w:tblCellMar comes before it in the schema
    if look is None:
        properties.append(margins)
    else:
        look.addprevious(margins)


def header_word_width(text: str, points: float = _BODY_POINTS) -> int:
    """The width in twips a column needs for the longest word of its bold header `text` at
    `points` to stay whole, cell margins included."""
    return _longest_word(text, points, bold=True) + _CELL_MARGINS


def _body_points(document: DocxDocument) -> float:
    """The size of the document's body text (its Normal style, else its defaults), in points."""
    try:
        size = document.styles["Normal"].font.size
    except KeyError:
        size = None
    if size is not None:
        return float(size.pt)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    half_points = None if defaults is None else defaults.find(f".//{qn('w:sz')}")
    if half_points is not None and str(half_points.get(qn("w:val")) or "").isdigit():
        return int(half_points.get(qn("w:val"))) / 2
    return _BODY_POINTS


def word_width(text: str, points: float = _BODY_POINTS) -> int:
    """The width in twips a column needs for the longest word of the plain `text` at `points` to
    stay whole, cell margins included."""
    return _longest_word(text, points, bold=False) + _CELL_MARGINS


def _longest_word(text: str, points: float, *, bold: bool, whole: bool = False) -> int:
    """The width in twips of the widest word of `text` (or, if `whole`, of all of it on one
    line) in the measuring font at `points`."""
    font = _measuring_font(bold)
    widest = 0.0
    for word in [text] if whole else text.split():
        font.set_text(word, 0.0)
        widest = max(widest, font.get_width_height()[0] / 64)  # 1/64 pixel at 72 dpi: points
    return int(widest * points / _MEASURING_POINTS * _MEASURING_SLACK * 20)


@functools.cache
def _measuring_font(bold: bool) -> Any:
    # matplotlib (a dependency) reads the glyphs' widths, and ships DejaVu Serif for where
    # Carlito is missing; it is imported only when a Word table is laid out, so that
    # `import handlingsplan` stays light.
    import matplotlib
    from matplotlib.ft2font import FT2Font

    path = _CARLITO / _MEASURING_FONTS[bold]
    if not path.is_file():
        path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / _FALLBACK_FONTS[bold]
    font = FT2Font(str(path))
    font.set_size(_MEASURING_POINTS, 72)
    return font


def column_widths(
    columns: Sequence[str],
    width: int,
    points: float = _BODY_POINTS,
    cells: Sequence[Sequence[str]] | None = None,
) -> list[Twips]:
    """The columns' widths in whole twips for a table `width` EMU wide: the shares the columns'
    content asks for (`content_widths`, given `cells`; else the usual `relative_widths`), except that no column is narrower than its header's longest
    word at `points` (`header_word_width`), so that Word never breaks a header inside a word
    ("Avskriv/en"), nor, given each column's `cells`, than the longest word of its cells
    ("Uppdatera/d", "1.1.14/."), but for the widest column ("Åtgärd"), which wraps and gives
    what the others gain.

    Whole twips, rounded down: Word stores widths in twips, and rounding up could make the
    columns add up to a hair more than the page has room for.
    """
    width_twips = Emu(width).twips
    shares = content_widths(columns, cells) if cells is not None else relative_widths(columns)
    widths = [int(width_twips * share) for share in shares]
    widest = max(range(len(widths)), key=lambda index: widths[index]) if widths else 0
    # A short column's header stays on one line ("Ansvarig myndighet"), so that the header row
    # reads as its columns, in Word and in the PDF's text alike.
    needed = [
        header_word_width(column, points)
        if index == widest
        else _longest_word(column, points, bold=True, whole=True) + _CELL_MARGINS
        for index, column in enumerate(columns)
    ]
    for index, texts in enumerate(cells or []):
        if index != widest:
            needed[index] = max([needed[index], *(word_width(text, points) for text in texts)])
    deficit = sum(max(0, need - have) for need, have in zip(needed, widths, strict=True))
    if deficit:
        widths = [max(have, need) for have, need in zip(widths, needed, strict=True)]
        widths[widest] = max(needed[widest], widths[widest] - deficit)
    return [Twips(twips) for twips in widths]


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
