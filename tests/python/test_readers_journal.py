"""readers/journal.py: the journal of an import, its joins and entries in the order they were
made, and which joins are plain syllable breaks."""

from __future__ import annotations

import pytest

from handlingsplan.readers.journal import (
    DASH_JOINED,
    HYPHEN_KEPT,
    HYPHEN_REMOVED,
    PAGES,
    TITLES_DIFFER,
    Join,
    Journal,
    JournalEntry,
)


@pytest.mark.parametrize(
    ("left", "right", "obvious"),
    [
        ("sam-", "verkan", True),  # a plain syllable break
        ("och-", "så", True),  # three letters before the hyphen are enough
        ("in-", "te", False),  # two are not: a prefix, perhaps
        ("sam-", "Verkan", False),  # the right part begins a name
        ("sam-", "1", False),
        ("sam-", "", False),
        ("it-sam-", "verkan", False),  # a hyphen of its own before the break
    ],
)
def test_a_join_is_obvious_where_a_hyphen_between_lower_case_parts_was_removed(
    left: str, right: str, obvious: bool
) -> None:
    assert Join(3, left, right, left[:-1] + right, HYPHEN_REMOVED).obvious is obvious


@pytest.mark.parametrize("rule", [HYPHEN_KEPT, DASH_JOINED])
def test_a_join_by_another_rule_is_never_obvious(rule: str) -> None:
    assert not Join(3, "sam-", "verkan", "sam-verkan", rule).obvious


def test_the_journal_keeps_joins_by_line_and_entries_in_order() -> None:
    journal = Journal(source="r.txt")
    journal.join(7, "sam-", "verkan", "samverkan", HYPHEN_REMOVED)
    journal.join(9, "it-", "säkerhet", "it-säkerhet", HYPHEN_KEPT)
    journal.decision(12, "beslut")
    journal.note(15, "notering")
    journal.discrepancy(TITLES_DIFFER, 20, "rubriker")
    journal.discrepancy(PAGES, 21, "sidor")
    journal.decision(None, "ett till")
    assert journal.joins == {
        7: Join(7, "sam-", "verkan", "samverkan", HYPHEN_REMOVED),
        9: Join(9, "it-", "säkerhet", "it-säkerhet", HYPHEN_KEPT),
    }
    assert list(journal) == [
        JournalEntry("decision", 12, "beslut"),
        JournalEntry("note", 15, "notering"),
        JournalEntry("discrepancy", 20, "rubriker", TITLES_DIFFER),
        JournalEntry("discrepancy", 21, "sidor", PAGES),
        JournalEntry("decision", None, "ett till"),
    ]
    assert len(journal) == 5
    assert [e.text for e in journal.of_kind("decision")] == ["beslut", "ett till"]
    assert [e.text for e in journal.of_kind("note")] == ["notering"]
    assert [e.text for e in journal.discrepancies(PAGES)] == ["sidor"]
    assert journal.discrepancies("Något annat") == []
    assert (journal.source, journal.markdown) == ("r.txt", "")


def test_an_entry_other_than_a_discrepancy_has_no_topic() -> None:
    journal = Journal()
    journal.decision(1, "a")
    journal.note(2, "b")
    assert [e.topic for e in journal] == ["", ""]
    assert journal.discrepancies("") == []
    assert (Journal().source, len(Journal()), Journal().joins) == ("", 0, {})
