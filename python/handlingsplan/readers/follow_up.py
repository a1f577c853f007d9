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
from .model import Chapter
from .pdftotext import TEXT
from .report_text import (
    PAGE_HEADER_RE,
    PRIORITY_HEAD_RE,
    RUNNING_HEADERS,
    Stage,
    _Refused,
    fail,
    find_line,
    line_no,
)


class FollowUpReader(Stage):
    """The chapters a report prints besides its measures."""

    def follow_up(self, chapter: Chapter) -> FollowUp:
        """The Uppföljning chapter: its introduction, its notes (headings beginning "Om …",
        such as the note on the covid-19 pandemic) and the selected results per priority. A
        report without the chapter gets an empty FollowUp (noted in the journal)."""
        try:
            start = find_line(self.lines, r"^Uppföljning$", 1, None, "Uppföljning")
            intro = find_line(
                self.lines,
                r"^I kapitlet redovisas planerade och pågående åtgärder",
                start,
                None,
                "the Åtgärder chapter",
            )
        except _Refused:
            self.journal.note(
                None,
                "The text has no Uppföljning chapter before the Åtgärder "
                "chapter; the report's follow-up is left empty.",
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
        sections: list[tuple[str, int, str, list[Line]]] = [("introduction", start, "", [])]
        i = 0
        while i < len(lines):
            line = lines[i]
            previous_blank = i == 0 or not lines[i - 1].text
            m = PRIORITY_HEAD_RE.match(line.text)
            if m or (previous_blank and line.text.startswith("Om ")):
                expected = None
                if m and int(m.group(1)) in chapter.priorities:
                    expected = (
                        f"Strategisk prioritering {m.group(1)}. "
                        + chapter.priorities[int(m.group(1))][1]
                    )
                head = [line]
                i += 1
                while i < len(lines) and lines[i].text:
                    so_far = join_lines(head)
                    if expected is not None:
                        if so_far == expected or not expected.startswith(
                            join_lines(head + [lines[i]])
                        ):
                            break
                    elif not lines[i].text[:1].islower():
                        break
                    head.append(lines[i])
                    i += 1
                title = join_lines(head, self.journal)
                if m:
                    if expected is not None and title != expected:
                        self.journal.discrepancy(
                            "Priority titles",
                            line.no,
                            f"Priority {m.group(1)}: the Uppföljning heading (line {line.no}) "
                            f"prints “{title}”, the chapter heading “{expected}”.",
                        )
                    sections.append(("priority", line.no, m.group(1), []))
                else:
                    self.journal.decision(
                        line.no,
                        f"Uppföljning: “{title}” (line {line.no}) is "
                        f"read as the heading of a note (it begins "
                        f"with “Om” and ends before the first line "
                        f"that starts with a capital).",
                    )
                    sections.append(("note", line.no, title, []))
                continue
            sections[-1][3].append(line)
            i += 1
        introduction = ""
        notes: list[FollowUpNote] = []
        results: dict[SupportsInt | SupportsIndex, str] = {}
        for kind, no, name, body in sections:
            text = "\n\n".join(join_lines(p, self.journal) for p in paragraphs(body))
            if kind == "introduction":
                introduction = text
            elif not text:
                raise fail(no, f"Uppföljning: the heading “{name}” has no text under it")
            elif kind == "note":
                notes.append(FollowUpNote(name, text))
            else:
                if int(name) in results:
                    raise fail(no, f"Uppföljning: priority {name} is headed twice")
                results[int(name)] = text
        try:
            return FollowUp(introduction=introduction, notes=notes, results=results)
        except Error as error:
            raise fail(line_no(self.lines, start), f"Uppföljning: {error}") from None

    def prose_chapters(self) -> list[_core.ProseChapter]:
        """The prose chapters (readers.chapters); in pdftotext's forms, which print no empty
        line between paragraphs, the paragraphs may run together (noted)."""
        if self.form != TEXT:
            self.journal.note(
                None,
                f"The prose chapters are read from {self.form}'s text, which prints no empty "
                "line between paragraphs: a chapter's paragraphs may run together.",
            )
        if self.has(r"^I kapitlet redovisas planerade och pågående åtgärder"):
            self.journal.note(
                line_no(
                    self.lines,
                    find_line(self.lines, r"^I kapitlet redovisas planerade och pågående åtgärder"),
                ),
                "The Åtgärder chapter's own introduction (what the chapter holds, how measures "
                "are numbered and marked, what the icons mean) is not kept in the model: the "
                "library's documents print the chapter without it.",
            )
        return read_chapters(
            self.lines, self.journal, lambda text: bool(PAGE_HEADER_RE.match(text))
        )
