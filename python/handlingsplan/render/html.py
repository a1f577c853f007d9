"""Bilaga 1 as HTML: one self-contained page (or the fragment Jupyter shows), from a Jinja2
template (templates/appendix.html.j2) with the print style sheet beside it."""

from __future__ import annotations

from importlib import resources

from markupsafe import Markup, escape

from .. import _printed
from .._templates import environment
from .layout import AppendixLike, CellLike, appendix_words, table_widths

__all__ = ["appendix_fragment", "appendix_page"]

_TEMPLATES = resources.files(__package__) / "templates"


def _cell_html(cell: CellLike) -> Markup:
    """A cell's paragraphs: one line as it is, several as <p>s; the title (if any) in bold."""
    lines = [Markup(escape(text)).replace("\n", Markup("<br>")) for text in cell.paragraphs]
    if cell.titled and lines:
        lines[0] = Markup("<strong>{}</strong>").format(lines[0])
    if len(lines) == 1:
        return lines[0]
    return Markup("").join(Markup("<p>{}</p>").format(line) for line in lines)


_ENVIRONMENT = environment(
    "handlingsplan.render",
    cell_html=_cell_html,
    widths=table_widths,
    link_text=_printed.LINK_TO_MEASURE,
)


def _render(
    appendix: AppendixLike, *, fragment: bool, note: str = "", links: bool = False, level: int = 1
) -> str:
    template = _ENVIRONMENT.get_template("appendix.html.j2")
    css = (_TEMPLATES / "appendix.css").read_text(encoding="utf-8")
    words = appendix_words(appendix).appendix
    return template.render(
        appendix=appendix,
        fragment=fragment,
        css=Markup(css),
        note=note,
        links=links,
        level=level,
        empty_text=words.empty,
        page_column=words.page_column,
    )


def appendix_page(appendix: AppendixLike, note: str = "") -> str:
    """The appendix as one self-contained HTML5 page: UTF-8, in Swedish (lang="sv"), no external
    assets, printing on A4 with the table headers repeated on each page and no row split;
    `note` (where its page numbers come from) follows the opening paragraph."""
    return _render(appendix, fragment=False, note=note)


def appendix_fragment(appendix: AppendixLike, *, links: bool = False, level: int = 1) -> str:
    """The appendix's headings and tables as an HTML fragment, for Jupyter; with `links` (the
    report's page, the chapter above it), each "Sida" cell links to its measure in the
    chapter (``#atgard-1.1.5``), pages not existing in HTML; its title a heading of `level`
    (2 below the report's title, so that the page has one h1), its sections and tables
    below that."""
    return _render(appendix, fragment=True, links=links, level=level)
