"""The Åtgärder chapter read into its blocks (`model.Chapter`): the headings of priorities and
objectives, and each measure's lines (title, description, agencies, period) with its pages;
pdftotext's plain text gets its paragraph breaks back here. `ChapterTitles` finds where a
block's title ends."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import _printed
from .._core import (
    MeasureId,
    ObjectiveId,
)
from ..errors import Error
from ._layout import Line, join_lines, paragraphs
from .model import Block, Chapter
from .pdftotext import PLAIN, TEXT
from .report_text import (
    AGENCY_MARKERS,
    EMSPACE_END_RE,
    MARKING_RE,
    MARKINGS,
    OBJECTIVE_HEAD_RE,
    PAGE_HEADER_RE,
    PERIOD_MARKERS,
    PRIORITY_HEAD_RE,
    RUNNING_HEADERS,
    ReportText,
    Stage,
    after_marker,
    ends_block,
    fail,
    find_line,
    heading_key,
    line_no,
    measure_id_at,
    swedish_of,
)

# How a title's end was found (ChapterTitles.chapter_title's method): the extraction report
# lists them in these words; the English, for the exception's own text.
BY_MARKING = "markeringen"
BY_BILAGA_TITLE = "rubriken i Bilaga 1"
BY_EM_SPACE = "det långa mellanslaget efter rubriken"
BY_OWN_PARAGRAPH = "rubriken som ett eget stycke"
TITLE_END_EN = {
    BY_MARKING: "marking",
    BY_BILAGA_TITLE: "Bilaga 1 title",
    BY_EM_SPACE: "em space after the title",
    BY_OWN_PARAGRAPH: "a paragraph of its own",
}


# The empty line that ends a paragraph in a block's body (and in the plain text's paragraphs).
PARAGRAPH_BREAK = Line(0, "", "")


class ChapterTitles(Stage):
    """Where a block's title ends (shared by the plain text's Bilaga 1 and the reconciliation)."""

    def chapter_title(
        self, block: Block, bilaga_title: str
    ) -> tuple[list[Line], list[list[Line]], str | None, str]:
        """A block's body split into title lines, description paragraphs, the marking and how
        the title's end was found: where the marking is printed; without one, where the lines
        spell Bilaga 1's title; failing that, at the em space a PDF leaves after a title."""
        paras = paragraphs(block.body)
        first = paras[0]
        marks = [(k, x) for k, x in enumerate(first) if MARKING_RE.search(x.text)]
        for p in paras[1:]:
            for x in p:
                if MARKING_RE.search(x.text):
                    raise fail(
                        x.no,
                        f"{block.id}: a marking outside the title paragraph",
                        f"{block.id}: en markering utanför rubrikens stycke",
                    )
        hints = [k for k, x in enumerate(first) if EMSPACE_END_RE.search(x.raw)]
        marking = None
        if marks:
            title_lines, marking = self.marked_title(block, first, marks)
            desc = paras[1:]
            method = BY_MARKING
            n_title = len(title_lines)
        else:
            n_title, method = self.title_end(block, paras, hints, bilaga_title)
            title_lines = first[:n_title]
            desc = ([first[n_title:]] if first[n_title:] else []) + paras[1:]
        if hints and hints[0] + 1 != n_title:
            raise fail(
                first[0].no,
                f"{block.id}: the em space after line {first[hints[0]].no} "
                f"disagrees with the title end found by {TITLE_END_EN[method]}",
                f"{block.id}: det långa mellanslaget efter rad {first[hints[0]].no} stämmer inte "
                f"med var rubriken slutar enligt {method}",
            )
        return title_lines, desc, marking, method

    @staticmethod
    def marked_title(
        block: Block, first: list[Line], marks: list[tuple[int, Line]]
    ) -> tuple[list[Line], str]:
        """The title's lines without the marking printed at their end, and the marking."""
        k, x = marks[0]
        if k != len(first) - 1:  # a second marking is on a later line: this one is not last
            raise fail(
                x.no,
                f"{block.id}: the marking is not at the end of the title",
                f"{block.id}: markeringen står inte i slutet av rubriken",
            )
        found = MARKING_RE.search(x.text)
        assert found is not None
        printed = found.group(1)
        marking = next(mark for mark in MARKINGS if printed.startswith(mark))
        rest = MARKING_RE.sub("", x.text)
        return first[:-1] + ([x.with_text(rest)] if rest else []), marking

    def title_end(
        self, block: Block, paras: list[list[Line]], hints: list[int], bilaga_title: str
    ) -> tuple[int, str]:
        """How many lines of the first paragraph an unmarked title has, and how that was
        found."""
        first = paras[0]
        cands = [
            k
            for k in range(1, len(first) + 1)
            if join_lines(first[:k]) == bilaga_title and (k < len(first) or len(paras) > 1)
        ]
        if len(cands) == 1:
            return cands[0], BY_BILAGA_TITLE
        if hints:
            return hints[0] + 1, BY_EM_SPACE
        if len(paras) > 1:
            self.journal.decision(
                first[0].no,
                f"{block.id}: rubriken antas vara hela "
                f"det första stycket (rad {first[0].no}): "
                f"ingen markering, inget långt mellanslag, och Bilaga 1 "
                f"formulerar den annorlunda.",
            )
            return len(first), BY_OWN_PARAGRAPH
        raise fail(
            first[0].no,
            f"{block.id}: cannot tell where the title ends (no "
            f"marking, no em space, and Bilaga 1 titles it "
            f"“{bilaga_title}”)",
            f"{block.id}: det går inte att se var rubriken slutar (ingen markering, inget långt "
            f"mellanslag, och Bilaga 1 ger rubriken “{bilaga_title}”)",
        )


@dataclass
class _Walk:
    """Where the reading of the chapter is: the pages of its lines, the headings the plan
    imported into knows, whether the chapter prints markers, the priority and objective headed
    last and the lines of the measure being read."""

    pages: dict[int, int | None]
    known: frozenset[str]
    marked: bool
    priority: int | None = None
    objective: str | None = None
    body: list[Line] = field(default_factory=list)


class ChapterReader(Stage):
    """The Åtgärder chapter, from its introduction to Slutord or Bilaga 1."""

    def __init__(self, src: ReportText) -> None:
        super().__init__(src)
        self.text_width = 80
        self.page_checks: list[str] = []

    def chapter_lines(self) -> tuple[list[tuple[Line, int | None]], int]:
        """The chapter's lines with their page numbers, page furniture removed."""
        intro, start, end = self.chapter_span()
        page = self.first_page(intro)
        out: list[tuple[Line, int | None]] = []
        header_seen_on_page = False
        for position, line in enumerate(self.span(intro + 1, end), start=intro + 1):
            if PAGE_HEADER_RE.match(line.text):
                page = self.page_header(line, page, header_seen_on_page)
                header_seen_on_page = True
                continue
            if line.page_start:
                header_seen_on_page = False
                if page is not None:
                    page += 1
            elif self.form == TEXT and re.match(r"^ \s", line.raw) and line.text:
                self.journal.note(
                    line.no,
                    f"Rad {line.no} (“{line.text}”) börjar med ett mellanslag följt av blanktecken; "
                    f"den räknas inte som en sidbrytning (att räkna den skulle motsäga både "
                    f"Bilaga 1:s kolumn Sida och de tryckta sidhuvudena).",
                )
            if position < start or line.text in RUNNING_HEADERS:
                continue
            out.append((line, page))
        if page is not None:
            self.page_checks.append(
                f"rad {line_no(self.lines, end)}: kapitlet slutar på sidan {page}"
            )
        return out, end

    def chapter_span(self) -> tuple[int, int, int]:
        """Where the chapter begins (its introduction or heading), where its first priority is
        headed, and where it ends (Slutord or Bilaga 1)."""
        if self.has(r"^I kapitlet redovisas planerade och pågående åtgärder"):
            intro = find_line(self.lines, r"^I kapitlet redovisas planerade och pågående åtgärder")
        else:
            intro = find_line(
                self.lines,
                "^" + _printed.CHAPTER_TITLE + "$",
                1,
                None,
                "the introduction or the heading of the Åtgärder chapter",
            )
        start = find_line(
            self.lines,
            r"^Strategisk prioritering 1\.",
            intro,
            None,
            "the heading of priority 1 in the Åtgärder chapter",
        )
        end = find_line(
            self.lines,
            r"^(Slutord|Bilaga 1:.*)$",
            start,
            None,
            "the Slutord or Bilaga 1 after the chapter",
        )
        return intro, start, end

    def first_page(self, intro: int) -> int | None:
        """The page the chapter begins on: the last numbered page header before it."""
        page: int | None = None
        for no in range(intro, 0, -1):
            if m := PAGE_HEADER_RE.match(self.lines[no - 1].text):
                page = int(m.group(1) or m.group(2) or 0) or None
                if page is not None:
                    self.page_checks.append(
                        f"rad {self.lines[no - 1].no}: sidhuvud {page} (början)"
                    )
                break
        if page is None:
            self.journal.note(
                intro,
                "Inget numrerat sidhuvud före kapitlet Åtgärder: kapitlets "
                "sidor räknas inte och jämförs inte med "
                "Bilaga 1:s kolumn Sida.",
            )
        return page

    def page_header(self, line: Line, page: int | None, seen_on_page: bool) -> int | None:
        """The page after a page header: the header's number, checked against the counted page
        breaks (a disagreement noted; the header is taken)."""
        m = PAGE_HEADER_RE.match(line.text)
        assert m is not None
        printed = int(m.group(1) or m.group(2) or 0) or None
        if page is None or printed is None:
            return page
        if printed == page + 1 and not seen_on_page:
            page = printed
        elif printed != page:
            self.journal.note(
                line.no,
                f"Sidhuvudet säger {printed}, de räknade "
                f"sidbrytningarna {page + 1}; sidhuvudet "
                f"gäller.",
            )
            page = printed
        self.page_checks.append(
            f"rad {line.no}: sidhuvud {printed} stämmer med de räknade sidbrytningarna"
        )
        return page

    def plain_paragraphs(self, mid: MeasureId, body: list[Line]) -> list[Line]:
        """A measure's lines in pdftotext's plain text, with an empty line where a paragraph
        ends: pdftotext prints none between paragraphs, so a line is taken to end one where
        the next line begins with a capital and its first word would have fitted on the line
        (a line broken short of the text's width, `self.text_width`, with room to spare); where
        a line ends a sentence but is too long to tell, the journal says a paragraph may begin
        there. A marking printed on a line of its own goes back to the end of the title."""
        out: list[Line] = []
        lines = [x for x in body if x.text]
        # A title runs to its marking: no paragraph ends before it.
        marked = next(
            (k for k, x in enumerate(lines[:6]) if x.text and MARKING_RE.search(x.text)), -1
        )
        for k, line in enumerate(lines):
            if MARKING_RE.fullmatch(" " + line.text) and out:
                while out and not out[-1].text:
                    out.pop()
                out[-1] = out[-1].with_text(out[-1].text + " " + line.text)
                out.append(PARAGRAPH_BREAK)
                continue
            out.append(line)
            after = lines[k + 1] if k + 1 < len(lines) else None
            if after is not None and self.paragraph_ends(mid, k - marked, line, after, out):
                out.append(PARAGRAPH_BREAK)
        return out

    def paragraph_ends(
        self, mid: MeasureId, from_marking: int, line: Line, after: Line, out: list[Line]
    ) -> bool:
        """Whether a paragraph ends after `line` (see `plain_paragraphs`); `from_marking`: the
        line's place after the line holding the title's marking (negative before it, 0 on it,
        where the title ends); both lines hold text."""
        if not (after.text[:1].isupper() or after.text[:1].isdigit()) or from_marking < 0:
            return False
        if from_marking == 0:
            return True  # the title ends at its marking
        first = after.text.split(" ")[0]
        ends = line.text.endswith((".", "!", "?", ":", "”"))
        room = self.text_width - len(line.text) - 1 - len(first)
        in_title = all(x.text for x in out)
        if room >= 0.15 * self.text_width if in_title else ends and room >= 0.1 * self.text_width:
            return True
        if ends and not after_marker(after.text, AGENCY_MARKERS + PERIOD_MARKERS):
            self.journal.decision(
                after.no,
                f"{mid}: rad {line.no} avslutar en mening och når (nästan) till "
                f"högermarginalen: ett stycke kan börja på rad {after.no}, vilket {self.form} "
                f"inte visar; stycket antas fortsätta.",
            )
        return False

    def chapter(self) -> Chapter:
        self.page_checks = []
        numbered, end = self.chapter_lines()
        widths = sorted(len(x.text) for x, _ in numbered if x.text)
        # Never empty: the chapter's lines begin with priority 1's heading.
        self.text_width = widths[int(0.95 * (len(widths) - 1))]
        ch = Chapter(page_checks=self.page_checks)
        lines = [line for line, _ in numbered]
        pages = {line.no: page for line, page in numbered}
        # Whether the chapter prints its agencies and periods with icon words or labels.
        marked = any(after_marker(x.text, AGENCY_MARKERS) is not None for x in lines)
        walk = _Walk(pages, self.known_headings(), marked)
        i = 0
        while i < len(lines):
            i = self.step(ch, walk, lines, i)
        if any(x.text for x in walk.body):
            first = next(x for x in walk.body if x.text)
            raise fail(
                first.no,
                "the Åtgärder chapter ends inside a measure: the text from "
                "this line on has no measure number",
                "kapitlet Åtgärder slutar mitt i en åtgärd: texten från den här raden har inget "
                "åtgärdsnummer",
            )
        return ch

    def step(self, ch: Chapter, walk: _Walk, lines: list[Line], i: int) -> int:
        """Reads the chapter's line `lines[i]` (a heading, a measure's number or a line of its
        block) into `ch`; the position of the next line to read."""
        line = lines[i]
        t = line.text
        in_block = any(x.text for x in walk.body)
        if not in_block and PRIORITY_HEAD_RE.match(t):
            walk.priority, i = self.priority_heading(ch, lines, i, walk.known)
            return i
        if not in_block and OBJECTIVE_HEAD_RE.match(t):
            walk.objective, i = self.objective_heading(ch, lines, i, walk.priority, walk.known)
            return i
        number = measure_id_at(t)
        if number is not None and not number[1] and ends_block(walk.body, walk.marked):
            self.check_place(line, number[0], walk.priority, walk.objective)
            ch.blocks.append(self.block(number[0], line, walk.body, walk.pages))
            walk.body = []
        elif in_block or t:
            if walk.priority is None or walk.objective is None:
                raise fail(
                    line.no,
                    f"text before the first objective heading: {t!r}",
                    f"text före den första målrubriken: {t!r}",
                )
            walk.body.append(line)
        return i + 1

    @staticmethod
    def check_place(
        line: Line, mid: MeasureId, priority: int | None, objective: str | None
    ) -> None:
        """A measure's number is printed under its objective's heading."""
        if priority is None or objective is None:
            raise fail(
                line.no,
                f"measure {mid} before the first objective heading",
                f"åtgärd {mid} står före den första målrubriken",
            )
        if str(mid.objective) != objective:
            raise fail(
                line.no,
                f"measure {mid} printed under objective {objective}",
                f"åtgärd {mid} står under mål {objective}",
            )

    def priority_heading(
        self, ch: Chapter, lines: list[Line], i: int, known: frozenset[str]
    ) -> tuple[int, int]:
        """The priority headed at `lines[i]` (recorded in `ch`) and the position after it."""
        line = lines[i]
        m = PRIORITY_HEAD_RE.match(line.text)
        assert m is not None
        head, i = self.take_heading(lines, i, known)
        priority = int(m.group(1))
        heading = PRIORITY_HEAD_RE.match(join_lines(head, self.journal))
        if heading is None or not heading.group(2):
            raise fail(
                line.no,
                f"the heading of priority {priority} has no title",
                f"rubriken för prioritering {priority} saknar rubriktext",
            )
        if priority in ch.priorities:
            raise fail(
                line.no,
                f"priority {priority} is headed twice in the chapter "
                f"(first at line {ch.priorities[priority][0]})",
                f"prioritering {priority} har två rubriker i kapitlet (den första på rad "
                f"{ch.priorities[priority][0]})",
            )
        ch.priorities[priority] = (line.no, heading.group(2))
        return priority, i

    def objective_heading(
        self, ch: Chapter, lines: list[Line], i: int, priority: int | None, known: frozenset[str]
    ) -> tuple[str, int]:
        """The objective headed at `lines[i]` (recorded in `ch`) and the position after it."""
        line = lines[i]
        head, i = self.take_heading(lines, i, known)
        mm = OBJECTIVE_HEAD_RE.match(join_lines(head, self.journal))
        if mm is None or not mm.group(2):
            raise fail(
                line.no, "an objective heading without its text", "en målrubrik utan sin text"
            )
        try:
            oid = ObjectiveId(mm.group(1))
        except Error as error:
            raise fail(
                line.no, f"objective heading: {error}", f"målrubrik: {swedish_of(error)}"
            ) from None
        if oid.priority != priority:
            raise fail(
                line.no,
                f"objective {oid} printed under priority {priority}",
                f"mål {oid} står under prioritering {priority}",
            )
        ch.objectives.append((str(oid), line.no, mm.group(2)))
        return str(oid), i

    def take_heading(
        self, lines: list[Line], i: int, known: frozenset[str]
    ) -> tuple[list[Line], int]:
        """A heading: its lines up to an empty line or the next heading. In pdftotext's
        plain text no empty line follows a heading: it ends where its lines spell the
        heading the plan imported into knows (`known`), else before the first line that begins
        with a capital (noted in the journal)."""
        out = [lines[i]]
        i += 1
        while (
            i < len(lines)
            and lines[i].text
            and not (
                PRIORITY_HEAD_RE.match(lines[i].text) or OBJECTIVE_HEAD_RE.match(lines[i].text)
            )
        ):
            if self.form == PLAIN and self.plain_heading_ends(out, lines[i], known):
                break
            out.append(lines[i])
            i += 1
        return out, i

    def plain_heading_ends(self, head: list[Line], after: Line, known: frozenset[str]) -> bool:
        """Whether a heading of pdftotext's plain text ends before `after` (see
        `take_heading`)."""
        if heading_key(join_lines(head)) in known:
            return True
        if not known and after.text[:1].isupper():
            self.journal.decision(
                head[0].no,
                f"Rubriken på rad {head[0].no} antas sluta före rad "
                f"{after.no}, den första som börjar med versal ({self.form} "
                f"trycker ingen tom rad efter en rubrik).",
            )
            return True
        return False

    def block(
        self, mid: MeasureId, number_line: Line, body: list[Line], pages: dict[int, int | None]
    ) -> Block:
        """A measure's block: the body up to its number line, split into title and description,
        agency lines and the period line (with or without the icon words)."""
        if self.form == PLAIN:
            body = self.plain_paragraphs(mid, body)
        content = [x for x in body if x.text]
        starts = [k for k, x in enumerate(body) if after_marker(x.text, AGENCY_MARKERS) is not None]
        if starts:
            paras, agency_lines, period_line = self.marked_tail(mid, body, starts[-1])
        else:
            paras, agency_lines, period_line = self.unmarked_tail(mid, number_line, content, body)
        if not paras:
            raise fail(
                number_line.no,
                f"measure {mid}: no title before its agencies",
                f"åtgärd {mid}: ingen rubrik före dess myndigheter",
            )
        return Block(
            mid,
            number_line.no,
            [x for p in paras for x in [*p, PARAGRAPH_BREAK]],
            agency_lines,
            period_line,
            pages.get(content[0].no),
            pages.get(number_line.no),
        )

    @staticmethod
    def marked_tail(
        mid: MeasureId, body: list[Line], start: int
    ) -> tuple[list[list[Line]], list[Line], Line]:
        """The paragraphs before the agencies, the agency lines and the period line of a block
        that prints its markers (the agencies' from `body[start]` on)."""
        head = body[:start]
        tail = [x for x in body[start:] if x.text]
        period_text = after_marker(tail[-1].text, PERIOD_MARKERS)
        if period_text is None or any(
            after_marker(x.text, PERIOD_MARKERS) is not None for x in tail[:-1]
        ):
            raise fail(
                tail[-1].no,
                f"measure {mid}: expected the period ({PERIOD_MARKERS[0]!r} "
                f"or {PERIOD_MARKERS[1]!r}) right before the number",
                f"åtgärd {mid}: tidsperioden ({PERIOD_MARKERS[0]!r} eller {PERIOD_MARKERS[1]!r}) "
                "väntades direkt före numret",
            )
        agency_text = after_marker(tail[0].text, AGENCY_MARKERS)  # tail[0] is body[start]
        assert agency_text is not None
        agency_lines = [tail[0].with_text(agency_text)] + tail[1:-1]
        return paragraphs(head), agency_lines, tail[-1].with_text(period_text)

    @staticmethod
    def unmarked_tail(
        mid: MeasureId, number_line: Line, content: list[Line], body: list[Line]
    ) -> tuple[list[list[Line]], list[Line], Line]:
        """The same for a block without markers: the period is its last line, the agencies the
        lines before it in its paragraph, or the paragraph before."""
        paras = paragraphs(body)
        if any(after_marker(x.text, PERIOD_MARKERS) is not None for x in content):
            raise fail(
                content[-1].no,
                f"measure {mid}: a period without the responsible "
                f"agencies ({AGENCY_MARKERS[0]!r} or "
                f"{AGENCY_MARKERS[1]!r}) before it",
                f"åtgärd {mid}: en tidsperiod utan de ansvariga myndigheterna "
                f"({AGENCY_MARKERS[0]!r} eller {AGENCY_MARKERS[1]!r}) före sig",
            )
        if len(paras) < 2:
            raise fail(
                number_line.no,
                f"measure {mid}: expected a title, a description, "
                f"the responsible agencies and a period before the "
                f"number",
                f"åtgärd {mid}: rubrik, beskrivning, ansvariga myndigheter och tidsperiod "
                "väntades före numret",
            )
        period_line = paras[-1][-1]
        if len(paras[-1]) == 1:
            return paras[:-2], paras[-2], period_line
        return paras[:-1], paras[-1][:-1], period_line

    def known_headings(self) -> frozenset[str]:
        """The headings of the priorities and objectives of the plan imported into, as the
        chapter prints them."""
        if self.into is None:
            return frozenset()
        out = set()
        for priority in self.into.priorities:
            out.add(heading_key(f"Strategisk prioritering {priority.number}. {priority.title}"))
            for objective in priority.objectives:
                out.add(heading_key(f"Målsättning {objective.id}. {objective.text}"))
        return frozenset(out)
