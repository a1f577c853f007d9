"""Text written where a program would read it as more than text: a spreadsheet cell or a CSV
field (a formula), Markdown (markup and HTML). Every writer of those formats asks here, so that
a title or an answer reads as the same text and is never run (OWASP, "CSV injection").

A leaf module: it imports nothing of the package."""

from __future__ import annotations

import html
import warnings
from typing import Any

__all__ = [
    "EXCEL_CELL_LIMIT",
    "FORMULA_STARTS",
    "csv_field",
    "data_cells",
    "markdown_text",
    "starts_formula",
    "word_property",
]

#: The most characters a Word document's core property (title, subject, author) holds.
WORD_PROPERTY_LIMIT = 255

#: The most characters an Excel cell holds (Excel's specifications and limits); a longer text
#: would be cut by Excel without a word, so the writers refuse it and the forms reader too.
EXCEL_CELL_LIMIT = 32_767

#: The first characters with which Excel, LibreOffice and Google Sheets read a field as a
#: formula (OWASP: "=", "+", "-", "@", tab and carriage return).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Backslash first, so the backslashes the other escapes add are not doubled.
_MARKDOWN_SPECIALS = ("\\", "|", "*", "_", "`", "[", "]", "~")


def starts_formula(text: str) -> bool:
    """Whether a spreadsheet would read `text` as a formula."""
    return text.startswith(FORMULA_STARTS)


def csv_field(text: str) -> str:
    """`text` as a CSV field no spreadsheet runs: one that starts like a formula gets a leading
    apostrophe (OWASP's advice; the spreadsheet shows the text after it)."""
    return "'" + text if starts_formula(text) else text


def data_cells(workbook: Any) -> None:
    """Every cell of an openpyxl `workbook` that holds text stays text: openpyxl types a value
    starting with "=" as a formula, and Excel reads a text starting with "+", "-" or "@" typed
    in as one. Such a cell is typed as a string and marked with Excel's quote prefix (the
    apostrophe a person types), so its text shows, is kept on edit and reads back unchanged."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and starts_formula(cell.value):
                    cell.data_type = "s"
                    cell.quotePrefix = True


def markdown_text(text: str, *, paragraph: bool = False) -> str:
    """`text` for a Markdown paragraph or table cell: what Markdown would read as markup ("|",
    "*", "_", backticks, brackets of a link ...) escaped with a backslash, what HTML would read
    ("<script>", "&") as entities, a newline as <br> (it would end a table row); with
    `paragraph`, a "#" that would begin a heading too."""
    for special in _MARKDOWN_SPECIALS:
        text = text.replace(special, "\\" + special)
    if paragraph and text.startswith("#"):  # a heading (a table cell is never one)
        text = "\\" + text
    return html.escape(text, quote=False).replace("\r", "").replace("\n", "<br>")


def word_property(text: str, name: str) -> str:
    """`text` as a Word core property: one longer than Word holds is shortened to its first
    254 characters and "…", with a warning saying so (the text itself is in the document)."""
    if len(text) <= WORD_PROPERTY_LIMIT:
        return text
    warnings.warn(
        f"the document's {name} has {len(text)} characters and Word holds "
        f"{WORD_PROPERTY_LIMIT}: the property is shortened to its first "
        f'{WORD_PROPERTY_LIMIT - 1} and "…"',
        UserWarning,
        stacklevel=4,
    )
    return text[: WORD_PROPERTY_LIMIT - 1] + "…"
