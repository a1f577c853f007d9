"""The text of a PDF, through poppler's ``pdftotext`` (Debian's poppler-utils)."""

from __future__ import annotations

import errno
import shutil
import subprocess
from pathlib import Path

from ..errors import FileError

__all__ = ["is_pdf", "pdf_text"]

TIMEOUT_SECONDS = 120


def is_pdf(path: Path) -> bool:
    """Whether the file begins as a PDF does (``%PDF-``)."""
    try:
        with path.open("rb") as file:
            return file.read(5) == b"%PDF-"
    except OSError as error:
        raise FileError(error.errno or errno.EIO, error.strerror or str(error), str(path)) from None


def pdf_text(path: Path, *, layout: bool = False) -> str:
    """The text of the PDF at `path` as ``pdftotext`` extracts it (UTF-8, pages separated by
    form feeds; with `layout`, the physical layout kept). FileError where pdftotext is missing
    or cannot read the file."""
    program = shutil.which("pdftotext")
    if program is None:
        raise FileError(errno.ENOENT, "pdftotext (poppler-utils) is not installed; "
                                      "scripts/install-system-deps.sh installs it", str(path))
    command = [program, "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    try:
        done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise FileError(errno.ETIMEDOUT, f"pdftotext took more than {TIMEOUT_SECONDS} s",
                        str(path)) from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
        raise FileError(errno.EIO, f"pdftotext cannot read the file: {message}", str(path))
    return done.stdout.decode("utf-8", "replace")
