"""Ids that sort as numbers in pandas: 1.1.2 before 1.1.10.

A measure's id ("1.1.10") and an objective's ("1.2") are text, and text sorts character by
character, so ``df.sort_values("id")`` would put 1.1.10 before 1.1.2. Every DataFrame of the
package therefore holds its ids as an *ordered categorical* whose categories are the ids in
numeric order (the core's own order of `MeasureId` and `ObjectiveId`): sorting, ``min``/``max``
and comparisons (``df[df.id < "1.2.1"]``) follow the numbers, while each value still reads and
compares as the text ``"1.1.10"`` (``df[df.id == "1.1.10"]``, ``df.id.str.startswith("1.")``).
Frames of different reports have different categories; pandas turns such a column back into
text when they are concatenated, so call `measure_id_dtype` on the result to sort it again.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ._core import MeasureId, ObjectiveId

__all__ = ["measure_id_dtype", "objective_id_dtype"]


def measure_id_dtype(ids: Iterable[str]) -> pd.CategoricalDtype:
    """The ordered categorical of these measure ids in numeric order; ParseError for an id the
    core does not accept."""
    return pd.CategoricalDtype(sorted(set(ids), key=MeasureId), ordered=True)


def objective_id_dtype(ids: Iterable[str]) -> pd.CategoricalDtype:
    """The ordered categorical of these objective ids ("1.2") in numeric order."""
    return pd.CategoricalDtype(sorted(set(ids), key=ObjectiveId), ordered=True)
