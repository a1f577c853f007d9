"""readers/_text.py: a source's text as every reader takes it. A text file is read as UTF-8,
exactly; a file that is not UTF-8 or holds a NUL is a DataError naming the byte or the line (in
both languages); a file larger than the bound, a missing file or one that is no regular file is
a FileError; a PDF goes through pdftotext."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan.readers import _text
from handlingsplan.readers._text import MAX_SOURCE_BYTES, read_text


def test_a_text_file_is_read_as_utf8_exactly(tmp_path: Path) -> None:
    text = "Åtgärder\r\n\f 1.1.2 Säkerställa – i tid\n\u00a0\n"
    path = tmp_path / "r.txt"
    path.write_bytes(text.encode("utf-8"))
    assert read_text(path) == text


def test_text_that_is_not_utf8_is_refused_at_its_first_wrong_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    # "ab\n" is three bytes; the Latin-1 "ä" is the fourth, and not UTF-8.
    path.write_bytes("ab\nä och ö".encode("latin-1"))
    with pytest.raises(hp.DataError) as raised:
        read_text(path)
    error = raised.value
    assert str(error) == f"{path}: byte 4: the text is not UTF-8"
    assert (error.source, error.where, error.problem) == (
        str(path),
        "byte 4",
        "the text is not UTF-8",
    )
    assert error.swedish_problem == "texten är inte UTF-8"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("\0", 1),
        ("a\0", 1),
        # An empty first line: the line is counted from the text's first character.
        ("\nb\0", 2),
        ("a\n\nc\0d\ne\0", 3),
    ],
)
def test_a_nul_is_refused_at_the_line_of_the_first(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(hp.DataError) as raised:
        read_text(path)
    error = raised.value
    problem = "the text holds a NUL character; it is no text"
    assert str(error) == f"{path}: line {line}: {problem}"
    assert (error.source, error.where, error.problem) == (str(path), f"line {line}", problem)
    assert error.swedish_problem == "texten har ett NUL-tecken; den är ingen text"


def test_a_file_up_to_the_bound_is_read_and_a_larger_one_refused(tmp_path: Path) -> None:
    path = tmp_path / "large.txt"
    with path.open("wb") as file:
        file.truncate(MAX_SOURCE_BYTES)
    # Read (a file of zero bytes, refused for its first NUL, not for its size).
    with pytest.raises(hp.DataError, match="NUL"):
        read_text(path)
    with path.open("ab") as file:
        file.write(b"x")
    with pytest.raises(hp.FileError) as raised:
        read_text(path)
    assert raised.value.filename == str(path)


def test_the_bound_is_64_mebibytes() -> None:
    # The documented bound (the 2021 report's PDF is about 1 MB, its text about 200 kB).
    assert MAX_SOURCE_BYTES == 64 * 1024 * 1024


def test_a_missing_file_and_a_folder_are_file_errors(tmp_path: Path) -> None:
    for path in (tmp_path / "nothing.txt", tmp_path):
        with pytest.raises(hp.FileError) as raised:
            read_text(path)
        assert raised.value.filename == str(path)


def test_a_fifo_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    with pytest.raises(hp.FileError, match="not a regular file") as raised:
        read_text(fifo)
    assert raised.value.filename == str(fifo)


def test_a_pdf_goes_to_pdftotext_and_anything_else_is_read_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Path] = []

    def converted(path: Path) -> str:
        asked.append(path)
        return "the PDF's text"

    monkeypatch.setattr(_text, "pdf_text", converted)
    pdf = tmp_path / "r.txt"
    pdf.write_bytes(b"%PDF-1.7\n\xff\x00")
    text = tmp_path / "r.pdf"
    text.write_bytes(b"%PDF 1.7")
    assert read_text(pdf) == "the PDF's text" and asked == [pdf]
    assert read_text(text) == "%PDF 1.7" and asked == [pdf]
