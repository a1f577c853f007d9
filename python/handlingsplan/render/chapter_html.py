"""The Åtgärder chapter as HTML, followed by Bilaga 1: one self-contained page from a Jinja2
template (templates/chapter.html.j2)."""

from __future__ import annotations

from markupsafe import Markup

from .. import _printed
from .._templates import environment
from .chapter import Chapter

__all__ = ["report_page"]

_ENVIRONMENT = environment(
    "handlingsplan.render", agency_label=_printed.AGENCY_LABEL, period_label=_printed.PERIOD_LABEL
)


def report_page(chapter: Chapter, appendix_html: str) -> str:
    """The chapter and then Bilaga 1 (`appendix_html`, the appendix's own HTML fragment) as one
    HTML5 page: UTF-8, in Swedish, no external assets."""
    template = _ENVIRONMENT.get_template("chapter.html.j2")
    return template.render(chapter=chapter, appendix=Markup(appendix_html))
