"""Bilaga 1's rows (`model.Entry`) from the text form and pdftotext -layout's (whose columns
`pdftotext.layout_section` sets back into cells first): each row its number and its cells' lines,
headers, headings and page furniture dropped."""

from __future__ import annotations

import re
from collections.abc import Callable

from .._core import (
    MeasureId,
)
from ._layout import Line, join_lines, paragraphs
from .journal import PRIORITY_TITLES
from .model import Chapter, Entry
from .pdftotext import LAYOUT, layout_section
from .report_text import (
    COLUMN_GAP_RE,
    CURRENT_SECTION,
    EMPTY_TABLE,
    PAGE_HEADER_RE,
    PRIORITY_HEAD_RE,
    RUNNING_HEADERS,
    TABLE_HEADER_RE,
    TABLE_HEADER_WORDS,
    Stage,
    fail,
    is_table_header,
    measure_id_at,
)


class RowsReader(Stage):
    """Bilaga 1's sections cut into rows, in the forms that print a row's cells apart."""

    def entries(self, start: int, end: int, chapter: Chapter, section: str) -> list[Entry]:
        """A Bilaga 1 table split into rows; headers, headings and page furniture dropped."""
        lines = self.span(start, end)
        if self.form == LAYOUT:
            lines = layout_section(
                lines, self.journal, self.parses_as_agencies, self.expected_agencies(chapter)
            )
        out: list[Entry] = []
        i = 0
        # A line of header words alone ("Klar", "Åtgärd") is the table's header only where one
        # begins ("# Åtgärd …") or goes on; elsewhere it is a cell's text.
        header_goes_on = False
        while i < len(lines):
            line = lines[i]
            t = line.text
            if is_furniture(t, header_goes_on):
                header_goes_on = True
                i += 1 + header_word_broken(t, lines[i + 1 : i + 2])
                continue
            header_goes_on = header_goes_on and not t
            if PRIORITY_HEAD_RE.match(t):
                i = self.table_heading(lines, i, chapter)
                continue
            if COLUMN_GAP_RE.search(line.raw):
                raise fail(
                    line.no,
                    f"{section}: the line sets the table's columns side by side "
                    f"(as pdftotext -layout does), so its cells cannot be told "
                    f"apart; give the text without -layout or the PDF itself",
                    f"{section}: raden ställer tabellens kolumner sida vid sida (som pdftotext "
                    "-layout gör), så dess celler går inte att skilja åt; ge texten utan -layout "
                    "eller själva PDF:en",
                )
            self.row_line(out, line, section, lines[i + 1 :])
            i += 1
        return out

    def row_line(self, out: list[Entry], line: Line, section: str, ahead: list[Line]) -> None:
        """A line of a table: the first of a new row (its number), or one of the last row;
        `ahead`, the section's lines after it."""
        t = line.text
        number = measure_id_at(t)
        if number is not None and (
            section == CURRENT_SECTION
            or not out
            or (
                number[0] > out[-1].id
                and self.closed_row_complete(out[-1])
                and not self.falls_behind(number, out[-1].id, ahead)
            )
        ):
            mid, rest, dotted = number
            for earlier in out:
                if earlier.id == mid:
                    raise fail(
                        line.no,
                        f"{section}: measure {mid} is listed twice (first at line {earlier.line})",
                        f"{section}: åtgärd {mid} står två gånger (första gången på rad "
                        f"{earlier.line})",
                    )
            out.append(Entry(mid, line.no, dotted, [line.with_text(rest)]))
            return
        if t and not out:
            raise fail(
                line.no,
                f"{section}: text before the first row: {t!r}",
                f"{section}: text före den första raden: {t!r}",
            )
        if out:
            out[-1].lines.append(line)

    def table_heading(self, lines: list[Line], i: int, chapter: Chapter) -> int:
        """A priority's heading over its table (checked against the chapter's); the position
        after it."""
        line = lines[i]
        m = PRIORITY_HEAD_RE.match(line.text)
        assert m is not None
        head = [line]
        i += 1
        while (
            i < len(lines)
            and lines[i].text
            and not (
                is_table_header(lines[i].text)
                or measure_id_at(lines[i].text)
                or PRIORITY_HEAD_RE.match(lines[i].text)
            )
        ):
            head.append(lines[i])
            i += 1
        n = int(m.group(1))
        heading = PRIORITY_HEAD_RE.match(join_lines(head))
        text = heading.group(2) if heading is not None else None
        if n not in chapter.priorities:
            raise fail(
                line.no,
                f"Bilaga 1 heading for unknown priority {n}",
                f"rubrik i Bilaga 1 för en okänd prioritering {n}",
            )
        if text != chapter.priorities[n][1]:
            self.journal.discrepancy(
                PRIORITY_TITLES,
                line.no,
                f"Prioritering {n}: Bilaga 1:s rubrik (rad {line.no}) trycker “{text}”, "
                f"kapitlets rubrik (rad {chapter.priorities[n][0]}) "
                f"“{chapter.priorities[n][1]}”.",
            )
        return i

    def expected_agencies(self, chapter: Chapter) -> Callable[[str], str | None]:
        """The agency text a Bilaga 1 row is expected to print: the chapter's for a current
        measure, else that of the latest report of the plan imported into."""
        printed = {str(b.id): join_lines(b.agency_lines) for b in chapter.blocks}

        def expected(number: str) -> str | None:
            key = number.rstrip(".")
            if key in printed:
                return printed[key]
            if self.into is not None:
                for year in reversed(self.into.years):
                    report = self.into.report(year)
                    if MeasureId(key) in report:
                        return report[MeasureId(key)].agencies_in_appendix
            return None

        return expected

    def falls_behind(
        self, number: tuple[MeasureId, str, bool], last: MeasureId, ahead: list[Line]
    ) -> bool:
        """Whether a number at the start of a line of a completed or withdrawn row is the row's
        text, told by what follows: the next row's number is lower (the rows are in numeric
        order), or the number stands alone and the next line is a row's last cell, its agencies
        and year ("… Säkerhetspolisen 2019" / "3.3.1." / "MSB 2022")."""
        following = self.next_row_start(last, ahead)
        if following is not None and following < number[0]:
            return True
        text = [x for x in ahead if x.text]
        bare = not number[1].strip()
        return bare and bool(text) and self.closed_row_complete(Entry(number[0], 0, True, text[:1]))

    def next_row_start(self, last: MeasureId, ahead: list[Line]) -> MeasureId | None:
        """The number of the next line that begins a row for certain: after `last`, and
        right after a row's last cell (page furniture between them aside)."""
        previous: Line | None = None
        for line in ahead:
            if not line.text or is_furniture(line.text, True):
                continue
            found = measure_id_at(line.text)
            after_a_row = previous is not None and self.closed_row_complete(
                Entry(last, 0, True, [previous])
            )
            if found is not None and found[0] > last and after_a_row:
                return found[0]
            previous = line
        return None

    def closed_row_complete(self, entry: Entry) -> bool:
        """Whether a completed or withdrawn row has come to its last cell: its agencies and
        then the year, in a paragraph of its own or at the end of the agencies' last line. A
        measure number at the start of a line before that, or one not after the row's own (the
        rows are in numeric order), is the row's text ("… inom ramen för åtgärd" / "2.1.6 …"),
        not a new row."""
        paras = paragraphs(entry.lines)
        if not paras:
            return False
        last = join_lines(paras[-1])
        if re.fullmatch(r"\d{4}", last):
            return True
        with_year = re.fullmatch(r"(.*\S)\s+\d{4}", last)
        return with_year is not None and self.parses_as_agencies(with_year.group(1))


def is_furniture(text: str, header_goes_on: bool) -> bool:
    """Whether a line of a table is page furniture, a header or the empty table's words (a line
    of header words alone only where the header begins or goes on)."""
    return bool(
        PAGE_HEADER_RE.match(text)
        or text in RUNNING_HEADERS
        or TABLE_HEADER_RE.match(text)
        or (is_table_header(text) and (text.startswith("#") or header_goes_on))
        or text == EMPTY_TABLE
    )


def header_word_broken(text: str, after: list[Line]) -> int:
    """1 where the header line's last word is broken in a narrow column and its end is the next
    line ("Avskriv" / "en"), else 0."""
    last = text.split(" ")[-1]
    return int(
        bool(after)
        and any(
            h.startswith(last) and h != last and h == last + after[0].text
            for h in TABLE_HEADER_WORDS
        )
    )
