"""The chapter and Bilaga 1 reconciled: each current measure built from its block and its row,
every difference between the two (titles, agency texts, markings and statuses, pages, measures
on one side only) recorded in the journal."""

from __future__ import annotations

from .. import _core
from .._core import (
    Measure,
    MeasureId,
    Period,
)
from ..errors import Error
from ._layout import join_lines
from .blocks import ChapterTitles
from .journal import (
    AGENCY_TEXTS_DIFFER,
    MARKING_AND_STATUS_DIFFER,
    ONE_SIDE_ONLY,
    PAGES,
    TITLES_DIFFER,
)
from .model import Block, Chapter, Listed
from .pdftotext import PLAIN
from .report_text import (
    fail,
    swedish_of,
)


class Reconciler(ChapterTitles):
    """The current measures, from the chapter's blocks and Bilaga 1's rows."""

    def known_breaks(self, b: Block, description: str) -> str:
        """A description read from pdftotext's plain text with the paragraphs of the plan
        imported into, where its text reads the same but for the breaks (noted)."""
        known = self.known_paragraphs(b.id)
        if known is None:
            return description
        paras = known[0]
        if " ".join(paras) != description.replace("\n\n", " ") or "\n\n".join(paras) == description:
            return description
        self.journal.decision(
            b.number_line,
            f"{b.id}: {self.form} visar ingen styckebrytning; beskrivningens stycken är de "
            f"som planen som läses in i har, vars text lyder likadant.",
        )
        return "\n\n".join(paras)

    def active(
        self, chapter: Chapter, aktuella: dict[MeasureId, Listed]
    ) -> tuple[list[Measure], dict[str, list[str]]]:
        measures: list[Measure] = []
        methods: dict[str, list[str]] = {}
        chapter_ids = [b.id for b in chapter.blocks]
        seen: dict[MeasureId, int] = {}
        for b in chapter.blocks:
            if b.id in seen:
                raise fail(
                    b.number_line,
                    f"measure {b.id} is printed twice in the chapter (first at line {seen[b.id]})",
                    f"åtgärd {b.id} står två gånger i kapitlet (första gången på rad {seen[b.id]})",
                )
            seen[b.id] = b.number_line
        for cid in sorted(set(chapter_ids) - set(aktuella)):
            self.journal.discrepancy(
                ONE_SIDE_ONLY,
                None,
                f"{cid} finns i kapitlet Åtgärder men inte i Bilaga 1 Aktuella åtgärder.",
            )
        for bid in sorted(set(aktuella) - set(chapter_ids)):
            self.journal.discrepancy(
                ONE_SIDE_ONLY,
                aktuella[bid].line,
                f"{bid} finns i Bilaga 1 Aktuella åtgärder men inte i kapitlet Åtgärder.",
            )
        for b in chapter.blocks:
            listed = aktuella.get(b.id)
            if listed is None:
                raise fail(
                    b.number_line,
                    f"{b.id} has no row in Bilaga 1: its status and page are unknown",
                    f"åtgärd {b.id} har ingen rad i Bilaga 1: dess status och sida är okända",
                )
            title_lines, desc, marking, method = self.chapter_title(b, listed.title)
            methods.setdefault(method, []).append(str(b.id))
            title = join_lines(title_lines, self.journal)
            description = "\n\n".join(join_lines(p, self.journal) for p in desc)
            if self.form == PLAIN:
                description = self.known_breaks(b, description)
            agency_text = join_lines(b.agency_lines, self.journal)
            agencies = self.agencies(agency_text, b.agency_lines[0].no)
            try:
                period = Period.parse(b.period_line.text)
            except Error as error:
                raise fail(
                    b.period_line.no,
                    f"{b.id}: the period {b.period_line.text!r}: {error}",
                    f"åtgärd {b.id}: tidsperioden {b.period_line.text!r}: {swedish_of(error)}",
                ) from None
            if str(period) != b.period_line.text:
                self.journal.decision(
                    b.period_line.no,
                    f"{b.id}: perioden tryckt “{b.period_line.text}” (rad "
                    f"{b.period_line.no}) sparad som “{period}”.",
                )
            appendix_title = None
            appendix_agencies = None
            if listed.title != title:
                appendix_title = listed.title
                self.journal.discrepancy(
                    TITLES_DIFFER,
                    title_lines[0].no,
                    f"{b.id}: kapitlet (rad {title_lines[0].no}) “{title}”; Bilaga 1 (rad "
                    f"{listed.line}) “{listed.title}”.",
                )
            if listed.agencies.text != agency_text:
                appendix_agencies = listed.agencies.text
                self.journal.discrepancy(
                    AGENCY_TEXTS_DIFFER,
                    b.agency_lines[0].no,
                    f"{b.id}: kapitlet (rad {b.agency_lines[0].no}) “{agency_text}”; Bilaga 1 "
                    f"(rad {listed.line}) “{listed.agencies.text}”.",
                )
            try:
                measure = Measure(
                    id=b.id,
                    title=title,
                    description=description,
                    agencies=agencies,
                    period=period,
                    page=listed.page,
                    status=listed.status,
                    chapter_marking=marking,
                    appendix_title=appendix_title,
                    appendix_agencies=appendix_agencies,
                )
            except Error as error:
                raise fail(
                    b.number_line, f"{b.id}: {error}", f"åtgärd {b.id}: {swedish_of(error)}"
                ) from None
            self.check_marking(b, marking, listed)
            self.check_page(b, listed)
            measures.append(measure)
        return measures, methods

    def check_marking(self, b: Block, marking: str | None, listed: Listed) -> None:
        expected = _core.chapter_marking_text(listed.status.kind) or None
        if marking != expected:
            printed = listed.status.appendix_text or "(empty)"
            self.journal.discrepancy(
                MARKING_AND_STATUS_DIFFER,
                b.number_line,
                f"{b.id}: kapitlets markering {marking or '(ingen)'} (stycket som slutar på rad "
                f"{b.number_line}); Bilaga 1:s status {printed} (rad {listed.line}).",
            )

    def check_page(self, b: Block, listed: Listed) -> None:
        if b.page_first is None or b.page_last is None:
            return
        if b.page_first != b.page_last:
            self.journal.discrepancy(
                PAGES,
                b.number_line,
                f"{b.id}: stycket går från sidan {b.page_first} till sidan {b.page_last} i "
                f"kapitlet; Bilaga 1 anger Sida {listed.page}.",
            )
        if listed.page not in (b.page_first, b.page_last):
            self.journal.discrepancy(
                PAGES,
                listed.line,
                f"{b.id}: Bilaga 1 anger Sida {listed.page} (rad {listed.line}); kapitlets "
                f"sidhuvuden lägger stycket på sidan {b.page_first}.",
            )
