"""An independent reader of the 2021 report's text (seed ``002_bd550734b72bb5f0.txt``).

The seed is text extracted from a PDF. This module reads the facts the tests need straight
from that text, without sharing any code with the extraction script that produced
``data/handlingsplan.json``, so that the two can be checked against each other:

* ``Seed2021.current``:   Bilaga 1 "Aktuella åtgärder", one ``CurrentRow`` per table row, in
                          printed order (id, title, agency cell, status cell, Sida).
* ``Seed2021.completed``: Bilaga 1 "Genomförda åtgärder" (id, text, agency cell, Klar).
* ``Seed2021.withdrawn``: Bilaga 1 "Avskrivna åtgärder" (id, text, agency cell, Avskriven).
* ``Seed2021.chapter``:   the Åtgärder chapter, one ``ChapterMeasure`` per numbered block
                          (title where it can be told exactly, agency after ``Building``,
                          period after ``clock``, marking beside the title).
* ``Seed2021.priorities``, ``overview_objectives``, ``chapter_objectives``: the strategy's
                          priorities and objectives (målsättningar).

Layout noise handled here (see shared/DOMAIN.md): page headers ("28 Samlad informations- …",
"Åtgärder", "Förteckning över åtgärder"), repeated table headers, words hyphenated across
lines, doubled markings ("UppdateradUppdaterad"), the icon names ``Building``/``clock``.

Line-break hyphenation is repaired only where that is unambiguous (see ``join_lines``); every
joined text says whether it contains an ambiguous break, and ``loose_key`` gives a comparison
key that ignores whitespace and hyphens for those cases.

Every parsed item keeps the 1-based seed line number where it starts, so that test failures can
point at the seed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

SOURCE_NAME = "redovisning-2021.txt"

# The seven agencies behind the plan, as printed; an agency cell of Bilaga 1 starts with one
# of them (used to split "2.1.9. Etablera WIS över SGSI MSB 29", a row printed on one line).
SAMFI_AGENCIES = (
    "MSB",
    "FRA",
    "FMV",
    "Försvarsmakten",
    "PTS",
    "Polismyndigheten",
    "Säkerhetspolisen",
)

# Role phrases in agency texts; agencies before the first one are the responsible ones.
ROLE_PHRASES = ("i nära samverkan med", "i samverkan med", "med stöd av", "tillsammans med")

# The Bilaga 1 status cell values (empty = ongoing, unchanged).
STATUS_TEXTS = (
    "",
    "Ny åtgärd",
    "Uppdaterad, tidplan",
    "Uppdaterad, innehåll",
    "Uppdaterad, tidplan och innehåll",
)

# The strategy's objectives per priority. The overview (seed lines 96-241) prints the
# objectives as bullets without numbers, column after column; these counts (1.1-1.4, 2.1-2.5,
# 3.1-3.3, 4.1-4.2, 5.1-5.4, 6.1-6.2, shared/DOMAIN.md) number them. The tests check the
# numbering against the "Målsättning P.M." headings of the Åtgärder chapter.
OBJECTIVES_PER_PRIORITY = {1: 4, 2: 5, 3: 3, 4: 2, 5: 4, 6: 2}

ID_RE = r"\d+\.\d+\.\d+"
PAGE_HEADER_RE = re.compile(
    r"^\d+ ?Samlad informations- och cybersäkerhetshandlingsplan 2019–2022$"
)
MARKING_RE = re.compile(r"\s*(UppdateradUppdaterad|Ny åtgärdNy åtgärd)\s*")
# Words after "informations- " that show a real hyphen ("informations- och cybersäkerhet").
_CONJUNCTIONS = {"och", "eller", "samt", "respektive"}
# Prefixes that form real hyphenated compounds in lower case ("it-incidenter", "e-tjänst").
_HYPHEN_PREFIXES = {"it", "e"}


# --------------------------------------------------------------------------------------------
# Text helpers


@dataclass(frozen=True)
class Joined:
    """Lines joined into one text; ``ambiguous`` when a line-break hyphen could not be
    classified (kept as a hyphen, e.g. "NIS-" + "tillsynsmyndigheterna")."""

    text: str
    ambiguous: bool = False


def join_lines(lines: list[str]) -> Joined:
    """Join printed lines into one whitespace-normalised text, repairing hyphenation.

    At a line that ends in a hyphen after a letter:
      * the next line starts with a conjunction ("informations- / och") -> a real hyphen,
        "informations- och";
      * the word part before the hyphen is lower case but for its first letter, is not
        "it"/"e", and the next line starts with a lower-case letter ("informations- /
        säkerhet", "Säkerhets- / polisen") -> hyphenation, "informationssäkerhet";
      * otherwise ("NIS- / tillsyn", "it- / incidenter", "krypto- / PC") -> ambiguous: the
        hyphen is kept ("NIS-tillsyn") and the result is flagged.
    A line that ends in a slash ("(Ju2019/03058/" / "SSK, …") is joined without a space, and
    the result is flagged too.
    """
    parts = [ln.strip() for ln in lines if ln.strip()]
    text = parts[0] if parts else ""
    ambiguous = False
    for nxt in parts[1:]:
        hyphen = re.search(r"([^\W\d_]+)-$", text)
        if text.endswith("/"):  # a case number broken after a slash: "Ju2019/03058/ / SSK"
            text = text + nxt
            ambiguous = True
        elif not hyphen or nxt.split()[0] in _CONJUNCTIONS:
            text = f"{text} {nxt}"
        elif (
            len(prefix := hyphen.group(1)) > 1
            and prefix[1:].islower()
            and prefix.lower() not in _HYPHEN_PREFIXES
            and nxt[0].isalpha()
            and nxt[0].islower()
        ):
            text = text[:-1] + nxt
        else:
            text = text + nxt
            ambiguous = True
    return Joined(normalize_ws(text), ambiguous)


def normalize_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def loose_key(text: str) -> str:
    """A comparison key that ignores all whitespace and hyphens (and soft hyphens), for texts
    whose line-break hyphenation cannot be repaired unambiguously."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


def normalize_period(text: str) -> str:
    """The published form of a period: "2020 – 2022" -> "2020–2022"."""
    return re.sub(r"\s*[–-]\s*", "–", normalize_ws(text))


def parse_period(period: str) -> tuple[int, int | None, bool]:
    """(start, end, open_ended) of a published period."""
    m = re.fullmatch(r"(\d{4})–(\d{4})", period)
    if m:
        return int(m.group(1)), int(m.group(2)), False
    m = re.fullmatch(r"(\d{4}) och tills vidare", period)
    if m:
        return int(m.group(1)), None, True
    m = re.fullmatch(r"(\d{4})", period)
    if m:
        return int(m.group(1)), int(m.group(1)), False
    raise ValueError(f"unknown period form {period!r}")


def status_of(status_text: str) -> tuple[str, list[str]]:
    """(kind, updated aspects) for a Bilaga 1 status cell."""
    if status_text == "":
        return "pågående", []
    if status_text == "Ny åtgärd":
        return "ny", []
    m = re.fullmatch(r"Uppdaterad, (tidplan|innehåll|tidplan och innehåll)", status_text)
    if m:
        return "uppdaterad", m.group(1).split(" och ")
    raise ValueError(f"unknown status {status_text!r}")


def agencies_of(agency_text: str) -> tuple[list[str], list[str]]:
    """(responsible, others) agency names of an agency text, in printed order.

    "FMV med stöd av FRA, Försvarsmakten och MSB" -> (["FMV"], ["FRA", "Försvarsmakten", "MSB"]).
    """
    role_re = "|".join(re.escape(p) for p in ROLE_PHRASES)
    chunks = re.split(rf",?\s+(?:{role_re})\s+", agency_text)

    def names(chunk: str) -> list[str]:
        return [n for n in re.split(r",\s*(?:och\s+)?|\s+och\s+", chunk.strip()) if n]

    responsible = names(chunks[0])
    others = [n for chunk in chunks[1:] for n in names(chunk)]
    return responsible, others


def id_key(measure_id: str) -> tuple[int, ...]:
    """Numeric order of measure ids: 1.1.9 < 1.1.10."""
    return tuple(int(p) for p in measure_id.split("."))


# --------------------------------------------------------------------------------------------
# Parsed facts


def _whole_line_prefixes(lines: list[str]) -> list[Joined]:
    """The texts of the first k lines, k = 1 … all but one, leaving out those that end in the
    middle of a word hyphenated across lines ("Fördjupa samarbetet mellan FRA, Säker-")."""
    return [
        join_lines(lines[:k])
        for k in range(1, len(lines))
        if not lines[k - 1].rstrip().endswith("-")
    ]


@dataclass(frozen=True)
class CurrentRow:
    """A row of Bilaga 1 "Aktuella åtgärder"."""

    id: str
    priority: int  # from the "Strategisk prioritering N." heading above the table
    title: Joined
    agency_text: str
    status_text: str  # one of STATUS_TEXTS
    page: int
    line: int


@dataclass(frozen=True)
class ClosedRow:
    """A row of Bilaga 1 "Genomförda åtgärder" or "Avskrivna åtgärder".

    ``paragraphs`` are the printed paragraphs of the Åtgärd cell (title, description and, for
    withdrawn measures, the reason), each a list of lines; the id is removed from the first
    line. Where the title ends is not marked in print.
    """

    id: str
    paragraphs: tuple[tuple[str, ...], ...]
    agency_text: str
    year: int
    line: int

    @property
    def text(self) -> Joined:
        joined = [join_lines(list(p)) for p in self.paragraphs]
        return Joined(" ".join(j.text for j in joined), any(j.ambiguous for j in joined))

    def title_candidates(self) -> list[Joined]:
        """Where the title may end: the texts of the first k lines of the first paragraph (a
        title ends at the end of a printed line and is followed by a description)."""
        first = list(self.paragraphs[0])
        return _whole_line_prefixes(first)


@dataclass(frozen=True)
class ChapterMeasure:
    """A numbered measure block of the Åtgärder chapter."""

    id: str
    text_lines: tuple[str, ...]  # title, marking and description lines as printed
    agency_text: str  # after "Building"
    period: str  # after "clock", in published form
    marking: str | None  # "Ny åtgärd", "Uppdaterad" or None
    objective: str  # the "Målsättning P.M." heading the block is printed under
    line: int  # line of the first text line

    @property
    def marked_title(self) -> Joined | None:
        """The title where a marking ends it: the lines up to the marking."""
        for i, ln in enumerate(self.text_lines):
            if MARKING_RE.search(ln):
                lines = list(self.text_lines[:i]) + [MARKING_RE.sub(" ", ln)]
                return join_lines(lines)
        return None

    @property
    def text(self) -> Joined:
        """Title and description, markings removed."""
        return join_lines([MARKING_RE.sub(" ", ln) for ln in self.text_lines])

    def title_candidates(self) -> list[Joined]:
        """The texts of the first k lines of the first paragraph (see ClosedRow)."""
        first: list[str] = []
        for ln in self.text_lines:
            if not ln.strip():
                break
            first.append(MARKING_RE.sub(" ", ln))
        return _whole_line_prefixes(first)


@dataclass(frozen=True)
class Objective:
    id: str
    text: Joined
    line: int


@dataclass(frozen=True)
class Priority:
    number: int
    title: Joined
    line: int


@dataclass
class Seed2021:
    path: Path
    lines: list[str] = field(repr=False)
    current: list[CurrentRow] = field(default_factory=list)
    completed: list[ClosedRow] = field(default_factory=list)
    withdrawn: list[ClosedRow] = field(default_factory=list)
    chapter: dict[str, ChapterMeasure] = field(default_factory=dict)
    priorities: list[Priority] = field(default_factory=list)  # the numbered list (lines 79-90)
    overview_priority_titles: list[Joined] = field(default_factory=list)
    chapter_priority_titles: dict[int, Joined] = field(default_factory=dict)
    overview_objectives: list[Objective] = field(default_factory=list)
    chapter_objectives: dict[str, Objective] = field(default_factory=dict)

    @property
    def current_by_id(self) -> dict[str, CurrentRow]:
        return {r.id: r for r in self.current}

    def chapter_title(self, measure_id: str) -> Joined | None:
        """The chapter's title of an active measure where it can be told exactly: the lines
        before the marking, or else the first k lines whose text equals Bilaga 1's title
        (loosely). None where neither applies (an unmarked title worded differently)."""
        cm = self.chapter[measure_id]
        if cm.marked_title is not None:
            return cm.marked_title
        bilaga = loose_key(self.current_by_id[measure_id].title.text)
        matches = [c for c in cm.title_candidates() if loose_key(c.text) == bilaga]
        return matches[0] if len(matches) == 1 else None


# --------------------------------------------------------------------------------------------
# Locating and reading the seed


def sources_dir() -> Path:
    """``data/sources`` of this repository: the texts the shipped data is extracted from."""
    return Path(__file__).resolve().parents[2] / "data" / "sources"


def seed_path() -> Path:
    return sources_dir() / SOURCE_NAME


def load(path: Path | None = None) -> Seed2021:
    path = path or seed_path()
    lines = path.read_text(encoding="utf-8").splitlines()
    seed = Seed2021(path=path, lines=lines)
    _read_strategy(seed)
    _read_chapter(seed)
    _read_current(seed)
    seed.completed = _read_closed(seed, "Genomförda åtgärder", "Avskrivna åtgärder", "Klar")
    seed.withdrawn = _read_closed(
        seed, "Avskrivna åtgärder", "Uppdrag om en samlad informations- och", "Avskriven"
    )
    return seed


class SeedLayoutError(ValueError):
    """The seed's text does not have the layout this reader expects."""


def _find(lines: list[str], pattern: str, start: int = 0) -> int:
    """Index of the first line at or after ``start`` whose stripped text matches ``pattern``."""
    rx = re.compile(pattern)
    for i in range(start, len(lines)):
        if rx.match(lines[i].strip()):
            return i
    raise SeedLayoutError(f"no line matching {pattern!r} after line {start + 1}")


def _block(lines: list[str], i: int) -> tuple[list[str], int]:
    """The non-blank lines from index ``i`` up to the next blank line, and the index after."""
    out = []
    while i < len(lines) and lines[i].strip():
        out.append(lines[i])
        i += 1
    return out, i


def _read_strategy(seed: Seed2021) -> None:
    lines = seed.lines
    # The numbered list "1.\t Säkerställa … cybersäkerhet." (lines 79-90); item 3 continues
    # after a blank line.
    start = _find(lines, r"Strategin omfattar sex strategiska prioriteringar:")
    end = _find(lines, r"Strategin omfattar hela samhället", start)
    items: list[tuple[int, list[str], int]] = []
    for i in range(start + 1, end):
        text = lines[i].strip()
        m = re.match(r"(\d)\.\s+(.*)", text)
        if m:
            items.append((int(m.group(1)), [m.group(2)], i + 1))
        elif text:
            items[-1][1].append(text)
    for number, item_lines, line in items:
        title = join_lines(item_lines)
        seed.priorities.append(
            Priority(number, Joined(title.text.rstrip("."), title.ambiguous), line)
        )

    # The overview: priority titles as blocks of plain lines, objectives as "•" bullets that
    # end with a full stop. Titles and bullets are printed column after column, in order.
    start = _find(lines, r"Översikt över de strategiska prioriteringar")
    end = _find(lines, r"Myndigheternas arbete med handlingsplanen", start)
    i = _find(lines, r".*cybersäkerhet:$", start) + 1
    bullets: list[tuple[list[str], int]] = []
    while i < end:
        text = lines[i].strip()
        if text.startswith("•"):
            bullet = [text.lstrip("•").strip()]
            first = i + 1
            while not bullet[-1].endswith("."):
                i += 1
                if lines[i].strip():
                    bullet.append(lines[i].strip())
            bullets.append((bullet, first))
            i += 1
        elif text:
            block, i = _block(lines, i)
            seed.overview_priority_titles.append(join_lines(block))
        else:
            i += 1
    numbers = [
        f"{p}.{m}" for p, count in OBJECTIVES_PER_PRIORITY.items() for m in range(1, count + 1)
    ]
    if len(numbers) != len(bullets):
        raise SeedLayoutError(
            f"{len(bullets)} objective bullets in the overview, expected {len(numbers)}"
        )
    for oid, (bullet, line) in zip(numbers, bullets, strict=False):
        text = join_lines(bullet)
        seed.overview_objectives.append(
            Objective(oid, Joined(text.text.rstrip("."), text.ambiguous), line)
        )


def _read_chapter(seed: Seed2021) -> None:
    """The Åtgärder chapter: headings and measure blocks.

    A measure block is printed as: title (1-3 lines, the marking at its end or on a line of its
    own), description, ``Building\\t <agency>`` (possibly continued), ``clock\\t <period>``, and a
    line with a tab and the measure's number, which ends the block.
    """
    lines = seed.lines
    legend = _find(lines, r"betyder åtgärdens unika nummer")
    start = _find(lines, r"Strategisk prioritering 1\.", legend)
    end = _find(lines, r"Slutord$", start)
    pending: list[tuple[int, str]] = []  # (line number, text) of the current block
    objective = None
    i = start
    while i < end:
        raw = lines[i]
        text = raw.strip()
        heading = re.match(r"(Strategisk prioritering|Målsättning) (\d+(?:\.\d+)?)\.\s+(.*)", text)
        if heading:
            block, after = _block(lines, i)
            block[0] = heading.group(3)
            if heading.group(1) == "Målsättning":
                objective = heading.group(2)
                seed.chapter_objectives[objective] = Objective(objective, join_lines(block), i + 1)
            else:
                seed.chapter_priority_titles[int(heading.group(2))] = join_lines(block)
            if pending and any(t.strip() for _, t in pending):
                raise SeedLayoutError(
                    f"text before the heading at line {i + 1} belongs to no measure"
                )
            pending = []
            i = after
            continue
        if text == "Åtgärder" or PAGE_HEADER_RE.match(text):
            i += 1
            continue
        number = re.fullmatch(rf"({ID_RE})\.?", text)
        if number and raw[:1].isspace():
            seed.chapter[number.group(1)] = _chapter_measure(number.group(1), pending, objective)
            pending = []
        else:
            pending.append((i + 1, raw))
        i += 1


def _chapter_measure(
    measure_id: str, block: list[tuple[int, str]], objective: str | None
) -> ChapterMeasure:
    while block and not block[0][1].strip():
        block = block[1:]
    kinds = [
        "building" if t.startswith("Building") else "clock" if t.startswith("clock") else None
        for _, t in block
    ]
    if kinds.count("building") != 1 or kinds.count("clock") != 1:
        raise SeedLayoutError(f"measure {measure_id}: expected one Building and one clock line")
    b, c = kinds.index("building"), kinds.index("clock")
    agency = [block[b][1].removeprefix("Building")] + [t for _, t in block[b + 1 : c]]
    text_lines = [t for _, t in block[:b]]
    while text_lines and not text_lines[-1].strip():
        text_lines.pop()
    marking = None
    for t in text_lines:
        m = MARKING_RE.search(t)
        if m:
            marking = "Uppdaterad" if m.group(1).startswith("Uppdaterad") else "Ny åtgärd"
    return ChapterMeasure(
        id=measure_id,
        text_lines=tuple(text_lines),
        agency_text=join_lines(agency).text,
        period=normalize_period(block[c][1].removeprefix("clock")),
        marking=marking,
        objective=objective or "",
        line=block[0][0],
    )


def _is_table_noise(text: str) -> bool:
    return (
        not text
        or PAGE_HEADER_RE.match(text) is not None
        or text == "Förteckning över åtgärder"
        or text.startswith("# Åtgärd Ansvarig myndighet")
    )


def _read_current(seed: Seed2021) -> None:
    """Bilaga 1 "Aktuella åtgärder".

    Each priority's table is headed "Strategisk prioritering N. …" (repeated after page breaks)
    and "# Åtgärd Ansvarig myndighet Status Sida". A row starts with its number and ends with
    its page (Sida), the last number on a line. Its cells are printed either on separate blocks
    ("1.1.1. Proaktivt stödja … / verksamheterna" ⏎⏎ "Säkerhetspolisen, FRA / och
    Försvarsmakten" ⏎⏎ "22") or, when the title fits one line, the agency cell starts on the
    title's line ("2.1.9. Etablera WIS över SGSI MSB 29", "5.4.1 Genomföra delmoment i TFÖ 2020
    Försvarsmakten till- / sammans med MSB").
    """
    lines = seed.lines
    start = _find(lines, r"Aktuella åtgärder$")
    end = _find(lines, r"Genomförda åtgärder$", start)
    agency_re = re.compile(r"(?<!\S)(?:" + "|".join(SAMFI_AGENCIES) + r")(?=[\s,]|$)")
    page_re = re.compile(r"(?:^|\s)(\d{1,3})$")
    i = _find(lines, r"Strategisk prioritering 1\.", start)
    priority = None
    while i < end:
        text = lines[i].strip()
        heading = re.match(r"Strategisk prioritering (\d+)\.", text)
        if heading:
            priority = int(heading.group(1))
            _, i = _block(lines, i)
            continue
        if _is_table_noise(text):
            i += 1
            continue
        m = re.match(rf"({ID_RE})\.?\s+(.*)", text)
        if not m:
            raise SeedLayoutError(f"line {i + 1}: expected a row of Bilaga 1, got {text!r}")
        row_line = i + 1
        row = [m.group(2)]
        while not page_re.search(row[-1].strip()):
            i += 1
            row.append(lines[i].strip())
        i += 1
        # Split the title from the agency/status/page cells.
        first = agency_re.search(row[0])
        if first and first.start() > 0:
            title_lines = [row[0][: first.start()]]
            rest = [row[0][first.start() :]] + row[1:]
        else:
            blank = row.index("") if "" in row else len(row)
            title_lines, rest = row[:blank], row[blank:]
        cells = join_lines(rest).text
        page = page_re.search(cells)
        cells = cells[: page.start()].strip()
        status = re.search(r"Ny åtgärd|Uppdaterad", cells)
        agency_text = cells[: status.start()].strip() if status else cells
        status_text = cells[status.start() :] if status else ""
        if status_text not in STATUS_TEXTS:
            raise SeedLayoutError(f"line {row_line}: unknown status {status_text!r}")
        seed.current.append(
            CurrentRow(
                id=m.group(1),
                priority=priority,
                title=join_lines(title_lines),
                agency_text=agency_text,
                status_text=status_text,
                page=int(page.group(1)),
                line=row_line,
            )
        )


def _read_closed(
    seed: Seed2021, heading: str, next_heading: str, year_column: str
) -> list[ClosedRow]:
    """Bilaga 1 "Genomförda åtgärder" / "Avskrivna åtgärder".

    A row: "<id> <title>" and the description (and reason) in paragraphs, then the agency cell
    and the year, either as one line ("MSB 2020") or as an agency block followed by a block
    holding only the year.
    """
    lines = seed.lines
    start = _find(lines, re.escape(heading) + "$")
    end = _find(lines, re.escape(next_heading), start)
    header = _find(lines, rf"# Åtgärd Ansvarig myndighet {year_column}$", start)
    lines = lines[:end]  # the next heading follows the last row without a blank line
    # Rows, each as a list of blocks (paragraphs) of lines, with the line number of the id.
    # A row starts at a line beginning with a measure number; it may follow the previous
    # row's year without a blank line (at page breaks: "MSB 2020" / " 1.1.11 Utveckla …").
    rows: list[tuple[str, int, list[list[str]]]] = []
    for i in range(header + 1, end):
        text = lines[i].strip()
        m = re.match(rf"({ID_RE})\.?\s+(.*)", text)
        if m:
            rows.append((m.group(1), i + 1, [[m.group(2)]]))
        elif _is_table_noise(text):
            if rows and rows[-1][2][-1]:
                rows[-1][2].append([])  # a blank line ends a paragraph
        elif rows:
            rows[-1][2][-1].append(text)
        else:
            raise SeedLayoutError(f"line {i + 1}: text before the first row of {heading!r}")
    rows = [(mid, line, [b for b in blocks if b]) for mid, line, blocks in rows]
    out = []
    for measure_id, line, blocks in rows:
        year_only = re.fullmatch(r"(20\d\d)", blocks[-1][0]) if len(blocks[-1]) == 1 else None
        if year_only:
            year, agency_lines, paragraphs = int(year_only.group(1)), blocks[-2], blocks[:-2]
        else:
            last = (
                re.fullmatch(r"(.*\S)\s+(20\d\d)", blocks[-1][0]) if len(blocks[-1]) == 1 else None
            )
            if not last:
                raise SeedLayoutError(f"line {line}: row {measure_id} has no {year_column} year")
            year, agency_lines, paragraphs = int(last.group(2)), [last.group(1)], blocks[:-1]
        out.append(
            ClosedRow(
                id=measure_id,
                paragraphs=tuple(tuple(p) for p in paragraphs),
                agency_text=join_lines(agency_lines).text,
                year=year,
                line=line,
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# Bilaga 1's own headings (read on demand; ``load`` does not need them)


@dataclass(frozen=True)
class Heading:
    """A heading as printed: its text (lines joined) and the 1-based line where it starts."""

    text: Joined
    line: int


def bilaga_title(seed: Seed2021) -> Heading:
    """The appendix's title on its title page: "Bilaga 1:" / "Förteckning över åtgärder"
    (lines 1668-1669), joined into one text."""
    i = _find(seed.lines, r"Bilaga 1:$")
    block, _ = _block(seed.lines, i)
    return Heading(join_lines(block), i + 1)


def bilaga_section_titles(seed: Seed2021) -> list[Heading]:
    """The section headings of Bilaga 1 in printed order ("Aktuella åtgärder" line 1676,
    "Genomförda åtgärder" line 2242, "Avskrivna åtgärder" line 2491)."""
    start = bilaga_title(seed).line
    rx = re.compile(r"(?:Aktuella|Genomförda|Avskrivna) åtgärder$")
    return [
        Heading(Joined(normalize_ws(seed.lines[i])), i + 1)
        for i in range(start, len(seed.lines))
        if rx.match(seed.lines[i].strip())
    ]


def bilaga_table_headings(seed: Seed2021) -> list[tuple[int, Heading]]:
    """Every "Strategisk prioritering N. …" heading above a table of Bilaga 1 "Aktuella
    åtgärder", with N, in printed order, repeats after page breaks included (e.g. priority 1
    at lines 1682 and 1767). The text is the whole heading block, "Strategisk prioritering N."
    included."""
    lines = seed.lines
    start = _find(lines, r"Aktuella åtgärder$")
    end = _find(lines, r"Genomförda åtgärder$", start)
    out = []
    i = start
    while i < end:
        m = re.match(r"Strategisk prioritering (\d+)\.", lines[i].strip())
        if m:
            block, after = _block(lines, i)
            out.append((int(m.group(1)), Heading(join_lines(block), i + 1)))
            i = after
        else:
            i += 1
    return out
