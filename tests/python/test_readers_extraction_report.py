"""The importer's journal and the extraction report (readers/extraction_report.py) in Swedish
(issue 20, "one language for the coordinator"): no English prose in the 2021 import's journal or
report, and the sections composed from a constructed journal, word for word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import handlingsplan as hp
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
