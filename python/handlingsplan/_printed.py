"""The words a printed report uses for the parts of its Åtgärder chapter, written once for the
writers that print the chapter (handlingsplan.render) and the reader that reads it back
(handlingsplan.readers). It imports nothing of the package but the compiled core, whose
catalogue (`PlanWords`) holds the words a plan calls its levels and Bilaga 1's columns: any
module may use it."""

from __future__ import annotations

from ._core import PlanWords

__all__ = [
    "AGENCY_ICON",
    "AGENCY_LABEL",
    "CHAPTER_TITLE",
    "CONTENTS_TITLE",
    "PERIOD_ICON",
    "PERIOD_LABEL",
    "LINK_TO_MEASURE",
    "carried_over_note",
    "carried_over_year",
    "measure_number",
    "pages_note",
    "objective_heading",
    "priority_heading",
    "report_heading",
]

#: The chapter's heading.
CHAPTER_TITLE = "Åtgärder"
#: What the published PDF's text prints for its icons (the building: the responsible agency,
#: the clock: the period), and the labels the library's own documents print in their place.
AGENCY_ICON = "Building"
PERIOD_ICON = "clock"
_STANDARD = PlanWords.standard()
AGENCY_LABEL = f"{_STANDARD.appendix.agencies_column}:"
PERIOD_LABEL = "Period:"


def priority_heading(number: int, title: str, words: PlanWords | None = None) -> str:
    """ "Strategisk prioritering 1. Säkerställa …", or in the plan's `words` ("Pelare A. …")."""
    return (words or _STANDARD).priority_heading(number, title)


def objective_heading(objective_id: str, text: str, words: PlanWords | None = None) -> str:
    """ "Målsättning 1.1. Statliga myndigheter …", or in the plan's `words` ("Mål A.1. …")."""
    return f"{(words or _STANDARD).levels.objective} {objective_id}. {text}"


def report_heading(year: int) -> str:
    """ "2021 års redovisning"."""
    return f"{year} års redovisning"


def measure_number(measure_id: str) -> str:
    """The number as the chapter prints it below a measure: "1.1.5."."""
    return f"{measure_id}."


#: What a Sida cell of Bilaga 1 in HTML (where pages do not exist) says as its link to the
#: measure in the chapter.
LINK_TO_MEASURE = "Till åtgärden"


def pages_note(year: int, *, given: bool) -> str:
    """What Bilaga 1 written alone says of its "Sida" column: the report's pages where the
    report gives them, else that the pages come with the chapter."""
    if given:
        return (
            f"Kolumnen Sida anger sidan i kapitlet Åtgärder i {year} års redovisning, "
            "så som redovisningen gav den."
        )
    return (
        "Kolumnen Sida anger sidan i kapitlet Åtgärder och fylls i när bilagan skrivs "
        f"tillsammans med kapitlet i {year} års redovisning; bilagan ensam har inga sidor att "
        "hänvisa till."
    )


#: The heading of a report's table of contents.
CONTENTS_TITLE = "Innehåll"


_CARRIED_OVER = "Texten är hämtad från {} års redovisning och har ännu inte bearbetats."


def carried_over_note(year: int) -> str:
    """What a draft's chapter says under its heading while its text is last year's, unedited."""
    return _CARRIED_OVER.format(year)


def carried_over_year(text: str) -> int | None:
    """The year a `carried_over_note` names; None for any other text."""
    head, _, tail = _CARRIED_OVER.partition("{}")
    year = text.removeprefix(head).removesuffix(tail)
    if len(year) == 4 and year.isdigit() and text == head + year + tail:
        return int(year)
    return None
