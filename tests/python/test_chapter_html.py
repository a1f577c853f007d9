"""Tests of handlingsplan.render.chapter_html (and the appendix page of render.html): the HTML
report is accessible. Laid out by headless Chromium (its DOM as the browser builds it, dumped),
then checked against the rules axe-core applies to them (axe-core itself, through
axe-selenium-python, timed out on this machine): the page's language is Swedish (html-has-lang,
html-lang-valid), it has a title (document-title), one h1 (page-has-heading-one) and headings
that never skip a level going down (heading-order), every header cell says what it heads
(th-has-data-cells, scope-attr-valid), every table has a caption, every link has text and a
target on the page (link-name), and every id is unique (duplicate-id)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

import handlingsplan as hp

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass
class Outline(HTMLParser):
    """What the rules look at, read off the DOM."""

    lang: str | None = None
    title: str = ""
    headings: list[int] = field(default_factory=list)
    header_scopes: list[str | None] = field(default_factory=list)
    tables: int = 0
    captions: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    _open: str | None = None
    _text: list[str] = field(default_factory=list)
    _href: str = ""

    def __post_init__(self) -> None:
        super().__init__()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.append(str(attributes["id"]))
        if tag == "html":
            self.lang = attributes.get("lang")
        elif len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self.headings.append(int(tag[1]))
        elif tag == "th":
            self.header_scopes.append(attributes.get("scope"))
        elif tag == "table":
            self.tables += 1
        if tag in ("title", "caption", "a"):
            self._open, self._text = tag, []
            self._href = str(attributes.get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag != self._open:
            return
        text = "".join(self._text).strip()
        if tag == "title":
            self.title = text
        elif tag == "caption":
            self.captions.append(text)
        else:
            self.links.append((self._href, text))
        self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text.append(data)


def rendered(page: Path, profile: Path) -> Outline:
    assert CHROMIUM is not None, "chromium is installed by scripts/install-system-deps.sh --test"
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={profile}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    outline = Outline()
    outline.feed(done.stdout.decode("utf-8"))
    return outline


def violations(outline: Outline) -> list[str]:
    """The rules the page breaks, by axe-core's names."""
    broken = []
    if outline.lang != "sv":
        broken.append("html-lang-valid")
    if not outline.title:
        broken.append("document-title")
    if outline.headings.count(1) != 1:
        broken.append("page-has-heading-one")
    levels = outline.headings
    if any(later > earlier + 1 for earlier, later in zip(levels, levels[1:], strict=False)):
        broken.append("heading-order")
    if not outline.header_scopes or any(s not in ("col", "row") for s in outline.header_scopes):
        broken.append("scope-attr-valid")
    if len(outline.captions) != outline.tables or not all(outline.captions):
        broken.append("table-caption")
    if any(
        not text or not href.startswith("#") or href[1:] not in outline.ids
        for href, text in outline.links
    ):
        broken.append("link-name")
    if len(set(outline.ids)) != len(outline.ids):
        broken.append("duplicate-id")
    return broken


def test_the_checker_sees_what_breaks_the_rules() -> None:
    outline = Outline()
    outline.feed(
        '<html lang="en"><head></head><body><h1>A</h1><h3>B</h3><h1>C</h1>'
        "<table><tr><th>x</th></tr></table><a href='#nowhere'></a>"
        '<p id="a"></p><p id="a"></p></body></html>'
    )
    assert violations(outline) == [
        "html-lang-valid",
        "document-title",
        "page-has-heading-one",
        "heading-order",
        "scope-attr-valid",
        "table-caption",
        "link-name",
        "duplicate-id",
    ]


@pytest.fixture(scope="module")
def report_page(tmp_path_factory: pytest.TempPathFactory) -> Outline:
    from conftest import prepare_2022

    folder = tmp_path_factory.mktemp("html")
    page = folder / "redovisning-2022.html"
    prepare_2022(hp.load_default()).report(2022).to_html(page)
    return rendered(page, folder / "profil")


def test_the_report_in_html_breaks_no_rule(report_page: Outline) -> None:
    assert violations(report_page) == []
    # The chapter's measures and Bilaga 1's tables are all there to be checked.
    assert report_page.tables >= 8 and len(report_page.links) > 60
    # The title, the contents, then the chapters: each a level 2 heading, its subheadings 3.
    assert report_page.headings[:3] == [1, 2, 2]
    assert {1, 2, 3, 4, 5} <= set(report_page.headings)


def test_bilaga_1_alone_in_html_breaks_no_rule(tmp_path: Path) -> None:
    page = tmp_path / "bilaga-2021.html"
    hp.load_default().report(2021).appendix().to_html(page)
    outline = rendered(page, tmp_path / "profil")
    assert violations(outline) == []
    assert outline.captions[-1] == "Avskrivna åtgärder"
