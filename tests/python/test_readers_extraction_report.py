"""The importer's journal and the extraction report (readers/extraction_report.py) in Swedish
(issue 20, "one language for the coordinator"): no English prose in the 2021 import's journal or
report, and the sections composed from a constructed journal, word for word."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan import _core
from handlingsplan.readers._layout import join_pair
from handlingsplan.readers.extraction_report import extraction_report
from handlingsplan.readers.journal import Journal

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "data" / "sources" / "redovisning-2021.txt"
TITLES = REPO / "data" / "sources" / "redovisning-2021.closed-titles.json"

# English words of the texts the journal and the report had, none of them a Swedish word ("in",
# "not", "text", "is", "by" and "as" are).
ENGLISH = {
    "a", "an", "the", "and", "or", "of", "to", "for", "from", "with", "without", "at", "on",
    "are", "was", "its", "their", "this", "that", "which", "where", "has", "have", "does", "no",
    "none", "yes", "line", "lines", "page", "pages", "chapter", "report", "measure", "measures",
    "title", "titles", "heading", "paragraph", "printed", "prints", "taken", "kept", "read",
    "removed", "joined", "hyphen", "space", "agency", "agencies", "registry", "priority",
    "objective", "objectives", "counts", "active", "source", "output", "generated", "submitted",
    "year", "other", "observations", "decisions", "differently", "disagree", "only", "one",
    "side", "whole", "left", "out", "begins", "ends", "says", "shows", "number", "header",
}  # fmt: skip


def english_words(text: str) -> set[str]:
    """The English words of `text` outside what it quotes (“…”, "…", `…`) of the source or code."""
    text = re.sub(r"`[^`]*`|“[^”]*”|\"[^\"]*\"", "", text)
    return {w for w in re.findall(r"[A-Za-zÅÄÖåäöé']+", text) if w.lower() in ENGLISH}


def test_the_word_list_finds_english() -> None:
    assert english_words("Titles worded differently (line 3)") == {"Titles", "differently", "line"}
    assert english_words("Rubriker med olika lydelse (rad 3) “the title”, `Plan.save`") == set()


@pytest.fixture(scope="module")
def imported() -> hp.ImportResult:
    return hp.import_report(SOURCE, closed_titles=TITLES, output="ut.json", command="import")


def test_no_english_prose_in_the_2021_journal(imported: hp.ImportResult) -> None:
    journal = imported.journal
    assert len(journal) > 20 and journal.joins  # the journal has entries of every kind
    for entry in journal:
        assert english_words(entry.text) == set(), entry
        assert english_words(entry.topic) == set(), entry
    for join in journal.joins.values():
        assert english_words(join.rule) == set(), join


def test_no_english_prose_in_the_2021_extraction_report(imported: hp.ImportResult) -> None:
    report = imported.journal.markdown
    found = {w for line in report.split("\n") for w in english_words(line)}
    assert found == set()
    assert report.startswith("# Extraktionsrapport: redovisningen 2021\n")


def test_the_shipped_extraction_report_is_swedish() -> None:
    shipped = (REPO / "data" / "extraction-report-2021.md").read_text(encoding="utf-8")
    assert english_words(shipped) == set()


def test_the_header_names_the_real_source_and_output(imported: hp.ImportResult) -> None:
    header = imported.journal.markdown.split("\n## ")[0]
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    assert f"- Källa: `{SOURCE}` ({len(lines)} rader, sha256 `" in header
    assert "- Utdata: `ut.json` (skriven av `Plan.save`)" in header
    assert "Skapad av `import` — redigera inte för hand" in header


@pytest.mark.parametrize(
    ("left", "right", "joined", "rule"),
    [
        (
            "informations-",
            "och ledning",
            "informations- och ledning",
            "bindestreck och mellanslag kvar (en konjunktion följer)",
        ),
        (
            "enligt NIS-",
            "direktivet",
            "enligt NIS-direktivet",
            "bindestreck kvar (en förkortning eller ett förled före det)",
        ),
        ("upp-", "drag", "uppdrag", "bindestreck borttaget"),
        (
            "åren 2019–",
            "2022",
            "åren 2019–2022",
            "tankstreck mellan tal, sammanfogat utan mellanslag",
        ),
        ("Ju2018/03737/", "SSK", "Ju2018/03737/SSK", "diarienummer, sammanfogat utan mellanslag"),
        ("en rad", "till", "en rad till", None),
    ],
)
def test_each_join_names_its_rule_in_swedish(
    left: str, right: str, joined: str, rule: str | None
) -> None:
    assert join_pair(left, right) == (joined, rule)


def constructed_report(journal: Journal) -> str:
    plan = hp.load_default()
    return extraction_report(
        plan._core,
        2021,
        journal,
        source_name="r.txt",
        output=None,
        source_lines=3,
        source_sha="abc",
        command="handlingsplan import r.txt",
        methods={"rubriken i Bilaga 1": ["1.1.1", "1.1.3"]},
        page_checks=[],
        known_titles={},
    )


def test_the_sections_of_a_constructed_journal_word_for_word() -> None:
    journal = Journal(source="r.txt")
    journal.discrepancy("Rubriker med olika lydelse", 12, "1.1.1: kapitlet “A”; Bilaga 1 “B”.")
    journal.join(
        7, "NIS-", "direktivet", "NIS-direktivet", join_pair("NIS-", "direktivet")[1] or ""
    )
    journal.join(9, "upp-", "drag", "uppdrag", "bindestreck borttaget")
    journal.decision(3, "Ett beslut.")
    journal.note(None, "En iakttagelse.")
    report = constructed_report(journal)
    assert report.startswith(
        "# Extraktionsrapport: redovisningen 2021\n\n"
        "Skapad av `handlingsplan import r.txt` — redigera inte för hand; kör kommandot igen för "
        "att skapa den på nytt.\n\n"
        "- Källa: `r.txt` (3 rader, sha256 `abc`)\n"
        "- Utdata: ingen (inläsningen sparade inte den inlästa planen)\n"
    )
    assert "### Rubriker med olika lydelse (1)\n\n- 1.1.1: kapitlet “A”; Bilaga 1 “B”.\n" in report
    assert "### Åtgärder som bara finns på ena sidan (0)\n\n- inga\n" in report
    assert "- inga numrerade sidhuvuden: inte kontrollerat\n" in report
    assert (
        "### Inte självklara (1)\n\n| rad | radens slut | nästa rads början | resultat | regel |\n"
        "|---:|---|---|---|---|\n"
        "| 7 | `NIS-` | `direktivet` | `NIS-direktivet` | bindestreck kvar (en förkortning eller "
        "ett förled före det) |\n"
    ) in report
    assert (
        "### Vanliga stavelsebrytningar, bindestreck borttaget (1)\n\n9: upp-|drag → uppdrag\n"
        in (report)
    )
    assert (
        "Hur slutet på varje rubrik i kapitlet hittades: rubriken i Bilaga 1: 1.1.1, 1.1.3.\n"
        in (report)
    )
    assert "\n- Ett beslut.\n" in report.split("### Andra beslut")[1]
    assert report.endswith("## Andra iakttagelser\n\n- En iakttagelse.\n")


# A small plan built here: two priorities, four objectives, ten measures of every status.


SAMFI_NAMES = {"MSB", "FRA", "FMV", "Försvarsmakten", "PTS", "Polismyndigheten", "Säkerhetspolisen"}


def small_plan() -> tuple[_core.Plan, str]:
    """The plan and the short name of its one agency outside SAMFI (named by no measure)."""
    standard = hp.AgencyRegistry.standard()
    other = next(a for a in standard if a.short_name not in SAMFI_NAMES)
    chosen = [*(standard.find(n) for n in ("MSB", "FRA", "PTS")), other]
    registry = hp.AgencyRegistry(chosen)

    def m(mid: str, status: hp.Status, agencies: str, **more: object) -> hp.Measure:
        fields = {"title": f"Titel {mid}", "description": f"Text {mid}.", **more}
        if status.is_active:
            fields.setdefault("period", "2019–2022")
        return hp.Measure(id=mid, status=status, agencies=agencies, registry=registry, **fields)  # type: ignore[arg-type]

    measures = [
        m("1.1.1", hp.Status.ongoing(), "MSB", description="Om säkerhetskyddsarbete."),
        m("1.1.2", hp.Status.added(), "MSB i samverkan med FRA", chapter_marking="Ny åtgärd"),
        m("1.2.1", hp.Status.completed(2020), "FRA", title="Klar ett"),
        m("1.2.2", hp.Status.withdrawn(2021, "Polismyndigheteten avslutade."), "PTS"),
        m("1.2.3", hp.Status.completed(2020), "FRA", title="Klar Fö2017/ SUND"),
        m("1.2.10", hp.Status.completed(2021), "FRA"),
        m("2.1.1", hp.Status.updated(schedule=True), "FRA", chapter_marking="Uppdaterad"),
        m("2.1.2", hp.Status.updated(content=True), "PTS", chapter_marking="Uppdaterad"),
        m(
            "2.1.3",
            hp.Status.updated(schedule=True, content=True),
            "PTS med stöd av MSB",
            chapter_marking="Uppdaterad",
        ),
        m("2.2.1", hp.Status.completed(2021), "MSB", description="Ett it- stöd."),
    ]
    priorities = [
        hp.Priority(
            1,
            "Ett",
            [
                hp.Objective(hp.ObjectiveId("1.1"), "Mål ett"),
                hp.Objective(hp.ObjectiveId("1.2"), "Mål två"),
            ],
        ),
        hp.Priority(
            2,
            "Två",
            [
                hp.Objective(hp.ObjectiveId("2.1"), "Mål tre"),
                hp.Objective(hp.ObjectiveId("2.2"), "Mål fyra"),
            ],
        ),
    ]
    report = _core.Report(2021, date(2021, 3, 1), measures)
    plan = _core.Plan(
        title="Planen",
        first_year=2019,
        last_year=2022,
        agencies=registry,
        priorities=priorities,
        reports=[report],
    )
    return plan, other.short_name


def small_report(journal: Journal | None = None, page_checks: list[str] | None = None) -> str:
    plan, _ = small_plan()
    return extraction_report(
        plan,
        2021,
        journal if journal is not None else Journal(source="r.txt"),
        source_name="r.txt",
        output="ut.json",
        source_lines=40,
        source_sha="abc",
        command="import",
        methods={"markeringen": ["1.1.2"], "rubriken i Bilaga 1": ["1.1.1", "2.1.1"]},
        page_checks=page_checks or [],
        known_titles={"1.2.1": "Klar ett", "1.2.2": "Annan titel"},
    )


def test_a_small_plans_counts_and_tables() -> None:
    report = small_report()
    assert (
        "- Utdata: `ut.json` (skriven av `Plan.save`)\n- Redovisning: år 2021, inlämnad 2021-03-01\n"
        in report
    )
    assert (
        "## Antal\n\n| avsnitt | åtgärder |\n|---|---:|\n"
        "| Aktuella (kapitlet Åtgärder = Bilaga 1 Aktuella åtgärder) | 5 |\n"
        "| Genomförda åtgärder | 4 |\n| Avskrivna åtgärder | 1 |\n"
        "| **Alla åtgärder i redovisningen 2021** | **10** |\n\n"
    ) in report
    assert (
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        "| 1 | 1 | 1 | 0 | 0 | 0 | 2 | 3 | 1 |\n"
        "| 2 | 0 | 0 | 1 | 1 | 1 | 3 | 1 | 0 |\n"
        "| **alla** | **1** | **1** | **1** | **1** | **1** | **5** | **4** | **1** |\n\n"
    ) in report
    assert (
        "Genomförda per år (Klar): 2020: 2 (1.2.1, 1.2.3), 2021: 2 (1.2.10, 2.2.1)\n\n"
        "Avskrivna per år (Avskriven): 2021: 1 (1.2.2)\n\n"
    ) in report
    assert "Kapitlets markeringar: 1 × “Ny åtgärd”, 3 × “Uppdaterad”.\n" in report
    assert (
        "Prioriteringar: 2; målsättningar: 4 (1.1, 1.2, 2.1, 2.2); målsättningar utan aktuell "
        "åtgärd: 1.2, 2.2.\n"
    ) in report
    assert (
        "Registret: 4 myndigheter (3 SAMFI). Myndigheter som åtgärdernas myndighetstexter "
        "nämner: MSB, FRA, PTS.\n"
    ) in report
    assert (
        "| myndighet | ansvarig | annan roll | åtgärder |\n|---|---:|---:|---|\n"
        "| MSB | 2 | 1 | 1.1.1, 1.1.2, 2.1.3 |\n"
        "| FRA | 1 | 1 | 2.1.1, 1.1.2 |\n"
        "| PTS | 2 | 0 | 2.1.2, 2.1.3 |\n\n"
    ) in report


def test_a_small_plans_decisions_registry_and_oddities() -> None:
    _, other = small_plan()
    standard = hp.AgencyRegistry.standard()
    report = small_report()
    assert (
        "| nummer | rubrik som extraherad | ur de givna rubrikerna |\n|---|---|---|\n"
        "| 1.2.1 | Klar ett | ja |\n"
        "| 1.2.2 | Titel 1.2.2 | nej |\n"
        "| 1.2.3 | Klar Fö2017/ SUND | nej |\n"
        "| 1.2.10 | Titel 1.2.10 | nej |\n"
        "| 2.2.1 | Titel 2.2.1 | nej |\n\n"
    ) in report
    assert (
        "Hur slutet på varje rubrik i kapitlet hittades: markeringen: 1.1.2; rubriken i Bilaga 1: "
        "1.1.1, 2.1.1.\n"
    ) in report
    assert (
        "| kortnamn | namn | SAMFI |\n|---|---|---|\n"
        f"| MSB | {standard.find('MSB').name} | ja |\n"
        f"| FRA | {standard.find('FRA').name} | ja |\n"
        f"| PTS | {standard.find('PTS').name} | ja |\n"
        f"| {other} | {standard.find(other).name} | nej |\n\n"
    ) in report
    assert (
        "### Tryckta egenheter, behållna som tryckta\n\n"
        "- 1.1.1 beskrivning: “säkerhetskyddsarbete” — säkerhetskydds- för säkerhetsskydds-\n"
        "- 1.2.2 skäl: “Polismyndigheteten” — felstavning av Polismyndigheten\n"
        "- 1.2.3 rubrik: “Fö2017/ SUND” — mellanslag efter snedstrecket i ett diarienummer, inom "
        "en tryckt rad\n"
        "- 2.2.1 beskrivning: “it- stöd” — bindestreck följt av mellanslag inom en tryckt rad\n\n"
    ) in report
    assert (
        "### Andra beslut\n\n- Avskrivna åtgärder: skälet är det sista stycket i kolumnen Åtgärd.\n"
    ) in report


def test_the_journals_own_topics_and_the_page_checks() -> None:
    journal = Journal(source="r.txt")
    journal.discrepancy("Ö-ämne", 3, "Tre.")
    journal.discrepancy("A-ämne", 4, "Fyra.")
    journal.discrepancy("A-ämne", 5, "Fem.")
    journal.decision(6, "Sex.")
    journal.decision(7, "Sju.")
    journal.note(8, "Åtta.")
    journal.note(9, "Nio.")
    report = small_report(journal, ["rad 1: sidhuvud 2", "rad 3: slut"])
    assert (
        "- inga\n\n### A-ämne (2)\n\n- Fyra.\n- Fem.\n\n### Ö-ämne (1)\n\n- Tre.\n\n"
        "### Hur sidorna kontrollerades\n"
    ) in report
    assert ":\n\n- rad 1: sidhuvud 2\n- rad 3: slut\n\n## Sammanfogningar" in report
    assert (
        "(`MeasureId`, `ObjectiveId`, `Period`, `Agencies`, `Status`).\n- Sex.\n- Sju.\n\n"
        in report
    )
    assert report.endswith("## Andra iakttagelser\n\n- Åtta.\n- Nio.\n")


def test_no_oddities_and_every_objective_active() -> None:
    plan = hp.load_default()._core
    report = small_report()
    assert "- inga\n" not in report.split("### Tryckta egenheter")[1]
    measure = hp.Measure(id="1.1.1", title="T", description="D.", agencies="MSB", period="2021")
    clean = _core.Plan(
        title="P",
        first_year=2019,
        last_year=2022,
        agencies=plan.agencies,
        priorities=[hp.Priority(1, "Ett", [hp.Objective(hp.ObjectiveId("1.1"), "Mål")])],
        reports=[_core.Report(2021, date(2021, 3, 1), [measure])],
    )
    text = extraction_report(
        clean,
        2021,
        Journal(),
        source_name="r.txt",
        source_lines=1,
        source_sha="s",
        command="c",
        methods={},
        page_checks=[],
        known_titles={},
    )
    assert "målsättningar utan aktuell åtgärd: inga.\n" in text
    assert text.split("### Tryckta egenheter, behållna som tryckta\n\n")[1].startswith("- inga\n\n")
    assert "Genomförda per år (Klar): \n" in text
    assert "- Utdata: ingen (inläsningen sparade inte den inlästa planen)\n" in text


def test_the_prose_of_every_section_word_for_word() -> None:
    journal = Journal(source="r.txt")
    journal.join(7, "NIS-", "direktivet", "NIS-direktivet", "bindestreck kvar")
    journal.join(5, "Ju2018/", "SSK", "Ju2018/SSK", "diarienummer")
    journal.join(9, "upp-", "drag", "uppdrag", "bindestreck borttaget")
    journal.join(3, "stöd-", "jande", "stödjande", "bindestreck borttaget")
    journal.decision(4, "Ett beslut.")
    report = small_report(journal, ["rad 1: sidhuvud 2"])
    assert (
        "## Där kapitlet Åtgärder och Bilaga 1 skiljer sig åt\n\n"
        "Jämförda efter samma normalisering på båda sidor (rader sammanfogade med ett "
        "mellanslag, avstavning vid radslut lagad). Där de skiljer sig behåller åtgärden "
        "kapitlets lydelse och `appendix` sparar Bilaga 1:s.\n\n"
        "### Åtgärder som bara finns på ena sidan (0)\n\n- inga\n\n"
    ) in report
    assert (
        "### Hur sidorna kontrollerades\n\n"
        "Kapitlets sida för varje stycke räknas från de tryckta sidhuvudena och PDF-textens "
        "sidbrytningar (en rad som börjar med ett enda mellanslag eller en sidmatning):\n\n"
        "- rad 1: sidhuvud 2\n\n"
    ) in report
    assert (
        "## Sammanfogningar vid radslut\n\n"
        "Raderna inom ett stycke sammanfogas med ett mellanslag. En rad som slutar med "
        "bindestreck sammanfogas utan bindestrecket, utom före en konjunktion (och/eller/samt: "
        "bindestrecket och ett mellanslag står kvar, “informations- och”) och efter en förkortning "
        "eller ett kort förled (NIS, it, IT, e, EU: bindestrecket står kvar, "
        "“NIS-tillsynsmyndigheterna”). Ett diarienummer som bryts efter ett snedstreck sammanfogas "
        "utan mellanslag. Listade: varje sammanfogning i texten som lästs från kapitlet och från "
        "Bilaga 1 (också Bilaga 1:s rubriker och myndighetstexter som bara jämförs med kapitlets) "
        "och från kapitlet Uppföljning och de löpande kapitlen (Sammanfattning, Introduktion, "
        "Myndigheternas arbete med handlingsplanen, Extern samverkan, Slutord); sammanfogningar i "
        "strategilistan och översikten, som bara läses för att kontrollera, listas inte.\n\n"
        "### Inte självklara (2)\n\n"
        "| rad | radens slut | nästa rads början | resultat | regel |\n|---:|---|---|---|---|\n"
        "| 5 | `Ju2018/` | `SSK` | `Ju2018/SSK` | diarienummer |\n"
        "| 7 | `NIS-` | `direktivet` | `NIS-direktivet` | bindestreck kvar |\n\n"
        "### Vanliga stavelsebrytningar, bindestreck borttaget (2)\n\n"
        "3: stöd-|jande → stödjande; 9: upp-|drag → uppdrag\n\n"
    ) in report
    assert (
        "## Beslut\n\n### Var rubrikerna på raderna Genomförda/Avskrivna slutar\n\n"
        "Bilaga 1 trycker rubriken och beskrivningen för en avslutad åtgärd i en och samma kolumn "
        "utan avskiljare. Inläsningen tar den rubrik som planen som läses in i har för åtgärden, "
        "annars den rubrik som gavs till inläsningen (`--closed-titles`: en fil med rubriker som "
        "en person läst av i redovisningen, med deras ursprung), och kontrollerar att den tryckta "
        "texten börjar med den.\n\n| nummer |"
    ) in report
    assert (
        "### Registret\n\n"
        "Myndighetsregistret är bibliotekets standardregister (de sju SAMFI-myndigheterna och de "
        "andra myndigheter som planens källor nämner); SAMFI-myndigheterna kontrolleras mot "
        "redovisningens Sammanfattning och Regeringens beslut.\n\n| kortnamn |"
    ) in report
    assert (
        "### Andra beslut\n\n"
        "- Avskrivna åtgärder: skälet är det sista stycket i kolumnen Åtgärd.\n"
        "- Blanktecken: tabbar, em- och en-mellanslag, smala och hårda mellanslag läses som vanliga "
        "mellanslag; flera mellanslag i följd slås ihop och raderna trimmas; radslut (LF, CRLF, "
        "CR) och sidmatningar är layout. Lydelsen inom en tryckt rad ändras aldrig, så tryckta "
        "egenheter står kvar (se nedan).\n"
        "- Genomförda/avskrivna åtgärder: rubrik, beskrivning och myndighetstext som Bilaga 1 "
        "trycker dem; period och sida null (inte tryckta).\n"
        "- Nummer, perioder, myndighetsfraser, statusar och kapitlets markeringar tolkas av kärnan "
        "(`MeasureId`, `ObjectiveId`, `Period`, `Agencies`, `Status`).\n"
        "- Ett beslut.\n\n### Tryckta egenheter"
    ) in report
    assert (
        "Aktuella åtgärder per prioritering och status:\n\n"
        "| prioritering | pågående | ny | uppdaterad: tidplan | uppdaterad: innehåll | "
        "uppdaterad: tidplan och innehåll | aktuella | genomförda | avskrivna |\n"
    ) in report
    assert (
        "\n\nAktuella åtgärder per myndighet (ansvarig / andra roller):\n\n| myndighet |" in report
    )
