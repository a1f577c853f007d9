"""render/layout.py: Bilaga 1's words come from the core's catalogue, in the plan's words where
the appendix carries them and the 2019–2022 plan's for a stand-in without them."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

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


# The shape of an appendix, on stand-ins built here.


def _cell(text: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, paragraphs=[text] if text else [], titled=False)


def _row(id: str, *texts: str) -> SimpleNamespace:
    return SimpleNamespace(id=id, cells=[_cell(t) for t in texts])


def _table(title: str, columns: list[str], *rows: SimpleNamespace) -> SimpleNamespace:
    return SimpleNamespace(title=title, columns=columns, rows=list(rows))


def _section(kind: str, *tables: SimpleNamespace) -> SimpleNamespace:
    return SimpleNamespace(kind=kind, title=kind.capitalize(), tables=list(tables))


def test_a_row_of_another_number_of_cells_than_columns_is_refused_by_name() -> None:
    good = _table("T", ["#", "Åtgärd"], _row("1.1.1", "1.1.1.", "A"))
    bad = _table("Prio 2", ["#", "Åtgärd", "Klar"], _row("1.1.1", "1.1.1.", "A", "2021"))
    bad.rows.append(_row("2.1.5", "2.1.5.", "B"))
    layout.check_shape(SimpleNamespace(sections=[_section("aktuella", good)]))
    with pytest.raises(ValueError) as raised:
        layout.check_shape(SimpleNamespace(sections=[_section("aktuella", good, bad)]))
    assert str(raised.value) == "row '2.1.5' of table 'Prio 2' has 2 cells for 3 columns"


def test_a_section_has_priorities_when_active_or_when_a_table_is_titled() -> None:
    assert layout.has_priorities(_section("aktuella"))
    assert not layout.has_priorities(_section("genomförda", _table("", ["#"])))
    assert layout.has_priorities(_section("genomförda", _table("", ["#"]), _table("P", ["#"])))
    assert not layout.has_priorities(_section("avskrivna"))


def test_every_row_is_a_record_in_order() -> None:
    first = _table("P1", ["#", "Åtgärd"], _row("1.1.1", "1.1.1.", "A"), _row("1.1.2", "", "B"))
    second = _table("", ["#", "Klar"], _row("2.1.1", "2.1.1.", "2021"))
    got = list(layout.records([_section("aktuella", first), _section("genomförda", second)]))
    assert got == [
        layout.Record("aktuella", "P1", "1.1.1", {"#": "1.1.1.", "Åtgärd": "A"}),
        layout.Record("aktuella", "P1", "1.1.2", {"#": "", "Åtgärd": "B"}),
        layout.Record("genomförda", "", "2.1.1", {"#": "2.1.1.", "Klar": "2021"}),
    ]
    short = _table("P", ["#", "Åtgärd"], _row("1.1.1", "1.1.1."))
    with pytest.raises(ValueError):
        list(layout.records([_section("aktuella", short)]))


STANDARD = _core.PlanWords.standard().appendix
KNOWN = ("#", "Åtgärd", "Ansvarig myndighet", "Status", "Sida", "Klar", "Avskriven")


def test_the_known_columns_are_the_sections_in_order_once() -> None:
    assert layout._known_columns(STANDARD) == KNOWN
    assert layout._section_columns(STANDARD) == {
        kind: tuple(STANDARD.columns(kind)) for kind in ("aktuella", "genomförda", "avskrivna")
    }


def test_the_records_columns_are_the_fields_then_the_known_then_the_others() -> None:
    tables = [_table("", ["Extra", "#", "Klar"]), _table("", ["Mer", "Extra"])]
    assert layout.record_columns([_section("x", *tables)]) == (
        ("section", "priority", "id", *KNOWN, "Extra", "Mer")
    )
    assert layout.record_columns([]) == ("section", "priority", "id", *KNOWN)
    own = layout.record_columns([], _pillar_words())
    assert own[3:5] == ("#", "Aktivitet") and "Åtgärd" not in own


def test_a_records_values_in_any_columns() -> None:
    record = layout.Record("genomförda", "P", "1.1.1", {"#": "1.1.1.", "Klar": "2021"})
    assert layout.record_values(record, ["id", "Klar", "Sida", "section", "priority", "#"]) == [
        "1.1.1",
        "2021",
        None,
        "genomförda",
        "P",
        "1.1.1.",
    ]


def test_a_sections_columns_are_its_known_ones_then_its_tables_others() -> None:
    assert layout.section_columns(_section("avskrivna")) == tuple(STANDARD.columns("avskrivna"))
    mixed = _section("okänd", _table("", ["Extra", "Sida", "#"]))
    assert layout.section_columns(mixed) == ("#", "Sida", "Extra")
    assert layout.section_columns(_section("okänd")) == ()
    grown = _section("genomförda", _table("", ["#", "Åtgärd", "Ny", "Status"]))
    assert layout.section_columns(grown) == (
        "#",
        "Åtgärd",
        "Ansvarig myndighet",
        "Status",
        "Klar",
        "Ny",
    )


def test_the_standard_widths_by_column() -> None:
    assert layout.COLUMN_WIDTHS == {
        "#": 13,
        "Åtgärd": 44,
        "Ansvarig myndighet": 30,
        "Status": 21,
        "Sida": 10,
        "Klar": 9,
        "Avskriven": 13,
        "Strategisk prioritering": 45.0,
    }
    assert layout.DEFAULT_WIDTH == 14.0


def test_relative_widths_share_the_table_by_the_columns_widths() -> None:
    assert layout.relative_widths(["#", "Åtgärd", "Okänd"]) == pytest.approx(
        [13 / 71, 44 / 71, 14 / 71]
    )


# Widths from what the columns hold: a short column wants its longest line (up to 22
# characters, the status none) and at least its longest word, each plus 4 of padding.


def test_a_short_column_wants_its_longest_word_or_line() -> None:
    shares = layout.content_widths(["#", "Sida"], [["1.1.5."], ["12"]])
    assert shares == pytest.approx([10 / 18, 8 / 18])  # "1.1.5." 6 + 4; the header "Sida" 4 + 4


def test_a_long_line_wants_no_more_than_the_cap() -> None:
    shares = layout.content_widths(
        ["Ansvarig myndighet", "Sida"], [["MSB i samverkan med FRA och PTS"], ["3"]]
    )
    assert shares == pytest.approx([26 / 34, 8 / 34])  # 31 characters capped at 22


def test_a_cells_lines_are_measured_apart() -> None:
    shares = layout.content_widths(
        ["Ansvarig myndighet", "Sida"], [["MSB\nFRA i samverkan"], ["3"]]
    )
    assert shares == pytest.approx([19 / 27, 8 / 27])  # "FRA i samverkan": 15


def test_the_status_wraps_to_its_longest_word() -> None:
    shares = layout.content_widths(
        ["Status", "Sida"], [["Uppdaterad, tidplan och innehåll"], ["12"]]
    )
    assert shares == pytest.approx([15 / 23, 8 / 23])  # "Uppdaterad," 11 + 4


def test_an_empty_column_is_as_wide_as_its_padding() -> None:
    assert layout.content_widths(["", "x"], []) == pytest.approx([4 / 9, 5 / 9])


def test_few_columns_have_none_that_wraps() -> None:
    assert layout.content_widths(["x", "y", "z"], []) == pytest.approx([1 / 3] * 3)


def test_the_wrapping_column_takes_the_rest_of_a_line_up_to_its_largest_share() -> None:
    """The short columns want 10, 13 and 8 of a line of 95; Åtgärd would take the other 64
    (67 %), more than 55 %: it gets 55 % and the short columns share 45 % as they want."""
    shares = layout.content_widths(
        ["#", "Åtgärd", "Ansvarig myndighet", "Klar"],
        [["1.1.5."], ["kort"], ["MSB"], ["2021"]],
    )
    assert shares == pytest.approx([10 * 0.45 / 31, 0.55, 13 * 0.45 / 31, 8 * 0.45 / 31])


def test_the_second_column_wraps_where_none_is_named_so() -> None:
    shares = layout.content_widths(["x", "y", "z", "w"], [])
    assert shares == pytest.approx([0.15, 0.55, 0.15, 0.15])


def test_the_wrapping_column_keeps_its_least_share_beside_wide_columns() -> None:
    wide = "x" * 40
    shares = layout.content_widths(
        ["#", "Åtgärd", "A", "B", "C"], [["1"], [], [wide], [wide], [wide]]
    )
    others = 5 + 3 * 44
    wrap = others * 0.45 / 0.55
    total = others + wrap
    assert shares == pytest.approx([5 / total, wrap / total, 44 / total, 44 / total, 44 / total])
    assert shares[1] == pytest.approx(0.45)


def test_the_wrapping_column_between_its_shares_takes_the_rest_of_a_line() -> None:
    """Short columns of 10, 26 and 8 (44 of a line of 95): Åtgärd takes the other 51, 54 %,
    between its least (45 %) and largest (55 %) share."""
    shares = layout.content_widths(
        ["#", "Åtgärd", "Ansvarig myndighet", "Sida"],
        [["1.1.5."], ["kort"], ["MSB i samverkan med FRA och PTS"], ["12"]],
    )
    assert shares == pytest.approx([10 / 95, 51 / 95, 26 / 95, 8 / 95])


def test_a_tables_widths_are_those_of_its_cells() -> None:
    table = _table(
        "",
        ["#", "Åtgärd", "Ansvarig myndighet", "Klar"],
        _row("1.1.5", "1.1.5.", "kort", "MSB", "2021"),
    )
    assert layout.table_widths(table) == pytest.approx(
        [10 * 0.45 / 31, 0.55, 13 * 0.45 / 31, 8 * 0.45 / 31]
    )


def test_a_wrapping_column_may_be_the_first() -> None:
    shares = layout.content_widths(["Åtgärd", "#", "Sida"], [["kort"], ["1.1.5."], ["12"]])
    assert shares == pytest.approx([0.55, 10 * 0.45 / 18, 8 * 0.45 / 18])


def test_a_plans_own_priority_column_is_as_wide_as_the_standard() -> None:
    assert layout.column_width_table(_pillar_words())["Pelare"] == 45.0
