"""readers/report_text.py: the text after its front end (its form told, page furniture dropped),
the refusal every stage raises, and the look-ups the stages share."""

from __future__ import annotations

from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan.readers.pdftotext import TEXT
from handlingsplan.readers.report_text import (
    ReportText,
    Stage,
    _Refused,
    data_error,
    find_line,
    heading_key,
    measure_id_at,
    split_list,
)

SEED = Path(__file__).resolve().parents[2] / "data" / "sources" / "redovisning-2021.txt"


def test_the_seed_is_the_text_form_read_against_the_standard_registry() -> None:
    text = SEED.read_text(encoding="utf-8")
    src = ReportText.read(text, "r.txt", None, from_pdf=False)
    assert src.form == TEXT
    assert [line.no for line in src.lines] == sorted(line.no for line in src.lines)
    assert "MSB" in [a.short_name for a in src.registry]
    assert src.closed_titles == {}
    # Given titles are kept as given.
    titles = {"1.1.2": "Utbilda bevakningsansvariga myndigheter"}
    assert ReportText.read(text, "r.txt", None, False, titles).closed_titles == titles


def test_find_line_names_the_lines_it_looked_between() -> None:
    src = ReportText.read(SEED.read_text(encoding="utf-8"), "r.txt", None, False)
    assert src.lines[find_line(src.lines, r"^Sammanfattning$") - 1].text == "Sammanfattning"
    with pytest.raises(_Refused, match="expected 'Nowhere' between lines 1 and 10"):
        find_line(src.lines, r"^Nowhere$", 1, 11, "Nowhere")


def test_the_shared_lookups() -> None:
    src = ReportText.read(SEED.read_text(encoding="utf-8"), "r.txt", None, False)
    stage = Stage(src)
    assert stage.has(r"^Sammanfattning$") and not stage.has(r"^Inget sådant$")
    assert stage.parses_as_agencies("MSB och FRA") and not stage.parses_as_agencies("Utbilda")
    assert stage.known_paragraphs(hp.MeasureId("1.1.1")) is None  # no plan imported into
    assert measure_id_at("1.1.2. Utbilda") is not None
    assert measure_id_at("1.1 Utbilda") is None
    assert heading_key("it- och cyber säkerhet") == "itochcybersäkerhet"
    assert split_list("A, B, C och D") == ["A", "B", "C", "D"]


def test_a_refusal_becomes_a_source_error_with_its_line() -> None:
    error = data_error("r.txt", 12, "something is missing", "något saknas")
    assert isinstance(error, hp.SourceError)
    assert (error.source, error.where, error.line) == ("r.txt", "line 12", 12)
    assert (error.problem, error.swedish_problem) == ("something is missing", "något saknas")
    assert str(error) == "r.txt: line 12: something is missing"
    assert data_error("r.txt", None, "x", "y").where == "the whole text"
