"""pandas columns from the whole arrays the core lays out (`_core.measure_arrays`,
`_core.diff_arrays`): texts from the buffers of an Arrow string array, categoricals from codes,
ids in numeric order; no Python object per entry. Shared by `handlingsplan.frames` and the
diff's frame (`handlingsplan.diff`), which load it where a frame is first asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

__all__ = ["coded", "ids_in_order", "texts"]


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
    return pd.array(array, dtype=pd.StringDtype("pyarrow", na_value=np.nan))


def coded(categories_dtype: Callable[[list[str]], pd.CategoricalDtype]) -> Any:
    """A categorical column from the core's (codes, categories), in `categories_dtype`."""

    def make(coded: tuple[Any, list[str]]) -> Any:
        codes, categories = coded
        return pd.Categorical.from_codes(codes, dtype=categories_dtype(categories))

    return make


def ids_in_order(buffers: tuple[Any, Any, Any]) -> Any:
    """Ids (unique, in numeric order) as a numerically ordered categorical (`handlingsplan.ids`)."""
    ids = texts(buffers)
    if len(ids) == 0:
        return pd.Categorical([], categories=[], ordered=True)
    return pd.Categorical.from_codes(
        np.arange(len(ids)), dtype=pd.CategoricalDtype(pd.Index(ids), ordered=True)
    )
