"""What ``report.measures(...)`` answers: the measures a filter selects, as a sequence that
shares the report's measures in the core instead of copying them into Python objects.

A `MeasureSelection` is read like the list it replaces (``len``, iteration, indexing and
slicing, ``in``, equality with a list of measures or another selection) and is a snapshot: an
edit of the report afterwards leaves it as it was. A measure becomes a Python object only when
it is asked for (iterating, indexing); ``.ids`` and ``to_dataframe()`` never make one::

    fra = report.measures(agency="FRA", role="ansvarig")
    len(fra), fra[0], fra.ids[:3]
    fra.to_dataframe()                # the columns of report.to_dataframe(), these rows
    list(fra)                         # a plain list of Measure, where one is needed
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from . import _core
from ._core import Measure, MeasureId

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["MeasureSelection"]


class MeasureSelection(Sequence[Measure]):
    """Measures of one report chosen by a filter, in numeric id order (`Report.measures`).

    A read-only sequence of `Measure`: ``len(s)``, ``s[0]``, ``s[-1]``, ``s[2:5]`` (a
    selection), ``for m in s``, ``m in s``; equal to a list (or tuple) of the same measures in
    the same order and to another selection of them. ``s.ids`` are the measures' ids and
    ``s.to_dataframe()`` their frame, both without a Python object per measure.
    """

    __slots__ = ("_core", "_words")

    def __init__(self, core: _core.MeasureSelection, words: _core.PlanWords | None = None) -> None:
        self._core = core
        self._words = words or _core.PlanWords.standard()

    def __len__(self) -> int:
        return len(self._core)

    @overload
    def __getitem__(self, index: int) -> Measure: ...
    @overload
    def __getitem__(self, index: slice) -> MeasureSelection: ...
    def __getitem__(self, index: int | slice) -> Measure | MeasureSelection:
        if isinstance(index, slice):
            return MeasureSelection(self._core[index], self._words)
        return self._core[index]

    def __iter__(self) -> Iterator[Measure]:
        return iter(self._core)

    def __contains__(self, measure: object) -> bool:
        return isinstance(measure, Measure) and any(m == measure for m in self._core)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, MeasureSelection):
            return self._core == other._core
        if isinstance(other, (list, tuple)):
            return len(other) == len(self) and all(
                a == b for a, b in zip(self._core, other, strict=True)
            )
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    @property
    def ids(self) -> list[MeasureId]:
        """The selected measures' ids, in order."""
        return self._core.ids()

    @property
    def words(self) -> _core.PlanWords:
        """The words of the plan the measures are from (`Plan.words`): how its ids are written,
        "1" or "A" for a priority in the frame."""
        return self._words

    def measure_arrays(self, list_type: type[list[str]] | None) -> dict[str, Any]:
        """The selected measures column by column as whole arrays; see
        `handlingsplan._core.measure_arrays`."""
        return _core.measure_arrays(self._core, list_type)

    def to_dataframe(self) -> pd.DataFrame:
        """One row per selected measure, with the columns of ``report.to_dataframe()``; see
        `handlingsplan.frames.measures_frame`."""
        from .frames import measures_frame  # pandas loads at the point of use

        return measures_frame(self)

    def __repr__(self) -> str:
        n = len(self)
        shown = ", ".join(str(i) for i in self._core[:5].ids()) + (", …" if n > 5 else "")
        noun = "measure" if n == 1 else "measures"
        return f"<MeasureSelection: {n} {noun}" + (f" ({shown})>" if n else ">")
