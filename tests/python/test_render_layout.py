"""render/layout.py: Bilaga 1's words come from the core's catalogue, in the plan's words where
the appendix carries them and the 2019–2022 plan's for a stand-in without them."""

from __future__ import annotations

from types import SimpleNamespace

from handlingsplan import _core
from handlingsplan.render import layout


def _pillar_words() -> _core.PlanWords:
    return _core.PlanWords(
        levels=_core.LevelWords(priority="Pelare", objective="Mål", measure="Aktivitet"),
        ids=_core.IdStyle.letters,
        appendix=_core.AppendixWords(measure_column="Aktivitet", empty="Inga aktiviteter."),
    )


def test_the_module_words_are_the_catalogues() -> None:
    words = _core.PlanWords.standard().appendix
    assert layout.EMPTY_TEXT == words.empty == "Inga åtgärder."
    assert layout.PAGE_COLUMN == words.page_column == "Sida"
    assert layout.SHEET_PRIORITY_COLUMN == "Strategisk prioritering"
    assert layout.WRAPPING_COLUMN == words.measure_column


def test_an_appendix_is_read_in_its_own_words() -> None:
    stand_in = SimpleNamespace(sections=[])
    assert layout.appendix_words(stand_in) == _core.PlanWords.standard()
    assert layout.empty_text(stand_in) == "Inga åtgärder."
    own = SimpleNamespace(sections=[], words=_pillar_words())
    assert layout.empty_text(own) == "Inga aktiviteter."


def test_a_plans_own_columns_get_the_widths_of_their_part() -> None:
    standard = layout.column_width_table(_core.PlanWords.standard())
    own = layout.column_width_table(_pillar_words())
    assert own["Aktivitet"] == standard["Åtgärd"]
    assert own["Pelare"] == standard["Strategisk prioritering"]
    assert "Åtgärd" not in own
    section = SimpleNamespace(kind="genomförda", tables=[])
    assert layout.section_columns(section, _pillar_words()) == (
        "#",
        "Aktivitet",
        "Ansvarig myndighet",
        "Klar",
    )
    assert layout.section_columns(section)[1] == "Åtgärd"
    # The measure's column wraps whatever the plan calls it: the second of every table.
    shares = layout.content_widths(
        ["#", "Aktivitet", "Ansvarig myndighet", "Klar"],
        [["A.1.1."], ["x " * 200], ["MCF"], ["2026"]],
    )
    assert shares[1] == max(shares)
    assert shares[1] >= 0.45
