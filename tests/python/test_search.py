"""Tests of handlingsplan.search: ``report.search`` finds measures by their titles, descriptions
and withdrawal reasons, checked against the test's own reading of the measures' texts."""

from __future__ import annotations

import re

import pytest

import handlingsplan as hp

PLAN = hp.load_default()
REPORT = PLAN.report(2021)


def texts(measure: hp.Measure) -> str:
    reason = measure.status.reason if measure.status.kind == hp.StatusKind.withdrawn else ""
    return " ".join([measure.title, measure.title_in_appendix, measure.description, reason])


def test_search_ignores_case_and_returns_the_measures_in_id_order() -> None:
    found = REPORT.search("nis")
    expected = [m for m in REPORT if "nis" in texts(m).lower()]
    assert found == expected and len(found) >= 2
    assert REPORT.search("NIS") == found
    assert [m.id for m in found] == sorted(m.id for m in found)


def test_whole_words_leave_out_words_that_only_contain_the_text() -> None:
    loose = REPORT.search("nis")
    whole = REPORT.search("NIS", whole_words=True)
    expected = [m for m in REPORT if re.search(r"(?<!\w)nis(?!\w)", texts(m), re.IGNORECASE)]
    assert whole == expected and whole
    assert len(whole) < len(loose)  # "organisation", "mekanism" … contain "nis"


def test_withdrawal_reasons_are_searched() -> None:
    withdrawn = [m for m in REPORT if m.status.kind == hp.StatusKind.withdrawn]
    reason = withdrawn[0].status.reason
    word = max(reason.split(), key=len).strip(".,")
    assert withdrawn[0] in REPORT.search(word.upper())


def test_swedish_letters_match_in_any_case() -> None:
    assert REPORT.search("SÄKERHET") == REPORT.search("säkerhet")


def test_a_phrase_matches_across_line_breaks_and_spaces() -> None:
    measure = next(iter(REPORT))
    words = measure.title.split()[:3]
    assert measure in REPORT.search("  ".join(words))


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_search_is_refused(text: str) -> None:
    with pytest.raises(hp.InvalidValueError):
        REPORT.search(text)


def test_nothing_found_is_an_empty_list() -> None:
    assert REPORT.search("xyzzy-finns-inte") == []
