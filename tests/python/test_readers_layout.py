"""Joining a paragraph's printed lines (readers._layout): the rules beyond a plain space."""

from __future__ import annotations

import pytest

from handlingsplan.readers._layout import join_pair


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        # A period broken after its dash, as a PDF's narrow cell breaks it.
        ("under åren 2019–", "2022 års slut", "under åren 2019–2022 års slut"),
        # A dash with spaces around it keeps them.
        ("perioden 2020 –", "2022 gäller", "perioden 2020 – 2022 gäller"),
        # A dash before a word is no period.
        ("Sverige–", "Finland", "Sverige– Finland"),
        ("informations-", "säkerhet", "informationssäkerhet"),
        ("informations-", "och cybersäkerhet", "informations- och cybersäkerhet"),
    ],
)
def test_lines_are_joined_by_their_rule(left: str, right: str, joined: str) -> None:
    assert join_pair(left, right)[0] == joined
