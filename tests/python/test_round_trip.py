"""Round trip through PDF: a 2022 report prepared through the editing API (a completion, a
withdrawal, an update, a new measure) is written with `to_pdf`, read back with
`hp.import_report`, and gives the same report, field by field (every field the chapter and
Bilaga 1 print)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

import handlingsplan as hp
from handlingsplan.cli import main
from pdf_pages import chapter_pages
from report_fields import printed_fields


@pytest.fixture(scope="module")
def prepared(prepared_2022: hp.Plan) -> hp.Plan:
    return prepared_2022


@pytest.fixture(scope="module")
def pdf(pdf_2022: Path) -> Path:
    return pdf_2022


def test_the_prepared_report_comes_back_from_its_pdf(prepared: hp.Plan, pdf: Path) -> None:
    written = prepared.report(2022)
    result = hp.import_report(pdf, into=hp.load_default())
    back = result.report
    assert back.year == 2022 and back.submitted == written.submitted
    assert [str(m.id) for m in back] == [str(m.id) for m in written]
    # Bilaga 1 prints the pages of this very PDF, which the report being prepared had not yet.
    pages = chapter_pages(pdf, written)
    for measure in written:
        want = printed_fields(measure)
        if measure.status.is_active:
            assert want["page"] is None
            want["page"] = pages[str(measure.id)]
        assert printed_fields(back.measure(measure.id)) == want, measure.id
    assert back.follow_up == written.follow_up
    # The prose chapters, carried over from 2021 and marked so in the PDF, come back as such.
    assert [c.carried_over_from for c in written.chapters] == [2021] * 5
    assert back.chapters == written.chapters
    # The edits are there, as the editing API made them.
    assert back.measure("1.1.3").status == hp.Status.completed(2021)
    assert back.measure("1.1.4").status.kind == hp.StatusKind.withdrawn
    assert back.measure("1.1.5").status == hp.Status.updated(schedule=True, content=True)
    assert back.measure("1.1.19").status == hp.Status.added()
    # The plan imported into keeps its 2021 report as it was.
    assert result.plan.report(2021) == hp.load_default().report(2021)


def test_the_cli_imports_the_pdf_into_a_plan(pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    assert main(["import", str(pdf), "-o", str(out), "--into", str(hp.default_plan_path())]) == 0
    assert hp.Plan.load(out).years == [2021, 2022]


def test_a_pdf_that_is_not_a_report_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bilaga.pdf"
    hp.load_default().report(2021).appendix().to_pdf(path)
    with pytest.raises(hp.DataError) as raised:
        hp.import_report(path, into=hp.load_default())
    # Bilaga 1 alone prints no page header with the plan's title: refused at its first line.
    assert raised.value.where == "line 1"
    assert "not a report of the plan" in str(raised.value)


def test_a_pdf_of_chapter_and_appendix_alone_needs_its_plan(pdf: Path) -> None:
    """The library's PDF prints the chapter and Bilaga 1 only: the objectives without current
    measures (3.2) are known only to the plan, so without it the import is refused, saying so."""
    with pytest.raises(hp.SourceError, match="import it into the plan it belongs to") as raised:
        hp.import_report(pdf)
    assert raised.value.line is not None
    found = re.search(
        rf": line {raised.value.line}: \(page (\d+) of the PDF\) measure (3\.2\.\d+) belongs to no "
        "objective",
        str(raised.value),
    )
    assert found is not None, raised.value
    # The page it names is the one that prints the measure (in Bilaga 1: the chapter has no
    # objective 3.2 to print it under).
    page = int(found.group(1))
    printed = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    assert found.group(2) in printed
    assert "pdftotext's output" not in str(raised.value)
