"""An independent reader of *Översikt över regeringens aktiviteter* (seed
``003_2c2ee53d5bb41be2.txt``, shipped as ``data/sources/regeringens-aktiviteter.txt``).

It shares no code with the library's importer (``handlingsplan.activities.reader``) nor with the
core's rule for case numbers and dates: it reads the text with regular expressions of its own,
so that the shipped activities can be checked against the source.

* ``SeedActivities.activities``: one ``SeedActivity`` per bullet, in printed order, with its
  priority (numbered by the order of the headings), state, text, case numbers written in their
  canonical form and dated events (kind, ISO date at its precision, bound).
* ``SeedActivities.headings``: the priority headings as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "data" / "sources" / "regeringens-aktiviteter.txt"

ONGOING, FINISHED = "Pågående aktiviteter", "Avslutade aktiviteter"

MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]
_MONTH = "|".join(MONTHS)

# --- case numbers -------------------------------------------------------------------------
# Each pattern and a function giving the canonical form of its match.
_CASE_PATTERNS: list[tuple[re.Pattern[str], object]] = [
    (
        re.compile(r"\b(A|Fi|Fö|I|Ju|Jo|Ku|M|N|S|U|SB|UD)(\d{4})/ ?(\d{5})/ ?([A-ZÅÄÖ]+)\b"),
        lambda m: f"{m[1]}{m[2]}/{m[3]}/{m[4]}",
    ),
    (re.compile(r"\b(Ju|Fi|Fö|I|N|S|U) (\d{4}):([A-Z])\b"), lambda m: f"{m[1]} {m[2]}:{m[3]}"),
    (re.compile(r"\bdir\.? (\d{4}):(\d+)"), lambda m: f"dir. {m[1]}:{m[2]}"),
    (re.compile(r"\bSOU (\d{4}):(\d+)"), lambda m: f"SOU {m[1]}:{m[2]}"),
    (re.compile(r"\bDs (\d{4}):(\d+)"), lambda m: f"Ds {m[1]}:{m[2]}"),
    (
        re.compile(r"\b(?:prop\.|proposition) (\d{4})/(\d\d):(\d+)"),
        lambda m: f"prop. {m[1]}/{m[2]}:{m[3]}",
    ),
    (re.compile(r"\bskr\. (\d{4})/(\d\d):(\d+)"), lambda m: f"skr. {m[1]}/{m[2]}:{m[3]}"),
    (re.compile(r"\((\d{4}):(\d+)\)"), lambda m: f"SFS {m[1]}:{m[2]}"),
    (re.compile(r"\(EU\) nr (\d+)/(\d{4})"), lambda m: f"(EU) nr {m[1]}/{m[2]}"),
    (re.compile(r"\(EU\) (\d{4})/(\d+)"), lambda m: f"(EU) {m[1]}/{m[2]}"),
    (re.compile(r"\b(\d{4})/(\d+)/(RIF)\b"), lambda m: f"{m[1]}/{m[2]}/{m[3]}"),
    (
        re.compile(r"\b(JOIN|KOM|COM) ?\((\d{4})\) ?(\d+)"),
        lambda m: f"{'COM' if m[1] == 'KOM' else m[1]}({m[2]}) {m[3]} final",
    ),
    (re.compile(r"\bdok\. (\d+)/(\d\d)\b"), lambda m: f"dok. {m[1]}/{m[2]}"),
    (re.compile(r"\bETS (\d+)\b"), lambda m: f"ETS {m[1]}"),
]


def case_numbers(text: str) -> list[str]:
    """The canonical case numbers of a text, each once, in the order first written."""
    found: list[tuple[int, str]] = []
    for pattern, canonical in _CASE_PATTERNS:
        for m in pattern.finditer(text):
            found.append((m.start(), canonical(m)))  # type: ignore[operator]
    out: list[str] = []
    for _, number in sorted(found):
        if number not in out:
            out.append(number)
    return out


# --- dates ----------------------------------------------------------------------------------
_DATE = re.compile(
    r"(?:(?P<bound>senast|till och med|från och med) )?"
    r"(?:"
    r"(?:den )*(?P<day>\d{1,2}) (?P<dmonth>" + _MONTH + r") (?P<dyear>\d{4})"
    r"|(?:[iI] )?(?P<month>" + _MONTH + r") (?P<myear>\d{4})"
    r"|(?P<season>våren|sommaren|hösten) (?P<syear>\d{4})"
    r"|[uU]nder (?P<year>\d{4})(?![-–]\d)"
    r")\b"
)

# The event words, latest in the sentence before the date decides.
_KINDS = [
    (r"beslutade?s?|beslutat|fick (?:i|motsvarande) uppdrag", "beslutad"),
    (r"(?:del|slut)?redovisas|(?:slut|åter)?rapporteras", "ska redovisas"),
    (r"(?:del|slut)?redovisades", "redovisad"),
    (r"i ?kraft|börjar gälla", "i kraft"),
    (r"förläng(?:ts|des|t)", "förlängd"),
    (r"antogs|antog|antagits", "antagen"),
    (r"publicera(?:des|ts|d)", "publicerad"),
]
_KIND_WORD = re.compile(
    r"\b(?:" + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(_KINDS)) + r")\b", re.IGNORECASE
)


@dataclass(frozen=True)
class SeedEvent:
    """A dated event: kind, the date in ISO at its precision ("2018-07-12", "2019-10",
    "2017-hösten", "2020"), and its bound ("", "senast", "till och med")."""

    kind: str
    date: str
    bound: str


def events(text: str) -> list[SeedEvent]:
    """The dated events of an activity's text, in the order written."""
    out: list[SeedEvent] = []
    for m in _DATE.finditer(text):
        if m["day"]:
            iso = f"{m['dyear']}-{MONTHS.index(m['dmonth']) + 1:02d}-{int(m['day']):02d}"
        elif m["month"]:
            iso = f"{m['myear']}-{MONTHS.index(m['month']) + 1:02d}"
        elif m["season"]:
            iso = f"{m['syear']}-{m['season']}"
        else:
            iso = m["year"]
        # The sentence: from after the last ". " followed by a capital letter before the date.
        before = text[: m.start()]
        starts = [s.end() for s in re.finditer(r"\.\s+(?=[A-ZÅÄÖ])", before)]
        sentence = before[starts[-1] if starts else 0 :]
        kind = "övrigt"
        for w in _KIND_WORD.finditer(sentence):
            kind = next(_KINDS[int(name[1:])][1] for name, value in w.groupdict().items() if value)
        out.append(SeedEvent(kind, iso, m["bound"] or ""))
    return out


# --- the document -------------------------------------------------------------------------
@dataclass(frozen=True)
class SeedActivity:
    """One bullet of the document."""

    line: int
    priority: int
    state: str  # "pågående" or "avslutad"
    text: str
    case_numbers: list[str] = field(default_factory=list)
    events: list[SeedEvent] = field(default_factory=list)


@dataclass
class SeedActivities:
    """The whole document."""

    headings: list[str]
    activities: list[SeedActivity]


def read(path: Path = SOURCE) -> SeedActivities:
    """Reads the document: a heading is the line (not a bullet) two lines above a section."""
    lines = path.read_text(encoding="utf-8").split("\n")
    headings: list[str] = []
    activities: list[SeedActivity] = []
    state = ""
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if line in (ONGOING, FINISHED):
            state = "pågående" if line == ONGOING else "avslutad"
            continue
        if not line:
            continue
        next_text = next((n.strip() for n in lines[number:] if n.strip()), "")
        if next_text == ONGOING:
            headings.append(line)
            state = ""
            continue
        if line.startswith("•"):
            assert headings and state, f"line {number}: a bullet outside a section"
            body = line[1:].strip()
            activities.append(
                SeedActivity(number, len(headings), state, body, case_numbers(body), events(body))
            )
    return SeedActivities(headings, activities)
