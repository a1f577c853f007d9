"""Bilaga 1 in the agency's own letter: a Word template (.docx or .dotx) filled by docxtpl.

The template is a Word document with Jinja2 tags (docxtpl, "Jinja2 in Word"). The appendix goes,
as a subdocument, where a paragraph of its own reads ``{{ bilaga }}`` (``{{bilaga}}`` too); the
letter around it may use the report's fields (`letter_fields`): ``{{ år }}``, ``{{ datum }}``,
``{{ antal.genomförd }}`` … A template that cannot take the appendix says so with a
`TemplateError` naming what it found: no placeholder, a near miss of it (``{{ BILAGA }}``,
``{{ bilagan }}``, ``{ bilaga }``), the placeholder inside a sentence or in a header, a field the
report does not have, or a tag Jinja2 cannot read.
"""

from __future__ import annotations

import difflib
import io
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import jinja2
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docxtpl import DocxTemplate

from .._views import ReportView
from .._vocabulary import ACTIVE_STATUSES, STATUS_ORDER, swedish_date
from ..errors import TemplateError
from .docx import (
    add_appendix,
    document_title,
    ensure_styles,
    open_word_package,
    set_core_properties,
    set_language,
    text_width,
)
from .layout import AppendixLike

__all__ = ["FIELD_DESCRIPTIONS", "PLACEHOLDER", "PLACEHOLDER_NAME", "letter_fields", "write_letter"]

#: The name of the field that holds the appendix.
PLACEHOLDER_NAME = "bilaga"

#: The paragraph of a template where the appendix goes.
PLACEHOLDER = "{{ bilaga }}"

#: The fields a letter template may use besides ``bilaga``, and what each holds (the README
#: lists them too).
FIELD_DESCRIPTIONS: Mapping[str, str] = {
    "plan": 'the plan\'s title, "Samlad informations- och cybersäkerhetshandlingsplan 2019–2022"',
    "planperiod": 'the plan\'s years, "2019–2022"',
    "år": "the report's year, 2021",
    "datum": 'the day the report was submitted, "1 mars 2021"',
    "datum_iso": 'the same day as "2021-03-01"',
    "idag": 'the day the document is made, "29 november 2026"',
    "myndigheter": 'the agencies behind the plan, "MSB, FRA, … och Säkerhetspolisen"; given the '
    'day (`today`), by their names that day: "MSB (sedan 2026 Myndigheten för civilt försvar), '
    'FRA, …"',
    "bilaga_titel": 'the appendix\'s title, "Bilaga 1: Förteckning över åtgärder"',
    "antal": "measures per status: antal.pågående, antal.ny, antal.uppdaterad, "
    "antal.genomförd, antal.avskriven",
    "aktiva": "active measures (pågående, ny and uppdaterad)",
    "totalt": "every measure of the report",
}

# A tag that the appendix could be meant by: braces around one word, however many braces.
_BRACED_WORD = re.compile(r"\{+\s*(?:[%#]\s*)?(?:p\s+)?-?\s*(\w+)\s*-?\s*(?:[%#]\s*)?\}+")
_EXACT_PLACEHOLDER = re.compile(r"\{\{\s*(?:p\s+)?-?\s*bilaga\s*-?\s*\}\}")
_DOCXTPL_PARAGRAPH_PLACEHOLDER = "{{p bilaga }}"


def letter_fields(report: ReportView, today: date | None = None) -> dict[str, Any]:
    """The fields of `report` a letter template may use (see `FIELD_DESCRIPTIONS`). `today` is
    the day the letter is made: the agencies are named as on that day where both names matter
    (`Agency.today_name`); without it, by their short names, and ``idag`` is the clock's day."""
    counts = report.count_by_status()
    plan = report.plan
    agencies = [
        a.today_name(today) if today is not None else a.short_name for a in plan.agencies if a.samfi
    ]
    return {
        "plan": plan.title,
        "planperiod": f"{plan.first_year}–{plan.last_year}",
        "år": report.year,
        "datum": swedish_date(report.submitted),
        "datum_iso": report.submitted.isoformat(),
        "idag": swedish_date(today or date.today()),
        "myndigheter": _listed(agencies),
        "antal": {status: counts.get(status, 0) for status in STATUS_ORDER},
        "aktiva": sum(counts.get(status, 0) for status in ACTIVE_STATUSES),
        "totalt": sum(counts.values()),
    }


def _listed(names: list[str]) -> str:
    """ "A, B och C"."""
    return " och ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else "".join(names)


def write_letter(
    appendix: AppendixLike,
    path: str | os.PathLike[str],
    template: str | os.PathLike[str],
    fields: Mapping[str, Any],
    *,
    subject: str = "",
    author: str = "",
    now: datetime | None = None,
    content: Callable[[DocxDocument, int], None] | None = None,
) -> None:
    """Fill the Word template at `template` with `fields` and the appendix at its ``{{ bilaga }}``
    paragraph, and write it to `path` in Swedish with its core properties set (the template's own
    title is kept if it has one). TemplateError for a template that cannot take the appendix.
    `content(document, width)` writes something else there instead (the whole report: the
    chapter, then the appendix), `width` being the template's text width in EMU."""
    name = os.fspath(template)
    document = DocxTemplate(io.BytesIO(open_word_package(template)))
    document.init_docx()
    docx = document.get_docx()
    placeholder = _find_placeholder(docx, name)
    _make_paragraph_tag(placeholder)
    ensure_styles(docx)
    subdocument = document.new_subdoc()
    if content is None:
        add_appendix(subdocument.subdocx, appendix, width=text_width(docx))
    else:
        content(subdocument.subdocx, text_width(docx))
    context = {**fields, "bilaga_titel": appendix.title, PLACEHOLDER_NAME: subdocument}
    environment = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)
    try:
        document.render(context, jinja_env=environment)
    except jinja2.UndefinedError as error:
        raise TemplateError(f"{name}: {_undefined_message(error, context)}") from None
    except jinja2.TemplateError as error:
        raise TemplateError(f"{name}: the template's tags cannot be read: {error}") from None
    docx = document.docx  # get_docx() would reload the template once it is rendered
    set_language(docx)
    title = docx.core_properties.title or document_title(appendix)
    set_core_properties(docx, title=title, subject=subject, author=author, now=now)
    document.save(os.fspath(path))


@dataclass(frozen=True)
class _Paragraph:
    element: Any
    text: str
    where: str


def _paragraphs(document: DocxDocument) -> Iterator[_Paragraph]:
    """Every paragraph of the body (tables included), then of the headers and footers, with its
    text joined across runs and where it stands."""
    for index, paragraph in enumerate(document.element.body.iter(qn("w:p")), start=1):
        yield _Paragraph(paragraph, _text(paragraph), f"paragraph {index}")
    for number, section in enumerate(document.sections, start=1):
        for part_name, part in (("header", section.header), ("footer", section.footer)):
            if part.is_linked_to_previous:
                continue
            for paragraph in part._element.iter(qn("w:p")):
                yield _Paragraph(
                    paragraph, _text(paragraph), f"the {part_name} of section {number}"
                )


def _text(paragraph: Any) -> str:
    return "".join(node.text or "" for node in paragraph.iter(qn("w:t")))


def _is_near_miss(word: str) -> bool:
    folded = word.casefold()
    return folded.startswith("bilag") or (
        difflib.SequenceMatcher(None, folded, PLACEHOLDER_NAME).ratio() >= 0.75
    )


def _find_placeholder(document: DocxDocument, name: str) -> Any:
    """The one paragraph reading ``{{ bilaga }}`` (however its runs are split); TemplateError
    naming what was found if there is none, or a near miss, or more than one."""
    found: list[_Paragraph] = []
    for paragraph in _paragraphs(document):
        exact = list(_EXACT_PLACEHOLDER.finditer(paragraph.text))
        for match in _BRACED_WORD.finditer(paragraph.text):
            if any(m.start() <= match.start() and match.end() <= m.end() for m in exact):
                continue
            if _is_near_miss(match.group(1)):
                raise TemplateError(
                    f"{name}: {paragraph.where} holds {match.group(0)!r}, which is not the "
                    f"appendix's placeholder; write {PLACEHOLDER!r} in a paragraph of its own"
                )
        if not exact:
            continue
        if not paragraph.where.startswith("paragraph"):
            raise TemplateError(
                f"{name}: {paragraph.where} holds {PLACEHOLDER!r}, but the appendix cannot go in "
                "a header or footer; put it in a paragraph of its own in the body"
            )
        rest = _EXACT_PLACEHOLDER.sub("", paragraph.text).strip()
        if rest or len(exact) > 1:
            raise TemplateError(
                f"{name}: {paragraph.where} reads {paragraph.text.strip()!r}: the appendix "
                f"(headings and tables) cannot go inside a sentence; write {PLACEHOLDER!r} "
                "in a paragraph of its own"
            )
        found.append(paragraph)
    if not found:
        raise TemplateError(
            f"{name}: the template has no paragraph {PLACEHOLDER!r} to put the appendix in"
        )
    if len(found) > 1:
        places = ", ".join(paragraph.where for paragraph in found)
        raise TemplateError(
            f"{name}: the template has {len(found)} paragraphs {PLACEHOLDER!r} ({places}); "
            "the appendix goes in one"
        )
    return found[0].element


def _make_paragraph_tag(paragraph: Any) -> None:
    """Rewrite the placeholder's paragraph as one run reading ``{{p bilaga }}``: docxtpl's tag
    for a block that replaces the whole paragraph, whatever runs Word split the text into."""
    for element in list(paragraph):
        if element.tag != qn("w:pPr"):
            paragraph.remove(element)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = _DOCXTPL_PARAGRAPH_PLACEHOLDER
    run.append(text)
    paragraph.append(run)


def _undefined_message(error: jinja2.UndefinedError, context: Mapping[str, Any]) -> str:
    found = re.search(r"'([^']+)' is undefined", str(error))
    if found is None:
        return f"the template asks for something the report does not have: {error}"
    field = found.group(1)
    known = sorted(context)
    # Compared without accents too: "ar" is "år" typed on a keyboard without å.
    plain = {_without_accents(name): name for name in known}
    near = [plain[n] for n in difflib.get_close_matches(_without_accents(field), plain, n=1)]
    hint = f"; did you mean {near[0]!r}?" if near else ""
    return (
        f"the template asks for the field {field!r}, which the report does not have "
        f"(the fields are: {', '.join(known)}){hint}"
    )


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
