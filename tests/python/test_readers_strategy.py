"""readers/strategy.py: the plan's title and years, the report's year, the SAMFI agencies and the
strategy's priorities and objectives, as the 2021 report prints them."""

from __future__ import annotations

import re

import pytest

from handlingsplan.readers.blocks import ChapterReader
from handlingsplan.readers.report_text import _Refused
from handlingsplan.readers.strategy import StrategyReader
from stage_text import seed_lines, seed_source


def test_title_year_and_agencies() -> None:
    reader = StrategyReader(seed_source())
    title, first, last = reader.plan_title()
    assert (title, first, last) == (
        "Samlad informations- och cybersäkerhetshandlingsplan 2019–2022",
        2019,
        2022,
    )
    assert reader.report_year() == 2021
    reader.check_samfi()
    assert any("SAMFI-myndigheterna som Sammanfattning nämner" in e.text for e in reader.journal)


def test_the_priorities_and_objectives_are_the_overviews() -> None:
    src = seed_source()
    chapter = ChapterReader(src).chapter()
    priorities = StrategyReader(src).priorities(chapter)
    assert [p.number for p in priorities] == [1, 2, 3, 4, 5, 6]
    headed = {
        m.group(1) for m in map(re.compile(r"^Målsättning (\d\.\d)").match, seed_lines()) if m
    }
    ids = {str(o.id) for p in priorities for o in p.objectives}
    assert headed <= ids and len(ids) == 20


def test_a_text_without_the_plans_title_is_refused() -> None:
    text = "\n".join(seed_lines()).replace("cybersäkerhetshandlingsplan", "handlingsplan")
    with pytest.raises(_Refused, match="not a report of the plan"):
        StrategyReader(seed_source(text)).plan_title()
