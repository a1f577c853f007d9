"""Bilaga 1's rows (`model.Entry`) from pdftotext's plain text, which prints a table's cells in
an order of its own: the rows are read against the chapter's blocks (Aktuella åtgärder) or cut
where each row's known title begins (Genomförda and Avskrivna åtgärder)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable

from .._core import (
    MeasureId,
    Status,
)
from ._layout import Line, join_lines, paragraphs
from .blocks import BY_MARKING, ChapterTitles
from .journal import PLAIN_TEXT, PRIORITY_TITLES, Journal
from .model import Block, Chapter, Entry
from .report_text import (
    BARE_NUMBER_RE,
    EMPTY_TABLE,
    PAGE_HEADER_RE,
    PRIORITY_HEAD_RE,
    RUNNING_HEADERS,
    TABLE_HEADER_RE,
    WORDS,
    _Refused,
    fail,
    heading_key,
    is_table_header,
    measure_id_at,
)

# What the messages of plain text's refusals advise, in Swedish.
IMPORT_PDF_SV = "importera själva PDF:en eller texten från pdftotext -layout"


def _check_listed_once(
    rows: list[tuple[MeasureId, int, bool]], mid: MeasureId, line_no: int, section: str
) -> None:
    """Refuses a measure that `section`'s table of Bilaga 1 lists twice."""
    if any(r[0] == mid for r in rows):
        raise fail(
            line_no,
            f"{section}: measure {mid} is listed twice",
            f"{section}: åtgärd {mid} står två gånger",
        )


class PlainRowsReader(ChapterTitles):
    """Bilaga 1's sections in pdftotext's plain text, cut into rows."""

    def plain_lines(self, start: int, end: int) -> list[Line]:
        """A section's lines without page furniture and table headers."""
        return [
            x
            for x in self.span(start, end)
            if not (
                PAGE_HEADER_RE.match(x.text)
                or x.text in RUNNING_HEADERS
                or TABLE_HEADER_RE.match(x.text)
                or (x.text and is_table_header(x.text))
                or x.text == EMPTY_TABLE
            )
        ]

    def title_candidates(self, block: Block) -> tuple[list[str], str | None]:
        """Where a chapter block's title may end, as the chapter alone shows it: at its
        marking (one candidate), else at the end of one of the first lines of its first
        paragraph; and the marking. (The journal of this reading is dropped: the block is read
        again against Bilaga 1.)"""
        journal, self.journal = self.journal, Journal()
        try:
            title_lines, _, marking, method = self.chapter_title(block, "")
            if method == BY_MARKING:
                return [join_lines(title_lines)], marking
        except _Refused:
            pass
        finally:
            self.journal = journal
        first = paragraphs(block.body)[0]
        return [join_lines(first[:k]) for k in range(1, min(len(first), 4) + 1)], None

    @staticmethod
    def titles_adding_up(
        candidates: list[list[str]],
        rest: Counter[str],
        letters: Callable[[str], Counter[str]],
        squeezed: str,
    ) -> list[str] | None:
        """One title per row, from its candidates, whose letters together are `rest`; where
        none adds up, per row the longest whose every word the table (`squeezed`: without
        spaces and hyphens, in lower case) prints; None where more than one adds up."""
        found: list[list[str]] = []

        def search(k: int, left: Counter[str], chosen: list[str]) -> None:
            if len(found) > 1:
                return
            if k == len(candidates):
                if not any(left.values()):
                    found.append(chosen)
                return
            for title in candidates[k]:
                need = letters(title)
                if all(left[c] >= n for c, n in need.items()):
                    search(k + 1, left - need, [*chosen, title])

        search(0, rest, [])
        if len(found) == 1:
            return found[0]
        if found:
            return None

        # Nothing adds up (a row's Bilaga 1 text differs from the chapter's): of the titles
        # whose every added line the table prints (most of its letters in words it prints),
        # the choice whose letters come nearest.
        def printed(line: str) -> bool:
            words = [heading_key(w).casefold() for w in line.split()]
            found = sum(len(w) for w in words if w in squeezed)
            return found >= 0.5 * sum(len(w) for w in words)

        kept = []
        for titles in candidates:
            ok = [titles[0]]
            for shorter, longer in zip(titles, titles[1:], strict=False):
                if not printed(longer[len(shorter) :]):
                    break
                ok.append(longer)
            kept.append(ok)

        def distance(titles: Iterable[str]) -> int:
            left = Counter(rest)
            left.subtract(letters(" ".join(titles)))
            return sum(abs(n) for n in left.values())

        combos = itertools.islice(itertools.product(*kept), 20000)
        return list(min(combos, key=distance))

    def plain_aktuella(self, start: int, end: int, chapter: Chapter) -> list[Entry]:
        """Aktuella åtgärder in pdftotext's plain text, which prints a table's cells in an
        order of its own (line by line across a row, or column by column) and joins words of
        two cells: the rows are read against the chapter, table by table (priority by
        priority). The numbers in the table that are not the chapter's are the pages, in the
        order of the rows (Bilaga 1 lists the measures in the chapter's order); the statuses
        are those pdftotext prints, in its order, matched with the chapter's markings; the
        letters of the table must add up to the chapter's titles and agency texts with those
        statuses, and where they do not, the journal says so and names the rows that may
        differ: their titles and agency texts are the chapter's."""
        blocks = {str(b.id): b for b in chapter.blocks}
        tables: list[tuple[int, list[Line]]] = []
        lines = self.plain_lines(start, end)
        i = 0
        while i < len(lines):
            line = lines[i]
            if m := PRIORITY_HEAD_RE.match(line.text):
                n = int(m.group(1))
                if n not in chapter.priorities:
                    raise fail(
                        line.no,
                        f"Bilaga 1 heading for unknown priority {n}",
                        f"rubrik i Bilaga 1 för en okänd prioritering {n}",
                    )
                want = heading_key(WORDS.priority_heading(n, chapter.priorities[n][1]))
                head = [line]
                while heading_key(join_lines(head)) != want and i + len(head) < len(lines):
                    if len(head) >= 3:
                        break
                    head.append(lines[i + len(head)])
                if heading_key(join_lines(head)) != want:
                    head = [line]
                    self.journal.discrepancy(
                        PRIORITY_TITLES,
                        line.no,
                        f"Prioritering {n}: Bilaga 1:s rubrik (rad {line.no}) stavar inte "
                        f"som kapitlets “{chapter.priorities[n][1]}”.",
                    )
                tables.append((line.no, []))
                i += len(head)
                continue
            if not tables:
                if line.text:
                    raise fail(
                        line.no,
                        f"Aktuella åtgärder: text before the first table: {line.text!r}",
                        f"Aktuella åtgärder: text före den första tabellen: {line.text!r}",
                    )
                i += 1
                continue
            tables[-1][1].append(line)
            i += 1
        entries: list[Entry] = []
        for first, table in self.pages_to_their_tables(tables):
            entries += self.plain_table(first, table, blocks)
        return entries

    @staticmethod
    def suspect_rows(
        rows: list[tuple[MeasureId, int, bool]],
        table: list[Line],
        expected: dict[str, tuple[str, str | None]],
        agency_texts: dict[str, str],
        squeezed: str,
    ) -> list[str]:
        """The rows whose title or agency text has a word the table does not print: a word
        missing from the whole table, else one missing from the row's own lines (from its
        number to the next row's)."""

        def missing(mid: MeasureId, printed: str) -> bool:
            words = (expected[str(mid)][0] + " " + agency_texts[str(mid)]).split()
            return any(heading_key(word).casefold() not in printed for word in words)

        suspects = [str(mid) for mid, _, _ in rows if missing(mid, squeezed)]
        if suspects:
            return suspects
        for k, (mid, no, _) in enumerate(rows):
            end = rows[k + 1][1] if k + 1 < len(rows) else None
            own = heading_key(
                "".join(
                    line.text for line in table if line.no >= no and (end is None or line.no < end)
                )
            ).casefold()
            if missing(mid, own):
                suspects.append(str(mid))
        return suspects

    def pages_to_their_tables(
        self, tables: list[tuple[int, list[Line]]]
    ) -> list[tuple[int, list[Line]]]:
        """The tables with the pages (Sida) each one's rows print: pdftotext's plain text may
        print a page's Sida column after all else on the page, below the next table's heading
        where a table ends on that page, or amid the next table's rows. Where the tables' bare
        numbers do not match their rows one by one, but all of them together are as many as
        all the rows, they are the rows' pages in ascending order (Bilaga 1 lists the measures
        in the chapter's order, so their pages never go down): each table gets as many of
        them, in that order, as it has rows."""
        rows = [sum(1 for line in table if measure_id_at(line.text)) for _, table in tables]
        numbers = [
            [line for line in table if BARE_NUMBER_RE.match(line.text)] for _, table in tables
        ]
        pooled = sorted((line for lines in numbers for line in lines), key=lambda x: int(x.text))
        if len(pooled) != sum(rows) or all(
            len(lines) in (0, count) for lines, count in zip(numbers, rows, strict=True)
        ):
            return tables
        out = []
        taken = 0
        for (first, table), count in zip(tables, rows, strict=True):
            kept = [line for line in table if not BARE_NUMBER_RE.match(line.text)]
            out.append((first, kept + pooled[taken : taken + count]))
            taken += count
        self.journal.decision(
            tables[0][0],
            "Aktuella åtgärder: pdftotexts oformaterade text trycker en sidas kolumn Sida skild "
            "från dess rader, efter en tabells slut; sidorna ges till raderna i stigande "
            "ordning, tabell för tabell.",
        )
        return out

    def plain_table(self, first: int, table: list[Line], blocks: dict[str, Block]) -> list[Entry]:
        """One table of Aktuella åtgärder in pdftotext's plain text (see `plain_aktuella`)."""
        rows, texts = self.table_rows(table, blocks)
        if not rows:
            return []
        stream = "\n".join(texts)
        last = rows[-1][1]
        candidates = {str(mid): self.title_candidates(blocks[str(mid)]) for mid, _, _ in rows}
        expected = {key: (titles[0], marking) for key, (titles, marking) in candidates.items()}
        agency_texts = {str(mid): join_lines(blocks[str(mid)].agency_lines) for mid, _, _ in rows}
        status_of = self.statuses_of(first, rows, expected, printed_statuses(stream))

        # The titles: where the chapter leaves a choice, the one whose letters add up.
        def letters(text: str) -> Counter[str]:
            return Counter(c for c in text.casefold() if c.isalpha())

        have = letters(stream)
        titles_letters = Counter(have)
        titles_letters.subtract(
            letters(" ".join(agency_texts.values())) + letters(" ".join(status_of.values()))
        )
        squeezed = heading_key(stream.replace("\n", "")).casefold()
        chosen = self.titles_adding_up(
            [candidates[str(mid)][0] for mid, _, _ in rows], titles_letters, letters, squeezed
        )
        for (mid, _, _), title in zip(rows, chosen or [], strict=False):
            expected[str(mid)] = (title, candidates[str(mid)][1])
        printed = " ".join(expected[str(m)][0] + " " + agency_texts[str(m)] for m, _, _ in rows)
        # The pages: the numbers that are not the titles' and the agency texts'.
        numbers = Counter(re.findall(r"\d+", stream))
        numbers.subtract(Counter(re.findall(r"\d+", printed)))
        found_pages = sorted(int(n) for n in numbers.elements())
        # Where the table prints no pages, the rows have none.
        pages: list[int | None] = [*found_pages] if found_pages else [None] * len(rows)
        if len(pages) != len(rows):
            raise fail(
                first,
                f"Bilaga 1's table under line {first}: {len(rows)} rows but the numbers "
                f"{pages} left for their pages (Sida)",
                f"tabellen i Bilaga 1 under rad {first}: {len(rows)} rader men numren {pages} "
                "kvar för deras sidor (Sida)",
            )
        want = letters(printed) + letters(" ".join(status_of.values()))
        if have != want:
            more, less = have - want, want - have
            suspects = self.suspect_rows(rows, table, expected, agency_texts, squeezed)
            self.journal.discrepancy(
                PLAIN_TEXT,
                first,
                f"Bilaga 1:s tabell under rad {first} (till rad {last}): dess bokstäver stämmer "
                f"inte med kapitlets rubriker och myndighetstexter för dess rader (Bilaga 1 har "
                f"fler “{''.join(sorted(more.elements()))}”, färre "
                f"“{''.join(sorted(less.elements()))}”): en rubrik eller en myndighetstext "
                f"skiljer sig från kapitlets, och pdftotexts oformaterade text visar den inte "
                f"hel; kapitlets tas för "
                + (f"raderna {', '.join(suspects)}" if suspects else "varje rad")
                + ".",
            )
        return table_entries(rows, pages, expected, agency_texts, status_of)

    def table_rows(
        self, table: list[Line], blocks: dict[str, Block]
    ) -> tuple[list[tuple[MeasureId, int, bool]], list[str]]:
        """The rows a table of Aktuella åtgärder numbers (id, line, printed with its dot), each
        the chapter's, and its text without the numbers, line by line."""
        rows: list[tuple[MeasureId, int, bool]] = []
        texts: list[str] = []
        for line in table:
            number = measure_id_at(line.text)
            if number is not None:
                mid, rest, dotted = number
                if str(mid) not in blocks:
                    raise fail(
                        line.no,
                        f"Bilaga 1 row {mid}: the chapter prints no measure {mid}, and "
                        f"pdftotext's plain text does not tell a row's cells apart without it "
                        f"(import the PDF itself or pdftotext -layout's text)",
                        f"raden för åtgärd {mid} i Bilaga 1: kapitlet har ingen åtgärd {mid}, och "
                        "den rena texten från pdftotext skiljer inte en rads celler åt utan den "
                        f"({IMPORT_PDF_SV})",
                    )
                _check_listed_once(rows, mid, line.no, "Aktuella åtgärder")
                rows.append((mid, line.no, dotted))
                texts.append(rest)
            else:
                texts.append(line.text)
        return rows, texts

    def statuses_of(
        self,
        first: int,
        rows: list[tuple[MeasureId, int, bool]],
        expected: dict[str, tuple[str, str | None]],
        statuses: list[tuple[str, bool, bool]],
    ) -> dict[str, str]:
        """The Status column's texts of the rows the chapter marks, from the statuses printed,
        in order (refused where they are not the chapter's markings)."""
        markings = [(mid, expected[str(mid)][1]) for mid, _, _ in rows if expected[str(mid)][1]]
        kinds = [s[0] for s in statuses]
        if kinds != [mark for _, mark in markings]:
            raise fail(
                first,
                f"Bilaga 1's table under line {first}: pdftotext prints the statuses "
                f"{kinds}, the chapter marks {[m for _, m in markings]}; its plain text does "
                f"not show which row a status belongs to (import the PDF itself or "
                f"pdftotext -layout's text)",
                f"tabellen i Bilaga 1 under rad {first}: pdftotext skriver statusarna {kinds}, "
                f"kapitlets markeringar {[m for _, m in markings]}; dess rena text visar inte "
                f"vilken rad en status hör till ({IMPORT_PDF_SV})",
            )
        status_of: dict[str, str] = {}
        for (mid, _), (marking, schedule, content) in zip(markings, statuses, strict=True):
            if marking == "Ny åtgärd":
                status_of[str(mid)] = Status.added().appendix_text
            else:
                status_of[str(mid)] = Status.updated(
                    schedule=schedule, content=content
                ).appendix_text
        if len({v for v in status_of.values() if v != Status.added().appendix_text}) > 1:
            self.journal.decision(
                first,
                f"Bilaga 1:s tabell under rad {first}: pdftotexts oformaterade text trycker "
                f"statusarna för raderna {', '.join(str(m) for m, _ in markings)} skilda från "
                f"raderna; de tas i tryckt ordning.",
            )
        return status_of

    def plain_closed(self, start: int, end: int, section: str) -> list[Entry]:
        """Genomförda or Avskrivna åtgärder in pdftotext's plain text: the numbers, the years
        (lines of four digits), the agency cells (groups of lines that read as agency texts)
        and the Åtgärd column, each in the order of the rows; the Åtgärd column is cut where
        each row's title begins (the title the plan imported into or the table of known
        titles gives)."""
        rows: list[tuple[MeasureId, int, bool]] = []
        years: list[Line] = []
        agencies: list[list[Line]] = []
        text: list[Line] = []
        group: list[Line] = []

        for line in self.plain_lines(start, end) + [Line(0, "", "")]:
            number = measure_id_at(line.text)
            if number is not None:
                mid, rest, dotted = number
                _check_listed_once(rows, mid, line.no, section)
                rows.append((mid, line.no, dotted))
                if rest:
                    group.append(line.with_text(rest))
                continue
            if re.fullmatch(r"\d{4}", line.text):
                years.append(line)
                continue
            if line.text:
                group.append(line)
            elif group:
                self.flush(group, years, agencies, text)
        if not rows:
            return []
        years.sort(key=lambda x: x.no)
        agencies.sort(key=lambda cell: cell[0].no)
        if not (len(rows) == len(years) == len(agencies)):
            raise fail(
                rows[0][1],
                f"{section}: {len(rows)} rows, {len(years)} years and {len(agencies)} agency "
                f"cells in pdftotext's plain text: its rows cannot be told apart (import the "
                f"PDF itself or pdftotext -layout's text)",
                f"{section}: {len(rows)} rader, {len(years)} år och {len(agencies)} "
                "myndighetsceller i den rena texten från pdftotext: raderna går inte att skilja "
                f"åt ({IMPORT_PDF_SV})",
            )
        starts = self.title_starts(rows, text, section)
        return self.closed_entries(rows, starts, text, agencies, years, section)

    def closed_entries(
        self,
        rows: list[tuple[MeasureId, int, bool]],
        starts: list[int],
        text: list[Line],
        agencies: list[list[Line]],
        years: list[Line],
        section: str,
    ) -> list[Entry]:
        """The rows as the text form prints them: each row's text (from where its title begins
        to where the next row's does), its agencies and its year."""
        entries = []
        whole = heading_key(" ".join(line.text for line in text))
        for k, (mid, no, dotted) in enumerate(rows):
            end = min((start for start in starts if start > starts[k]), default=len(text))
            body = text[starts[k] : end]
            while body and not body[-1].text:
                body.pop()
            body = self.known_closed_body(mid, no, body, whole, section) or body
            lines = [body[0].with_text(body[0].text)] + body[1:]
            lines += [Line(no, "", ""), *agencies[k], Line(no, "", ""), years[k]]
            entries.append(Entry(mid, no, dotted, lines))
        return entries

    def flush(
        self,
        group: list[Line],
        years: list[Line],
        agencies: list[list[Line]],
        text: list[Line],
    ) -> None:
        """A group of lines of a closed section (emptied): agency cells where it reads as such
        (with the years printed at their ends), else lines of the Åtgärd column."""
        cells = self.agency_cells(group)
        if cells is None and any(re.search(r"\s\d{4}$", x.text) for x in group):
            # A year printed on the line of the agencies beside it.
            split = [x.with_text(re.sub(r"\s+\d{4}$", "", x.text)) for x in group]
            cells = self.agency_cells(split)
            if cells is not None:
                years.extend(
                    x.with_text(x.text[-4:]) for x in group if re.search(r"\s\d{4}$", x.text)
                )
        if cells is None:
            text.extend(group)
            text.append(Line(group[-1].no if group else 0, "", ""))
        else:
            agencies.extend(cells)
        group.clear()

    def title_starts(
        self, rows: list[tuple[MeasureId, int, bool]], text: list[Line], section: str
    ) -> list[int]:
        """Where each row's text begins in the section's Åtgärd column (`text`): where its
        known title is printed."""
        starts: list[int] = []
        position = 0
        for k, (mid, no, _) in enumerate(rows):
            titles = self.known_titles(mid)
            # pdftotext's plain text may print a row's text before the row above's (its
            # flows run down a page's columns): looked for after the row above, then anywhere.
            found = self.title_start(text, titles, position, k == 0, starts)
            if found is None and titles:
                found = self.title_start(text, titles, 0, False, starts)
            if found is None:
                raise fail(
                    no,
                    f"{section} {mid}: pdftotext's plain text does not show where the row's "
                    f"text begins"
                    + (
                        f" (its title “{titles[0]}” is not printed)"
                        if titles
                        else " (its title is not known: import the report into the plan that "
                        "holds the measure)"
                    ),
                    f"{section} {mid}: den rena texten från pdftotext visar inte var radens text "
                    "börjar"
                    + (
                        f" (dess rubrik “{titles[0]}” är inte utskriven)"
                        if titles
                        else " (dess rubrik är okänd: importera redovisningen till den plan som "
                        "har åtgärden)"
                    ),
                )
            starts.append(found)
            position = max(position, found + 1)
        return starts

    def known_closed_body(
        self, mid: MeasureId, no: int, body: list[Line], whole: str, section: str
    ) -> list[Line] | None:
        """The title and text of a completed or withdrawn row as the plan imported into holds
        them, where the lines taken for the row are not they but the section prints them
        whole elsewhere (pdftotext's plain text may run a page's cells in an order of its
        own); None where the lines hold the plan's text, or the plan knows no text that the
        section prints whole."""
        known = None
        if self.into is not None:
            for year in reversed(self.into.years):
                if mid in self.into.report(year):
                    known = self.into.report(year)[mid]
                    break
        if known is None or not known.description:
            return None
        title, description = known.title_in_appendix, known.description
        printed = heading_key(" ".join(line.text for line in body))
        if heading_key(description) in printed or not (
            heading_key(title) in whole and heading_key(description) in whole
        ):
            return None
        self.journal.decision(
            no,
            f"{section} {mid}: pdftotexts oformaterade text trycker radens celler isär (dess "
            f"text står inte där radens rubrik börjar); rubriken och texten som planen som läses "
            f"in i har för {mid}, och som avsnittet trycker hela, tas.",
        )
        lines = [Line(no, title, title)]
        for paragraph in description.split("\n\n"):
            lines += [Line(no, paragraph, paragraph), Line(no, "", "")]
        return lines[:-1]

    @staticmethod
    def title_start(
        text: list[Line], titles: list[str], position: int, first: bool, taken: list[int]
    ) -> int | None:
        """The index of the first line from `position` on, not `taken`, where one of `titles`
        begins (a title may run over up to eight lines); the first line with text for the
        `first` row when its title is not known."""
        for i in range(position, len(text)):
            if not text[i].text or i in taken:
                continue
            if first and not titles:
                return i
            so_far = ""
            for j in range(i, min(i + 8, len(text))):
                so_far = heading_key(so_far + text[j].text)
                if any(so_far.startswith(heading_key(t)) for t in titles):
                    return i
        return None

    def agency_cells(self, group: list[Line]) -> list[list[Line]] | None:
        """A group of lines cut into agency cells, each reading as an agency text the registry
        knows; None where the group cannot be cut so."""
        if not group:
            return []
        best: list[list[list[Line]] | None] = [[]]
        for j in range(1, len(group) + 1):
            options = []
            for i in range(j):
                before = best[i]
                text = join_lines(group[i:j])
                if (
                    before is not None
                    and not re.search(r"(,| och| med| samt| i)$", text)
                    and self.parses_as_agencies(text)
                ):
                    options.append([*before, group[i:j]])
            best.append(min(options, key=len) if options else None)
        return best[-1]


def printed_statuses(stream: str) -> list[tuple[str, bool, bool]]:
    """The statuses a table's text prints, in order: (marking, schedule, content)."""
    statuses: list[tuple[str, bool, bool]] = []  # (marking, schedule, content)
    for m in re.finditer(r"Uppdaterad|Ny\s+åtgärd|tidplan|innehåll", stream):
        found = m.group()
        if found == "Uppdaterad":
            statuses.append(("Uppdaterad", False, False))
        elif found.startswith("Ny"):
            statuses.append(("Ny åtgärd", False, False))
        elif statuses and statuses[-1][0] == "Uppdaterad":
            marking, schedule, content = statuses[-1]
            statuses[-1] = (
                marking,
                schedule or found == "tidplan",
                content or found == "innehåll",
            )
    return statuses


def table_entries(
    rows: list[tuple[MeasureId, int, bool]],
    pages: list[int | None],
    expected: dict[str, tuple[str, str | None]],
    agency_texts: dict[str, str],
    status_of: dict[str, str],
) -> list[Entry]:
    """The rows as the text form prints them: each cell a paragraph of its own."""
    entries = []
    for (mid, no, dotted), page in zip(rows, pages, strict=True):
        cells = [expected[str(mid)][0], agency_texts[str(mid)]]
        if str(mid) in status_of:
            cells.append(status_of[str(mid)])
        if page is not None:
            cells.append(str(page))
        lines: list[Line] = []
        for cell in cells:
            lines += [Line(no, cell, cell), Line(no, "", "")]
        entries.append(Entry(mid, no, dotted, lines[:-1]))
    return entries
