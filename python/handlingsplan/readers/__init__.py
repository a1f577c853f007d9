"""Readers: what turns a text from outside into the model.

`read_report(source, into=None)` reads a yearly report (redovisning) of the plan from its text
file (the seed's form, or pdftotext's with or without -layout) or its PDF and returns the plan holding it with the journal of the import; the facade's
`handlingsplan.import_report` wraps it."""

from __future__ import annotations

import os
from pathlib import Path

from .. import _core
from .._files import file_name, read_bytes, refuse_irregular
from ..errors import DataError
from .extraction_report import extraction_report
from .journal import Join, Journal, JournalEntry
from .pdf import is_pdf, pdf_text
from .redovisning import KNOWN_CLOSED_TITLES, ReadReport, read_report_text, sha256

__all__ = ["Join", "Journal", "JournalEntry", "ReadReport", "read_report", "read_report_text"]

IMPORT_COMMAND = "handlingsplan import data/sources/redovisning-2021.txt -o data/handlingsplan.json"


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
        raise _source_error(path, f"byte {error.start + 1}", "the text is not UTF-8") from None
    if "\0" in text:
        line = text.count("\n", 0, text.index("\0")) + 1
        raise _source_error(path, f"line {line}", "the text holds a NUL character; it is no text")
    return text


def _source_error(path: Path, where: str, problem: str) -> DataError:
    raised = DataError(f"{path}: {where}: {problem}")
    raised.source, raised.where, raised.problem = str(path), where, problem
    return raised


def read_report(
    source: str | os.PathLike[str], into: _core.Plan | None = None, command: str = IMPORT_COMMAND
) -> ReadReport:
    """Reads the report in the file `source` (text or PDF); with `into`, the plan it joins.
    The journal's `markdown` holds the extraction report."""
    path = Path(source)
    text = read_text(path)
    result, reader = read_report_text(text, str(path), into, from_pdf=is_pdf(path))
    result.journal.markdown = extraction_report(
        result.plan,
        result.year,
        result.journal,
        source_name=path.name,
        source_lines=len(text.splitlines()),
        source_sha=sha256(text),
        command=command,
        methods=reader.methods,
        page_checks=reader.page_checks,
        known_titles=KNOWN_CLOSED_TITLES,
    )
    return result
