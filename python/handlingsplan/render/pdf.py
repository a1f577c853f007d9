"""Word documents as PDF, through LibreOffice headless (Debian's libreoffice-writer-nogui).

LibreOffice lays out the very Word document the library writes, so the PDF is that document,
page for page, and an agency's own Word template (letterhead, styles) carries over. It runs
with a profile of its own in a temporary folder (so that it neither meets a user's running
LibreOffice nor leaves anything behind) and under a time limit."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

from .. import _core
from .._programs import argument_path
from .._programs import run as run_program
from ..errors import FileError, file_error

__all__ = ["docx_to_pdf", "prepare_for_pdf"]

TIMEOUT_SECONDS = 180
# LibreOffice's PDF export (writer_pdf_Export) for documents to publish: PDF/A-2b (archival, every
# font embedded), tagged for PDF/UA (headings, tables with header cells, reading order, the
# language), the document's title shown in the window's title bar.
EXPORT_OPTIONS = {
    "SelectPdfVersion": ("long", "2"),
    "UseTaggedPDF": ("boolean", "true"),
    "PDFUACompliance": ("boolean", "true"),
    "DisplayPDFDocumentTitle": ("boolean", "true"),
    "ExportBookmarks": ("boolean", "true"),
}
# A hyphen that a word follows ("it-säkerhet", "covid-19", "och -tjänster"); not the hyphen
# of "informations- och", which may end a line.
_WORD_HYPHEN = re.compile(r"-(?=\w)")
# A suspended hyphen and the conjunction after it ("tid- och frekvens"): kept on one line, for
# a text extraction drops a hyphen that ends a line.
_SUSPENDED_HYPHEN = re.compile(r"(?<=\w)- (?=(?:och|eller|samt)\b)")
_CELL_PARAGRAPH_SPACE_PT = 8
_MARKINGS = tuple(
    _core.chapter_marking_text(k) for k in (_core.StatusKind.added, _core.StatusKind.updated)
)


def _office() -> str:
    for name in ("soffice", "libreoffice"):
        if found := shutil.which(name):
            return found
    raise file_error(
        errno.ENOENT,
        "LibreOffice (soffice) is not installed; scripts/install-system-deps.sh installs it",
        "soffice",
        "LibreOffice (soffice) är inte installerat; scripts/install-system-deps.sh installerar det",
    )


def _export_filter() -> str:
    options = {
        name: {"type": kind, "value": value} for name, (kind, value) in EXPORT_OPTIONS.items()
    }
    return "pdf:writer_pdf_Export:" + json.dumps(options, separators=(",", ":"))


def prepare_for_pdf(docx_path: Path) -> None:
    """Readies a Word document for print so that its PDF's text reads back as it was written:
    hyphens before a word ("it-säkerhet", "covid-19", "-tjänster") become non-breaking, so that
    no line ends inside such a word (a reader could not tell it from a word broken across
    lines; the PDF's text shows them as ordinary hyphens); the paragraphs inside a table cell
    are set apart by a little space, as the paragraphs of the body are; and a marking ("Ny
    åtgärd") is never broken. No word is hyphenated otherwise: the columns of Bilaga 1 are wide
    enough for their longest words (`handlingsplan.render.docx.column_widths`), so no word
    breaks; a suspended hyphen stays with its conjunction ("informations- och")."""
    document = Document(os.fspath(docx_path))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs[:-1]:
                    paragraph.paragraph_format.space_after = Pt(_CELL_PARAGRAPH_SPACE_PT)
                paragraphs.extend(cell.paragraphs)
    for paragraph in paragraphs:
        for run in paragraph.runs:
            text = _SUSPENDED_HYPHEN.sub("-\u00a0", _WORD_HYPHEN.sub("\u2011", run.text))
            for marking in _MARKINGS:  # a marking is never broken across lines
                text = text.replace(marking, marking.replace(" ", "\u00a0"))
            if text != run.text:
                run.text = text
    document.save(os.fspath(docx_path))


def docx_to_pdf(docx_path: str | os.PathLike[str], pdf_path: str | os.PathLike[str]) -> None:
    """Converts the Word document at `docx_path` to PDF at `pdf_path`. FileError if LibreOffice
    is missing, fails or takes longer than TIMEOUT_SECONDS; the target is written only whole."""
    source = Path(docx_path)
    target = Path(pdf_path)
    office = _office()
    with tempfile.TemporaryDirectory(prefix="handlingsplan-pdf-") as work:
        profile = Path(work) / "profile"
        outdir = Path(work) / "out"
        command = [
            office,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            _export_filter(),
            "--outdir",
            argument_path(outdir),
            argument_path(source),
        ]
        try:
            done = run_program(command, timeout=TIMEOUT_SECONDS, env={**os.environ, "HOME": work})
        except subprocess.TimeoutExpired:
            raise file_error(
                errno.ETIMEDOUT,
                f"LibreOffice took more than {TIMEOUT_SECONDS} s",
                str(source),
                f"LibreOffice tog längre tid än {TIMEOUT_SECONDS} s",
            ) from None
        produced = outdir / (source.stem + ".pdf")
        if done.returncode != 0 or not produced.is_file():
            message = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
            raise file_error(
                errno.EIO,
                f"LibreOffice could not convert the document: {message}",
                str(source),
                f"LibreOffice kunde inte omvandla dokumentet: {message}",
            )
        if produced.read_bytes()[:5] != b"%PDF-":  # only a PDF is moved in place
            raise file_error(
                errno.EIO,
                "LibreOffice's output is not a PDF",
                str(source),
                "det LibreOffice skrev är ingen PDF",
            )
        try:
            shutil.move(str(produced), str(target))
        except OSError as error:
            raise FileError(
                error.errno or errno.EIO, error.strerror or str(error), str(target)
            ) from None
