"""pandas columns from the whole arrays the core lays out (`_core.measure_arrays`,
`_core.diff_arrays`): texts from the buffers of an Arrow string array, categoricals from codes,
ids in numeric order; no Python object per entry; and the frame of such columns, each column
its own block. Shared by `handlingsplan.frames` and the diff's frame (`handlingsplan.diff`),
which load it where a frame is first asked for.

A small frame's time is pandas' fixed cost per column, so each step takes pandas' most direct
route where the installed pandas has one (pandas 3), checked against the general route by the
tests (`tests/python/test_arrays.py`).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

__all__ = ["TEXT_DTYPE", "coded", "frame", "ids_in_order", "texts"]

#: pandas' ``str`` dtype (Arrow-backed, missing as NaN), the texts' dtype.
TEXT_DTYPE = pd.StringDtype("pyarrow", na_value=np.nan)


def _blocks_constructor() -> Callable[..., pd.DataFrame] | None:
    """pandas' maker of a frame from its columns as blocks, nothing inferred or copied again
    (pandas 3's `pandas.api.internals`), or None where the installed pandas has none."""
    try:
        internals = importlib.import_module("pandas.api.internals")
    except ImportError:  # pragma: no cover - pandas 2
        return None
    made: Callable[..., pd.DataFrame] | None = getattr(
        internals, "create_dataframe_from_blocks", None
    )
    return made


_from_blocks = _blocks_constructor()


def _general_text_array(array: Any) -> Any:
    return pd.array(array, dtype=TEXT_DTYPE)


#: The array type of `TEXT_DTYPE` (pandas asks for it again on every call).
_TEXT_ARRAY: Any = TEXT_DTYPE.construct_array_type()


def _direct_text_array(array: Any) -> Any:
    # The array type's own constructor takes a large string array as it is (pandas 3); pd.array
    # would check and convert it first, three times the cost of a small column.
    return _TEXT_ARRAY(array, dtype=TEXT_DTYPE)


_text_array = _direct_text_array if int(pd.__version__.split(".")[0]) >= 3 else _general_text_array


def texts(buffers: tuple[Any, Any, Any]) -> Any:
    """A column of texts (pandas' ``str`` dtype) from the buffers of an Arrow large string array
    the core laid out (`_core.measure_arrays`): no Python object per entry."""
    offsets, data, valid = buffers
    n = len(offsets) - 1
    if n == 0:
        return np.array([], dtype=object)
    if valid is not None and not valid.any():  # nothing but missing: objects, as pandas infers
        return np.full(n, None, dtype=object)
    nulls = None if valid is None else pa.py_buffer(np.packbits(valid, bitorder="little").tobytes())
    array: Any = pa.LargeStringArray.from_buffers(
        n, pa.py_buffer(offsets), pa.py_buffer(data), nulls
    )
    return _text_array(array)


def coded(categories_dtype: Callable[[list[str]], pd.CategoricalDtype]) -> Any:
    """A categorical column from the core's (codes, categories), in `categories_dtype`. The
    core gives each code within its categories (or -1, missing), so pandas does not check them
    again (a third of the column's time)."""

    def make(coded: tuple[Any, list[str]]) -> Any:
        codes, categories = coded
        return pd.Categorical.from_codes(codes, dtype=categories_dtype(categories), validate=False)

    return make


def ids_in_order(buffers: tuple[Any, Any, Any]) -> Any:
    """Ids (unique, in numeric order) as a numerically ordered categorical (`handlingsplan.ids`)."""
    ids = texts(buffers)
    if len(ids) == 0:
        return pd.Categorical([], categories=[], ordered=True)
    return pd.Categorical.from_codes(
        np.arange(len(ids)), dtype=_unique_categories(pd.Index(ids, copy=False)), validate=False
    )


def _unique_categories(categories: pd.Index) -> pd.CategoricalDtype:
    """The ordered categorical of `categories`, known to be unique (the core gives each id once).
    pandas' public constructor checks that again by hashing every text, most of a selection's
    id column; its own fast path, where it has one, takes them as they are."""
    fastpath = getattr(pd.CategoricalDtype, "_from_fastpath", None)
    if fastpath is None:  # pragma: no cover - a pandas without it
        return pd.CategoricalDtype(categories, ordered=True)
    made: pd.CategoricalDtype = fastpath(categories, True)
    return made


def frame(columns: dict[str, Any]) -> pd.DataFrame:
    """The frame of `columns` (name to a one-dimensional NumPy array or pandas extension array,
    all of one length, as this module makes them), in order, with a RangeIndex. Where pandas can
    (pandas 3), each column is a block of its own, taken as it is: ``pd.DataFrame`` would look
    at every column's kind again and infer the column index's dtype from its names, most of a
    small frame's time."""
    if _from_blocks is None or not columns:
        return pd.DataFrame(columns, copy=False)
    names = tuple(columns)
    rows = len(next(iter(columns.values())))
    blocks = [
        (values.reshape(1, -1) if isinstance(values, np.ndarray) else values, place)
        for values, place in zip(columns.values(), _places(len(names)), strict=True)
    ]
    return _from_blocks(blocks, index=pd.RangeIndex(rows), columns=_column_index(names))


@functools.cache
def _column_index(names: tuple[str, ...]) -> pd.Index:
    # Made once per set of names (a frame kind's): pandas infers an index's dtype from its
    # texts, a tenth of a small frame's time. An Index is immutable, so frames can share one.
    return pd.Index(names)


@functools.cache
def _places(count: int) -> tuple[np.ndarray, ...]:
    # Each block's place among the columns; read, never written, by pandas.
    return tuple(np.array([i]) for i in range(count))
