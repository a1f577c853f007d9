"""The titles of a report's completed and withdrawn measures, as a person read them off the
report: a JSON file beside the report's text (data/sources/redovisning-2021.closed-titles.json)
with its provenance and the titles by measure id.

Bilaga 1's sections Genomförda åtgärder and Avskrivna åtgärder print a measure's title and its
description in one column with no visible separator. Where the plan a report is imported into
holds the measure, its title says where the printed title ends; where it does not (the first
report imported), these titles do (`import_report(…, closed_titles=…)`,
`handlingsplan import --closed-titles`). The text is checked to begin with the title given."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

from .._core import MeasureId
from ..errors import DataError, Error
from ._text import read_text
from .report_text import swedish_of

__all__ = ["closed_titles", "load_closed_titles"]

#: The members of the file besides "titles": what each one says of the titles' provenance.
PROVENANCE = ("what", "source", "report", "where", "read_by", "used_by")


def load_closed_titles(path: str | os.PathLike[str]) -> dict[str, str]:
    """The titles of a closed-titles file by measure id ("1.1.2"). A file that is not such a
    file (not JSON, no "titles" object, an id that is no measure id, a title that is not a
    non-blank text, a provenance member missing) is a DataError naming the file and what is
    wrong."""
    name = str(path)
    try:
        data = json.loads(read_text(Path(path)))
    except json.JSONDecodeError as error:
        raise _error(
            name,
            f"line {error.lineno}",
            f"not JSON: {error.msg}",
            f"ingen JSON: ett fel i kolumn {error.colno}",
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("titles"), dict):
        raise _error(
            name,
            "the whole file",
            'expected an object with a "titles" object',
            'ett objekt med ett objekt "titles" väntades',
        )
    missing = [key for key in PROVENANCE if not isinstance(data.get(key), str)]
    if missing:
        raise _error(
            name,
            "the whole file",
            f"no provenance {', '.join(missing)} (texts)",
            "ursprungsuppgifterna " + ", ".join(f'"{key}"' for key in missing) + " (texter) saknas",
        )
    return _titles(name, data["titles"])


def _titles(name: str, titles: dict[str, object]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, title in titles.items():
        try:
            mid = MeasureId(key)
        except Error as error:
            raise _error(
                name,
                f"titles.{key}",
                f"not a measure id: {error}",
                f"inget åtgärdsnummer: {swedish_of(error)}",
            ) from None
        if not isinstance(title, str) or not title.strip():
            raise _error(
                name,
                f"titles.{key}",
                "expected the title, a non-blank text",
                "rubriken väntades, en text som inte är tom",
            )
        out[str(mid)] = title
    return out


def closed_titles(
    given: str | os.PathLike[str] | Mapping[str, str] | None,
) -> dict[str, str]:
    """The titles given to an import: a closed-titles file's, a mapping's (by measure id), or
    none."""
    if given is None:
        return {}
    if isinstance(given, Mapping):
        return {str(MeasureId(str(key))): str(title) for key, title in given.items()}
    return load_closed_titles(given)


def _error(name: str, where: str, problem: str, swedish_problem: str) -> DataError:
    raised = DataError(f"{name}: {where}: {problem}")
    raised.source, raised.where, raised.problem = name, where, problem
    raised.swedish_problem = swedish_problem
    return raised
