"""How `render.pdf` runs LibreOffice and refuses what it cannot use, with a stand-in for
LibreOffice (a shell script) so that each way of failing is met on purpose: LibreOffice missing,
failing, too slow, writing something other than a PDF. Each refusal names the document and says
why in Swedish for the command line, and leaves the target as it was. And how a Word document
is readied for print (`prepare_for_pdf`), on documents built in the test."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

import handlingsplan as hp
from handlingsplan._swedish_cli import error_text
from handlingsplan.render import pdf

OLD = b"the earlier file"


def office(tmp_path: Path, body: str) -> str:
    """A stand-in for soffice running `body` (a shell script's lines) with its arguments; it
    records them in args.txt, one per line."""
    script = tmp_path / "soffice"
    record = tmp_path / "args.txt"
    script.write_text(
        f'#!/bin/sh\nprintf "%s\\n" "$@" > "{record}"\nprintf "%s" "$HOME" > "{record}.home"\n'
        f"{body}\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return str(script)


WRITES_PDF = (
    'while [ "$1" != "--outdir" ]; do shift; done\n'
    'mkdir -p "$2"; printf "%%PDF-1.7 stand-in" > "$2/$(basename "$3" .docx).pdf"'
)


@pytest.fixture
def document(tmp_path: Path) -> Path:
    source = tmp_path / "bilaga.docx"
    source.write_bytes(b"not read by the stand-in")
    return source


def convert(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, source: Path) -> Path:
    monkeypatch.setattr(pdf.shutil, "which", lambda name: office(tmp_path, body))
    target = tmp_path / "ut.pdf"
    target.write_bytes(OLD)
    pdf.docx_to_pdf(source, target)
    return target


def test_libreoffice_is_run_headless_with_a_profile_of_its_own_and_the_export_filter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: Path
) -> None:
    target = convert(tmp_path, monkeypatch, WRITES_PDF, document)
    assert target.read_bytes() == b"%PDF-1.7 stand-in"
    args = (tmp_path / "args.txt").read_text(encoding="utf-8").splitlines()
    assert args[0].startswith("-env:UserInstallation=file:///") and args[0].endswith("/profile")
    assert args[1:3] == ["--headless", "--norestore"]
    assert args[3] == "--convert-to"
    kind, name, options = args[4].split(":", 2)
    assert (kind, name) == ("pdf", "writer_pdf_Export")
    assert json.loads(options) == {
        "SelectPdfVersion": {"type": "long", "value": "2"},
        "UseTaggedPDF": {"type": "boolean", "value": "true"},
        "PDFUACompliance": {"type": "boolean", "value": "true"},
        "DisplayPDFDocumentTitle": {"type": "boolean", "value": "true"},
        "ExportBookmarks": {"type": "boolean", "value": "true"},
    }
    assert args[5] == "--outdir" and args[6].endswith("/out")
    assert args[7] == str(document)
    # The options as one compact argument, as LibreOffice's --convert-to takes them.
    assert args[4] == (
        'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},'
        '"UseTaggedPDF":{"type":"boolean","value":"true"},'
        '"PDFUACompliance":{"type":"boolean","value":"true"},'
        '"DisplayPDFDocumentTitle":{"type":"boolean","value":"true"},'
        '"ExportBookmarks":{"type":"boolean","value":"true"}}'
    )
    # A folder of its own, named for the library, is LibreOffice's home and holds its profile
    # and output.
    work = Path(args[6]).parent
    assert work.name.startswith("handlingsplan-pdf-")
    assert args[0] == f"-env:UserInstallation={(work / 'profile').as_uri()}"
    assert (tmp_path / "args.txt.home").read_text(encoding="utf-8") == str(work)
    assert not work.exists()  # removed afterwards


def test_libreoffice_is_found_by_either_name(monkeypatch: pytest.MonkeyPatch) -> None:
    found = {"libreoffice": "/opt/lo/libreoffice"}
    monkeypatch.setattr(pdf.shutil, "which", found.get)
    assert pdf._office() == "/opt/lo/libreoffice"
    found["soffice"] = "/usr/bin/soffice"
    assert pdf._office() == "/usr/bin/soffice"


def test_libreoffice_missing_is_said_in_swedish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: Path
) -> None:
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    with pytest.raises(hp.FileError) as raised:
        pdf.docx_to_pdf(document, tmp_path / "ut.pdf")
    assert raised.value.errno == errno.ENOENT
    assert raised.value.strerror == (
        "LibreOffice (soffice) is not installed; scripts/install-system-deps.sh installs it"
    )
    assert error_text(raised.value) == (
        "soffice: LibreOffice (soffice) är inte installerat; "
        "scripts/install-system-deps.sh installerar det"
    )


def test_a_failing_libreoffice_is_refused_with_what_it_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: Path
) -> None:
    with pytest.raises(hp.FileError) as raised:
        convert(tmp_path, monkeypatch, "echo 'Error: source file could not be loaded' >&2; exit 1",
                document)  # fmt: skip
    assert raised.value.errno == errno.EIO
    assert raised.value.strerror == (
        "LibreOffice could not convert the document: Error: source file could not be loaded"
    )
    assert error_text(raised.value) == (
        f"{document}: LibreOffice kunde inte omvandla dokumentet: "
        "Error: source file could not be loaded"
    )
    assert (tmp_path / "ut.pdf").read_bytes() == OLD


@pytest.mark.parametrize("code", [81, 0], ids=["silent failure", "no PDF written"])
def test_a_run_without_a_pdf_or_a_message_gives_its_exit_code(
    code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: Path
) -> None:
    with pytest.raises(hp.FileError) as raised:
        convert(tmp_path, monkeypatch, f"exit {code}", document)
    assert error_text(raised.value).endswith(
        f"LibreOffice kunde inte omvandla dokumentet: exit {code}"
    )


def test_output_that_is_not_a_pdf_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: Path
) -> None:
    writes_html = WRITES_PDF.replace("%%PDF-1.7 stand-in", "<html>")
    with pytest.raises(hp.FileError) as raised:
        convert(tmp_path, monkeypatch, writes_html, document)
    assert raised.value.errno == errno.EIO
    assert raised.value.strerror == "LibreOffice's output is not a PDF"
    assert error_text(raised.value) == f"{document}: det LibreOffice skrev är ingen PDF"
    assert (tmp_path / "ut.pdf").read_bytes() == OLD


def test_a_libreoffice_too_slow_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: Path
) -> None:
    monkeypatch.setattr(pdf, "TIMEOUT_SECONDS", 1)
    with pytest.raises(hp.FileError) as raised:
        convert(tmp_path, monkeypatch, "exec sleep 30", document)
    assert raised.value.errno == errno.ETIMEDOUT
    assert raised.value.strerror == "LibreOffice took more than 1 s"
    assert error_text(raised.value) == f"{document}: LibreOffice tog längre tid än 1 s"
    assert (tmp_path / "ut.pdf").read_bytes() == OLD


def test_a_target_that_cannot_be_written_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: Path
) -> None:
    monkeypatch.setattr(pdf.shutil, "which", lambda name: office(tmp_path, WRITES_PDF))
    target = tmp_path / "saknad-mapp" / "ut.pdf"
    with pytest.raises(hp.FileError) as raised:
        pdf.docx_to_pdf(document, target)
    assert raised.value.filename == str(target)
    assert raised.value.errno == errno.ENOENT
    assert raised.value.strerror == os.strerror(errno.ENOENT)


def test_a_message_not_in_utf_8_is_shown_with_replacement_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: Path
) -> None:
    with pytest.raises(hp.FileError) as raised:
        convert(tmp_path, monkeypatch, "printf 'fel \\377 i fil' >&2; exit 1", document)
    assert raised.value.strerror == "LibreOffice could not convert the document: fel \ufffd i fil"


def prepared(tmp_path: Path, *texts: str, cells: tuple[str, ...] = ()) -> Document:
    """A Word document of a paragraph per text and a table of one row of `cells` (each cell a
    paragraph per line), readied by `prepare_for_pdf` and read back."""
    document = Document()
    for text in texts:
        document.add_paragraph(text)
    if cells:
        row = document.add_table(rows=1, cols=len(cells)).rows[0]
        for cell, text in zip(row.cells, cells, strict=True):
            first, *rest = text.split("\n")
            cell.paragraphs[0].add_run(first)
            for line in rest:
                cell.add_paragraph(line)
    path = tmp_path / "dokument.docx"
    document.save(str(path))
    pdf.prepare_for_pdf(path)
    return Document(str(path))


def test_a_hyphen_a_word_follows_does_not_break_a_line(tmp_path: Path) -> None:
    (paragraph,) = prepared(tmp_path, "it-säkerhet, covid-19 och -tjänster").paragraphs
    assert paragraph.text == "it\u2011säkerhet, covid\u201119 och \u2011tjänster"


def test_a_suspended_hyphen_stays_with_its_conjunction(tmp_path: Path) -> None:
    texts = ["informations- och cybersäkerhet", "tid- eller frekvens", "drift- samt underhåll",
             "slut- punkt", "bindestreck -"]  # fmt: skip
    assert [p.text for p in prepared(tmp_path, *texts).paragraphs] == [
        "informations-\u00a0och cybersäkerhet",
        "tid-\u00a0eller frekvens",
        "drift-\u00a0samt underhåll",
        "slut- punkt",
        "bindestreck -",
    ]


def test_a_marking_is_never_broken(tmp_path: Path) -> None:
    texts = ["Ny åtgärd", "Uppdaterad", "Åtgärden är ny åtgärd"]
    assert [p.text for p in prepared(tmp_path, *texts).paragraphs] == [
        "Ny\u00a0åtgärd",
        "Uppdaterad",
        "Åtgärden är ny åtgärd",
    ]


def test_paragraphs_within_a_cell_are_set_apart_and_their_text_readied(tmp_path: Path) -> None:
    document = prepared(tmp_path, cells=("första\nandra\ntredje", "ensam it-stöd"))
    many, alone = document.tables[0].rows[0].cells
    spaces = [p.paragraph_format.space_after for p in many.paragraphs]
    assert spaces == [Pt(8), Pt(8), None]  # between paragraphs, not after the last
    assert [p.paragraph_format.space_after for p in alone.paragraphs] == [None]
    assert alone.paragraphs[0].text == "ensam it\u2011stöd"


def test_a_document_with_nothing_to_ready_keeps_its_text(tmp_path: Path) -> None:
    (paragraph,) = prepared(tmp_path, "Inget bindestreck här").paragraphs
    assert paragraph.text == "Inget bindestreck här"


def test_a_target_folder_holding_the_pdf_already_is_refused_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: Path
) -> None:
    """A folder as the target takes the PDF in under its own name, unless one is there: the
    refusal (an OSError without an errno of its own) keeps the system's words."""
    monkeypatch.setattr(pdf.shutil, "which", lambda name: office(tmp_path, WRITES_PDF))
    folder = tmp_path / "mapp"
    folder.mkdir()
    (folder / "bilaga.pdf").write_bytes(OLD)
    with pytest.raises(hp.FileError) as raised:
        pdf.docx_to_pdf(document, folder)
    assert raised.value.errno == errno.EIO
    assert "already exists" in raised.value.strerror
    assert (folder / "bilaga.pdf").read_bytes() == OLD
