"""Arrow arrays from the buffers the core lays a text column out in (`_core.measure_arrays`):
shared by the frames' texts (`handlingsplan._arrays`) and the Parquet tables
(`handlingsplan.columnar`), without a Python object per entry."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa

__all__ = ["large_strings"]


def large_strings(buffers: tuple[Any, Any, Any]) -> Any:
    """The large string array of the core's (int64 offsets, UTF-8 data, one bool per entry or
    None where none is missing)."""
    offsets, data, valid = buffers
    nulls = None if valid is None else pa.py_buffer(np.packbits(valid, bitorder="little").tobytes())
    return pa.LargeStringArray.from_buffers(
        len(offsets) - 1, pa.py_buffer(offsets), pa.py_buffer(data), nulls
    )
