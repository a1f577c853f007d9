"""The journal of an import written out as the extraction report (Markdown): counts, every
discrepancy between the Åtgärder chapter and Bilaga 1, every line-break join, every decision.
The coordinator reads it, so every text of it is Swedish (the journal's own entries are written
in Swedish where the readers make them)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from .. import _core
from .journal import (
    AGENCY_TEXTS_DIFFER,
    MARKING_AND_STATUS_DIFFER,
    ONE_SIDE_ONLY,
    PAGES,
    PRIORITY_TITLES,
    TITLES_DIFFER,
    Journal,
)

__all__ = ["extraction_report"]

DISCREPANCY_TOPICS = [
    ONE_SIDE_ONLY,
    TITLES_DIFFER,
    AGENCY_TEXTS_DIFFER,
    MARKING_AND_STATUS_DIFFER,
    PAGES,
    PRIORITY_TITLES,
]

# Patterns of printed text that look like slips but are kept verbatim (reported only).
ODDITIES = [
    (r"\w+/ [A-ZÅÄÖ]+\b", "mellanslag efter snedstrecket i ett diarienummer, inom en tryckt rad"),
    (r"\b\w+- (?!och\b|eller\b|samt\b)\w+", "bindestreck följt av mellanslag inom en tryckt rad"),
    (r"Polismyndigheteten", "felstavning av Polismyndigheten"),
    (r"\bsäkerhetskydds\w*", "säkerhetskydds- för säkerhetsskydds-"),
]


def extraction_report(
    plan: _core.Plan,
    year: int,
    journal: Journal,
    *,
    source_name: str,
    output: str | None = None,
    source_lines: int,
    source_sha: str,
    command: str,
    methods: dict[str, list[str]],
    page_checks: list[str],
    known_titles: dict[str, str],
) -> str:
    """The Markdown report of one import."""
    data = json.loads(_core.plan_to_json(plan))
    report = next(r for r in data["reports"] if r["year"] == year)
    measures = report["measures"]
    out: list[str] = []
    w = out.append
    w(f"# Extraktionsrapport: redovisningen {year}\n")
    w(
        f"Skapad av `{command}` — redigera inte för hand; kör kommandot igen för att skapa den på nytt.\n"
    )
    w(f"- Källa: `{source_name}` ({source_lines} rader, sha256 `{source_sha}`)")
    w(
        f"- Utdata: `{output}` (skriven av `Plan.save`)"
        if output is not None
        else "- Utdata: ingen (inläsningen sparade inte den inlästa planen)"
    )
    w(f"- Redovisning: år {year}, inlämnad {report['submitted']}\n")

    active = [m for m in measures if m["status"]["kind"] in ("pågående", "ny", "uppdaterad")]
    _counts(w, year, measures, active)
    _status_table(w, data, measures)
    _per_year(w, measures)
    _summary(w, data, measures, active)
    _named(w, data, measures)
    _agency_table(w, data, active)
    _disagreements(w, journal, page_checks)
    _joins(w, journal)
    _closed_titles(w, measures, methods, known_titles)
    _registry(w, data)
    _other_decisions(w, journal)
    _oddities(w, measures)
    w("## Andra iakttagelser\n")
    w("\n".join(f"- {e.text}" for e in journal.of_kind("note")) + "\n")
    return "\n".join(out)


def _kind_is(measures: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [m for m in measures if m["status"]["kind"] == kind]


def _counts(
    w: Callable[[str], None],
    year: int,
    measures: list[dict[str, Any]],
    active: list[dict[str, Any]],
) -> None:
    """The measures per section."""
    w("## Antal\n")
    w("| avsnitt | åtgärder |\n|---|---:|")
    w(f"| Aktuella (kapitlet Åtgärder = Bilaga 1 Aktuella åtgärder) | {len(active)} |")
    w(f"| Genomförda åtgärder | {len(_kind_is(measures, 'genomförd'))} |")
    w(f"| Avskrivna åtgärder | {len(_kind_is(measures, 'avskriven'))} |")
    w(f"| **Alla åtgärder i redovisningen {year}** | **{len(measures)}** |\n")


def _status_table(
    w: Callable[[str], None], data: dict[str, Any], measures: list[dict[str, Any]]
) -> None:
    """The measures per priority and status."""
    w("Aktuella åtgärder per prioritering och status:\n")
    w(
        "| prioritering | pågående | ny | uppdaterad: tidplan | uppdaterad: innehåll | "
        "uppdaterad: tidplan och innehåll | aktuella | genomförda | avskrivna |"
    )
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    totals = [0] * 8
    counters: list[Callable[[dict[str, Any]], bool]] = [
        lambda m: m["status"]["kind"] == "pågående",
        lambda m: m["status"]["kind"] == "ny",
        lambda m: m["status"].get("aspects") == ["tidplan"],
        lambda m: m["status"].get("aspects") == ["innehåll"],
        lambda m: m["status"].get("aspects") == ["tidplan", "innehåll"],
        lambda m: m["status"]["kind"] in ("pågående", "ny", "uppdaterad"),
        lambda m: m["status"]["kind"] == "genomförd",
        lambda m: m["status"]["kind"] == "avskriven",
    ]
    for p in data["priorities"]:
        n = str(p["number"])
        ms = [m for m in measures if m["id"].split(".")[0] == n]
        row = [sum(1 for m in ms if count(m)) for count in counters]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        w(f"| {n} | " + " | ".join(map(str, row)) + " |")
    w("| **alla** | " + " | ".join(f"**{x}**" for x in totals) + " |\n")


def _per_year(w: Callable[[str], None], measures: list[dict[str, Any]]) -> None:
    """The ended measures per year."""
    for kind, label in (
        ("genomförd", "Genomförda per år (Klar)"),
        ("avskriven", "Avskrivna per år (Avskriven)"),
    ):
        years = sorted({m["status"]["year"] for m in _kind_is(measures, kind)})
        w(
            f"{label}: "
            + ", ".join(
                f"{y}: {sum(m['status']['year'] == y for m in _kind_is(measures, kind))} "
                f"({', '.join(m['id'] for m in _kind_is(measures, kind) if m['status']['year'] == y)})"
                for y in years
            )
            + "\n"
        )


def _summary(
    w: Callable[[str], None],
    data: dict[str, Any],
    measures: list[dict[str, Any]],
    active: list[dict[str, Any]],
) -> None:
    """The markings, the strategy's counts and the agencies named."""
    marked = [m for m in measures if "chapter_marking" in m]
    w(
        f"Kapitlets markeringar: "
        f"{sum(m['chapter_marking'] == 'Ny åtgärd' for m in marked)} × “Ny åtgärd”, "
        f"{sum(m['chapter_marking'] == 'Uppdaterad' for m in marked)} × “Uppdaterad”.\n"
    )
    objective_ids = [o["id"] for p in data["priorities"] for o in p["objectives"]]
    active_objectives = {m["id"].rsplit(".", 1)[0] for m in active}
    no_active = [o for o in objective_ids if o not in active_objectives]
    w(
        f"Prioriteringar: {len(data['priorities'])}; målsättningar: {len(objective_ids)} "
        f"({', '.join(objective_ids)}); målsättningar utan aktuell åtgärd: "
        f"{', '.join(no_active) or 'inga'}.\n"
    )


def _named(w: Callable[[str], None], data: dict[str, Any], measures: list[dict[str, Any]]) -> None:
    """The registry's size and the agencies the measures name."""
    named = [
        a["short_name"]
        for a in data["agencies"]
        if any(r["agency"] == a["short_name"] for m in measures for r in m["agencies"]["roles"])
    ]
    w(
        f"Registret: {len(data['agencies'])} myndigheter "
        f"({sum(a['samfi'] for a in data['agencies'])} SAMFI). Myndigheter som åtgärdernas "
        f"myndighetstexter nämner: {', '.join(named)}.\n"
    )


def _agency_table(
    w: Callable[[str], None], data: dict[str, Any], active: list[dict[str, Any]]
) -> None:
    """The active measures per agency."""
    w("Aktuella åtgärder per myndighet (ansvarig / andra roller):\n")
    w("| myndighet | ansvarig | annan roll | åtgärder |\n|---|---:|---:|---|")
    for a in data["agencies"]:
        lead = [
            m["id"]
            for m in active
            for r in m["agencies"]["roles"]
            if r["agency"] == a["short_name"] and r["role"] == "ansvarig"
        ]
        other = [
            m["id"]
            for m in active
            for r in m["agencies"]["roles"]
            if r["agency"] == a["short_name"] and r["role"] != "ansvarig"
        ]
        if lead or other:
            w(f"| {a['short_name']} | {len(lead)} | {len(other)} | {', '.join(lead + other)} |")
    w("")


def _disagreements(w: Callable[[str], None], journal: Journal, page_checks: list[str]) -> None:
    """Where the chapter and Bilaga 1 disagree, and how pages were checked."""
    w("## Där kapitlet Åtgärder och Bilaga 1 skiljer sig åt\n")
    w(
        "Jämförda efter samma normalisering på båda sidor (rader sammanfogade med ett "
        "mellanslag, avstavning vid radslut lagad). Där de skiljer sig behåller åtgärden "
        "kapitlets lydelse och `appendix` sparar Bilaga 1:s.\n"
    )
    topics = DISCREPANCY_TOPICS + sorted(
        {e.topic for e in journal.of_kind("discrepancy")} - set(DISCREPANCY_TOPICS)
    )
    for topic in topics:
        items = journal.discrepancies(topic)
        w(f"### {topic} ({len(items)})\n")
        w("\n".join(f"- {x.text}" for x in items) if items else "- inga")
        w("")
    w("### Hur sidorna kontrollerades\n")
    w(
        "Kapitlets sida för varje stycke räknas från de tryckta sidhuvudena och PDF-textens "
        "sidbrytningar (en rad som börjar med ett enda mellanslag eller en sidmatning):\n"
    )
    w("\n".join(f"- {c}" for c in page_checks) or "- inga numrerade sidhuvuden: inte kontrollerat")
    w("")


def _joins(w: Callable[[str], None], journal: Journal) -> None:
    """Every line-break join."""
    joins = sorted(journal.joins.values(), key=lambda j: j.line)
    non_obvious = [j for j in joins if not j.obvious]
    w("## Sammanfogningar vid radslut\n")
    w(
        "Raderna inom ett stycke sammanfogas med ett mellanslag. En rad som slutar med "
        "bindestreck sammanfogas utan bindestrecket, utom före en konjunktion (och/eller/samt: "
        "bindestrecket och ett mellanslag står kvar, “informations- och”) och efter en förkortning "
        "eller ett kort förled (NIS, it, IT, e, EU: bindestrecket står kvar, "
        "“NIS-tillsynsmyndigheterna”). Ett diarienummer som bryts efter ett snedstreck sammanfogas "
        "utan mellanslag. Listade: varje sammanfogning i texten som lästs från kapitlet och från "
        "Bilaga 1 (också Bilaga 1:s rubriker och myndighetstexter som bara jämförs med kapitlets) "
        "och från kapitlet Uppföljning och de löpande kapitlen (Sammanfattning, Introduktion, "
        "Myndigheternas arbete med handlingsplanen, Extern samverkan, Slutord); sammanfogningar i "
        "strategilistan och översikten, som bara läses för att kontrollera, listas inte.\n"
    )
    w(f"### Inte självklara ({len(non_obvious)})\n")
    w("| rad | radens slut | nästa rads början | resultat | regel |\n|---:|---|---|---|---|")
    for j in non_obvious:
        w(f"| {j.line} | `{j.left}` | `{j.right}` | `{j.result}` | {j.rule} |")
    w("")
    rest = [j for j in joins if j.obvious]
    w(f"### Vanliga stavelsebrytningar, bindestreck borttaget ({len(rest)})\n")
    w("; ".join(f"{j.line}: {j.left}|{j.right} → {j.result}" for j in rest) + "\n")


def _closed_titles(
    w: Callable[[str], None],
    measures: list[dict[str, Any]],
    methods: dict[str, list[str]],
    known_titles: dict[str, str],
) -> None:
    """Where the titles of closed rows and of the chapter's blocks end."""
    w("## Beslut\n")
    closed = {m["id"]: m for m in measures if m["status"]["kind"] in ("genomförd", "avskriven")}
    w("### Var rubrikerna på raderna Genomförda/Avskrivna slutar\n")
    w(
        "Bilaga 1 trycker rubriken och beskrivningen för en avslutad åtgärd i en och samma kolumn "
        "utan avskiljare. Inläsningen tar den rubrik som planen som läses in i har för åtgärden, "
        "annars den rubrik som gavs till inläsningen (`--closed-titles`: en fil med rubriker som "
        "en person läst av i redovisningen, med deras ursprung), och kontrollerar att den tryckta "
        "texten börjar med den.\n"
    )
    w("| nummer | rubrik som extraherad | ur de givna rubrikerna |\n|---|---|---|")
    for mid in sorted(closed, key=_core.MeasureId):
        known = "ja" if known_titles.get(mid) == closed[mid]["title"] else "nej"
        w(f"| {mid} | {closed[mid]['title']} | {known} |")
    w("")
    w(
        "Hur slutet på varje rubrik i kapitlet hittades: "
        + "; ".join(f"{method}: {', '.join(ids)}" for method, ids in methods.items())
        + ".\n"
    )


def _registry(w: Callable[[str], None], data: dict[str, Any]) -> None:
    """The agency registry."""
    w("### Registret\n")
    w(
        "Myndighetsregistret är bibliotekets standardregister (de sju SAMFI-myndigheterna och de "
        "andra myndigheter som planens källor nämner); SAMFI-myndigheterna kontrolleras mot "
        "redovisningens Sammanfattning och Regeringens beslut.\n"
    )
    w("| kortnamn | namn | SAMFI |\n|---|---|---|")
    for a in data["agencies"]:
        w(f"| {a['short_name']} | {a['name']} | {'ja' if a['samfi'] else 'nej'} |")
    w("")


def _other_decisions(w: Callable[[str], None], journal: Journal) -> None:
    """The fixed decisions and those of the journal."""
    w("### Andra beslut\n")
    fixed = [
        "Avskrivna åtgärder: skälet är det sista stycket i kolumnen Åtgärd.",
        "Blanktecken: tabbar, em- och en-mellanslag, smala och hårda mellanslag läses som vanliga "
        "mellanslag; flera mellanslag i följd slås ihop och raderna trimmas; radslut (LF, CRLF, "
        "CR) och sidmatningar är layout. Lydelsen inom en tryckt rad ändras aldrig, så tryckta "
        "egenheter står kvar (se nedan).",
        "Genomförda/avskrivna åtgärder: rubrik, beskrivning och myndighetstext som Bilaga 1 "
        "trycker dem; period och sida null (inte tryckta).",
        "Nummer, perioder, myndighetsfraser, statusar och kapitlets markeringar tolkas av kärnan "
        "(`MeasureId`, `ObjectiveId`, `Period`, `Agencies`, `Status`).",
    ]
    w("\n".join(f"- {x}" for x in fixed + [e.text for e in journal.of_kind("decision")]) + "\n")


def _oddities(w: Callable[[str], None], measures: list[dict[str, Any]]) -> None:
    """Printed oddities kept as printed."""
    w("### Tryckta egenheter, behållna som tryckta\n")
    oddities = []
    for m in measures:
        texts = [("rubrik", m["title"]), ("beskrivning", m["description"])]
        if m["status"].get("reason"):
            texts.append(("skäl", m["status"]["reason"]))
        for key, text in texts:
            for rx, what in ODDITIES:
                for hit in re.finditer(rx, text):
                    oddities.append(f"{m['id']} {key}: “{hit.group(0)}” — {what}")
    w("\n".join(f"- {x}" for x in oddities) or "- inga")
    w("")
