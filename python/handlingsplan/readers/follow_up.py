"""The Uppföljning chapter and the prose chapters of a report."""

from __future__ import annotations

from typing import SupportsIndex, SupportsInt

from .. import _core
from .._core import (
    FollowUp,
    FollowUpNote,
)
from ..errors import Error
from ._layout import Line, join_lines, paragraphs
from .chapters import read_chapters
from .journal import PRIORITY_TITLES
from .model import Chapter
from .pdftotext import TEXT
from .report_text import (
    PAGE_HEADER_RE,
    PRIORITY_HEAD_RE,
    RUNNING_HEADERS,
    WORDS,
    Stage,
    _Refused,
    fail,
    find_line,
    line_no,
    swedish_of,
)

# A section of the chapter: its kind ("introduction", "note", "priority"), the line of its
# heading, its name (a note's title, a priority's number) and its lines.
_Section = tuple[str, int, str, list[Line]]


def heading_goes_on(head: list[Line], after: Line, expected: str | None) -> bool:
    """Whether a heading of Uppföljning goes on on the line `after`: a priority's until it
    spells the chapter's heading (`expected`), a note's until a line begins with a capital."""
    if expected is None:
        return after.text[:1].islower()
    so_far = join_lines(head)
    return not (so_far == expected or not expected.startswith(join_lines([*head, after])))


class FollowUpReader(Stage):
    """The chapters a report prints besides its measures."""

    def follow_up(self, chapter: Chapter) -> FollowUp:
        """The Uppföljning chapter: its introduction, its notes (headings beginning "Om …",
        such as the note on the covid-19 pandemic) and the selected results per priority. A
        report without the chapter gets an empty FollowUp (noted in the journal)."""
        try:
            # Not found, each is noted below (what find_line's refusal would say is not shown).
            start = find_line(self.lines, r"^Uppföljning$")
            intro = find_line(
                self.lines, r"^I kapitlet redovisas planerade och pågående åtgärder", start
            )
        except _Refused:
            self.journal.note(
                None,
                "Texten har inget kapitel Uppföljning före kapitlet "
                "Åtgärder; redovisningens uppföljning lämnas tom.",
            )
            return FollowUp()
        end = intro
        for no in range(intro - 1, start, -1):
            if self.lines[no - 1].text == "Åtgärder":
                end = no
        lines = [
            x
            for x in self.span(start + 1, end)
            if not PAGE_HEADER_RE.match(x.text) and x.text not in RUNNING_HEADERS
        ]
        return self.follow_up_of(self.sections(lines, start, chapter), start)

    def sections(self, lines: list[Line], start: int, chapter: Chapter) -> list[_Section]:
        """The chapter's lines in sections: the introduction, then each note and each
        priority's results under its heading."""
        sections: list[_Section] = [("introduction", start, "", [])]
        i = 0
        while i < len(lines):
            line = lines[i]
            previous_blank = i == 0 or not lines[i - 1].text
            m = PRIORITY_HEAD_RE.match(line.text)
            if m or (previous_blank and line.text.startswith("Om ")):
                section, i = self.section_heading(lines, i, chapter)
                sections.append(section)
                continue
            sections[-1][3].append(line)
            i += 1
        return sections

    def section_heading(self, lines: list[Line], i: int, chapter: Chapter) -> tuple[_Section, int]:
        """The section headed at `lines[i]` (a priority's or a note's) and the position after
        its heading."""
        line = lines[i]
        m = PRIORITY_HEAD_RE.match(line.text)
        expected = None
        if m and int(m.group(1)) in chapter.priorities:
            number = int(m.group(1))
            expected = WORDS.priority_heading(number, chapter.priorities[number][1])
        head = [line]
        i += 1
        while i < len(lines) and lines[i].text and heading_goes_on(head, lines[i], expected):
            head.append(lines[i])
            i += 1
        title = join_lines(head, self.journal)
        if m:
            if expected is not None and title != expected:
                self.journal.discrepancy(
                    PRIORITY_TITLES,
                    line.no,
                    f"Prioritering {m.group(1)}: rubriken i Uppföljning (rad {line.no}) "
                    f"trycker “{title}”, kapitlets rubrik “{expected}”.",
                )
            return ("priority", line.no, m.group(1), []), i
        self.journal.decision(
            line.no,
            f"Uppföljning: “{title}” (rad {line.no}) "
            f"läses som rubriken på en not (den börjar "
            f"med “Om” och slutar före den första rad "
            f"som börjar med versal).",
        )
        return ("note", line.no, title, []), i

    def follow_up_of(self, sections: list[_Section], start: int) -> FollowUp:
        """The FollowUp the sections make."""
        introduction = ""
        notes: list[FollowUpNote] = []
        results: dict[SupportsInt | SupportsIndex, str] = {}
        for kind, no, name, body in sections:
            text = "\n\n".join(join_lines(p, self.journal) for p in paragraphs(body))
            if kind == "introduction":
                introduction = text
            elif not text:
                raise fail(
                    no,
                    f"Uppföljning: the heading “{name}” has no text under it",
                    f"Uppföljning: rubriken “{name}” har ingen text under sig",
                )
            elif kind == "note":
                notes.append(FollowUpNote(name, text))
            else:
                if int(name) in results:
                    raise fail(
                        no,
                        f"Uppföljning: priority {name} is headed twice",
                        f"Uppföljning: prioritering {name} har två rubriker",
                    )
                results[int(name)] = text
        try:
            return FollowUp(introduction=introduction, notes=notes, results=results)
        except Error as error:
            raise fail(
                line_no(self.lines, start),
                f"Uppföljning: {error}",
                f"Uppföljning: {swedish_of(error)}",
            ) from None

    def prose_chapters(self) -> list[_core.ProseChapter]:
        """The prose chapters (readers.chapters); in pdftotext's forms, which print no empty
        line between paragraphs, the paragraphs may run together (noted)."""
        if self.form != TEXT:
            self.journal.note(
                None,
                f"De löpande kapitlen läses från texten från {self.form}, som inte trycker någon "
                "tom rad mellan stycken: ett kapitels stycken kan flyta ihop.",
            )
        if self.has(r"^I kapitlet redovisas planerade och pågående åtgärder"):
            self.journal.note(
                line_no(
                    self.lines,
                    find_line(self.lines, r"^I kapitlet redovisas planerade och pågående åtgärder"),
                ),
                "Kapitlet Åtgärders egen inledning (vad kapitlet innehåller, hur åtgärderna "
                "numreras och markeras, vad ikonerna betyder) sparas inte i modellen: "
                "bibliotekets dokument trycker kapitlet utan den.",
            )
        return read_chapters(
            self.lines, self.journal, lambda text: bool(PAGE_HEADER_RE.match(text))
        )
