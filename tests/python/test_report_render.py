"""The whole report out: the Åtgärder chapter followed by Bilaga 1 in Word, HTML and PDF.

The 2021 chapter written to Word is read back with python-docx and compared, measure by
measure, with the chapter of the report's text as the tests' own reader (seed_2021) reads it."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docx import Document

import handlingsplan as hp
import seed_2021
from handlingsplan.readers import pdf as reader_pdf
from handlingsplan.render import pdf as pdf_module


@dataclass
class WrittenMeasure:
    """A measure block as read back from the Word document."""

    priority: str
    objective: str
    title: str = ""
    marking: str = ""
    paragraphs: list[str] = field(default_factory=list)
    agencies: str = ""
    period: str = ""
    number: str = ""


def read_back(path: Path) -> tuple[list[str], list[WrittenMeasure], list[str]]:
    """The chapter's headings and measures, and the text after the chapter (Bilaga 1)."""
    document = Document(str(path))
    headings: list[str] = []
    measures: list[WrittenMeasure] = []
    priority = objective = ""
    current: WrittenMeasure | None = None
    rest: list[str] = []
    in_chapter = False
    for paragraph in document.paragraphs:
        style = paragraph.style.name if paragraph.style is not None else ""
        text = paragraph.text
        if style == "Heading 1":
            in_chapter = text == "Åtgärder"
            if not in_chapter:
                rest.append(text)
            continue
        if not in_chapter:
            rest.append(text)
            continue
        if style == "Heading 2":
            priority = text
            headings.append(text)
        elif style == "Heading 3":
            objective = text
            headings.append(text)
        elif current is None and text:
            bold = [r.text for r in paragraph.runs if r.bold]
            current = WrittenMeasure(priority, objective, title=paragraph.runs[0].text)
            if len(bold) > 1:
                current.marking = bold[-1]
        elif current is not None and text.startswith("Ansvarig myndighet: "):
            current.agencies = text.removeprefix("Ansvarig myndighet: ")
        elif current is not None and text.startswith("Period: "):
            current.period = text.removeprefix("Period: ")
        elif current is not None and re.fullmatch(r"\d+\.\d+\.\d+\.", text):
            current.number = text
            measures.append(current)
            current = None
        elif current is not None and text:
            current.paragraphs.append(text)
    assert current is None
    return headings, measures, rest


@pytest.fixture(scope="module")
def seed() -> seed_2021.Seed2021:
    return seed_2021.load()


@pytest.fixture(scope="module")
def written(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[list[str], list[WrittenMeasure], list[str]]:
    path = tmp_path_factory.mktemp("docx") / "redovisning-2021.docx"
    hp.load_default().report(2021).to_docx(path)
    return read_back(path)


def test_the_chapter_has_the_seeds_measures_in_order(
    written: tuple[list[str], list[WrittenMeasure], list[str]], seed: seed_2021.Seed2021
) -> None:
    _, measures, _ = written
    assert [m.number.rstrip(".") for m in measures] == list(seed.chapter)


def test_every_measure_is_the_seeds_measure(
    written: tuple[list[str], list[WrittenMeasure], list[str]], seed: seed_2021.Seed2021
) -> None:
    _, measures, _ = written
    for m in measures:
        printed = seed.chapter[m.number.rstrip(".")]
        assert m.objective.startswith(f"Målsättning {printed.objective}. "), m.number
        assert m.agencies == printed.agency_text, m.number
        assert m.period == printed.period, m.number
        assert (m.marking or None) == printed.marking, m.number
        whole = seed_2021.normalize_ws(" ".join([m.title, *m.paragraphs]))
        if printed.text.ambiguous:
            assert seed_2021.loose_key(whole) == seed_2021.loose_key(printed.text.text), m.number
        else:
            assert whole == printed.text.text, m.number
        if printed.marked_title is not None:
            assert m.title == printed.marked_title.text, m.number
        else:
            assert any(m.title == c.text for c in printed.title_candidates()), m.number


def test_the_headings_are_the_seeds(
    written: tuple[list[str], list[WrittenMeasure], list[str]], seed: seed_2021.Seed2021
) -> None:
    headings, measures, _ = written
    priorities = [h for h in headings if h.startswith("Strategisk prioritering")]
    assert priorities == [
        f"Strategisk prioritering {n}. {t.text}"
        for n, t in sorted(seed.chapter_priority_titles.items())
    ]
    objectives = [h for h in headings if h.startswith("Målsättning")]
    assert objectives == [
        f"Målsättning {o.id}. {o.text.text}" for o in seed.chapter_objectives.values()
    ]


def test_bilaga_1_follows_and_the_two_title_differences_stay_visible(
    written: tuple[list[str], list[WrittenMeasure], list[str]], tmp_path: Path
) -> None:
    _, measures, rest = written
    assert "Bilaga 1: Förteckning över åtgärder" in rest
    report = hp.load_default().report(2021)
    titles = {m.number.rstrip("."): m.title for m in measures}
    for mid in ("3.1.6", "3.3.1"):
        measure = report.measure(mid)
        assert titles[mid] == measure.title
        assert measure.appendix_title != measure.title
    path = tmp_path / "r.docx"
    report.to_docx(path)
    cells = {c.text for t in Document(str(path)).tables for row in t.rows for c in row.cells}
    assert report.measure("3.1.6").appendix_title in cells
    assert report.measure("3.1.6").title not in cells


def test_a_template_receives_the_report_at_its_placeholder(tmp_path: Path) -> None:
    template = tmp_path / "mall.docx"
    document = Document()
    document.add_paragraph("Myndighetens brevhuvud")
    document.add_paragraph("{{ bilaga }}")
    document.add_paragraph("Slut")
    document.save(str(template))
    out = tmp_path / "r.docx"
    hp.load_default().report(2021).to_docx(out, template=template)
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert texts[0] == "Myndighetens brevhuvud" and texts[-1] == "Slut"
    assert "{{ bilaga }}" not in texts
    assert texts.index("Åtgärder") < texts.index("Bilaga 1: Förteckning över åtgärder")


class _Articles(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.lang = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "article":
            self.ids.append(str(values.get("id", "")).removeprefix("atgard-"))
        if tag == "html":
            self.lang = str(values.get("lang"))


def test_the_html_page_has_every_active_measure_then_bilaga_1(
    seed: seed_2021.Seed2021, tmp_path: Path
) -> None:
    page = hp.load_default().report(2021).to_html(tmp_path / "r.html")
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == page
    parser = _Articles()
    parser.feed(page)
    assert parser.lang == "sv"
    assert parser.ids == list(seed.chapter)
    # The contents (a nav before the chapters) names Bilaga 1 too: its heading comes after.
    assert page.index('id="kapitel-atgarder"') < page.index(
        "<h2>Bilaga 1: Förteckning över åtgärder"
    )
    assert "Säkerhetspolisen, FRA och Försvarsmakten" in page


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, timeout=120
    ).stdout.decode("utf-8")


def test_the_report_as_pdf(seed: seed_2021.Seed2021, tmp_path: Path) -> None:
    assert shutil.which("pdftotext") and shutil.which("soffice"), "scripts/install-system-deps.sh"
    path = tmp_path / "r.pdf"
    hp.load_default().report(2021).to_pdf(path)
    assert path.read_bytes().startswith(b"%PDF-")
    text = pdf_text(path)
    for mid in seed.chapter:
        assert f"{mid}." in text
    assert text.index("Åtgärder") < text.index("Bilaga 1: Förteckning över åtgärder")


def test_bilaga_1_alone_as_pdf(tmp_path: Path) -> None:
    path = tmp_path / "b.pdf"
    hp.load_default().report(2021).appendix().to_pdf(path)
    text = pdf_text(path)
    assert text.startswith("Bilaga 1: Förteckning över åtgärder")
    assert "Strategisk prioritering 1." in text and "Avskrivna åtgärder" in text


def test_without_libreoffice_to_pdf_is_a_file_error_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_module.shutil, "which", lambda name: None)
    path = tmp_path / "r.pdf"
    with pytest.raises(hp.FileError, match="LibreOffice"):
        hp.load_default().report(2021).to_pdf(path)
    assert not path.exists()


def test_without_pdftotext_importing_a_pdf_is_a_file_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(reader_pdf.shutil, "which", lambda name: None)
    with pytest.raises(hp.FileError, match="pdftotext"):
        hp.import_report(path)


def test_a_broken_pdf_is_a_file_error(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    with pytest.raises(hp.FileError, match="pdftotext cannot read"):
        hp.import_report(path)
