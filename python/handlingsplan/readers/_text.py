"""The text of a source file, as every reader takes it: a PDF through pdftotext, anything else
as UTF-8 text. Only a regular file within a bound is read; a file that cannot be read is a
FileError, one that is not UTF-8 or holds a NUL a DataError naming the place."""

from __future__ import annotations

from pathlib import Path

from .._files import file_name, read_bytes, refuse_irregular
from ..errors import DataError
from .pdf import is_pdf, pdf_text

__all__ = ["MAX_SOURCE_BYTES", "read_text"]

#: The largest source read (the 2021 report's text is about 200 kB, its PDF about 1 MB).
MAX_SOURCE_BYTES = 64 * 2**20


def read_text(path: Path) -> str:
    """The text of a source: a PDF through pdftotext, anything else as UTF-8 text. Only a
    regular file of at most MAX_SOURCE_BYTES is read, as the plan loader reads (FileError for a
    FIFO, a device, a directory or a larger file, before anything is read); a NUL byte or text
    that is not UTF-8 is a DataError naming the place."""
    refuse_irregular(file_name(path), missing_ok=False)
    if is_pdf(path):
        return pdf_text(path)
    data = read_bytes(path, MAX_SOURCE_BYTES)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _source_error(
            path, f"byte {error.start + 1}", "the text is not UTF-8", "texten är inte UTF-8"
        ) from None
    if "\0" in text:
        line = text.count("\n", 0, text.index("\0")) + 1
        raise _source_error(
            path,
            f"line {line}",
            "the text holds a NUL character; it is no text",
            "texten har ett NUL-tecken; den är ingen text",
        )
    return text


def _source_error(path: Path, where: str, problem: str, swedish_problem: str) -> DataError:
    raised = DataError(f"{path}: {where}: {problem}")
    raised.source, raised.where, raised.problem = str(path), where, problem
    raised.swedish_problem = swedish_problem
    return raised
