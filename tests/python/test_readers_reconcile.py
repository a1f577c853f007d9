"""readers/reconcile.py: each current measure built from its chapter block and its Bilaga 1 row;
where the two disagree, the chapter's wording is kept, Bilaga 1's recorded, and the journal
names both lines."""

from __future__ import annotations

import pytest

import handlingsplan as hp
from handlingsplan.readers.bilaga import BilagaReader
from handlingsplan.readers.blocks import ChapterReader
from handlingsplan.readers.front_rows import RowsReader
from handlingsplan.readers.model import Chapter, Listed
from handlingsplan.readers.reconcile import Reconciler
from handlingsplan.readers.report_text import ReportText, _Refused, find_line
from stage_text import seed_source


def current(src: ReportText) -> tuple[Chapter, dict[hp.MeasureId, Listed]]:
    chapter = ChapterReader(src).chapter()
    akt = find_line(src.lines, r"^Aktuella åtgärder$")
    first = find_line(src.lines, r"^Strategisk prioritering 1\.", akt)
    gen = find_line(src.lines, r"^Genomförda åtgärder$", akt)
    rows = RowsReader(src).entries(first, gen, chapter, "Aktuella åtgärder")
    return chapter, BilagaReader(src).aktuella(rows)


def test_the_measures_are_the_chapters_with_bilaga_1s_status_and_page() -> None:
    src = seed_source()
    chapter, listed = current(src)
    measures, methods = Reconciler(src).active(chapter, listed)
    shipped = hp.load_default().report(2021)
    assert [str(m.id) for m in measures] == [str(b.id) for b in chapter.blocks]
    for m in measures:
        want = shipped.measure(m.id)
        assert (m.title, m.status, m.page) == (want.title, want.status, want.page)
    assert sum(len(ids) for ids in methods.values()) == len(measures)


def test_titles_worded_differently_keep_both() -> None:
    src = seed_source()
    chapter, listed = current(src)
    measures, _ = Reconciler(src).active(chapter, listed)
    differ = [e for e in src.journal.discrepancies("Rubriker med olika lydelse")]
    assert {e.text.split(":")[0] for e in differ} == {"3.1.6", "3.3.1"}
    by_id = {str(m.id): m for m in measures}
    assert by_id["3.1.6"].title_in_appendix != by_id["3.1.6"].title


def test_a_block_without_a_row_is_refused() -> None:
    src = seed_source()
    chapter, listed = current(src)
    del listed[chapter.blocks[0].id]
    with pytest.raises(_Refused, match="has no row in Bilaga 1"):
        Reconciler(src).active(chapter, listed)
