"""Bilaga 1 as data: one row per measure, as a CSV file or a pandas DataFrame."""

from __future__ import annotations

import csv
import os

import pandas as pd

from .._safe_text import csv_field
from ..ids import measure_id_dtype
from .layout import AppendixLike, appendix_words, record_columns, record_values, records

__all__ = ["appendix_frame", "write_csv"]


def write_csv(
    appendix: AppendixLike, path: str | os.PathLike[str], *, delimiter: str = ","
) -> None:
    """One row per measure: section, priority, id, then every published column, in UTF-8 with a
    byte-order mark ("utf-8-sig", which makes Excel open å, ä and ö right). A column a section
    does not have is left empty."""
    columns = record_columns(appendix.sections, appendix_words(appendix))
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow(columns)
        for record in records(appendix.sections):
            values = record_values(record, columns)
            writer.writerow(["" if v is None else csv_field(v) for v in values])


def appendix_frame(appendix: AppendixLike) -> pd.DataFrame:
    """One row per measure, with the columns of `write_csv`: a column the measure's section does
    not have (Klar for an active measure) is missing (NA); an empty published cell (Status of an
    unchanged measure) is "". The id is an ordered categorical in numeric order
    (`handlingsplan.ids`); the rows stay in the appendix's order."""
    columns = record_columns(appendix.sections, appendix_words(appendix))
    values = [record_values(record, columns) for record in records(appendix.sections)]
    frame = pd.DataFrame(values, columns=list(columns), dtype="string")
    frame["id"] = frame["id"].astype(str).astype(measure_id_dtype(frame["id"].astype(str)))
    return frame
