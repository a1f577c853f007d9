"""The Markdown front end of an assignment page (`handlingsplan.readers.assignment`): where a
refusal points (line, what was found, cut at 80 characters), which year dates a decision day
written without one, when a string is a path, and that a registry given is the one used. The
expected texts are written here from the module's documented wording."""

from __future__ import annotations

from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan._swedish_cli import error_text
from handlingsplan.readers.assignment import read_assignment, read_assignment_text

TITLE = 'a title line ("# Uppdrag till …")'
PAGE = (
    "# Uppdrag till Myndigheten för samhällsskydd och beredskap\n"
    "Regeringen gav den 23 oktober MSB i uppdrag att göra en översyn. "
    "Uppdraget ska redovisas senast den 1 mars 2026."
)


def refusal(text: str, source: str = "<text>") -> hp.ParseError:
    with pytest.raises(hp.ParseError) as caught:
        read_assignment_text(text, source)
    return caught.value


def decided(activity: hp.GovernmentActivity) -> str:
    (event,) = [e for e in activity.events if e.kind_text == "beslutad"]
    return event.when.to_iso()


def test_an_empty_page_is_refused_at_line_1() -> None:
    error = refusal("", "sida.md")
    assert str(error) == f"sida.md, line 1: not an assignment page: expected {TITLE}, found ''"
    assert (error.kind, error.expected, error.input) == ("assignment page", TITLE, "")
    # The command line's words: what it expected, in Swedish.
    assert error_text(error) == (
        'sida.md, rad 1: ingen uppdragssida "": ska vara en rubrikrad ("# Uppdrag till …")'
    )


def test_a_page_without_a_title_line_is_refused_where_its_text_begins() -> None:
    error = refusal("\n\nUppdrag till MSB\nText.")
    assert str(error) == (
        f"<text>, line 3: not an assignment page: expected {TITLE}, found 'Uppdrag till MSB'"
    )


def test_what_was_found_is_cut_at_80_characters() -> None:
    exactly = "x" * 80
    assert str(refusal(exactly)).endswith(f"found '{exactly}'")
    assert str(refusal("w" * 81)).endswith(f"found '{'w' * 80}…'")
    longer = "y" * 80 + "z" * 20
    assert str(refusal(longer)).endswith(f"found '{'y' * 80}…'")


def test_the_cores_refusal_names_the_title_line() -> None:
    error = refusal("\n\n# Utbetalning av medel\n\nRegeringen betalar ut medel.")
    assert str(error).startswith("<text>, line 3: not an assignment page: expected an assignment")
    assert str(error).endswith("found 'Utbetalning av medel'")
    # The core's Swedish expectation is kept for the command line.
    assert error_text(error).startswith(
        '<text>, rad 3: ingen uppdragssida "Utbetalning av medel": ska vara ett uppdrag: en titel'
    )


def test_the_first_line_after_the_title_is_read() -> None:
    activity = read_assignment_text(PAGE, year=2024)
    assert [e.when.to_iso() for e in activity.deadlines()] == ["2026-03-01"]
    assert activity.source == "<text>"


def test_a_year_given_dates_the_decision_before_the_source_does() -> None:
    assert decided(read_assignment_text(PAGE, "regeringsuppdrag/2025/10/x", year=2024)) == (
        "2024-10-23"
    )
    assert decided(read_assignment_text(PAGE, "regeringsuppdrag/2025/10/x")) == "2025-10-23"


def test_a_file_given_by_a_string_path_is_read_and_dated_by_its_name(tmp_path: Path) -> None:
    page = tmp_path / "2023-10-uppdrag.md"
    page.write_text(PAGE, encoding="utf-8")
    activity = read_assignment(str(page))
    assert activity.source == str(page) and decided(activity) == "2023-10-23"
    # An address given is the source and dates the page; a year given wins over both.
    address = "https://www.regeringen.se/regeringsuppdrag/2022/10/uppdrag/"
    assert decided(read_assignment(page, address=address)) == "2022-10-23"
    assert read_assignment(page, address=address).source == address
    assert decided(read_assignment(page, address=address, year=2021)) == "2021-10-23"
    assert decided(read_assignment(page, year=2020)) == "2020-10-23"


def test_text_that_ends_in_md_is_text_when_it_has_lines() -> None:
    activity = read_assignment(PAGE + "\nSe bilaga.md", year=2024)
    assert activity.source == "<text>" and decided(activity) == "2024-10-23"


def test_the_registry_given_is_the_one_that_reads_the_agencies(tmp_path: Path) -> None:
    page = "# Uppdrag till Skatteverket\nRegeringen ger Skatteverket i uppdrag att göra X."
    registry = hp.AgencyRegistry([hp.Agency(short_name="SKV", name="Skatteverket")])
    assert [a.name for a in read_assignment_text(page, registry=registry).agencies] == ["SKV"]
    assert [a.name for a in read_assignment(page, registry=registry).agencies] == ["SKV"]
    file = tmp_path / "skv.md"
    file.write_text(page, encoding="utf-8")
    assert [a.name for a in read_assignment(file, registry=registry).agencies] == ["SKV"]
    # Without it, the standard registry does not know the agency: its name is kept as printed.
    assert [a.name for a in read_assignment_text(page).agencies] == ["Skatteverket"]
