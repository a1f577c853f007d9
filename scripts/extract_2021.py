#!/usr/bin/env python3
"""Extract the 2021 redovisning of the plan
"Samlad informations- och cybersäkerhetshandlingsplan 2019–2022".

Reads
    the seed text of the 2021 report (text extracted from the PDF), by default
    data/sources/redovisning-2021.txt in the repository, or the path given as the only
    command-line argument. Two sources in the same directory (the report itself and the
    consultation answer on CVE, see data/sources/README.md) are also read, only to verify the spelling of the extra
    (non-SAMFI) agencies of the registry.

Writes
    data/handlingsplan.json          the plan in the format of data/FORMAT.md
                                     (validated against data/handlingsplan.schema.json)
    data/extraction-report-2021.md   counts, every chapter/Bilaga 1 discrepancy, every
                                     non-obvious line-break join and every manual decision

Re-run
    python3 scripts/extract_2021.py            (from the repository root)
    python3 scripts/extract_2021.py SEED.txt   (another copy of the seed)

The script is deterministic: running it twice gives byte-identical files. It does not guess:
where the seed does not look as expected it stops with "seed line N: ..." and exit status 2.

What is taken from where
    * agencies (SAMFI): the list in the first paragraph of "Sammanfattning", cross-checked
      against the list in "Regeringens beslut" at the end of the seed;
    * priorities: the "Strategisk prioritering N." headings of the Åtgärder chapter,
      cross-checked against the strategy list, the overview and Bilaga 1's headings;
    * objectives: the "Målsättning P.M." headings of the chapter; an objective without any
      heading there (3.2) is taken from the overview of priorities and objectives;
    * active measures: the Åtgärder chapter (title, description, agencies, period, marking)
      plus Bilaga 1 "Aktuella åtgärder" (status, Sida; its title and agency text are
      compared with the chapter's, and kept in "appendix" where they differ);
    * completed / withdrawn measures: Bilaga 1 "Genomförda åtgärder" / "Avskrivna åtgärder".
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SEED = "data/sources/redovisning-2021.txt"   # relative to REPO
# The source texts by the seed number the registry below cites them by (data/sources/README.md).
SOURCES = {"002": "redovisning-2021.txt", "004": "yttrande-cve-personuppgifter.txt"}
OUT_JSON = REPO / "data" / "handlingsplan.json"
OUT_REPORT = REPO / "data" / "extraction-report-2021.md"
SCHEMA = REPO / "data" / "handlingsplan.schema.json"

REPORT_YEAR = 2021
# The report is due on 1 March each year ("ska rapporteras årligen till regeringen den 1 mars");
# the seed prints no delivery date of its own.
SUBMITTED = "2021-03-01"

# ---------------------------------------------------------------------------------------------
# HAND-KEPT TABLES (the only places where the extraction relies on a person's reading)
# ---------------------------------------------------------------------------------------------

# Bilaga 1, "Genomförda åtgärder" and "Avskrivna åtgärder": the Åtgärd column prints the title
# and then the description with no visible separator. Number of printed lines that form the
# title (counted from the line with the measure's number). Read off the seed by eye; the
# script cross-checks each entry against a capital-letter heuristic and reports disagreements.
BILAGA_TITLE_LINES = {
    # Genomförda åtgärder
    "1.1.2": 1, "1.1.8": 2, "1.1.11": 2, "1.1.12": 2, "1.1.13": 2, "1.3.4": 2, "1.3.5": 2,
    "1.3.7": 2, "1.4.3": 2, "2.1.3": 2, "2.3.1": 3, "2.4.3": 1, "3.3.4": 1, "4.1.1": 2,
    "5.2.3": 1, "6.1.2": 1,
    # Avskrivna åtgärder
    "1.1.7": 2, "1.1.10": 3, "2.1.1": 2, "2.1.7": 2, "3.1.5": 2, "3.2.1": 3, "3.2.2": 2,
    "3.2.3": 2, "5.1.1": 3,
}

# Åtgärder chapter: number of printed title lines for blocks whose title end can be found
# neither from a marking, nor from Bilaga 1's title, nor from the em-space the PDF leaves
# after a title. Empty for this seed (every block is resolved by one of those signals).
CHAPTER_TITLE_LINES: dict[str, int] = {}

# Registry entries beyond the seven SAMFI agencies: other public authorities the seeds name.
# (short_name, name, seed file prefix, text that must occur in that seed, why it is included)
EXTRA_AGENCIES = [
    ("DIGG", "Myndigheten för digital förvaltning", "002",
     "Myndigheten för digital förvaltning (DIGG)", "full name and abbreviation"),
    ("FHS", "Försvarshögskolan", "002", "Försvarshögskolan (FHS)", "full name and abbreviation"),
    ("FOI", "Totalförsvarets forskningsinstitut", "002",
     "Totalförsvarets forskningsinstitut (FOI)", "full name and abbreviation"),
    ("Integritetsskyddsmyndigheten", "Integritetsskyddsmyndigheten", "002",
     "Myndigheten för digital förvaltning, Integritetsskyddsmyndigheten samt",
     "named by the government assignment as a partner; the seeds print no abbreviation"),
    ("KTH", "Kungliga Tekniska Högskolan", "002", "Kungliga Tekniska Högskolan (KTH)",
     "full name and abbreviation"),
    ("SKR", "Sveriges Kommuner och Regioner", "002", "Sveriges Kommuner och Regioner (SKR)",
     "full name and abbreviation"),
    ("Socialstyrelsen", "Socialstyrelsen", "002", "för NIS-regleringen inklusive Socialstyrelsen",
     "named by the government assignment as a partner; no abbreviation exists"),
    ("Brå", "Brottsförebyggande rådet", "004", "Brottsförebyggande rådet (Brå)",
     "full name and abbreviation"),
]

# Organisations the seeds name that were deliberately left out of the registry (for the report).
NOT_IN_REGISTRY = [
    ("CVE (Centrum mot våldsbejakande extremism)", "004",
     "a centre within Brå (Brå proposes a change of \"myndighetens instruktion\" for CVE), "
     "not an authority of its own"),
    ("CDIS (Centrum för cyberförsvar och informationssäkerhet)", "002",
     "a centre at KTH, not an authority"),
    ("CERT-SE, FMV/CSEC", "002", "functions within MSB and FMV"),
    ("NSIT (Nationell samverkan till skydd mot allvarliga it-hot)", "002",
     "a collaboration of Säkerhetspolisen, Försvarsmakten and FRA, not an authority"),
    ("Europol, Enisa", "002, 003", "EU bodies, not Swedish authorities"),
    ("Internetstiftelsen, Stöldskyddsföreningen, SIS", "002", "not public authorities"),
    ("SKL / Sveriges Kommuner och Landsting", "002, 003", "the former name of SKR"),
    ("Datainspektionen", "002", "the former name of Integritetsskyddsmyndigheten"),
    ("authorities named only in 003 without an abbreviation (Bolagsverket, Trafikverket, "
     "E-hälsomyndigheten, Upphandlingsmyndigheten, Åklagarmyndigheten, …)", "003",
     "not named with a full name and an abbreviation, and not named in 002"),
]

# ---------------------------------------------------------------------------------------------
# Seed reading and text normalisation
# ---------------------------------------------------------------------------------------------

PLAN_TITLE = "Samlad informations- och cybersäkerhetshandlingsplan 2019–2022"
PAGE_HEADER_RE = re.compile(r"^\s*(\d+)\s*" + re.escape(PLAN_TITLE) + r"\s*$")
SPACES_RE = re.compile(r"[ \t\u00a0\u2002\u2003\u2009]+")
MARKING_RE = re.compile(r"\s*(UppdateradUppdaterad|Ny åtgärdNy åtgärd)\s*$")
EMSPACE_END_RE = re.compile(r"\u2003\s*(UppdateradUppdaterad|Ny åtgärdNy åtgärd)?\s*$")
NUMBER_LINE_RE = re.compile(r"^(\d+)\.(\d+)\.(\d+)\.?$")
ENTRY_START_RE = re.compile(r"^(\d+\.\d+\.\d+)(\.?)(?:\s+(.*))?$")
PRIORITY_HEAD_RE = re.compile(r"^Strategisk prioritering (\d+)\.\s+(.*)$")
OBJECTIVE_HEAD_RE = re.compile(r"^Målsättning (\d+)\.(\d+)\.\s+(.*)$")
TABLE_HEADER_RE = re.compile(r"^# Åtgärd Ansvarig myndighet (Status Sida|Klar|Avskriven)$")
STATUS_TAIL_RE = re.compile(
    r"^(.*?)\s*(Ny åtgärd|Uppdaterad, (?:tidplan och innehåll|tidplan|innehåll))$")
ROLE_PHRASES = ["i nära samverkan med", "i samverkan med", "med stöd av", "tillsammans med"]
CONJUNCTIONS = {"och", "eller", "samt"}
KEEP_HYPHEN_PREFIXES = {"it", "IT", "e", "E", "EU"}


class SeedError(Exception):
    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def fail(line: int | None, message: str):
    raise SeedError(line, message)


@dataclass
class Line:
    no: int          # 1-based line number in the seed
    raw: str         # as in the seed
    text: str        # whitespace-normalised, page-break space removed
    page: int | None = None


def normalise_ws(s: str) -> str:
    return SPACES_RE.sub(" ", s).strip()


def make_lines(raw: list[str], start: int, end: int) -> list[Line]:
    """Lines start..end-1 (1-based) of the seed."""
    return [Line(no, raw[no - 1], normalise_ws(raw[no - 1])) for no in range(start, end)]


def is_page_break(raw_line: str) -> bool:
    """The PDF text marks the first line of a new page with one leading space."""
    return bool(re.match(r"^ \S", raw_line))


@dataclass
class Join:
    line: int        # seed line of the left part
    left: str        # last word of the left line
    right: str       # first word of the right line
    result: str      # the word(s) as joined
    rule: str


class Journal:
    """Everything the report needs to tell: joins, decisions, discrepancies, notes."""

    def __init__(self):
        self.joins: dict[int, Join] = {}
        self.discrepancies: dict[str, list[str]] = {}
        self.decisions: list[str] = []
        self.notes: list[str] = []

    def discrepancy(self, kind: str, text: str):
        self.discrepancies.setdefault(kind, []).append(text)


def join_pair(left: str, right: str) -> tuple[str, str | None]:
    """Join two consecutive printed lines; return the text and the rule used (None = plain)."""
    if left.endswith("-") and not left.endswith(" -"):
        last = left.split(" ")[-1]
        fragment = last[:-1].split("-")[-1].lstrip("(”\"")
        first = right.split(" ")[0]
        if first.rstrip(",.;:") in CONJUNCTIONS:
            return left + " " + right, "hyphen and space kept (a conjunction follows)"
        if fragment in KEEP_HYPHEN_PREFIXES or (len(fragment) >= 2 and fragment.isalpha()
                                                 and fragment.isupper()):
            return left + right, "hyphen kept (acronym or prefix before it)"
        return left[:-1] + right, "hyphen removed"
    if left.endswith("/") and re.search(r"[A-ZÅÄÖ][a-zåäö]*\d{4}/\d+/$", left.split(" ")[-1]):
        return left + right, "case number joined without a space"
    return left + " " + right, None


def join_lines(lines: list[Line], journal: Journal | None = None) -> str:
    """Join the printed lines of one paragraph; record the line-break joins in the journal."""
    texts = [ln for ln in lines if ln.text]
    if not texts:
        return ""
    out = texts[0].text
    for prev, cur in zip(texts, texts[1:]):
        joined, rule = join_pair(out, cur.text)
        if rule and journal is not None:
            left = prev.text.split(" ")[-1]
            right = cur.text.split(" ")[0]
            if rule.startswith("hyphen and space"):
                result = left + " " + right
            elif rule == "hyphen removed":
                result = left[:-1] + right
            else:
                result = left + right
            journal.joins[prev.no] = Join(prev.no, left, right, result, rule)
        out = joined
    return SPACES_RE.sub(" ", out).strip()


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    out: list[list[Line]] = [[]]
    for ln in lines:
        if ln.text:
            out[-1].append(ln)
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def find_line(raw: list[str], pattern: str, start: int = 1, end: int | None = None,
              what: str = "") -> int:
    rx = re.compile(pattern)
    end = end or len(raw) + 1
    for no in range(start, end):
        if rx.search(normalise_ws(raw[no - 1])):
            return no
    fail(start, f"expected {what or pattern!r} between seed lines {start} and {end - 1}")


def id_key(mid: str) -> tuple[int, ...]:
    return tuple(int(x) for x in mid.split("."))


# ---------------------------------------------------------------------------------------------
# Agencies
# ---------------------------------------------------------------------------------------------

@dataclass
class Registry:
    agencies: list[dict] = field(default_factory=list)

    def names(self) -> dict[str, str]:
        """Every spelling that resolves to a short name (short names and full names)."""
        out = {}
        for a in self.agencies:
            out[a["short_name"]] = a["short_name"]
            out[a["name"]] = a["short_name"]
        return out


def split_list(text: str) -> list[str]:
    """'A, B, C och D' -> [A, B, C, D] (only the last item is split at ' och ')."""
    items = [x.strip() for x in text.split(", ")]
    last = items.pop()
    items.extend(x.strip() for x in last.split(" och "))
    return items


def parse_samfi(raw: list[str], journal: Journal) -> list[dict]:
    """The seven agencies from 'Sammanfattning', cross-checked against 'Regeringens beslut'."""
    start = find_line(raw, r"^Sammanfattning$", 1, 10, "Sammanfattning")
    para = paragraphs(make_lines(raw, start + 1, start + 20))[0]
    text = join_lines(para)
    m = re.search(r"innehåller åtgärder som (.*?) enskilt, tillsammans", text)
    if not m:
        fail(para[0].no, "the first paragraph of Sammanfattning does not list the agencies")
    items = split_list(m.group(1))
    agencies = []
    for item in items:
        mm = re.fullmatch(r"(.+?) \(([A-ZÅÄÖ]+)\)", item)
        name, short = (mm.group(1), mm.group(2)) if mm else (item, item)
        agencies.append({"short_name": short, "name": name, "samfi": True})
    if len(agencies) != 7:
        fail(para[0].no, f"expected the seven SAMFI agencies, found {len(agencies)}: {items}")

    dec = find_line(raw, r"^Regeringen uppdrar åt ", start, None, "Regeringens beslut")
    dec_text = join_lines(make_lines(raw, dec, dec + 4))
    m2 = re.search(r"uppdrar åt (.*?) att ta fram", dec_text)
    if not m2:
        fail(dec, "cannot read the agencies of Regeringens beslut")
    dec_names = split_list(m2.group(1))
    if dec_names != [a["name"] for a in agencies]:
        fail(dec, f"Regeringens beslut names {dec_names}, Sammanfattning {agencies}")
    journal.notes.append(
        f"The SAMFI registry is read from Sammanfattning (seed line {para[0].no}) and matches "
        f"the list in Regeringens beslut (seed line {dec}).")
    return agencies


def extra_agencies(seed_path: Path) -> list[dict]:
    out = []
    texts: dict[str, str] = {}
    for short, name, prefix, printed, _why in EXTRA_AGENCIES:
        if prefix not in texts:
            found = seed_path.parent / SOURCES[prefix]
            if not found.is_file():
                fail(None, f"source {SOURCES[prefix]} not found next to {seed_path} "
                           f"(needed to verify the registry entry {short})")
            lines = found.read_text(encoding="utf-8").split("\n")
            texts[prefix] = join_lines([Line(i + 1, l, normalise_ws(l)) for i, l in enumerate(lines)])
        if printed not in texts[prefix]:
            fail(None, f"registry entry {short}: {printed!r} does not occur in seed {prefix}")
        out.append({"short_name": short, "name": name, "samfi": False})
    return out


def parse_agency_text(text: str, registry: Registry) -> list[dict]:
    """'Försvarsmakten i samverkan med FMV, MSB och FRA' -> roles. ValueError if unresolvable."""
    names = registry.names()
    spellings = sorted(names, key=len, reverse=True)
    sep_re = re.compile(r",? (" + "|".join(map(re.escape, ROLE_PHRASES)) + r") |, och |, | och ")
    roles, role, pos, seen = [], "ansvarig", 0, set()
    while True:
        for sp in spellings:
            end = pos + len(sp)
            if text.startswith(sp, pos) and (end == len(text) or text[end] in ", "):
                break
        else:
            raise ValueError(text[pos:])
        short = names[sp]
        if short in seen:
            raise ValueError(f"{short} named twice")
        seen.add(short)
        roles.append({"agency": short, "role": role})
        pos = end
        if pos == len(text):
            return roles
        m = sep_re.match(text, pos)
        if not m:
            raise ValueError(text[pos:])
        if m.group(1):
            role = m.group(1)
        pos = m.end()


def roles_or_fail(text: str, registry: Registry, line: int) -> list[dict]:
    try:
        return parse_agency_text(text, registry)
    except ValueError as e:
        fail(line, f"AGENCY TEXT NOT RESOLVABLE: {text!r} (at {str(e)!r}); add the agency to "
                   f"the registry (EXTRA_AGENCIES) if it is a real authority")


def normalise_period(text: str, line: int) -> str:
    if m := re.fullmatch(r"(\d{4})\s*[–-]\s*(\d{4})", text):
        return f"{m.group(1)}–{m.group(2)}"
    if re.fullmatch(r"\d{4}( och tills vidare)?", text):
        return text
    fail(line, f"unexpected period {text!r}")


# ---------------------------------------------------------------------------------------------
# Strategy: priorities and objectives outside the chapter
# ---------------------------------------------------------------------------------------------

def parse_strategy_list(raw: list[str]) -> dict[int, tuple[int, str]]:
    """'Strategin omfattar sex strategiska prioriteringar:' 1.–6. -> {n: (line, title)}."""
    start = find_line(raw, r"^Strategin omfattar sex strategiska prioriteringar:$", 1, 200,
                      "the strategy's list of priorities")
    end = find_line(raw, r"^Strategin omfattar hela samhället", start, start + 30)
    items: dict[int, list[Line]] = {}
    current = None
    for ln in make_lines(raw, start + 1, end):
        if m := re.match(r"^(\d)\.\t", ln.raw):
            current = int(m.group(1))
            items[current] = [Line(ln.no, ln.raw, normalise_ws(ln.raw[len(m.group(0)):]))]
        elif ln.text and current is not None:
            items[current].append(ln)
    if sorted(items) != [1, 2, 3, 4, 5, 6]:
        fail(start, f"expected priorities 1–6 in the strategy list, found {sorted(items)}")
    return {n: (ls[0].no, join_lines(ls)) for n, ls in items.items()}


def parse_overview(raw: list[str]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The overview of priorities and objectives: (bullets, column headings), in seed order."""
    start = find_line(raw, r"^Översikt över de strategiska prioriteringar", 1, 300, "the overview")
    end = find_line(raw, r"^Myndigheternas arbete med handlingsplanen$", start, start + 300)
    paras = paragraphs(make_lines(raw, start, end))[1:]      # [0] is the overview's own heading
    bullets, headings = [], []
    for para in paras:
        groups: list[list[Line]] = []
        for ln in para:
            if ln.text.startswith("•"):
                groups.append([Line(ln.no, ln.raw, ln.text.lstrip("• ").strip())])
            elif groups:
                groups[-1].append(ln)
            else:
                groups.append([ln])
                headings.append(groups[-1])
        for g in groups:
            if not any(g is h for h in headings):
                bullets.append((g[0].no, join_lines(g)))
    return bullets, [(h[0].no, join_lines(h)) for h in headings]


# ---------------------------------------------------------------------------------------------
# The Åtgärder chapter
# ---------------------------------------------------------------------------------------------

@dataclass
class Block:
    id: str
    number_line: int
    body: list[Line]                  # title + marking + description lines (with blanks)
    agency_lines: list[Line]
    period_line: Line
    page_first: int
    page_last: int


@dataclass
class Chapter:
    priorities: dict[int, tuple[int, str]] = field(default_factory=dict)
    objectives: list[tuple[str, int, str]] = field(default_factory=list)   # (id, line, text)
    blocks: list[Block] = field(default_factory=list)
    page_checks: list[str] = field(default_factory=list)


def chapter_lines(raw: list[str], journal: Journal) -> tuple[list[Line], int, int, list[str]]:
    """Chapter lines with page numbers; layout noise removed. Returns (lines, start, end, checks)."""
    intro = find_line(raw, r"^I kapitlet redovisas planerade och pågående åtgärder", 1, None,
                      "the introduction of the Åtgärder chapter")
    header = None
    for no in range(intro, 0, -1):
        if PAGE_HEADER_RE.match(raw[no - 1]):
            header = no
            break
    if header is None:
        fail(intro, "no page header before the Åtgärder chapter")
    start = find_line(raw, r"^Strategisk prioritering 1\.", intro, None, "priority 1 heading")
    end = find_line(raw, r"^Slutord$", start, None, "the Slutord section after the chapter")
    page = int(PAGE_HEADER_RE.match(raw[header - 1]).group(1))
    checks = [f"seed line {header}: page header {page} (start)"]
    lines = []
    for no in range(header + 1, end):
        r = raw[no - 1]
        if m := PAGE_HEADER_RE.match(r):
            printed = int(m.group(1))
            if printed != page + 1:
                fail(no, f"page header says {printed}, the counted page breaks say {page + 1}")
            page = printed
            checks.append(f"seed line {no}: page header {printed} agrees with the counted page breaks")
            continue
        if is_page_break(r):
            page += 1
        elif re.match(r"^ \s", r) and r.strip():
            journal.notes.append(
                f"Seed line {no} ({r.strip()!r}) starts with a space followed by whitespace; "
                f"it is not counted as a page break (counting it would contradict both Bilaga 1's "
                f"Sida column and the printed page headers).")
        if no < start:
            continue
        text = normalise_ws(r)
        if text == "Åtgärder":            # running header of a chapter page
            continue
        lines.append(Line(no, r, text, page))
    checks.append(f"seed line {end}: the chapter ends on page {page}")
    return lines, start, end, checks


def take_heading(lines: list[Line], i: int) -> tuple[list[Line], int]:
    """A heading paragraph: from lines[i] up to the next blank line."""
    out = []
    while i < len(lines) and lines[i].text:
        out.append(lines[i])
        i += 1
    return out, i


def parse_chapter(raw: list[str], journal: Journal) -> Chapter:
    lines, start, end, checks = chapter_lines(raw, journal)
    ch = Chapter(page_checks=checks)
    priority = objective = None
    body: list[Line] = []
    agency: list[Line] = []
    period: Line | None = None
    i = 0
    while i < len(lines):
        ln = lines[i]
        t = ln.text
        in_block = any(x.text for x in body) or agency or period
        if not in_block and (m := PRIORITY_HEAD_RE.match(t)):
            head, i = take_heading(lines, i)
            priority = int(m.group(1))
            text = join_lines(head, journal)
            ch.priorities[priority] = (ln.no, PRIORITY_HEAD_RE.match(text).group(2))
            body = []
            continue
        if not in_block and (m := OBJECTIVE_HEAD_RE.match(t)):
            head, i = take_heading(lines, i)
            if int(m.group(1)) != priority:
                fail(ln.no, f"objective {m.group(1)}.{m.group(2)} under priority {priority}")
            text = join_lines(head, journal)
            mm = OBJECTIVE_HEAD_RE.match(text)
            objective = f"{mm.group(1)}.{mm.group(2)}"
            ch.objectives.append((objective, ln.no, mm.group(3)))
            body = []
            continue
        if t.startswith("Building "):
            if agency or period or not any(x.text for x in body):
                fail(ln.no, "unexpected 'Building' line")
            agency = [Line(ln.no, ln.raw, t[len("Building "):])]
            i += 1
            while i < len(lines) and not lines[i].text.startswith("clock "):
                if lines[i].text:
                    if NUMBER_LINE_RE.match(lines[i].text):
                        fail(lines[i].no, "measure number before its 'clock' line")
                    agency.append(lines[i])
                i += 1
            continue
        if t.startswith("clock "):
            if not agency or period:
                fail(ln.no, "unexpected 'clock' line")
            period = Line(ln.no, ln.raw, t[len("clock "):], ln.page)
            i += 1
            continue
        if m := NUMBER_LINE_RE.match(t):
            if not (agency and period):
                fail(ln.no, f"measure number {t} without 'Building' and 'clock' lines before it")
            mid = ".".join(m.groups()[:3])
            if ".".join(m.groups()[:2]) != objective:
                fail(ln.no, f"measure {mid} printed under objective {objective}")
            content = [x for x in body if x.text]
            ch.blocks.append(Block(mid, ln.no, body, agency, period, content[0].page, ln.page))
            body, agency, period = [], [], None
            i += 1
            continue
        if period is not None and t:
            fail(ln.no, f"text after the 'clock' line before the measure number: {t!r}")
        if agency and t:
            fail(ln.no, "text between 'Building' and 'clock'")
        if not in_block and not t:
            i += 1
            continue
        if priority is None or objective is None:
            fail(ln.no, f"text before the first objective heading: {t!r}")
        body.append(ln)
        i += 1
    if any(x.text for x in body) or agency or period:
        fail(end, "the chapter ends inside a measure block (no number line)")
    return ch


# ---------------------------------------------------------------------------------------------
# Bilaga 1
# ---------------------------------------------------------------------------------------------

@dataclass
class Entry:
    id: str
    line: int
    dotted: bool
    lines: list[Line]          # first line with the number removed; blanks kept


def bilaga_entries(raw: list[str], start: int, end: int, priorities: dict[int, tuple[int, str]],
                   journal: Journal, section: str) -> list[Entry]:
    """Split a Bilaga 1 table into entries, dropping headers, headings and page furniture."""
    lines = make_lines(raw, start, end)
    entries: list[Entry] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        t = ln.text
        furniture = t == "Förteckning över åtgärder" or TABLE_HEADER_RE.match(t)
        if PAGE_HEADER_RE.match(ln.raw) or furniture:
            i += 1
            continue
        if m := PRIORITY_HEAD_RE.match(t):
            head, i = take_heading(lines, i)
            n = int(m.group(1))
            text = PRIORITY_HEAD_RE.match(join_lines(head)).group(2)
            if n not in priorities:
                fail(ln.no, f"Bilaga 1 heading for unknown priority {n}")
            if text != priorities[n][1]:
                journal.discrepancy(
                    "Priority titles",
                    f"Priority {n}: Bilaga 1 heading (seed line {ln.no}) prints “{text}”, the "
                    f"chapter heading (seed line {priorities[n][0]}) “{priorities[n][1]}”.")
            continue
        if m := ENTRY_START_RE.match(t):
            first = Line(ln.no, ln.raw, m.group(3) or "")
            entries.append(Entry(m.group(1), ln.no, bool(m.group(2)), [first]))
            i += 1
            continue
        if not t:
            if entries:
                entries[-1].lines.append(ln)
            i += 1
            continue
        if not entries:
            fail(ln.no, f"{section}: text before the first entry: {t!r}")
        entries[-1].lines.append(ln)
        i += 1
    return entries


@dataclass
class Listed:
    id: str
    line: int
    title: str
    agencies: str
    status: str | None = None
    page: int | None = None
    year: int | None = None
    description: str = ""
    reason: str | None = None
    roles: list[dict] = field(default_factory=list)


def split_title_agency(text: str, registry: Registry) -> tuple[str, str] | None:
    """Earliest split 'title | agency phrase' where the tail parses completely as agencies."""
    words = text.split(" ")
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        try:
            parse_agency_text(tail, registry)
        except ValueError:
            continue
        return " ".join(words[:k]), tail
    return None


def parse_aktuella(entries: list[Entry], registry: Registry, journal: Journal) -> dict[str, Listed]:
    out = {}
    for e in entries:
        paras = paragraphs(e.lines)
        texts = [join_lines(p, journal) for p in paras]
        full = " ".join(texts)
        m = re.fullmatch(r"(.*?)\s+(\d{1,3})", full)
        if not m:
            fail(e.line, f"Bilaga 1 entry {e.id} has no Sida: {full!r}")
        rest, page = m.group(1), int(m.group(2))
        status = None
        if sm := STATUS_TAIL_RE.fullmatch(rest):
            rest, status = sm.group(1), sm.group(2)
        title = agencies = None
        if len(texts) > 1 and rest.startswith(texts[0] + " "):
            cand = rest[len(texts[0]) + 1:]
            try:
                parse_agency_text(cand, registry)
                title, agencies = texts[0], cand
            except ValueError:
                pass
        if title is None:
            split = split_title_agency(rest, registry)
            if split is None:
                fail(e.line, f"Bilaga 1 entry {e.id}: cannot tell title from agency in {rest!r}")
            title, agencies = split
            journal.decisions.append(
                f"Bilaga 1 {e.id} (seed line {e.line}) prints title and agency in one text "
                f"run; split as title “{title}” | agency “{agencies}” (the agency is the "
                f"longest tail that reads completely as agency names and role phrases).")
        out[e.id] = Listed(e.id, e.line, title, agencies, status, page,
                           roles=roles_or_fail(agencies, registry, e.line))
        if not e.dotted:
            journal.notes.append(f"Bilaga 1 prints the number of {e.id} without a trailing dot "
                                 f"(seed line {e.line}).")
    return out


def title_heuristic(first: list[Line]) -> int:
    """Lines up to the first following line that starts with a capital letter."""
    for k in range(1, len(first)):
        if first[k].text[:1].isupper():
            return k
    return len(first)


def parse_closed(entries: list[Entry], kind: str, registry: Registry,
                 journal: Journal) -> dict[str, Listed]:
    """'Genomförda åtgärder' (kind genomförd) or 'Avskrivna åtgärder' (kind avskriven)."""
    out = {}
    for e in entries:
        paras = paragraphs(e.lines)
        last = join_lines(paras[-1], journal)
        if re.fullmatch(r"\d{4}", last):
            year = int(last)
            agency_par, body = paras[-2], paras[:-2]
        elif (m := re.fullmatch(r"(.*\S)\s+(\d{4})", last)) and len(paras[-1]) == 1:
            year = int(m.group(2))
            agency_par = [Line(paras[-1][0].no, paras[-1][0].raw, m.group(1))]
            body = paras[:-1]
        else:
            fail(paras[-1][0].no, f"{kind} entry {e.id}: no year at the end: {last!r}")
        agencies = join_lines(agency_par, journal)
        roles = roles_or_fail(agencies, registry, agency_par[0].no)
        if e.id not in BILAGA_TITLE_LINES:
            fail(e.line, f"{kind} entry {e.id}: add its number of title lines to BILAGA_TITLE_LINES")
        k = BILAGA_TITLE_LINES[e.id]
        first = body[0]
        if k >= len(first):
            fail(e.line, f"{kind} entry {e.id}: BILAGA_TITLE_LINES says {k} title lines, "
                         f"the first paragraph has only {len(first)}")
        guess = title_heuristic(first)
        if guess != k:
            journal.decisions.append(
                f"Bilaga 1 {e.id} ({kind}, seed line {e.line}): the title has {k} printed "
                f"line(s) (hand table); the capital-letter heuristic would have taken {guess}, "
                f"because line {first[guess].no if guess < len(first) else '?'} starts with "
                f"“{first[guess].text.split(' ')[0] if guess < len(first) else ''}”.")
        title = join_lines(first[:k], journal)
        desc_paras = [join_lines(p, journal) for p in [first[k:]] + body[1:]]
        reason = None
        if kind == "avskriven":
            if len(desc_paras) < 2:
                fail(e.line, f"avskriven entry {e.id}: no separate paragraph giving the reason")
            reason = desc_paras.pop()
        if not e.dotted:
            journal.notes.append(f"Bilaga 1 prints the number of {e.id} without a trailing dot "
                                 f"(seed line {e.line}).")
        out[e.id] = Listed(e.id, e.line, title, agencies, None, None, year,
                           "\n\n".join(desc_paras), reason, roles)
    return out


# ---------------------------------------------------------------------------------------------
# Assembling measures
# ---------------------------------------------------------------------------------------------

def status_from_bilaga(status: str | None) -> dict:
    if status is None:
        return {"kind": "pågående"}
    if status == "Ny åtgärd":
        return {"kind": "ny"}
    aspects = status[len("Uppdaterad, "):].split(" och ")
    return {"kind": "uppdaterad", "aspects": aspects}


def chapter_title(block: Block, bilaga_title: str | None
                  ) -> tuple[list[Line], list[list[Line]], str | None, str]:
    """Split a block body into (title lines, description paragraphs, marking, method).

    The title ends where the chapter's marking is printed; without a marking, where the printed
    lines spell Bilaga 1's title; failing that, at the em space the PDF leaves after a title;
    failing that, by CHAPTER_TITLE_LINES. An em space, where present, must agree."""
    paras = paragraphs(block.body)
    first = paras[0]
    marks = [(k, ln) for k, ln in enumerate(first) if MARKING_RE.search(ln.text)]
    for p in paras[1:]:
        for ln in p:
            if MARKING_RE.search(ln.text) or re.search(r"(Uppdaterad|Ny åtgärd)\s*$", ln.text):
                fail(ln.no, f"{block.id}: a marking outside the title paragraph")
    hints = [k for k, ln in enumerate(first) if EMSPACE_END_RE.search(ln.raw)]
    marking = None
    if marks:
        k, ln = marks[0]
        if len(marks) > 1 or k != len(first) - 1:
            fail(ln.no, f"{block.id}: the marking is not at the end of the title paragraph")
        marking = MARKING_RE.search(ln.text).group(1)
        marking = marking[: len(marking) // 2]
        rest = MARKING_RE.sub("", ln.text)
        title_lines = first[:-1] + ([Line(ln.no, ln.raw, rest, ln.page)] if rest else [])
        desc = paras[1:]
        method = "marking"
        n_title = len(title_lines)
    else:
        cands = [k for k in range(1, len(first) + 1)
                 if join_lines(first[:k]) == bilaga_title and (k < len(first) or len(paras) > 1)]
        if len(cands) == 1:
            n_title, method = cands[0], "Bilaga 1 title"
        elif hints:
            n_title, method = hints[0] + 1, "em space after the title"
        elif block.id in CHAPTER_TITLE_LINES:
            n_title, method = CHAPTER_TITLE_LINES[block.id], "hand table CHAPTER_TITLE_LINES"
        else:
            fail(first[0].no, f"{block.id}: cannot find where the title ends; add the number of "
                              f"title lines to CHAPTER_TITLE_LINES")
        title_lines = first[:n_title]
        desc = ([first[n_title:]] if first[n_title:] else []) + paras[1:]
    if hints and hints[0] + 1 != n_title:
        fail(first[0].no, f"{block.id}: the em space after line {first[hints[0]].no} disagrees "
                          f"with the title end found by {method}")
    return title_lines, desc, marking, method


def build_active(chapter: Chapter, aktuella: dict[str, Listed], registry: Registry,
                 journal: Journal) -> tuple[list[dict], dict[str, str]]:
    measures, methods = [], {}
    chapter_ids = [b.id for b in chapter.blocks]
    if len(set(chapter_ids)) != len(chapter_ids):
        fail(None, f"duplicate measure numbers in the chapter: {chapter_ids}")
    for cid in sorted(set(chapter_ids) - set(aktuella), key=id_key):
        journal.discrepancy("Measures present on one side only",
                            f"{cid} is in the Åtgärder chapter but not in Bilaga 1 Aktuella åtgärder.")
    for bid in sorted(set(aktuella) - set(chapter_ids), key=id_key):
        journal.discrepancy("Measures present on one side only",
                            f"{bid} is in Bilaga 1 Aktuella åtgärder but not in the Åtgärder chapter.")
    for b in chapter.blocks:
        listed = aktuella.get(b.id)
        if listed is None:
            fail(b.number_line, f"{b.id} has no Bilaga 1 entry: cannot know its status or page")
        title_lines, desc, marking, method = chapter_title(b, listed.title)
        methods[b.id] = method
        title = join_lines(title_lines, journal)
        description = "\n\n".join(join_lines(p, journal) for p in desc)
        agency_text = join_lines(b.agency_lines, journal)
        roles = roles_or_fail(agency_text, registry, b.agency_lines[0].no)
        period = normalise_period(b.period_line.text, b.period_line.no)
        if period != b.period_line.text:
            journal.decisions.append(f"{b.id}: period printed “{b.period_line.text}” (seed line "
                                     f"{b.period_line.no}) stored as “{period}”.")
        m = {"id": b.id, "title": title, "description": description,
             "agencies": {"text": agency_text, "roles": roles},
             "period": period, "page": listed.page, "status": status_from_bilaga(listed.status)}
        if marking:
            m["chapter_marking"] = marking
        appendix = {}
        if listed.title != title:
            appendix["title"] = listed.title
            journal.discrepancy(
                "Titles worded differently",
                f"{b.id}: chapter (seed line {title_lines[0].no}) “{title}”; Bilaga 1 (seed line "
                f"{listed.line}) “{listed.title}”.")
        if listed.agencies != agency_text:
            appendix["agencies"] = listed.agencies
            journal.discrepancy(
                "Agency texts worded differently",
                f"{b.id}: chapter (seed line {b.agency_lines[0].no}) “{agency_text}”; Bilaga 1 "
                f"(seed line {listed.line}) “{listed.agencies}”.")
        elif listed.roles != roles:
            fail(listed.line, f"{b.id}: same agency text parsed to different roles")
        if appendix:
            m["appendix"] = appendix
        check_marking(b, marking, listed, journal)
        check_page(b, listed, journal)
        measures.append(m)
    return measures, methods


def check_marking(b: Block, marking: str | None, listed: Listed, journal: Journal):
    expected = None if listed.status is None else listed.status.split(",")[0]
    if marking != expected:
        journal.discrepancy(
            "Chapter marking and Bilaga 1 status disagree",
            f"{b.id}: chapter marking {marking or '(none)'} (block ending at seed line "
            f"{b.number_line}); Bilaga 1 status {listed.status or '(empty)'} (seed line {listed.line}).")


def check_page(b: Block, listed: Listed, journal: Journal):
    if b.page_first != b.page_last:
        journal.discrepancy(
            "Pages",
            f"{b.id}: the block runs from page {b.page_first} to page {b.page_last} of the chapter; "
            f"Bilaga 1 gives Sida {listed.page}.")
    if listed.page not in (b.page_first, b.page_last):
        journal.discrepancy(
            "Pages",
            f"{b.id}: Bilaga 1 gives Sida {listed.page} (seed line {listed.line}); the chapter's "
            f"page headers put the block on page {b.page_first}.")


def build_closed(listed: dict[str, Listed], kind: str) -> list[dict]:
    out = []
    for x in listed.values():
        status = {"kind": kind, "year": x.year}
        if kind == "avskriven":
            status["reason"] = x.reason
        out.append({"id": x.id, "title": x.title, "description": x.description,
                    "agencies": {"text": x.agencies, "roles": x.roles},
                    "period": None, "page": None, "status": status})
    return out


# ---------------------------------------------------------------------------------------------
# Priorities and objectives
# ---------------------------------------------------------------------------------------------

def build_priorities(raw: list[str], chapter: Chapter, journal: Journal) -> list[dict]:
    strategy = parse_strategy_list(raw)
    bullets, headings = parse_overview(raw)
    if sorted(chapter.priorities) != [1, 2, 3, 4, 5, 6]:
        fail(None, f"chapter headings give priorities {sorted(chapter.priorities)}, expected 1–6")
    for n, (line, text) in strategy.items():
        ch_line, ch_text = chapter.priorities[n]
        if text.rstrip(".") != ch_text:
            journal.discrepancy("Priority titles",
                                f"Priority {n}: strategy list (seed line {line}) “{text}”; chapter "
                                f"heading (seed line {ch_line}) “{ch_text}”.")
    chapter_titles = {t for _, t in chapter.priorities.values()}
    for line, text in headings:
        if text not in chapter_titles:
            journal.discrepancy("Priority titles",
                                f"Overview column heading (seed line {line}) “{text}” matches no "
                                f"chapter priority heading.")
    journal.notes.append("The strategy list (seed lines "
                         f"{min(l for l, _ in strategy.values())}–) ends each priority title with a "
                         "full stop; the chapter headings, whose wording is stored, do not.")

    # Walk the overview bullets against the chapter's objective headings.
    objectives = list(chapter.objectives)
    result: list[tuple[str, str]] = []
    j = 0
    from_overview = []
    for line, text in bullets:
        bare = text[:-1] if text.endswith(".") else text
        if j < len(objectives) and bare == objectives[j][2]:
            result.append((objectives[j][0], objectives[j][2]))
            j += 1
            continue
        prev = result[-1][0] if result else None
        nxt = objectives[j][0] if j < len(objectives) else None
        if prev is None or nxt is None:
            fail(line, f"overview objective “{text}” matches no chapter heading")
        p, mnum = map(int, prev.split("."))
        oid = f"{p}.{mnum + 1}"
        if nxt != f"{p}.{mnum + 2}":
            fail(line, f"overview objective “{text}” matches no chapter heading and is not a gap "
                       f"between {prev} and {nxt}")
        result.append((oid, bare))
        from_overview.append((oid, line, text))
    if j != len(objectives):
        fail(objectives[j][1], f"chapter objective {objectives[j][0]} is not in the overview")
    for oid, line, text in from_overview:
        journal.decisions.append(
            f"Objective {oid} has no heading in the Åtgärder chapter; its text is the overview "
            f"bullet at seed line {line} (between {oid[:-1]}{int(oid[-1]) - 1} and "
            f"{oid[:-1]}{int(oid[-1]) + 1}), stored without the bullet's final full stop like the "
            f"chapter headings.")
    journal.notes.append(f"All {len(objectives)} objective headings of the chapter match the "
                         f"overview's bullets word for word (apart from the bullets' final full stop).")
    priorities = []
    for n in sorted(chapter.priorities):
        objs = [{"id": oid, "text": t} for oid, t in result if oid.split(".")[0] == str(n)]
        priorities.append({"number": n, "title": chapter.priorities[n][1], "objectives": objs})
    return priorities


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------

def obvious(j: Join) -> bool:
    if j.rule != "hyphen removed":
        return False
    left = j.left[:-1]
    return "-" not in left and len(left) >= 3 and j.right[:1].islower()


def render_report(ctx: dict) -> str:
    plan, journal = ctx["plan"], ctx["journal"]
    measures = plan["reports"][0]["measures"]
    out = []
    w = out.append
    w("# Extraction report: 2021 redovisning\n")
    w("Generated by `scripts/extract_2021.py` — do not edit by hand; re-run "
      "`python3 scripts/extract_2021.py` from the repository root.\n")
    w(f"- Seed: `{ctx['seed_name']}` ({ctx['seed_lines']} lines, sha256 `{ctx['seed_sha']}`)")
    w(f"- Output: `data/handlingsplan.json` (validated against `data/handlingsplan.schema.json`)")
    w(f"- Report: year {REPORT_YEAR}, submitted {SUBMITTED}\n")

    # Counts
    w("## Counts\n")
    by_kind = lambda kind: [m for m in measures if m["status"]["kind"] == kind]
    active = [m for m in measures if m["status"]["kind"] in ("pågående", "ny", "uppdaterad")]
    w("| section | measures |\n|---|---:|")
    w(f"| Active (Åtgärder chapter = Bilaga 1 Aktuella åtgärder) | {len(active)} |")
    w(f"| Genomförda åtgärder | {len(by_kind('genomförd'))} |")
    w(f"| Avskrivna åtgärder | {len(by_kind('avskriven'))} |")
    w(f"| **All measures in the 2021 report** | **{len(measures)}** |\n")
    w("Active measures per priority and status:\n")
    w("| priority | pågående | ny | uppdaterad: tidplan | uppdaterad: innehåll | "
      "uppdaterad: tidplan och innehåll | active | genomförda | avskrivna |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    totals = [0] * 8
    for p in plan["priorities"]:
        n = str(p["number"])
        ms = [m for m in measures if m["id"].split(".")[0] == n]
        row = [
            sum(m["status"]["kind"] == "pågående" for m in ms),
            sum(m["status"]["kind"] == "ny" for m in ms),
            sum(m["status"].get("aspects") == ["tidplan"] for m in ms),
            sum(m["status"].get("aspects") == ["innehåll"] for m in ms),
            sum(m["status"].get("aspects") == ["tidplan", "innehåll"] for m in ms),
            sum(m["status"]["kind"] in ("pågående", "ny", "uppdaterad") for m in ms),
            sum(m["status"]["kind"] == "genomförd" for m in ms),
            sum(m["status"]["kind"] == "avskriven" for m in ms),
        ]
        totals = [a + b for a, b in zip(totals, row)]
        w(f"| {n} | " + " | ".join(map(str, row)) + " |")
    w("| **all** | " + " | ".join(f"**{x}**" for x in totals) + " |\n")
    for kind, label in (("genomförd", "Genomförda per year (Klar)"),
                        ("avskriven", "Avskrivna per year (Avskriven)")):
        years = sorted({m["status"]["year"] for m in by_kind(kind)})
        w(f"{label}: " + ", ".join(
            f"{y}: {sum(m['status']['year'] == y for m in by_kind(kind))} "
            f"({', '.join(m['id'] for m in by_kind(kind) if m['status']['year'] == y)})"
            for y in years) + "\n")
    marked = [m for m in measures if "chapter_marking" in m]
    w(f"Chapter markings: {sum(m['chapter_marking'] == 'Ny åtgärd' for m in marked)} × “Ny åtgärd”, "
      f"{sum(m['chapter_marking'] == 'Uppdaterad' for m in marked)} × “Uppdaterad”.\n")
    n_obj = sum(len(p["objectives"]) for p in plan["priorities"])
    w(f"Priorities: {len(plan['priorities'])}; objectives: {n_obj} "
      f"({', '.join(o['id'] for p in plan['priorities'] for o in p['objectives'])}); objectives "
      f"without an active measure: {', '.join(ctx['no_active']) or 'none'}.\n")
    w(f"Registry: {len(plan['agencies'])} agencies "
      f"({sum(a['samfi'] for a in plan['agencies'])} SAMFI). Agencies named in measures' agency "
      f"texts: {', '.join(ctx['named_agencies'])}.\n")
    w("Active measures per agency (ansvarig / other roles):\n")
    w("| agency | ansvarig | other role | measures |\n|---|---:|---:|---|")
    for a in plan["agencies"]:
        lead = [m["id"] for m in active for r in m["agencies"]["roles"]
                if r["agency"] == a["short_name"] and r["role"] == "ansvarig"]
        other = [m["id"] for m in active for r in m["agencies"]["roles"]
                 if r["agency"] == a["short_name"] and r["role"] != "ansvarig"]
        if lead or other:
            w(f"| {a['short_name']} | {len(lead)} | {len(other)} | {', '.join(lead + other)} |")
    w("")

    # Discrepancies
    w("## Where the Åtgärder chapter and Bilaga 1 disagree\n")
    w("Compared after the same normalisation on both sides (lines joined with single spaces, "
      "line-break hyphenation repaired). Where they differ the measure keeps the chapter's "
      "wording and `appendix` records Bilaga 1's.\n")
    kinds = ["Measures present on one side only", "Titles worded differently",
             "Agency texts worded differently", "Chapter marking and Bilaga 1 status disagree",
             "Pages", "Priority titles"]
    for kind in kinds + sorted(set(journal.discrepancies) - set(kinds)):
        items = journal.discrepancies.get(kind, [])
        w(f"### {kind} ({len(items)})\n")
        w("\n".join(f"- {x}" for x in items) if items else "- none")
        w("")
    w("### How pages were checked\n")
    w("The chapter's page of each block is counted from the printed page headers and the "
      "page breaks of the PDF text (a line that begins with a single space):\n")
    w("\n".join(f"- {c}" for c in ctx["page_checks"]))
    w("")

    # Joins
    joins = sorted(journal.joins.values(), key=lambda j: j.line)
    non_obvious = [j for j in joins if not obvious(j)]
    w("## Line-break joins\n")
    w("Lines within a paragraph are joined with one space. A line ending in a hyphen is joined "
      "without the hyphen, except before a conjunction (och/eller/samt: the hyphen and a space "
      "stay, “informations- och”) and after an acronym or short prefix (NIS, it, IT, e, EU: the "
      "hyphen stays, “NIS-tillsynsmyndigheterna”). A case number broken after a slash is joined "
      "without a space. Listed: every join in the text read from the chapter and from Bilaga 1 "
      "(including Bilaga 1 titles and agency texts that are only compared with the chapter's); "
      "joins in the strategy list and the overview, read only for cross-checks, are not listed "
      "(objective 3.2, taken from the overview, contains none).\n")
    w(f"### Not obvious ({len(non_obvious)})\n")
    w("| seed line | end of line | start of next | result | rule |\n|---:|---|---|---|---|")
    for j in non_obvious:
        w(f"| {j.line} | `{j.left}` | `{j.right}` | `{j.result}` | {j.rule} |")
    w("")
    rest = [j for j in joins if obvious(j)]
    w(f"### Plain syllable breaks, hyphen removed ({len(rest)})\n")
    w("; ".join(f"{j.line}: {j.left}|{j.right} → {j.result}" for j in rest) + "\n")

    # Decisions
    w("## Manual decisions and hand-kept tables\n")
    w("### BILAGA_TITLE_LINES (where a Genomförda/Avskrivna title ends)\n")
    w("| id | title lines | title as extracted |\n|---|---:|---|")
    closed = {m["id"]: m for m in measures if m["status"]["kind"] in ("genomförd", "avskriven")}
    for mid in sorted(BILAGA_TITLE_LINES, key=id_key):
        w(f"| {mid} | {BILAGA_TITLE_LINES[mid]} | {closed[mid]['title']} |")
    w("")
    w("### CHAPTER_TITLE_LINES\n")
    w("- " + (", ".join(f"{k}: {v}" for k, v in CHAPTER_TITLE_LINES.items()) or
              "empty: every chapter title end was found without it") + "\n")
    w("How the end of each chapter title was found: " + "; ".join(
        f"{method}: {', '.join(ids)}" for method, ids in ctx["methods"].items()) + ".\n")
    w("### Registry\n")
    w("| short_name | name | samfi | source |\n|---|---|---|---|")
    for a in plan["agencies"]:
        src = "Sammanfattning / Regeringens beslut (002)" if a["samfi"] else next(
            f"seed {p}: {why}" for s, _, p, _, why in EXTRA_AGENCIES if s == a["short_name"])
        w(f"| {a['short_name']} | {a['name']} | {str(a['samfi']).lower()} | {src} |")
    w("")
    w("Named in the seeds but not in the registry:\n")
    w("\n".join(f"- {what} (seed {src}): {why}" for what, src, why in NOT_IN_REGISTRY) + "\n")
    w("### Other decisions\n")
    fixed = [
        f"`submitted` is {SUBMITTED}: the seed says the report is due on 1 March every year and "
        f"prints no delivery date of its own.",
        "Avskrivna åtgärder: the reason is the last paragraph of the Åtgärd column; every entry "
        "has exactly one such paragraph after its description, and all of them read as a reason "
        "(“Åtgärden uppgår i …”, “Motsvarande konferens genomförs …”, “MSB avvaktar …”, "
        "“Identifierade behov …”, “Den typ av samverkan …”).",
        "Whitespace: tabs, em spaces, en spaces and thin spaces are read as ordinary spaces; runs "
        "of spaces are collapsed and lines trimmed. Wording inside a printed line is never "
        "changed, so printed oddities stay (see below).",
        "Genomförda/avskrivna measures: title, description and agency text as printed in Bilaga 1; "
        "period and page null (not printed).",
    ]
    w("\n".join(f"- {x}" for x in fixed + journal.decisions) + "\n")
    w("### Printed oddities kept as printed\n")
    oddities = []
    for m in measures:
        for key in ("title", "description"):
            for rx, what in ODDITIES:
                for hit in re.finditer(rx, m[key]):
                    oddities.append(f"{m['id']} {key}: “{hit.group(0)}” — {what}")
        if m["status"].get("reason"):
            for rx, what in ODDITIES:
                for hit in re.finditer(rx, m["status"]["reason"]):
                    oddities.append(f"{m['id']} reason: “{hit.group(0)}” — {what}")
    w("\n".join(f"- {x}" for x in oddities) or "- none")
    w("")
    w("## Other observations\n")
    w("\n".join(f"- {x}" for x in journal.notes) + "\n")
    return "\n".join(out)


# Patterns of printed text that look like slips but are kept verbatim (reported only).
ODDITIES = [
    (r"\w+/ [A-ZÅÄÖ]+\b", "space after the slash of a case number, inside one printed line"),
    (r"\b\w+- (?!och\b|eller\b|samt\b)\w+", "hyphen followed by a space inside one printed line"),
    (r"Polismyndigheteten", "misspelling of Polismyndigheten"),
    (r"\bsäkerhetskydds\w*", "säkerhetskydds- for säkerhetsskydds-"),
]


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------

def extract(seed_path: Path) -> tuple[dict, str]:
    raw_text = seed_path.read_text(encoding="utf-8")
    raw = raw_text.split("\n")
    journal = Journal()

    registry = Registry(parse_samfi(raw, journal) + extra_agencies(seed_path))
    chapter = parse_chapter(raw, journal)
    priorities = build_priorities(raw, chapter, journal)
    objective_ids = {o["id"] for p in priorities for o in p["objectives"]}

    akt = find_line(raw, r"^Aktuella åtgärder$", 1, None, "Bilaga 1 Aktuella åtgärder")
    akt_first = find_line(raw, r"^Strategisk prioritering 1\.", akt, None, "the first table heading")
    gen = find_line(raw, r"^Genomförda åtgärder$", akt, None, "Bilaga 1 Genomförda åtgärder")
    avs = find_line(raw, r"^Avskrivna åtgärder$", gen, None, "Bilaga 1 Avskrivna åtgärder")
    end = find_line(raw, r"^Uppdrag om en samlad informations- och", avs, None,
                    "the government decision after Bilaga 1")
    aktuella = parse_aktuella(bilaga_entries(raw, akt_first, gen, chapter.priorities, journal,
                                             "Aktuella åtgärder"), registry, journal)
    genomforda = parse_closed(bilaga_entries(raw, gen + 1, avs, chapter.priorities, journal,
                                             "Genomförda åtgärder"), "genomförd", registry, journal)
    avskrivna = parse_closed(bilaga_entries(raw, avs + 1, end, chapter.priorities, journal,
                                            "Avskrivna åtgärder"), "avskriven", registry, journal)

    active, methods = build_active(chapter, aktuella, registry, journal)
    measures = active + build_closed(genomforda, "genomförd") + build_closed(avskrivna, "avskriven")
    ids = [m["id"] for m in measures]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1}, key=id_key)
        fail(None, f"measure numbers used twice across the chapter and Bilaga 1: {dup}")
    for m in measures:
        if m["id"].rsplit(".", 1)[0] not in objective_ids:
            fail(None, f"measure {m['id']} belongs to no objective of the strategy")
    measures.sort(key=lambda m: id_key(m["id"]))

    plan = {
        "schema_version": 2,
        "title": PLAN_TITLE,
        "first_year": int(PLAN_TITLE[-9:-5]),
        "last_year": int(PLAN_TITLE[-4:]),
        "agencies": registry.agencies,
        "priorities": priorities,
        "reports": [{"year": REPORT_YEAR, "submitted": SUBMITTED, "state": "final",
                     "measures": measures}],
    }
    if not any(PLAN_TITLE in l for l in raw):
        fail(None, f"the plan title {PLAN_TITLE!r} does not occur in the seed")

    by_method: dict[str, list[str]] = {}
    for mid, method in methods.items():
        by_method.setdefault(method, []).append(mid)
    active_obj = {m["id"].rsplit(".", 1)[0] for m in active}
    named = []
    for a in registry.agencies:
        if any(r["agency"] == a["short_name"] for m in measures for r in m["agencies"]["roles"]):
            named.append(a["short_name"])
    ctx = {
        "plan": plan, "journal": journal, "methods": by_method,
        "seed_name": seed_path.name, "seed_lines": len(raw_text.splitlines()),
        "seed_sha": hashlib.sha256(raw_text.encode("utf-8")).hexdigest(),
        "page_checks": chapter.page_checks,
        "no_active": sorted(objective_ids - active_obj, key=id_key),
        "named_agencies": named,
    }
    return plan, render_report(ctx)


def validate(plan: dict):
    import jsonschema
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(plan), key=lambda e: list(e.absolute_path))
    if errors:
        for e in errors[:20]:
            print(f"schema: {'/'.join(map(str, e.absolute_path))}: {e.message}", file=sys.stderr)
        sys.exit(3)
    shorts = {a["short_name"] for a in plan["agencies"]}
    for m in plan["reports"][0]["measures"]:
        for r in m["agencies"]["roles"]:
            if r["agency"] not in shorts:
                print(f"{m['id']}: agency {r['agency']} not in the registry", file=sys.stderr)
                sys.exit(3)


def main(argv: list[str]) -> int:
    if len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 1
    seed = Path(argv[1]) if len(argv) == 2 else (REPO / DEFAULT_SEED)
    seed = seed.resolve()
    try:
        plan, report = extract(seed)
    except SeedError as e:
        where = f"seed line {e.line}" if e.line else "seed"
        print(f"{seed.name}: {where}: {e.message}", file=sys.stderr)
        return 2
    validate(plan)
    OUT_JSON.write_text(json.dumps(plan, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    OUT_REPORT.write_text(report, encoding="utf-8")
    n = len(plan["reports"][0]["measures"])
    print(f"wrote {OUT_JSON.relative_to(REPO)} ({n} measures) and {OUT_REPORT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
