"""The whole report's parts in the published order (the core's `chapter_order`): each prose
chapter with its blocks, the Uppföljning chapter as blocks (its introduction, its notes and the
results per priority under subheadings), and the place of the Åtgärder chapter. Built from the
model only; the writers (`report_docx`, `chapter_html`) lay it out."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _core, _printed

__all__ = ["ReportPart", "report_parts"]


@dataclass(frozen=True)
class ReportPart:
    """A chapter of the report: its heading and blocks (`_core.ChapterBlock`); for the Åtgärder
    chapter, `measures` is true and the blocks are empty (the chapter is laid out from
    `render.chapter.Chapter`). `carried_over_from`: the year of the report whose unedited text
    a draft's chapter is."""

    heading: str
    blocks: tuple[_core.ChapterBlock, ...] = ()
    measures: bool = False
    carried_over_from: int | None = None
    anchor: str = ""

    @property
    def note(self) -> str:
        """What the chapter says under its heading: that its text is last year's, if it is."""
        if self.carried_over_from is None:
            return ""
        return _printed.carried_over_note(self.carried_over_from)


def _paragraphs(text: str) -> list[_core.ChapterBlock]:
    return [_core.ChapterBlock.paragraph(p) for p in text.split("\n\n") if p.strip()]


def follow_up_blocks(plan: _core.Plan, follow_up: _core.FollowUp) -> list[_core.ChapterBlock]:
    """The Uppföljning chapter as blocks: the introduction, each note under its title, and the
    results of each priority under the priority's heading."""
    blocks = _paragraphs(follow_up.introduction)
    for note in follow_up.notes:
        blocks += [_core.ChapterBlock.heading(note.title), *_paragraphs(note.text)]
    titles = {p.number: p.title for p in plan.priorities}
    for number, text in follow_up.results.items():
        heading = _printed.priority_heading(number, titles.get(number, ""), plan.words)
        heading = heading.rstrip(". ")
        blocks += [_core.ChapterBlock.heading(heading), *_paragraphs(text)]
    return blocks


def report_parts(plan: _core.Plan, report: _core.Report) -> list[ReportPart]:
    """The report's chapters in the published order, those it has: its prose chapters, its
    Uppföljning chapter where it has one, and always the Åtgärder chapter."""
    parts: list[ReportPart] = []
    for heading in _core.chapter_order():
        anchor = f"kapitel-{len(parts) + 1}"
        if heading == _core.MEASURES_CHAPTER:
            parts.append(ReportPart(heading, measures=True, anchor="kapitel-atgarder"))
        elif heading == _core.FOLLOW_UP_CHAPTER:
            if report.follow_up:
                blocks = tuple(follow_up_blocks(plan, report.follow_up))
                parts.append(ReportPart(heading, blocks, anchor=anchor))
        elif (chapter := report.chapter(heading)) is not None:
            parts.append(
                ReportPart(heading, tuple(chapter.blocks), False, chapter.carried_over_from, anchor)
            )
    return parts
