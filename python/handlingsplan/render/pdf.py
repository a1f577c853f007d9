"""Word documents as PDF, through LibreOffice headless (Debian's libreoffice-writer-nogui).

LibreOffice lays out the very Word document the library writes, so the PDF is that document,
page for page, and an agency's own Word template (letterhead, styles) carries over. It runs
with a profile of its own in a temporary folder (so that it neither meets a user's running
LibreOffice nor leaves anything behind) and under a time limit."""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document

from ..errors import FileError

__all__ = ["docx_to_pdf", "nonbreaking_hyphens"]

TIMEOUT_SECONDS = 180
_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def _office() -> str:
    for name in ("soffice", "libreoffice"):
        if found := shutil.which(name):
            return found
    raise FileError(errno.ENOENT, "LibreOffice (soffice) is not installed; "
                                  "scripts/install-system-deps.sh installs it", "soffice")


def nonbreaking_hyphens(docx_path: Path) -> None:
    """Rewrites the hyphens inside words ("it-säkerhet", "covid-19") as non-breaking hyphens, so
    that no line of the PDF ends inside such a word (a reader of the PDF's text could not tell
    it from a word broken across lines). The PDF's text shows them as ordinary hyphens."""
    document = Document(os.fspath(docx_path))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for paragraph in paragraphs:
        for run in paragraph.runs:
            if "-" in run.text:
                run.text = _WORD_HYPHEN.sub("\u2011", run.text)
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
        command = [office, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                   "--norestore", "--convert-to", "pdf", "--outdir", str(outdir), str(source)]
        try:
            done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS,
                                  check=False, env={**os.environ, "HOME": work})
        except subprocess.TimeoutExpired:
            raise FileError(errno.ETIMEDOUT, f"LibreOffice took more than {TIMEOUT_SECONDS} s",
                            str(source)) from None
        produced = outdir / (source.stem + ".pdf")
        if done.returncode != 0 or not produced.is_file():
            message = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
            raise FileError(errno.EIO, f"LibreOffice could not convert the document: {message}",
                            str(source))
        try:
            shutil.move(str(produced), str(target))
        except OSError as error:
            raise FileError(error.errno or errno.EIO, error.strerror or str(error),
                            str(target)) from None
