"""The whole report as HTML: its contents (a list of links), its chapters in the published order
(the prose chapters, Uppföljning and the Åtgärder chapter), followed by Bilaga 1: one
self-contained page from a Jinja2 template (templates/chapter.html.j2)."""

from __future__ import annotations

from markupsafe import Markup

from .. import _printed
from .._templates import environment
from .chapter import Chapter
from .report_parts import ReportPart

__all__ = ["report_page"]

_ENVIRONMENT = environment(
    "handlingsplan.render",
    agency_label=_printed.AGENCY_LABEL,
    period_label=_printed.PERIOD_LABEL,
    contents_title=_printed.CONTENTS_TITLE,
)


def report_page(
    chapter: Chapter,
    appendix_html: str,
    parts: list[ReportPart] | None = None,
    appendix_title: str = "Bilaga 1",
) -> str:
    """The report's chapters (`parts`, in order; the Åtgärder chapter alone where none are
    given) with a list of links to them, and then Bilaga 1 (`appendix_html`, the appendix's own
    HTML fragment, titled `appendix_title` in the list) as one HTML5 page: UTF-8, in Swedish, no
    external assets."""
    if parts is None:
        parts = [ReportPart(chapter.title, measures=True, anchor="kapitel-atgarder")]
    template = _ENVIRONMENT.get_template("chapter.html.j2")
    return template.render(
        chapter=chapter,
        parts=parts,
        appendix=Markup(appendix_html),
        appendix_title=appendix_title,
    )
