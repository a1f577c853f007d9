"""Bilaga 1's rows read, whatever the text form (`model.Entry` -> `model.Listed`): a current
row's title, agencies, status and page; a completed or withdrawn row's title, text, agencies and
year (and a withdrawal's reason)."""

from __future__ import annotations

import re

from .. import _core
from .._core import (
    MeasureId,
    Status,
    StatusKind,
)
from ..errors import Error
from ._layout import Line, join_lines, normalise_ws, paragraphs
from .model import Entry, Listed
from .pdftotext import TEXT
from .report_text import (
    STATUS_TEXTS,
    Stage,
    fail,
    swedish_of,
)


class BilagaReader(Stage):
    """Bilaga 1's rows read into what each says of its measure."""

    def aktuella(self, entries: list[Entry]) -> dict[MeasureId, Listed]:
        out = {}
        for e in entries:
            paras = paragraphs(e.lines)
            texts = [join_lines(p, self.journal) for p in paras]
            full = " ".join(texts)
            m = re.fullmatch(r"(.*?)\s+(\d{1,3})", full)
            page: int | None
            if m:
                rest, page = m.group(1), int(m.group(2))
            else:
                rest, page = full, None
                self.journal.note(
                    e.line, f"Bilaga 1:s rad {e.id} (rad {e.line}) trycker ingen sida (Sida)."
                )
            status = Status.ongoing()
            for printed in STATUS_TEXTS:
                if rest.endswith(" " + printed):
                    rest = rest[: -len(printed) - 1]
                    status = Status.parse_appendix_text(printed)
                    break
            split: tuple[str, str] | None = None
            # The first paragraph the title where the rest names agencies (a title may end
            # with an agency's name); `rest` is all of it where the row is one paragraph.
            if rest.startswith(texts[0] + " "):
                candidate = rest[len(texts[0]) + 1 :]
                if self.parses_as_agencies(candidate):
                    split = texts[0], candidate
            if split is None:
                words = rest.split(" ")
                for k in range(1, len(words)):
                    tail = " ".join(words[k:])
                    if self.parses_as_agencies(tail):
                        split = " ".join(words[:k]), tail
                        break
            if split is None:
                raise fail(
                    e.line,
                    f"Bilaga 1 row {e.id}: no agency text the registry knows at "
                    f"the end of {rest!r}",
                    f"raden för åtgärd {e.id} i Bilaga 1: ingen myndighetstext som registret "
                    f"känner till i slutet av {rest!r}",
                )
            title, agency_text = split
            out[e.id] = Listed(
                e.id, e.line, title, self.agencies(agency_text, e.line), status, page
            )
            if not e.dotted:
                self.journal.note(
                    e.line,
                    f"Bilaga 1 trycker numret {e.id} utan avslutande punkt (rad {e.line}).",
                )
        return out

    def closed_title(self, e: Entry, first: str, kind: str) -> str:
        """Where the title of a completed or withdrawn row ends: the title the plan it is
        imported into knows, else the title given to the import (closed_titles.py), else the first
        line."""
        known: list[str] = []
        if self.into is not None:
            for year in self.into.years:
                report = self.into.report(year)
                if e.id in report:
                    measure = report[e.id]
                    known += [measure.title_in_appendix, measure.title]
        if str(e.id) in self.src.closed_titles:
            known.append(self.src.closed_titles[str(e.id)])
        for title in known:
            if first == title or first.startswith(title + " "):
                return title
        self.journal.decision(
            e.line,
            f"Bilaga 1 {e.id} ({kind}, rad {e.line}): ingen känd rubrik "
            f"för åtgärden; dess första tryckta rad tas som "
            f"rubrik.",
        )
        return normalise_ws(e.lines[0].text)

    def closed(self, entries: list[Entry], kind: StatusKind) -> dict[MeasureId, Listed]:
        """'Genomförda åtgärder' (completed) or 'Avskrivna åtgärder' (withdrawn)."""
        name = _core.status_kind_text(kind)
        out = {}
        for e in entries:
            year, agency_par, body = closed_cells(e, name)
            agency_text = join_lines(agency_par, self.journal)
            agencies = self.agencies(agency_text, agency_par[0].no)
            first_text = join_lines(body[0], self.journal)
            title = self.closed_title(e, first_text, name)
            description_first = first_text[len(title) :].strip()
            desc_paras = ([description_first] if description_first else []) + [
                join_lines(p, self.journal) for p in body[1:]
            ]
            if self.form != TEXT:
                desc_paras = self.cell_paragraphs(e, body, desc_paras, kind)
            if kind == StatusKind.withdrawn and len(desc_paras) < 2:
                raise fail(
                    e.line,
                    f"{name} row {e.id}: no paragraph giving the reason",
                    f"raden för {name} åtgärd {e.id}: inget stycke som anger skälet",
                )
            try:
                if kind == StatusKind.withdrawn:
                    desc_paras, reason = self.split_reason(e.id, desc_paras)
                    status = Status.withdrawn(year, reason)
                else:
                    status = Status.completed(year)
            except Error as error:
                raise fail(
                    e.line,
                    f"{name} row {e.id}: {error}",
                    f"raden för {name} åtgärd {e.id}: {swedish_of(error)}",
                ) from None
            if not e.dotted:
                self.journal.note(
                    e.line,
                    f"Bilaga 1 trycker numret {e.id} utan avslutande punkt (rad {e.line}).",
                )
            out[e.id] = Listed(e.id, e.line, title, agencies, status, None, "\n\n".join(desc_paras))
        return out

    def cell_paragraphs(
        self,
        e: Entry,
        body: list[list[Line]],
        seen: list[str],
        kind: StatusKind,
    ) -> list[str]:
        """The paragraphs of a completed or withdrawn row's text (after its title) where the
        text form does not show a paragraph break inside a cell (pdftotext's forms show one
        only where a gap in the cell happens to have a line of another column beside it).

        Where the plan imported into knows the measure and its text reads the same but for the
        breaks, its paragraphs are taken (and a withdrawal's reason is what follows them);
        otherwise the paragraphs seen are kept, a withdrawal's reason begins after the last
        line that ends a sentence, and the journal names the lines where a break may stand."""
        flat = " ".join(seen)
        taken = self.known_cell_paragraphs(e, flat, seen, kind)
        if taken is not None:
            return taken
        maybe = possible_breaks(body)
        out = list(seen)
        if kind == StatusKind.withdrawn and len(out) < 2 and maybe:
            start = maybe[-1][1]
            tail = start.text
            # The line is in the text as printed but for a hyphen its join took away.
            at = flat.rfind(" " + tail.rstrip("-"))
            if at > 0:
                out = [flat[:at], flat[at + 1 :]]
                self.journal.decision(
                    start.no,
                    f"Bilaga 1 {e.id} (rad {e.line}): {self.form} visar ingen styckebrytning "
                    f"inom en cell; skälet till avskrivningen antas börja på rad "
                    f"{start.no} (“{tail}”), efter den sista rad som avslutar en mening.",
                )
                maybe = maybe[:-1]
        if maybe:
            where = ", ".join(str(after.no) for _, after in maybe)
            self.journal.decision(
                e.line,
                f"Bilaga 1 {e.id} (rad {e.line}): {self.form} visar ingen styckebrytning "
                f"inom en cell; texten behålls i {len(out)} "
                f"{'stycke' if len(out) == 1 else 'stycken'}, som dess luckor visar, fast ett "
                f"stycke också kan börja på rad {where}.",
            )
        return out

    def known_cell_paragraphs(
        self, e: Entry, flat: str, seen: list[str], kind: StatusKind
    ) -> list[str] | None:
        """The paragraphs of the plan imported into where its text of the measure reads as the
        row's but for the breaks (see `cell_paragraphs`); None where it does not."""
        known = self.known_paragraphs(e.id)
        if known is None:
            return None
        description, reason = known
        whole = description + ([reason] if reason else [])
        if kind == StatusKind.withdrawn and reason is None:
            if flat.startswith(" ".join(description) + " "):
                rest = flat[len(" ".join(description)) + 1 :]
                self.journal.decision(
                    e.line,
                    f"Bilaga 1 {e.id} (rad {e.line}): {self.form} visar ingen styckebrytning "
                    f"inom en cell; beskrivningens stycken är de som planen som läses in i "
                    f"har, och skälet till avskrivningen är texten "
                    f"efter dem.",
                )
                return [*description, rest]
        elif " ".join(whole) == flat:
            if whole != seen:
                self.journal.decision(
                    e.line,
                    f"Bilaga 1 {e.id} (rad {e.line}): {self.form} visar ingen styckebrytning "
                    f"inom en cell; styckena är de som planen som läses in i har, "
                    f"vars text lyder likadant.",
                )
            return whole
        return None

    def split_reason(self, mid: MeasureId, paras: list[str]) -> tuple[list[str], str]:
        """A withdrawn row's paragraphs split into the description and the reason: where they
        begin with the description the plan imported into holds, the reason is all that
        follows it (a reason of several paragraphs); otherwise its last paragraph."""
        known = self.known_paragraphs(mid)
        if known is not None:
            n = len(known[0])
            if len(paras) > n and paras[:n] == known[0]:
                return paras[:n], "\n\n".join(paras[n:])
        return paras[:-1], paras[-1]


def closed_cells(e: Entry, name: str) -> tuple[int, list[Line], list[list[Line]]]:
    """A completed or withdrawn row's year, its agencies' lines and the paragraphs before
    them (title and text): the year a paragraph of its own or at the end of the agencies'."""
    paras = paragraphs(e.lines)
    if not paras:
        raise fail(e.line, f"{name} row {e.id} is empty", f"raden för {name} åtgärd {e.id} är tom")
    last = join_lines(paras[-1])
    if re.fullmatch(r"\d{4}", last):
        if len(paras) < 3:
            raise fail(
                e.line,
                f"{name} row {e.id}: expected the measure's text, its agencies and the year",
                f"raden för {name} åtgärd {e.id}: åtgärdens text, dess myndigheter och året "
                "väntades",
            )
        return int(last), paras[-2], paras[:-2]
    m = re.fullmatch(r"(.*\S)\s+(\d{4})", last)
    if m is None:
        raise fail(
            paras[-1][-1].no,
            f"{name} row {e.id}: no year at the end: {last!r}",
            f"raden för {name} åtgärd {e.id}: inget år i slutet: {last!r}",
        )
    tail = paras[-1][-1]
    cut = re.sub(r"\s*\d{4}$", "", tail.text)
    agency_par = paras[-1][:-1] + ([tail.with_text(cut)] if cut else [])
    if not paras[:-1]:
        raise fail(
            e.line,
            f"{name} row {e.id}: expected the measure's text before its agencies",
            f"raden för {name} åtgärd {e.id}: åtgärdens text väntades före dess myndigheter",
        )
    return int(m.group(2)), agency_par, paras[:-1]


def possible_breaks(body: list[list[Line]]) -> list[tuple[Line, Line]]:
    """Where a paragraph break may stand in a cell: after a line that ends a sentence, before
    one that begins with a capital (not before the cell's first line)."""
    lines = [x for p in body for x in p if x.text]
    return [
        (before, after)
        for before, after in zip(lines, lines[1:], strict=False)
        if before.text.endswith((".", "!", "?", ":", "”"))
        and after.text[:1].isupper()
        and after.no > lines[0].no
    ]
