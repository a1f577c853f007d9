"""The whole report written out with its prose chapters (Report.to_docx, to_html, to_pdf) and
read back: every paragraph, subheading and list item of the 2021 report's chapters, as the
tests' own reader of the source text gives them (seed_chapters_2021), in order and under its
chapter; the chapters in the published order with a table of contents; a draft's chapters
carried over and marked."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docx import Document

import handlingsplan as hp
import seed_chapters_2021 as seed
from handlingsplan.readers import pdf as reader_pdf

# The published order, as the 2021 report's text prints its chapters (Åtgärder after
# Uppföljning, Slutord after Åtgärder).
PUBLISHED = [
    "Sammanfattning",
    "Introduktion",
    "Myndigheternas arbete med handlingsplanen",
    "Extern samverkan",
    "Uppföljning",
    "Åtgärder",
    "Slutord",
]


def expected_keys(heading: str) -> list[str]:
    return [seed.key(p.text) for p in seed.chapters()[heading]]


@pytest.fixture(scope="module")
def docx_2021(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "redovisning-2021.docx"
    hp.load_default().report(2021).to_docx(path)
    return path


def docx_chapters(path: Path) -> tuple[list[str], dict[str, list[tuple[str, str]]]]:
    """The Heading 1 texts in order, and under each the (style, text) of its paragraphs."""
    headings: list[str] = []
    under: dict[str, list[tuple[str, str]]] = {}
    for paragraph in Document(str(path)).paragraphs:
        style = paragraph.style.name if paragraph.style is not None else ""
        if style == "Heading 1":
            headings.append(paragraph.text)
            under[paragraph.text] = []
        elif headings and paragraph.text:
            under[headings[-1]].append((style, paragraph.text))
    return headings, under


def test_word_has_the_chapters_in_the_published_order(docx_2021: Path) -> None:
    headings, _ = docx_chapters(docx_2021)
    assert headings[:-1] == PUBLISHED
    assert headings[-1].startswith("Bilaga 1")


def test_word_has_every_paragraph_of_the_sources_chapters_in_order(docx_2021: Path) -> None:
    _, under = docx_chapters(docx_2021)
    for heading in seed.CHAPTERS:
        written = [seed.key(text) for _, text in under[heading]]
        assert written == expected_keys(heading), heading


def test_word_uses_heading_and_list_styles(docx_2021: Path) -> None:
    _, under = docx_chapters(docx_2021)
    intro = dict((seed.key(text), style) for style, text in under["Introduktion"])
    assert intro[seed.key("Nationell strategi")] == "Heading 2"
    assert intro[seed.key("Öka säkerheten i nätverk, produkter och system.")] == "List Number"
    summary = dict((seed.key(text), style) for style, text in under["Sammanfattning"])
    assert summary[seed.key("öka säkerheten i nätverk, produkter och system")] == "List Bullet"


def test_word_contents_gives_each_chapters_page(docx_2021: Path, tmp_path: Path) -> None:
    paragraphs = [p.text for p in Document(str(docx_2021)).paragraphs]
    start = paragraphs.index("Innehåll") + 1
    entries = [p.split("\t") for p in paragraphs[start : start + len(PUBLISHED)]]
    assert [entry[0] for entry in entries] == PUBLISHED
    pages = [int(entry[1]) for entry in entries]
    assert pages == sorted(pages) and len(set(pages)) == len(pages)
    # The pages are those of the laid-out document: each chapter heads its page.
    pdf = tmp_path / "r.pdf"
    from handlingsplan.render import pdf as pdf_module

    pdf_module.docx_to_pdf(docx_2021, pdf)
    texts = reader_pdf.page_texts(pdf)
    for heading, page in zip(PUBLISHED, pages, strict=True):
        top = [" ".join(line.split()) for line in texts[page - 1].splitlines() if line.strip()]
        assert heading in top[:3], (heading, page)


class _Blocks(HTMLParser):
    """The texts of h1–h3, p and li elements, in order, with their tags; and the nav's links."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[tuple[str, str]] = []
        self.links: list[tuple[str, str]] = []
        self.ids: set[str] = set()
        self._tag: str | None = None
        self._href = ""
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag in ("h1", "h2", "h3", "p", "li", "a"):
            if tag == "a":
                self._href = str(values.get("href") or "")
            self._tag, self._text = tag, []

    def handle_data(self, data: str) -> None:
        if self._tag:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._tag:
            text = " ".join("".join(self._text).split())
            if tag == "a":
                self.links.append((self._href, text))
            else:
                self.blocks.append((tag, text))
            self._tag = None


@pytest.fixture(scope="module")
def html_2021() -> _Blocks:
    parser = _Blocks()
    parser.feed(hp.load_default().report(2021).to_html())
    return parser


def test_html_has_every_paragraph_of_the_sources_chapters_in_order(html_2021: _Blocks) -> None:
    h2 = [text for tag, text in html_2021.blocks if tag == "h2"]
    assert [h for h in h2 if h in PUBLISHED] == PUBLISHED
    for heading in seed.CHAPTERS:
        start = html_2021.blocks.index(("h2", heading)) + 1
        end = next(i for i in range(start, len(html_2021.blocks)) if html_2021.blocks[i][0] == "h2")
        written = [seed.key(text) for _, text in html_2021.blocks[start:end]]
        assert written == expected_keys(heading), heading


def test_html_contents_links_to_every_chapter(html_2021: _Blocks) -> None:
    chapters = [(href, text) for href, text in html_2021.links if text in PUBLISHED]
    assert [text for _, text in chapters] == PUBLISHED
    for href, _ in chapters:
        assert href.startswith("#") and href[1:] in html_2021.ids
    assert [tag for tag, _ in html_2021.blocks].count("h1") == 1


def test_the_pdf_has_every_paragraph_in_order(pdf_2021: Path) -> None:
    """pdftotext's text of the PDF, one key for all of it: each paragraph's key found after
    the one before."""
    whole = seed.key(" ".join(reader_pdf.page_texts(pdf_2021)))
    at = whole.index(seed.key("Innehåll")) + 1
    for heading in seed.CHAPTERS:
        for text in expected_keys(heading):
            found = whole.find(text, at)
            assert found >= 0, (heading, text[:60])
            at = found + len(text)
    assert re.search("slutord", whole[at - 5000 :])


def test_a_draft_writes_its_carried_over_chapters_marked(tmp_path: Path) -> None:
    plan = hp.load_default()
    draft = plan.new_report(2022)
    draft.set_chapter("Slutord", ["Arbetet med 2022 års redovisning har fortsatt."])
    parser = _Blocks()
    parser.feed(draft.to_html())
    texts = [text for _, text in parser.blocks]
    note = "Texten är hämtad från 2021 års redovisning och har ännu inte bearbetats."
    # Four chapters carried over (Uppföljning is a year's own and starts empty), one edited.
    assert texts.count(note) == 4
    slutord = texts.index("Slutord")
    assert texts[slutord + 1] == "Arbetet med 2022 års redovisning har fortsatt."
    assert "Uppföljning" not in [text for tag, text in parser.blocks if tag == "h2"]
