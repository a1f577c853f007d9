"""hp.import_report on poppler's pdftotext text of a report (readers/pdftotext.py).

The texts are made in the test run: the 2021 report and the prepared 2022 report (conftest) are
written to PDF through the library, and pdftotext (with and without -layout) makes their text.
Each text imports to the model it was written from, field by field. Where a text form does not
show a field (a paragraph break inside a Bilaga 1 cell), the journal names the measure and the
line, and the field differs in nothing but that break."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

import handlingsplan as hp
from pdf_pages import chapter_pages
from report_fields import printed_fields

REPO = Path(__file__).resolve().parents[2]
FORMS = {"pdftotext": [], "pdftotext -layout": ["-layout"]}


def pdftotext(pdf: Path, form: str, out: Path) -> Path:
    subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *FORMS[form], str(pdf), str(out)], check=True, timeout=120
    )
    return out


def without_reports() -> hp.Plan:
    """The shipped plan's strategy and agencies, without its reports."""
    shipped = hp.load_default()
    return hp.Plan(
        title=shipped.title,
        first_year=shipped.first_year,
        last_year=shipped.last_year,
        priorities=shipped.priorities,
        agencies=shipped.agencies,
    )


def unbroken(text: object) -> object:
    """A text with its paragraph breaks as spaces."""
    return text.replace("\n\n", " ") if isinstance(text, str) else text


def journal_says(result: hp.ImportResult, measure: str, *words: str) -> bool:
    """Whether an entry of the journal (with a line) names the measure and says `words`."""
    return any(
        e.line is not None
        and re.search(rf"(^|\D){re.escape(measure)}(\D|$)", e.text)
        and all(w in e.text for w in words)
        for e in result.journal
    )


def compare(
    written: hp.Report, result: hp.ImportResult, pages: dict[str, int] | None = None
) -> dict[str, list[str]]:
    """Every measure of `written` against the import, field by field; returns the fields that
    differ per measure. A field may differ only where the journal says, for that measure and
    with the line, that the text form does not show it: a paragraph break of a description or
    a reason (differing in nothing but breaks), a status pdftotext's plain text prints apart
    from its row, a Bilaga 1 title or agency text its plain text does not show whole. `pages`:
    the pages Bilaga 1 prints where the written report had none (the PDF's own)."""
    back = result.report
    assert [str(m.id) for m in back] == [str(m.id) for m in written]
    differing: dict[str, list[str]] = {}
    for measure in written:
        mid = str(measure.id)
        want, got = printed_fields(measure), printed_fields(back.measure(measure.id))
        if pages is not None and mid in pages:
            want["page"] = pages[mid]
        for key in want:
            if want[key] == got[key]:
                continue
            differing.setdefault(mid, []).append(key)
            if key == "description" or (key == "status" and want[key][:4] == got[key][:4]):  # type: ignore[index]
                assert unbroken(want[key]) == unbroken(got[key]) or (
                    key == "status" and unbroken(want[key][4]) == unbroken(got[key][4])  # type: ignore[index]
                ), (mid, key)
                assert journal_says(result, mid, "stycke"), (mid, key)
            elif key == "status":
                assert journal_says(result, mid, "statusarna", "skilda från"), mid
            elif key in ("appendix_title", "appendix_agencies"):
                assert journal_says(result, mid, "visar den inte hel"), (mid, key)
            else:
                raise AssertionError((mid, key, want[key], got[key]))
    return differing


@pytest.mark.parametrize("form", sorted(FORMS))
def test_the_2021_report_comes_back_from_its_text(
    form: str, pdf_2021: Path, tmp_path: Path
) -> None:
    text = pdftotext(pdf_2021, form, tmp_path / "redovisning-2021.txt")
    into = without_reports()
    # Where the closed measures' titles end, as make data gives them (the plan knows none).
    titles = REPO / "data" / "sources" / "redovisning-2021.closed-titles.json"
    result = hp.import_report(text, into=into, closed_titles=titles)
    written = hp.load_default().report(2021)
    differing = compare(written, result)
    # What the form cannot show, from the written report itself: every field of every other
    # measure comes back as it was written.
    broken = {str(m.id) for m in written if "\n\n" in m.description}
    if form == "pdftotext -layout":
        # A paragraph break inside a Bilaga 1 cell: the text of an ended measure (2.1.3).
        lost = {m for m in broken if not written.measure(m).status.is_active}
        expected = {m: ["description"] for m in lost}
    else:
        # Bilaga 1's own wording of a title (the published report words two of them apart from
        # the chapter, 3.1.6 and 3.3.1): its cell prints in pieces among its row's others.
        apart = {str(m.id) for m in written if m.appendix_title not in (None, m.title)}
        expected = {m: ["appendix_title"] for m in apart}
        # The one paragraph break among the ten descriptions that have one whose first
        # paragraph's last line runs to the right margin (the journal says "kan börja"), so
        # that the plain text shows no sign of it: 2.4.1's.
        assert "2.4.1" in broken
        expected["2.4.1"] = ["description"]
    assert differing == expected
    assert result.report.year == 2021 and result.report.submitted == written.submitted
    assert into.years == []
    notes = [e.text for e in result.journal.of_kind("note")]
    assert f"Texten är utdata från {form} (Bilaga 1:s tabellhuvud visar det)." in notes


@pytest.mark.parametrize("form", sorted(FORMS))
def test_the_prepared_2022_report_comes_back_from_its_text(
    form: str, prepared_2022: hp.Plan, pdf_2022: Path, tmp_path: Path
) -> None:
    text = pdftotext(pdf_2022, form, tmp_path / "redovisning-2022.txt")
    result = hp.import_report(text, into=hp.load_default())
    written = prepared_2022.report(2022)
    # The plan imported into knows the texts the forms do not show whole: nothing is guessed.
    assert compare(written, result, chapter_pages(pdf_2022, written)) == {}
    assert result.report.measure("1.1.4").status.reason == written.measure("1.1.4").status.reason
    assert result.plan.report(2021) == hp.load_default().report(2021)


# ---------------------------------------------------------------------------------------------
# Page numbers are page furniture in every text form


def footers_as_bare_numbers(text: str) -> str:
    return re.sub(r"(?m)^(\s*)Sida (\d+) av \d+$", r"\1\2", text)


def footers_removed(text: str) -> str:
    return re.sub(r"(?m)^\s*Sida \d+ av \d+\n", "", text)


def footers_at_the_top(text: str) -> str:
    """The footer printed as the page's first line, before the running header."""
    pages = text.split("\f")
    out = []
    for k, page in enumerate(pages):
        page = re.sub(r"(?m)^\s*Sida \d+ av \d+\n", "", page)
        out.append(f"Sida {k + 1} av {len(pages) - 1}\n{page}" if page.strip() else page)
    return "\f".join(out)


FURNITURE: dict[str, Callable[[str], str]] = {
    "bare-numbers": footers_as_bare_numbers,
    "removed": footers_removed,
    "at-the-top": footers_at_the_top,
}


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("variant", sorted(FURNITURE))
def test_page_numbers_are_dropped_wherever_the_page_prints_them(
    form: str, variant: str, pdf_2022: Path, tmp_path: Path
) -> None:
    text = pdftotext(pdf_2022, form, tmp_path / "r.txt")
    printed = text.read_text(encoding="utf-8")
    assert re.search(r"(?m)^\s*Sida 3 av \d+$", printed)
    changed = FURNITURE[variant](printed)
    assert changed != printed
    source = tmp_path / f"{variant}.txt"
    source.write_text(changed, encoding="utf-8")
    want = json.loads(hp.import_report(text, into=hp.load_default()).plan.to_json())
    got = json.loads(hp.import_report(source, into=hp.load_default()).plan.to_json())
    # The same plan but for where each measure was read: the file's name and its lines.
    for data in (want, got):
        data["reports"][-1].pop("changes")
    assert got == want


# ---------------------------------------------------------------------------------------------
# Texts that are not a (whole) report, in pdftotext's forms


def cut_in_bilaga_1(text: str) -> str:
    """The text up to Bilaga 1's section Genomförda åtgärder (its heading's line: Bilaga 1's
    introduction names the section before)."""
    found = re.search(r"(?m)^\s*Genomförda åtgärder\s*$", text)
    assert found is not None
    return text[: found.start()]


def cut_in_the_chapter(text: str) -> str:
    return text[: text.index("Målsättning 1.3.")]


def unknown_agency_in_bilaga_1(text: str) -> str:
    start = text.index("Aktuella åtgärder")
    at = text.index("MSB", text.index("1.1.5.", start))
    return text[:at] + "XYZ" + text[at + 3 :]


def row_of_no_measure(text: str) -> str:
    """A row of Aktuella åtgärder numbered as no measure of the chapter."""
    start = text.index("Aktuella åtgärder")
    at = text.index("1.1.5.", start)
    return text[:at] + "1.1.50." + text[at + len("1.1.5.") :]


def chapter_only(text: str) -> str:
    return text[: text.index("Bilaga 1:")]


def bilaga_1_only(text: str) -> str:
    return text[text.index("Bilaga 1:") :]


def line_of(text: str, pattern: str) -> int:
    """The number of the first line of `text` that `pattern` finds."""
    return next(n for n, line in enumerate(text.split("\n"), start=1) if re.search(pattern, line))


#: Each way a text is not a whole report, and the line its refusal must name (from the text as
#: cut) with what the message says there.
NOT_REPORTS: dict[str, tuple[Callable[[str], str], Callable[[str, str], tuple[int, str]]]] = {
    # Where the search for the missing section begins: the section before it.
    "cut-in-bilaga-1": (
        cut_in_bilaga_1,
        lambda text, form: (
            line_of(text, r"^\s*Aktuella åtgärder\s*$"),
            'expected "Bilaga 1\'s section Genomförda åtgärder"',
        ),
    ),
    # Where the search for the chapter's end begins: its first priority.
    "cut-in-the-chapter": (
        cut_in_the_chapter,
        lambda text, form: (
            line_of(text, r"^\s*Strategisk prioritering 1\."),
            "expected 'the Slutord or Bilaga 1 after the chapter'",
        ),
    ),
    # The plain text: the row itself; -layout tells the row's cells apart, and the chapter's
    # 1.1.5 is then the measure without a row.
    "row-of-no-measure": (
        row_of_no_measure,
        lambda text, form: (
            (line_of(text, r"^1\.1\.50\.$"), "Bilaga 1 row 1.1.50: the chapter prints no measure")
            if form == "pdftotext"
            else (line_of(text, r"^\s*1\.1\.5\.$"), "1.1.5 has no row in Bilaga 1")
        ),
    ),
    # Bilaga 1 is looked for over the whole text, from its first line.
    "chapter-only": (
        chapter_only,
        lambda text, form: (
            1,
            f'expected "Bilaga 1\'s section Aktuella åtgärder" between lines 1 and '
            f"{len(text.split(chr(10)))}",
        ),
    ),
    # The report's heading and year are looked for at its start.
    "bilaga-1-only": (
        bilaga_1_only,
        lambda text, form: (1, "expected 'the heading Sammanfattning, or the report"),
    ),
}


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("name", sorted(NOT_REPORTS))
def test_a_text_that_is_not_a_whole_report_is_refused_with_its_line(
    form: str, name: str, pdf_2022: Path, tmp_path: Path
) -> None:
    printed = pdftotext(pdf_2022, form, tmp_path / "r.txt").read_text(encoding="utf-8")
    cut, where = NOT_REPORTS[name]
    text = cut(printed)
    assert text != printed
    source = tmp_path / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    into = hp.load_default()
    before = into.to_json()
    with pytest.raises(hp.SourceError) as raised:
        hp.import_report(source, into=into)
    error = raised.value
    line, says = where(text, form)
    assert error.where == f"line {line}", error
    assert f"{source}: line {line}: {says}" in str(error)
    assert into.to_json() == before


def test_an_agency_bilaga_1_does_not_know_is_refused_in_the_layout_text(
    pdf_2022: Path, tmp_path: Path
) -> None:
    printed = pdftotext(pdf_2022, "pdftotext -layout", tmp_path / "r.txt")
    source = tmp_path / "xyz.txt"
    source.write_text(unknown_agency_in_bilaga_1(printed.read_text(encoding="utf-8")))
    with pytest.raises(hp.SourceError, match="XYZ") as raised:
        hp.import_report(source, into=hp.load_default())
    assert "XYZ" in source.read_text(encoding="utf-8").split("\n")[raised.value.line - 1]


def test_the_plain_text_says_where_bilaga_1_does_not_add_up_to_the_chapter(
    pdf_2022: Path, tmp_path: Path
) -> None:
    """pdftotext's plain text does not show Bilaga 1's agency cell whole: an agency text that
    differs from the chapter's is found by its letters and named in the journal."""
    printed = pdftotext(pdf_2022, "pdftotext", tmp_path / "r.txt")
    source = tmp_path / "xyz.txt"
    source.write_text(unknown_agency_in_bilaga_1(printed.read_text(encoding="utf-8")))
    result = hp.import_report(source, into=hp.load_default())
    said = result.journal.discrepancies("Oformaterad text")
    # The table of the row: its first priority's heading after Aktuella åtgärder.
    lines = source.read_text(encoding="utf-8").split("\n")
    section = lines.index("Aktuella åtgärder")
    table = next(
        n
        for n, line in enumerate(lines, start=1)
        if n > section and line.startswith("Strategisk prioritering 1.")
    )
    assert [e.line for e in said] == [table]
    assert said[0].text.startswith(f"Bilaga 1:s tabell under rad {table} (till rad ")
    assert "fler “xyz”, färre “bms”" in said[0].text and "1.1.5" in said[0].text


@pytest.fixture(scope="module")
def bilaga_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "bilaga-2021.pdf"
    hp.load_default().report(2021).appendix().to_pdf(path)
    return path


@pytest.mark.parametrize("form", sorted(FORMS))
def test_the_text_of_bilaga_1_alone_is_refused_with_its_line(
    form: str, bilaga_pdf: Path, tmp_path: Path
) -> None:
    text = pdftotext(bilaga_pdf, form, tmp_path / "bilaga.txt")
    into = without_reports()
    with pytest.raises(hp.SourceError) as raised:
        hp.import_report(text, into=into)
    # Bilaga 1 written alone prints no page header with the plan's title: the text is refused
    # at its first line, Bilaga 1's heading.
    assert text.read_text(encoding="utf-8").startswith("Bilaga 1: ")
    assert raised.value.line == 1
    assert "line 1: not a report of the plan: the title" in str(raised.value)
    assert into.years == []
