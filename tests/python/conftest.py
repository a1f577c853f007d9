"""Shared set-up of the Python tests: the seed readers (seed_2021, seed_facts_2021) beside the
tests are importable whatever pytest's import mode; the reports written to PDF once a session."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

import handlingsplan as hp

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Hypothesis writes nothing into the working folder (no .hypothesis/): its examples and caches
# go to $XDG_CACHE_HOME or the temporary folder; CI runs the same examples every time
# (derandomized) and keeps none.
set_hypothesis_home_dir(
    Path(os.environ.get("XDG_CACHE_HOME") or Path(tempfile.gettempdir()) / "handlingsplan-cache")
    / "hypothesis"
)
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


# ---------------------------------------------------------------------------------------------
# Reports written to PDF once per test session (LibreOffice takes seconds a document): the
# round trip (test_round_trip) and the pdftotext texts (test_readers_pdftotext) read them.


def prepare_2022(plan: hp.Plan) -> hp.Plan:
    """A 2022 report prepared through the editing API: a completion, a withdrawal, an update
    and a new measure."""
    report = plan.new_report(2022)
    report.complete("1.1.3", year=2021)
    report.withdraw(
        "1.1.4",
        year=2022,
        reason="Åtgärden uppgår i arbetet vid det nationella cybersäkerhetscentret.",
    )
    report.update(
        "1.1.5",
        period=hp.Period(2021, 2023),
        description="MSB genomför förstudien under 2022.\n\nResultatet redovisas 2023.",
    )
    report.add(
        hp.Measure(
            id="1.1.19",
            title="Ta fram en vägledning om it-säkerhet för covid-19-anpassat distansarbete",
            description="MSB tar fram en vägledning.\n\nVägledningen tas fram i samverkan med FRA.",
            agencies="MSB i samverkan med FRA",
            period="2022",
        )
    )
    return plan


@pytest.fixture(scope="session")
def prepared_2022() -> hp.Plan:
    """The shipped plan with the prepared 2022 report (see `prepare_2022`)."""
    return prepare_2022(hp.load_default())


@pytest.fixture(scope="session")
def pdf_2022(prepared_2022: hp.Plan, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The prepared 2022 report written with `to_pdf`."""
    path = tmp_path_factory.mktemp("pdf") / "redovisning-2022.pdf"
    prepared_2022.report(2022).to_pdf(path)
    return path


@pytest.fixture(scope="session")
def pdf_2021(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped 2021 report written with `to_pdf` (chapter and Bilaga 1); the notes `to_pdf`
    returns are beside it, one a line, in redovisning-2021.notes.txt."""
    path = tmp_path_factory.mktemp("pdf") / "redovisning-2021.pdf"
    notes = hp.load_default().report(2021).to_pdf(path)
    path.with_suffix(".notes.txt").write_text("\n".join(notes), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def docx_2022(prepared_2022: hp.Plan, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The prepared 2022 report written with `to_docx` (its page fields filled by a layout)."""
    path = tmp_path_factory.mktemp("docx") / "redovisning-2022.docx"
    prepared_2022.report(2022).to_docx(path)
    return path


@pytest.fixture(scope="session")
def bilaga_pdf_2022(prepared_2022: hp.Plan, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Bilaga 1 of the prepared 2022 report alone, written with `Appendix.to_pdf`."""
    path = tmp_path_factory.mktemp("pdf") / "bilaga-2022.pdf"
    prepared_2022.report(2022).appendix().to_pdf(path)
    return path
