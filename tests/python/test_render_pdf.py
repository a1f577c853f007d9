"""Tests of handlingsplan.render.pdf: the report's PDF reads like print and is accessible and
archival. Read back independently: pdftotext's raw text (the lines as set, a word broken at a
line's end with its hyphen), pyphen's Swedish hyphenation patterns to judge each break, pdffonts
for the fonts, pikepdf for the tags, the language, the title and the PDF/A identification."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pyphen
import pytest

import handlingsplan as hp

SUSPENDED = {"och", "eller", "samt"}  # "informations- och": the hyphen is the writer's own
_WORD = re.compile(r"[\wåäöÅÄÖ][\w\-åäöÅÄÖ]*")


def raw_lines(pdf: Path) -> list[str]:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-raw", str(pdf), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return [line.strip() for line in done.stdout.decode("utf-8").splitlines()]


def vocabulary(plan: hp.Plan, year: int) -> set[str]:
    """Every word the report's texts hold, as written (hyphens of their own included)."""
    texts = [plan.title]
    for measure in plan.report(year).measures():
        texts += [measure.title, measure.description or "", measure.agencies.text]
    texts += [agency.name for agency in plan.agencies]
    return {word for text in texts for word in _WORD.findall(text)}


def agency_words(plan: hp.Plan) -> set[str]:
    return {
        word.lower()
        for agency in plan.agencies
        for name in (agency.name, agency.short_name)
        for word in _WORD.findall(name)
    }


def line_breaks(lines: list[str]) -> Iterator[tuple[str, str, bool]]:
    """(end of a line's last word, start of the next line's first word, hyphen at the end)."""
    for line, following in zip(lines, lines[1:], strict=False):
        if not line or not following:
            continue
        last = line.split()[-1]
        first = following.split()[0]
        hyphen = last.endswith(("-", "\u00ad")) and len(last) > 1
        yield last.rstrip("-\u00ad"), first.rstrip(".,:;)"), hyphen


def bad_breaks(lines: list[str], plan: hp.Plan, year: int) -> list[str]:
    """The line-end breaks inside a word that are neither at a hyphen of the text's own nor at
    a Swedish hyphenation point, and any break inside an agency's name."""
    words = vocabulary(plan, year)
    agencies = agency_words(plan)
    swedish = pyphen.Pyphen(lang="sv_SE")
    bad = []
    for left, right, hyphen in line_breaks(lines):
        piece = left.split("-")[-1]
        joined = piece + right
        if hyphen:
            if right in SUSPENDED or f"{left}-{right}" in words:
                continue  # the text's own hyphen
            allowed = len(piece) in swedish.positions(joined.lower())
            if not allowed or joined.lower().strip(",") in agencies:
                bad.append(f"{left}-|{right}")
        elif joined in words and piece not in words and right not in words:
            bad.append(f"{left}|{right}")  # broken without a hyphen
    return bad


@pytest.fixture(scope="module")
def plan_2022(prepared_2022: hp.Plan) -> hp.Plan:
    return prepared_2022


def test_the_checker_finds_the_breaks_that_are_not_allowed(plan_2022: hp.Plan) -> None:
    lines = ["ställt till Försv-", "arsmakten i", "och Försvars-", "makten", "stärka cyber-"]
    lines += ["säkerheten i", "kontr-", "aktsskrivande", "informations-", "och cyber", "inom it-"]
    lines += ["säkerhet och", "Säkerhets", "polisen"]
    assert bad_breaks(lines, plan_2022, 2022) == [
        "Försv-|arsmakten",  # not a Swedish hyphenation point
        "Försvars-|makten",  # one, but inside an agency's name
        "kontr-|aktsskrivande",
        "Säkerhets|polisen",  # a word broken without a hyphen
    ]


def test_no_word_of_the_report_breaks_but_at_a_hyphen(plan_2022: hp.Plan, pdf_2022: Path) -> None:
    assert bad_breaks(raw_lines(pdf_2022), plan_2022, 2022) == []


def test_no_word_of_bilaga_1_alone_breaks_but_at_a_hyphen(
    plan_2022: hp.Plan, bilaga_pdf_2022: Path
) -> None:
    assert bad_breaks(raw_lines(bilaga_pdf_2022), plan_2022, 2022) == []


def test_the_years_of_the_plan_stay_together(pdf_2022: Path) -> None:
    lines = raw_lines(pdf_2022)
    assert not [line for line in lines if line.endswith("2019–")]
    assert any(line.endswith("handlingsplan 2019–2022") for line in lines[:4])


def fonts(pdf: Path) -> list[tuple[str, str]]:
    """(name, embedded) per font of pdffonts's table."""
    done = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True, timeout=60)
    rows = done.stdout.decode("utf-8").splitlines()[2:]
    return [(row.split()[0], row.split()[-5]) for row in rows]


@pytest.mark.parametrize("name", ["pdf_2022", "bilaga_pdf_2022", "pdf_2021"])
def test_every_font_is_embedded_and_the_chosen_one(
    name: str, request: pytest.FixtureRequest
) -> None:
    found = fonts(request.getfixturevalue(name))
    assert found and all(embedded == "yes" for _, embedded in found)
    families = {font.split("+")[-1].split("-")[0] for font, _ in found}
    assert families <= {"Carlito", "Caladea"}
    assert "Carlito" in families


def structure(pdf: pikepdf.Pdf) -> Iterator[str]:
    """The structure elements' types, depth first."""
    stack = [pdf.Root.StructTreeRoot]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Dictionary):
            if "/S" in node:
                yield str(node.S)
            kids = node.get("/K")
            if isinstance(kids, pikepdf.Array):
                stack.extend(reversed(list(kids)))
            elif isinstance(kids, pikepdf.Dictionary):
                stack.append(kids)


@pytest.mark.parametrize("name", ["pdf_2022", "bilaga_pdf_2022"])
def test_the_pdf_is_tagged_archival_swedish_and_titled(
    name: str, request: pytest.FixtureRequest
) -> None:
    with pikepdf.open(request.getfixturevalue(name)) as pdf:
        assert pdf.Root.MarkInfo.Marked is True
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.Root.Lang) == "sv-SE"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        assert str(pdf.docinfo.Title).startswith(("Åtgärder, redovisningen", "Bilaga 1"))
        metadata = pdf.open_metadata()
        assert metadata.get("pdfaid:part") == "2"
        types = list(structure(pdf))
    assert {"/Table", "/TR", "/TH", "/TD"} <= set(types)
    assert any(re.fullmatch(r"/H\d?", kind) for kind in types)
    # Every table's first row is its header row.
    assert types.count("/TH") >= types.count("/Table") * 4
