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


def marking(measure: hp.Measure) -> str:
    """The marking the chapter prints: the printed one, else the one the status gives."""
    return str(measure.chapter_marking or hp._core.chapter_marking_text(measure.status.kind))


def printed_fields(measure: hp.Measure) -> dict[str, object]:
    """What the chapter and Bilaga 1 print of a measure (an ended one is printed without its
    period and page, in Bilaga 1 only)."""
    status = measure.status
    active = status.is_active
    return {
        "title": measure.title,
        "description": measure.description,
        "agencies": measure.agencies.text,
        "roles": [(r.agency, r.role) for r in measure.agencies.roles],
        "period": str(measure.period) if active and measure.period is not None else None,
        "status": (
            status.kind,
            status.schedule_updated,
            status.content_updated,
            status.year,
            status.reason,
        ),
        "marking": marking(measure) if active else "",
        "appendix_title": measure.appendix_title,
        "appendix_agencies": measure.appendix_agencies,
        "page": measure.page if active else None,
    }


@pytest.fixture(scope="module")
def prepared() -> hp.Plan:
    plan = hp.load_default()
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


@pytest.fixture(scope="module")
def pdf(prepared: hp.Plan, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "redovisning-2022.pdf"
    prepared.report(2022).to_pdf(path)
    return path


def test_the_prepared_report_comes_back_from_its_pdf(prepared: hp.Plan, pdf: Path) -> None:
    written = prepared.report(2022)
    result = hp.import_report(pdf, into=hp.load_default())
    back = result.report
    assert back.year == 2022 and back.submitted == written.submitted
    assert [str(m.id) for m in back] == [str(m.id) for m in written]
    for measure in written:
        assert printed_fields(back.measure(measure.id)) == printed_fields(measure), measure.id
    assert back.follow_up == written.follow_up
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
    assert raised.value.where.startswith("line ")


@pytest.mark.parametrize("options", [[], ["-layout"]], ids=["pdftotext", "pdftotext-layout"])
def test_pdftotexts_own_text_is_refused_with_its_line_not_misread(
    pdf: Path, tmp_path: Path, options: list[str]
) -> None:
    """pdftotext's text of the PDF loses what tells Bilaga 1's cells and the paragraphs apart
    (without -layout it interleaves the cells' lines, with -layout it sets them side by side):
    the importer refuses it at the line where that shows, and points to the PDF itself."""
    text = tmp_path / "redovisning.txt"
    subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(pdf), str(text)], check=True, timeout=120
    )
    into = hp.load_default()
    with pytest.raises(hp.SourceError, match="import the PDF itself") as raised:
        hp.import_report(text, into=into)
    assert raised.value.line is not None
    assert into.years == [2021]


def test_a_pdf_of_chapter_and_appendix_alone_needs_its_plan(pdf: Path) -> None:
    """The library's PDF prints the chapter and Bilaga 1 only: the objectives without current
    measures (3.2) are known only to the plan, so without it the import is refused, saying so."""
    with pytest.raises(hp.SourceError, match="import it into the plan it belongs to") as raised:
        hp.import_report(pdf)
    assert raised.value.line is not None
    assert re.search(r": line \d+: \(page \d+ of the PDF\) ", str(raised.value))
    assert "pdftotext's output" not in str(raised.value)
