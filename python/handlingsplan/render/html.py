"""Bilaga 1 as HTML: one self-contained page (or the fragment Jupyter shows), from a Jinja2
template (templates/appendix.html.j2) with the print style sheet beside it."""

from __future__ import annotations

from importlib import resources

from markupsafe import Markup, escape

from .._templates import environment
from .layout import EMPTY_TEXT, AppendixLike, CellLike, relative_widths

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
    "handlingsplan.render", cell_html=_cell_html, widths=relative_widths, empty_text=EMPTY_TEXT
)


def _render(appendix: AppendixLike, *, fragment: bool) -> str:
    template = _ENVIRONMENT.get_template("appendix.html.j2")
    css = (_TEMPLATES / "appendix.css").read_text(encoding="utf-8")
    return template.render(appendix=appendix, fragment=fragment, css=Markup(css))


def appendix_page(appendix: AppendixLike) -> str:
    """The appendix as one self-contained HTML5 page: UTF-8, in Swedish (lang="sv"), no external
    assets, printing on A4 with the table headers repeated on each page and no row split."""
    return _render(appendix, fragment=False)


def appendix_fragment(appendix: AppendixLike) -> str:
    """The appendix's headings and tables as an HTML fragment, for Jupyter."""
    return _render(appendix, fragment=True)
