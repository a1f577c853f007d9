"""The importer of the activities document (``handlingsplan.activities.reader``) on small
documents built here: what it reads, and each refusal with its exact line, message and fields.
The shipped document itself is checked in test_activities.py."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan import _core
from handlingsplan.activities import read_activities, read_activities_file

PRIORITIES = [
    _core.Priority(1, "Stärka skyddet av samhällsviktig verksamhet", []),
    _core.Priority(2, "Stärka förmågan att förebygga", []),
    _core.Priority(3, "Öka kunskapen om it-säkerhet", []),
]

DOCUMENT = """Översikt över regeringens aktiviteter

En inledning, som inte läses.

Stärka skyddet
Pågående aktiviteter
 • Regeringen gav i uppdrag till MSB att utreda saken (Ju2019/03058/SSK).

  • Ett uppdrag som ska redovisas senast den 1 mars 2021.
Avslutade aktiviteter
 • Regeringen beslutade om förordningen den 12 juli 2018.
Öka kunskapen om it-säkerhet
Avslutade aktiviteter
 • Dir. 2019:64 beslutades.
"""


def _refusal(text: str) -> hp.ParseError:
    with pytest.raises(hp.ParseError) as caught:
        read_activities(text, priorities=PRIORITIES, source="akt.txt")
    return caught.value


def test_a_small_document_read_in_order() -> None:
    read = read_activities(DOCUMENT, priorities=PRIORITIES)
    assert [(a.priority, a.state_text) for a in read] == [
        (1, "pågående"),
        (1, "pågående"),
        (1, "avslutad"),
        (3, "avslutad"),
    ]
    assert read[0].text == (
        "Regeringen gav i uppdrag till MSB att utreda saken (Ju2019/03058/SSK)."
    )
    assert [str(n) for n in read[0].case_numbers] == ["Ju2019/03058/SSK"]
    assert read[1].text == "Ett uppdrag som ska redovisas senast den 1 mars 2021."
    assert read[3].text == "Dir. 2019:64 beslutades."
    # A heading that is the whole title names its priority too.
    whole = DOCUMENT.replace("Stärka skyddet\n", "Stärka skyddet av samhällsviktig verksamhet\n")
    assert read_activities(whole, priorities=PRIORITIES) == read


def test_a_refusal_names_the_source_line_found_and_expected() -> None:
    error = _refusal(
        DOCUMENT.replace(" • Ett uppdrag som ska redovisas senast den 1 mars 2021.", " •")
    )
    assert str(error) == (
        "akt.txt, line 9: expected the text of an activity after the bullet, found '•'"
    )
    assert (error.kind, error.input, error.expected) == (
        "activities document",
        "•",
        "the text of an activity after the bullet",
    )


def test_the_default_source_is_text() -> None:
    with pytest.raises(hp.ParseError, match=r"^<text>, line 1: expected a priority's heading"):
        read_activities("Pågående aktiviteter\n • x\n", priorities=PRIORITIES)


def test_a_long_line_is_shown_cut_to_80_characters() -> None:
    long = "x" * 81
    error = _refusal(DOCUMENT.replace("Avslutade aktiviteter\n •", f"{long}\n •", 1))
    assert str(error).endswith(f"found '{'x' * 80}…'")
    assert error.input == long
    exact = "y" * 80
    error = _refusal(DOCUMENT.replace("Avslutade aktiviteter\n •", f"{exact}\n •", 1))
    assert str(error).endswith(f"found '{exact}'")


def test_a_stray_line_under_a_priority() -> None:
    error = _refusal(DOCUMENT.replace("Avslutade aktiviteter\n •", "En rad\n •", 1))
    assert str(error) == (
        'akt.txt, line 10: expected a bullet ("•"), a section heading or a priority\'s '
        "heading, found 'En rad'"
    )


def test_a_section_before_any_priority() -> None:
    error = _refusal("\n\nPågående aktiviteter\n • Något.\n")
    assert str(error) == (
        "akt.txt, line 3: expected a priority's heading before the first section, "
        "found 'Pågående aktiviteter'"
    )


def test_a_section_twice_under_one_priority() -> None:
    text = DOCUMENT.replace("Avslutade aktiviteter\n •", "Pågående aktiviteter\n •", 1)
    error = _refusal(text)
    assert str(error) == (
        "akt.txt, line 10: expected each section once per priority, found 'Pågående aktiviteter'"
    )
    # The same section under another priority is no repetition.
    other = DOCUMENT.replace("Öka kunskapen om it-säkerhet\nAvslutade", "Stärka förmågan\nPågående")
    assert [a.priority for a in read_activities(other, priorities=PRIORITIES)] == [1, 1, 1, 2]


def test_a_bullet_before_any_section() -> None:
    error = _refusal("Översikt\n • Något.\n")
    assert str(error) == (
        'akt.txt, line 2: expected a bullet only under "Pågående aktiviteter" or '
        "\"Avslutade aktiviteter\", found '• Något.'"
    )


def test_an_activity_the_core_cannot_read_names_its_line() -> None:
    text = DOCUMENT.replace("den 12 juli 2018", "den 31 juni 2018")
    error = _refusal(text)
    assert str(error).startswith("akt.txt, line 11: expected ")
    assert error.input == "Regeringen beslutade om förordningen den 31 juni 2018."
    assert isinstance(error.__cause__, hp.ParseError)
    assert error.expected == str(error.__cause__)


def test_a_heading_that_names_no_priority_or_several() -> None:
    error = _refusal(DOCUMENT.replace("Stärka skyddet\n", "Stärka skydet av samhället\n"))
    assert str(error) == (
        "akt.txt, line 5: expected one strategic priority's title; did you mean "
        "\"Stärka skyddet av samhällsviktig verksamhet\"?, found 'Stärka skydet av samhället'"
    )
    # The first letters of a title's word are no words of the title.
    error = _refusal(DOCUMENT.replace("Stärka skyddet\n", "Stärka skyd\n"))
    assert str(error).startswith("akt.txt, line 5: expected one strategic priority's title")
    # Nothing near: no hint.
    error = _refusal(DOCUMENT.replace("Stärka skyddet\n", "Helt annat\n"))
    assert error.expected == "one strategic priority's title"
    # The first word of two titles.
    error = _refusal(DOCUMENT.replace("Stärka skyddet\n", "Stärka\n"))
    assert error.expected == "a heading that names one priority only"
    assert str(error) == (
        "akt.txt, line 5: expected a heading that names one priority only, found 'Stärka'"
    )


def test_a_document_without_activities_names_its_last_line() -> None:
    error = _refusal("Översikt\n\nInledning.\n\n")
    assert str(error) == (
        "akt.txt, line 4: expected at least one priority with its activities, found ''"
    )
    error = _refusal("Översikt\nStärka skyddet\nPågående aktiviteter\n")
    assert str(error).startswith("akt.txt, line 3: expected at least one priority")


def test_a_file_is_read_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "aktiviteter.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    read = read_activities_file(path, priorities=PRIORITIES)
    assert read == read_activities(DOCUMENT, priorities=PRIORITIES)
    path.write_text(DOCUMENT.replace("Stärka skyddet\n", "Stärka\n"), encoding="utf-8")
    with pytest.raises(hp.ParseError, match=rf"^{path}, line 5: "):
        read_activities_file(str(path), priorities=PRIORITIES)


def test_a_file_not_utf8_names_the_line_of_the_first_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(DOCUMENT.encode("utf-8").replace("säkerhet".encode(), b"s\xe4kerhet"))
    with pytest.raises(hp.ParseError) as caught:
        read_activities_file(path, priorities=PRIORITIES)
    assert str(caught.value) == f"{path}, line 12: expected UTF-8 text, found '(bytes)'"
    path.write_bytes(b"\xff")
    with pytest.raises(hp.ParseError, match=r", line 1: expected UTF-8 text"):
        read_activities_file(path, priorities=PRIORITIES)


def test_a_missing_file_is_a_file_error(tmp_path: Path) -> None:
    path = tmp_path / "saknas.txt"
    with pytest.raises(hp.FileError) as caught:
        read_activities_file(path, priorities=PRIORITIES)
    assert caught.value.errno == errno.ENOENT
    assert caught.value.filename == str(path)
    assert caught.value.strerror
