"""Readers: what turns a text from outside into the model.

`read_report(source, into=None)` reads a yearly report (redovisning) of the plan from its text
file (the seed's form, or pdftotext's with or without -layout) or its PDF and returns the plan holding it with the journal of the import; the facade's
`handlingsplan.import_report` wraps it."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from .. import _core
from ._text import read_text
from .closed_titles import closed_titles as titles_given
from .extraction_report import extraction_report
from .journal import Join, Journal, JournalEntry
from .model import ReadReport
from .pdf import is_pdf
from .redovisning import read_report_text, sha256

__all__ = ["Join", "Journal", "JournalEntry", "ReadReport", "read_report", "read_report_text"]


def read_report(
    source: str | os.PathLike[str],
    into: _core.Plan | None = None,
    command: str | None = None,
    output: str | os.PathLike[str] | None = None,
    closed_titles: str | os.PathLike[str] | Mapping[str, str] | None = None,
) -> ReadReport:
    """Reads the report in the file `source` (text or PDF); with `into`, the plan it joins.
    The journal's `markdown` holds the extraction report, its header naming `source` as given,
    the `command` that ran the import (by default the library call) and the plan file `output`
    (None: not saved). `closed_titles`: a closed-titles file (or a mapping by measure id) saying
    where the titles of completed and withdrawn measures end (readers.closed_titles)."""
    path = Path(source)
    titles = titles_given(closed_titles)
    text = read_text(path)
    result, reader = read_report_text(
        text, str(path), into, from_pdf=is_pdf(path), closed_titles=titles
    )
    result.journal.markdown = extraction_report(
        result.plan,
        result.year,
        result.journal,
        source_name=str(path),
        output=None if output is None else str(output),
        source_lines=len(text.splitlines()),
        source_sha=sha256(text),
        command=command if command is not None else f'handlingsplan.import_report("{path}")',
        methods=reader.methods,
        page_checks=reader.page_checks,
        known_titles=titles,
    )
    return result
