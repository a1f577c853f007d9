"""Tests of handlingsplan.render.chapter_html.report_page on its own: its contents and chapters
from the parts it is given, or the Åtgärder chapter alone, and Bilaga 1 under the title given.
(test_chapter_html.py checks the whole report page's accessibility in Chromium.)"""

from __future__ import annotations

import pytest

import handlingsplan as hp
from handlingsplan.render.chapter_html import report_page

FRAGMENT = '<section id="bilaga-1"><h2>Bilagans egen text</h2></section>'


@pytest.fixture(scope="module")
def report() -> hp.Report:
    return hp.load_default().report(2021)


def test_the_chapter_alone_where_no_parts_are_given(report: hp.Report) -> None:
    page = report_page(report.chapter(), FRAGMENT)
    # The contents: the Åtgärder chapter, then Bilaga 1, each a link to its place.
    assert '<li><a href="#kapitel-atgarder">Åtgärder</a></li>' in page
    assert '<li><a href="#bilaga-1">Bilaga 1</a></li>' in page
    assert '<h2 id="kapitel-atgarder">Åtgärder</h2>' in page
    assert page.count('href="#kapitel-') == 1
    # The chapter is laid out with its measures, and the appendix's own HTML follows as given.
    first = report.chapter().priorities[0].objectives[0].measures[0]
    assert first.title in page
    assert FRAGMENT in page
    assert page.index('id="kapitel-atgarder"') < page.index(FRAGMENT)


def test_the_parts_given_in_their_order_and_the_appendix_under_its_title(
    report: hp.Report,
) -> None:
    parts = report.parts()
    page = report_page(report.chapter(), FRAGMENT, parts, "Bilaga 1: Förteckning över åtgärder")
    links = [f'<li><a href="#{p.anchor}">{p.heading}</a></li>' for p in parts]
    places = [page.index(link) for link in links]
    assert places == sorted(places)
    assert '<li><a href="#bilaga-1">Bilaga 1: Förteckning över åtgärder</a></li>' in page
    assert '<a href="#bilaga-1">Bilaga 1</a>' not in page
