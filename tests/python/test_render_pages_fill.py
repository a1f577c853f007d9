"""`pages.fill_page_fields` against a layout the test writes: LibreOffice and pdftotext are
replaced by page texts of the test's own, on which it puts each chapter heading and each
measure's title on a page it chooses; the Word report's PAGEREF results (the contents' to the
chapters, Bilaga 1's Sida to the measures), read back from the document's XML, must be those
pages. Fast, so every branch is met: a heading or a title the layout lacks, a title standing
earlier than its chapter, a document with only one kind of field."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

import handlingsplan as hp
from handlingsplan.render import pages


def field_results(path: Path) -> dict[str, str]:
    """Each PAGEREF field's bookmark and the text of its result, as Word stores them: a run
    with the code, a "separate" mark, the result's run."""
    results: dict[str, str] = {}
    target: str | None = None
    shown = False
    for run in Document(str(path)).element.body.iter(qn("w:r")):
        code = run.findtext(qn("w:instrText"))
        mark = run.find(qn("w:fldChar"))
        if code and (found := re.search(r"PAGEREF\s+(\w+)", code)):
            target = found.group(1)
        elif mark is not None:
            shown = mark.get(qn("w:fldCharType")) == "separate" and target is not None
        elif shown and target is not None:
            results[target] = "".join(t.text or "" for t in run.iter(qn("w:t")))
            target, shown = None, False
    return results


def chapter_headings(path: Path) -> list[tuple[str, str]]:
    """(bookmark, text) of each top-level heading of the Word report, in order."""
    out = []
    for paragraph in Document(str(path)).paragraphs:
        names = [b.get(qn("w:name")) for b in paragraph._p.iter(qn("w:bookmarkStart"))]
        if paragraph.style.name == "Heading 1" and names:
            out.append((names[0], paragraph.text))
    return out


class Layout:
    """Page texts the test writes, one page at a time; the page numbers (from 1) it put each
    heading and title on."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.headings: dict[str, int] = {}
        self.measures: dict[str, int] = {}

    def page(self, *lines: str) -> int:
        self.texts.append("\n".join(["Sidhuvud", *lines]))
        return len(self.texts)


@pytest.fixture
def layout(monkeypatch: pytest.MonkeyPatch) -> Iterator[Layout]:
    """LibreOffice and pdftotext replaced: the "PDF" is the layout's pages."""
    made = Layout()
    monkeypatch.setattr(pages.pdf, "docx_to_pdf", lambda source, target: None)
    monkeypatch.setattr(pages, "page_texts", lambda path: list(made.texts))
    yield made


def active(report: hp.Report) -> list[hp.Measure]:
    return [m for m in report.measures() if m.status.is_active]


def lay_out(layout: Layout, report: hp.Report, headings: list[tuple[str, str]], *,
            leave_out: set[str] = frozenset()) -> None:  # fmt: skip
    """Each chapter heading at the top of a page of its own (but those named in `leave_out`),
    the Åtgärder chapter's first objective after its heading, then the measures' titles two
    a page (but those in `leave_out`); before everything, a summary page that quotes the first
    measure's title, as a report's prose may."""
    measures = active(report)
    layout.page("Innehåll")
    for bookmark, text in headings:
        if text in leave_out:
            continue
        if text != "Åtgärder":
            layout.headings[bookmark] = layout.page(text, f"Om {measures[0].title} och mer.")
            continue
        layout.headings[bookmark] = layout.page(text)
        first_objective = report.chapter().priorities[0].objectives[0].heading
        layout.page(first_objective)
        shown = [m for m in measures if str(m.id) not in leave_out]
        for at in range(0, len(shown), 2):
            pair = shown[at : at + 2]
            page = layout.page(*(f"{m.id}. {m.title}" for m in pair), "Beskrivning.")
            layout.measures.update((str(m.id), page) for m in pair)


def findable_only_by_its_title(report: hp.Report) -> str:
    """A measure whose title's first three words stand in no title after it and not in the
    first measure's (quoted before the chapter): left out of the layout, it is found nowhere."""
    measures = active(report)
    for at, measure in enumerate(measures[1:], start=1):
        prefix = " ".join(measure.title.split()[:3])
        later = [m.title for m in measures[at + 1 :]] + [measures[0].title]
        if not any(prefix in " ".join(title.split()) for title in later):
            return str(measure.id)
    raise AssertionError("every title's first words recur")


def without_layout(report: hp.Report, path: Path) -> list[tuple[str, str]]:
    """`report` written to `path` in Word, its fields not yet filled; its chapter headings."""
    report._write_docx(path, lay_out=False)
    return chapter_headings(path)


def sida_bookmark(measure_id: str) -> str:
    return "atgard_" + measure_id.replace(".", "_")


def test_each_field_shows_the_page_its_heading_or_measure_is_laid_out_on(
    prepared_2022: hp.Plan, layout: Layout, tmp_path: Path
) -> None:
    report = prepared_2022.report(2022)
    headings = without_layout(report, tmp_path / "utan.docx")
    missing_measure = findable_only_by_its_title(report)
    lay_out(layout, report, headings, leave_out={"Extern samverkan", missing_measure})
    path = tmp_path / "redovisning-2022.docx"
    report.to_docx(path)
    shown = field_results(path)
    assert len(layout.headings) == len(headings) - 1 >= 4
    for bookmark, _ in headings:
        assert shown[bookmark] == str(layout.headings.get(bookmark, "")), bookmark
    assert len(layout.measures) == len(active(report)) - 1 > 60
    for measure in active(report):
        measure_id = str(measure.id)
        assert shown[sida_bookmark(measure_id)] == str(layout.measures.get(measure_id, ""))
    # The title quoted on the summary's page, before the chapter, is not taken for its place.
    first = str(active(report)[0].id)
    assert layout.measures[first] > layout.headings[headings[0][0]]


def test_fill_page_fields_returns_the_pages_it_wrote(
    prepared_2022: hp.Plan, layout: Layout, tmp_path: Path
) -> None:
    report = prepared_2022.report(2022)
    path = tmp_path / "redovisning-2022.docx"
    lay_out(layout, report, without_layout(report, path))
    assert pages.fill_page_fields(path, report.chapter()) == layout.measures


def test_a_report_with_given_pages_still_gets_its_contents_pages(
    layout: Layout, tmp_path: Path
) -> None:
    """The imported 2021 report keeps its measures' pages (no Sida fields), but its contents
    are fields to the chapters, filled from the layout."""
    report = hp.load_default().report(2021)
    path = tmp_path / "redovisning-2021.docx"
    headings = without_layout(report, path)
    lay_out(layout, report, headings)
    assert pages.fill_page_fields(path, report.chapter()) == layout.measures
    shown = field_results(path)
    assert not any(name.startswith("atgard_") for name in shown)
    assert {name: shown[name] for name, _ in headings} == {
        name: str(page) for name, page in layout.headings.items()
    }


def test_a_document_with_sida_fields_and_no_contents_gets_its_pages(
    prepared_2022: hp.Plan, layout: Layout, tmp_path: Path
) -> None:
    report = prepared_2022.report(2022)
    path = tmp_path / "utan-innehall.docx"
    headings = without_layout(report, path)
    document = Document(str(path))
    for code in document.element.body.iter(qn("w:instrText")):
        if "kapitel_" in (code.text or ""):
            code.text = " PAGE "
    document.save(str(path))
    lay_out(layout, report, headings)
    assert pages.fill_page_fields(path, report.chapter()) == layout.measures
    shown = field_results(path)
    assert {k: v for k, v in shown.items() if k.startswith("atgard_")} == {
        sida_bookmark(measure_id): str(page) for measure_id, page in layout.measures.items()
    }


def test_a_document_without_page_fields_is_left_alone(layout: Layout, tmp_path: Path) -> None:
    path = tmp_path / "tom.docx"
    Document().save(str(path))
    before = path.read_bytes()
    layout.page("Ingenting")
    assert pages.fill_page_fields(path, hp.load_default().report(2021).chapter()) == {}
    assert path.read_bytes() == before


def test_a_pdfs_pages_are_read_from_its_chapter_on(
    prepared_2022: hp.Plan, layout: Layout, tmp_path: Path
) -> None:
    """`laid_out_pages` (for `to_pdf`'s notes) too looks for the titles from the chapter on, not
    where the summary quotes the first one."""
    report = prepared_2022.report(2022)
    path = tmp_path / "redovisning-2022.docx"
    lay_out(layout, report, without_layout(report, path))
    assert pages.laid_out_pages(tmp_path / "redovisning-2022.pdf", report.chapter()) == (
        layout.measures
    )
