"""Bilaga 1 as an Excel workbook: one sheet per section."""

from __future__ import annotations

import os
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped, unused-ignore]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped, unused-ignore]

from .._core import InvalidValueError, PlanWords
from .._safe_text import EXCEL_CELL_LIMIT, data_cells
from .layout import (
    DEFAULT_WIDTH,
    AppendixLike,
    SectionLike,
    appendix_words,
    column_width_table,
    has_priorities,
    record_values,
    records,
    section_columns,
)

__all__ = ["write_xlsx"]

_SHEET_FORBIDDEN = str.maketrans({c: "-" for c in "[]:*?/\\"})
_SHEET_TITLE_MAX = 31


def write_xlsx(appendix: AppendixLike, path: str | os.PathLike[str]) -> None:
    """One sheet per section, named after it; "Aktuella åtgärder" carries the strategic priority
    as its first column. Each sheet has a bold, frozen header row with a filter, set column
    widths and wrapped text; a section without measures is a sheet with its header row only."""
    workbook = Workbook()
    words = appendix_words(appendix)
    for index, section in enumerate(appendix.sections):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        _fill_sheet(sheet, section, words)
    data_cells(workbook)
    workbook.save(os.fspath(path))


def _fill_sheet(sheet: Any, section: SectionLike, words: PlanWords) -> None:
    # Excel refuses sheet names longer than 31 characters or with these characters.
    sheet.title = section.title.translate(_SHEET_FORBIDDEN)[:_SHEET_TITLE_MAX]
    published = section_columns(section, words)
    # The sheet is the section, so only the priority is left to say of where a measure stands.
    priority = [words.levels.priority] if has_priorities(section) else []
    columns = [*priority, *published]
    sheet.append(columns)
    for record in records([section]):
        values: list[str | None] = [record.priority] if priority else []
        values.extend(record_values(record, published))
        _check_lengths(record.id, columns, values)
        sheet.append([_sheet_value(v) for v in values])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = wrap
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, column in enumerate(columns, start=1):
        width = column_width_table(words).get(column, DEFAULT_WIDTH)
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _check_lengths(measure: str, columns: list[str], values: list[str | None]) -> None:
    """InvalidValueError naming the measure and column where a text is longer than a cell holds
    (Excel would cut it without a word; the other formats hold it whole)."""
    for column, value in zip(columns, values, strict=True):
        if value is not None and len(value) > EXCEL_CELL_LIMIT:
            raise InvalidValueError(
                f"measure {measure}: the column {column} holds {len(value)} characters, and an "
                f"Excel cell holds at most {EXCEL_CELL_LIMIT}; write Bilaga 1 as Word, HTML, "
                "Markdown or CSV, which hold it whole"
            )


def _sheet_value(value: str | None) -> str | int | None:
    # A page or a year stored as text gets Excel's "number stored as text" flag and sorts as
    # text; the measure numbers ("1.1.5.") are not digits only and stay text.
    if value is not None and value.isascii() and value.isdigit():
        return int(value)
    return value
