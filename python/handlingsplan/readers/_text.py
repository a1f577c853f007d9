"""The text of a source file, as every reader takes it: a PDF through pdftotext, anything else
as UTF-8 text; a file that cannot be read is a FileError, one that is not UTF-8 a DataError
naming the byte."""

from __future__ import annotations

import errno
from pathlib import Path

from ..errors import DataError, FileError
from .pdf import is_pdf, pdf_text

__all__ = ["read_text"]


def read_text(path: Path) -> str:
    """The text of a source: a PDF through pdftotext, anything else as UTF-8 text."""
    if is_pdf(path):
        return pdf_text(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise FileError(error.errno or errno.EIO, error.strerror or str(error), str(path)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        where = f"byte {error.start + 1}"
        problem = "the text is not UTF-8"
        raised = DataError(f"{path}: {where}: {problem}")
        raised.source, raised.where, raised.problem = str(path), where, problem
        raise raised from None
