"""Bilaga 1 as Markdown: headings and pipe tables, paragraphs within a cell joined by <br>."""

from __future__ import annotations

from collections.abc import Iterable

from .._safe_text import markdown_text
from .layout import AppendixLike, CellLike, TableLike, empty_text

__all__ = ["appendix_markdown"]

_escape = markdown_text


def appendix_markdown(appendix: AppendixLike) -> str:
    """The appendix as Markdown; characters that Markdown or HTML would read as markup ("|",
    "*", "<" ...) are escaped."""
    empty = empty_text(appendix)
    blocks = [f"# {_escape(appendix.title)}"]
    if appendix.intro:
        blocks.append(markdown_text(appendix.intro, paragraph=True))
    for section in appendix.sections:
        blocks.append(f"## {_escape(section.title)}")
        if not section.tables:
            blocks.append(empty)
        for table in section.tables:
            if table.title:
                blocks.append(f"### {_escape(table.title)}")
            blocks.append(_table(table) if table.rows else empty)
    return "\n\n".join(blocks) + "\n"


def _table(table: TableLike) -> str:
    lines = [
        _line(_escape(column) for column in table.columns),
        _line("---" for _ in table.columns),
    ]
    lines.extend(_line(_cell(cell) for cell in row.cells) for row in table.rows)
    return "\n".join(lines)


def _line(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _cell(cell: CellLike) -> str:
    texts = [_escape(text) for text in cell.paragraphs]
    if cell.titled and texts:
        texts[0] = f"**{texts[0]}**"
    return "<br>".join(texts)
