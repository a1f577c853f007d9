"""readers/blocks.py: the Åtgärder chapter read into its headings and blocks, each block's lines
(title and description, agencies, period) and pages; where a block's title ends."""

from __future__ import annotations

import re

import pytest

from handlingsplan.readers.blocks import ChapterReader, ChapterTitles
from handlingsplan.readers.report_text import _Refused
from stage_text import seed_lines, seed_source


def test_the_chapter_has_a_block_for_every_number_line() -> None:
    chapter = ChapterReader(seed_source()).chapter()
    lines = seed_lines()
    numbers = [i + 1 for i, t in enumerate(lines) if re.fullmatch(r"\s*\d\.\d\.\d+\.?\s*", t)]
    assert [b.number_line for b in chapter.blocks] == [n for n in numbers if n < 2000]
    assert sorted(chapter.priorities) == [1, 2, 3, 4, 5, 6]
    assert chapter.page_checks  # the seed prints numbered page headers


def test_a_block_keeps_its_agency_and_period_lines() -> None:
    chapter = ChapterReader(seed_source()).chapter()
    first = chapter.blocks[0]
    assert str(first.id) == "1.1.1"
    assert first.period_line.text == "2019–2025"
    assert "Försvarsmakten" in " ".join(x.text for x in first.agency_lines)
    assert first.page_first is not None and first.page_first <= first.page_last


def test_where_a_title_ends() -> None:
    chapter = ChapterReader(seed_source()).chapter()
    block = next(b for b in chapter.blocks if str(b.id) == "1.1.1")
    titles = ChapterTitles(seed_source())
    title, desc, marking, method = titles.chapter_title(
        block, "Proaktivt stödja de mest skyddsvärda verksamheterna"
    )
    assert " ".join(x.text for x in title) == "Proaktivt stödja de mest skyddsvärda verksamheterna"
    assert desc and marking is None and method == "rubriken i Bilaga 1"
    with pytest.raises(_Refused, match="cannot tell where the title ends"):
        titles.chapter_title(block, "En helt annan rubrik")


def test_a_chapter_that_ends_inside_a_measure_is_refused() -> None:
    lines = seed_lines()
    last = max(i for i, t in enumerate(lines[:2000]) if re.fullmatch(r"\s*\d\.\d\.\d+\.?\s*", t))
    text = "\n".join(lines[:last] + lines[last + 1 :])
    with pytest.raises(_Refused, match="ends inside a measure"):
        ChapterReader(seed_source(text)).chapter()
