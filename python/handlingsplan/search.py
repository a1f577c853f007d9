"""Finding measures by what they say: ``report.search("NIS")``.

A measure matches when its title (the chapter's and Bilaga 1's wording), its description or, for a
withdrawn measure, the reason it was withdrawn contains the text, ignoring case (Å and å alike).
With ``whole_words=True`` the text must stand as words of its own: "NIS" then finds
"NIS-direktivet" and "(NIS)" but not "NISAM" or "analys".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ._core import InvalidValueError, Measure, StatusKind

__all__ = ["search", "searched_texts"]


def searched_texts(measure: Measure) -> Iterator[str]:
    """The texts of `measure` a search looks in: its titles, its description and, if it was
    withdrawn, the reason."""
    yield measure.title
    if measure.title_in_appendix != measure.title:
        yield measure.title_in_appendix
    yield measure.description
    if measure.status.kind == StatusKind.withdrawn:
        yield measure.status.reason


def search(measures: Iterable[Measure], text: str, *, whole_words: bool = False) -> list[Measure]:
    """The measures (in the order given) whose titles, description or withdrawal reason contain
    `text`, ignoring case; only as whole words if `whole_words`. InvalidValueError for a text
    that is empty or only spaces, which would match everything."""
    wanted = " ".join(text.split())
    if not wanted:
        raise InvalidValueError(f"search for {text!r}: give a word or phrase to look for")
    # Spaces in the text match any run of white space (a line break in a description too).
    body = r"\s+".join(re.escape(word) for word in wanted.split(" "))
    pattern = re.compile(rf"(?<!\w){body}(?!\w)" if whole_words else body, re.IGNORECASE)
    return [
        measure
        for measure in measures
        if any(pattern.search(part) for part in searched_texts(measure))
    ]
