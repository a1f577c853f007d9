"""pandas columns from the whole arrays the core lays out (`_core.measure_arrays`,
`_core.diff_arrays`): texts from the buffers of an Arrow string array, categoricals from codes,
ids in numeric order; no Python object per entry; and the frame of such columns, each column
its own block. Shared by `handlingsplan.frames` and the diff's frame (`handlingsplan.diff`),
which load it where a frame is first asked for.

A small frame's time is pandas' fixed cost per column: its general constructors look at every
column's kind again, check what the core already guarantees, and copy. So each step takes the
most direct route the installed pandas has, some of them pandas' own internals. A route is
chosen once, when this module loads: the most direct one that makes, from a small sample, what
pandas' general route makes (`_agreeing`); where an internal is missing or has changed, the
next. The tests hold every route to the general one on real columns
(`tests/python/test_arrays.py`).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from ._arrow import large_strings

__all__ = ["TEXT_DTYPE", "coded", "frame", "ids_in_order", "optional_ints", "texts"]

#: pandas' ``str`` dtype (Arrow-backed, missing as NaN), the texts' dtype.
TEXT_DTYPE = pd.StringDtype("pyarrow", na_value=np.nan)


def _agreeing(
    direct: Callable[[Any], Any] | None,
    general: Callable[[Any], Any],
    sample: Any,
    same: Callable[[Any, Any], bool],
) -> Callable[[Any], Any]:
    """`direct` where it makes of `sample` what `general` makes, else `general`: a direct route
    through pandas' internals is taken only where the installed pandas has them as expected."""
    if direct is None:
        return general
    try:
        if same(direct(sample), general(sample)):
            return direct
    except Exception:  # an internal that is not what this module expects
        pass
    return general


def _same_array(made: Any, expected: Any) -> bool:
    return type(made) is type(expected) and made.dtype == expected.dtype and made.equals(expected)


def _internal(module: str, name: str) -> Any:
    """pandas' `module`.`name`, or None where the installed pandas has no such thing."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:  # pragma: no cover - a pandas without the module
        return None


# --- Texts -------------------------------------------------------------------------------------


def _general_text_array(array: Any) -> Any:
    return pd.array(array, dtype=TEXT_DTYPE)


def _constructed_text_array(array: Any) -> Any:
    # The array type's own constructor takes a large string array as it is (pandas 3); pd.array
    # checks and converts it first, three times the cost of a small column.
    array_type: Any = TEXT_DTYPE.construct_array_type()
    return array_type(array, dtype=TEXT_DTYPE)


def _derived_text_array_maker() -> Callable[[Any], Any] | None:
    """The texts' array made as pandas makes the result of an operation on one (pandas 3.1's
    `_from_pyarrow_array`): half the constructor's time, which infers the Arrow type's dtype
    again only to replace it."""
    template = _constructed_text_array(pa.array([], type=pa.large_string()))
    derive = getattr(template, "_from_pyarrow_array", None)
    return derive


def _text_route() -> Callable[[Any], Any]:
    sample = pa.array(["MSB", None, "Försvarsmakten"], type=pa.large_string())
    constructed = _agreeing(_constructed_text_array, _general_text_array, sample, _same_array)
    try:
        derived = _derived_text_array_maker()
    except Exception:  # a pandas whose constructor does not take the array
        derived = None
    return _agreeing(derived, constructed, sample, _same_array)


_text_array = _text_route()


def texts(buffers: tuple[Any, Any, Any]) -> Any:
    """A column of texts (pandas' ``str`` dtype) from the buffers of an Arrow large string array
    the core laid out (`_core.measure_arrays`): no Python object per entry."""
    offsets, _, valid = buffers
    n = len(offsets) - 1
    if n == 0:
        return np.array([], dtype=object)
    if valid is not None and not valid.any():  # nothing but missing: objects, as pandas infers
        return np.full(n, None, dtype=object)
    return _text_array(large_strings(buffers))


# --- Categoricals ------------------------------------------------------------------------------


def coded(categories_dtype: Callable[[list[str]], pd.CategoricalDtype]) -> Any:
    """A categorical column from the core's (codes, categories), in `categories_dtype`. The
    core gives each code within its categories (or -1, missing), so pandas does not check them
    again (a third of the column's time)."""

    def make(coded: tuple[Any, list[str]]) -> Any:
        codes, categories = coded
        return pd.Categorical.from_codes(codes, dtype=categories_dtype(categories), validate=False)

    return make


def _general_ordered_unique(ids: Any) -> pd.CategoricalDtype:
    return pd.CategoricalDtype(pd.Index(ids, copy=False), ordered=True)


def _direct_ordered_unique_maker() -> Callable[[Any], pd.CategoricalDtype] | None:
    # pandas' public constructors check that the categories are unique by hashing every text
    # and infer the Index's kind again, most of a selection's id column; its own fast paths
    # take them as they are.
    fastpath = getattr(pd.CategoricalDtype, "_from_fastpath", None)
    simple_index = getattr(pd.Index, "_simple_new", None)
    if fastpath is None or simple_index is None:
        return None
    return lambda ids: fastpath(simple_index(ids), True)


def _same_dtype(made: pd.CategoricalDtype, expected: pd.CategoricalDtype) -> bool:
    return bool(
        made == expected
        and made.ordered
        and made.categories.equals(expected.categories)
        and made.categories.dtype == expected.categories.dtype
    )


#: The ordered categorical of ids known to be unique (the core gives each id once).
_ordered_unique = _agreeing(
    _direct_ordered_unique_maker(),
    _general_ordered_unique,
    _text_array(pa.array(["1.1.2", "1.1.10"], type=pa.large_string())),
    _same_dtype,
)


def ids_in_order(buffers: tuple[Any, Any, Any]) -> Any:
    """Ids (unique, in numeric order) as a numerically ordered categorical (`handlingsplan.ids`)."""
    ids = texts(buffers)
    if len(ids) == 0:
        return pd.Categorical([], categories=[], ordered=True)
    return pd.Categorical.from_codes(
        np.arange(len(ids)), dtype=_ordered_unique(ids), validate=False
    )


# --- Nullable integers -------------------------------------------------------------------------


def _general_optional_ints(arrays: tuple[Any, Any]) -> Any:
    values, missing = arrays
    return pd.arrays.IntegerArray(values, missing)


def _direct_optional_ints_maker() -> Callable[[tuple[Any, Any]], Any] | None:
    # The public constructor checks the values' and the mask's kinds and shapes, which the core
    # gives as int64 and bool of one length: four fifths of a small column's time.
    simple = getattr(pd.arrays.IntegerArray, "_simple_new", None)
    return None if simple is None else lambda arrays: simple(*arrays)


_optional_ints = _agreeing(
    _direct_optional_ints_maker(),
    _general_optional_ints,
    (np.array([2019, 0], dtype=np.int64), np.array([False, True])),
    _same_array,
)


def optional_ints(arrays: tuple[Any, Any]) -> Any:
    """Nullable integers (``Int64``) from the core's (int64 values, bool missing)."""
    return _optional_ints(arrays)


# --- The frame ---------------------------------------------------------------------------------


def _general_frame(columns: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(columns, copy=False)


def _two_dimensional(values: Any) -> Any:
    # A NumPy block holds its columns as rows; an extension array is a block as it is.
    return values.reshape(1, -1) if isinstance(values, np.ndarray) else values


def _public_blocks_frame_maker() -> Callable[[dict[str, Any]], pd.DataFrame] | None:
    """A frame from its columns as blocks, nothing inferred or copied again, through pandas 3's
    public `pandas.api.internals.create_dataframe_from_blocks`."""
    from_blocks = _internal("pandas.api.internals", "create_dataframe_from_blocks")
    if from_blocks is None:  # pragma: no cover - pandas 2
        return None

    def made(columns: dict[str, Any]) -> pd.DataFrame:
        names = tuple(columns)
        blocks = [
            (_two_dimensional(values), place)
            for values, place in zip(columns.values(), _places(len(names)), strict=True)
        ]
        built: pd.DataFrame = from_blocks(
            blocks, index=_rows(columns), columns=_column_index(names)
        )
        return built

    return made


def _direct_blocks_frame_maker() -> Callable[[dict[str, Any]], pd.DataFrame] | None:
    """The same frame from pandas' own block and manager types: each block's type known (a
    NumPy or an extension block), its place made once, and the manager not checked again. The
    public route's checks are half a small frame's time."""
    numpy_block = _internal("pandas.core.internals.blocks", "NumpyBlock")
    extension_block = _internal("pandas.core.internals.blocks", "ExtensionBlock")
    manager = _internal("pandas.core.internals.managers", "BlockManager")
    placement = _internal("pandas._libs.internals", "BlockPlacement")
    from_manager: Any = getattr(pd.DataFrame, "_from_mgr", None)
    if None in (numpy_block, extension_block, manager, placement, from_manager):
        return None

    @functools.cache
    def block_places(count: int) -> tuple[Any, ...]:
        return tuple(placement(slice(i, i + 1)) for i in range(count))

    def block(values: Any, place: Any) -> Any:
        kind = numpy_block if isinstance(values, np.ndarray) else extension_block
        return kind(_two_dimensional(values), placement=place, ndim=2)

    def made(columns: dict[str, Any]) -> pd.DataFrame:
        names = tuple(columns)
        blocks = [
            block(values, place)
            for values, place in zip(columns.values(), block_places(len(names)), strict=True)
        ]
        axes = [_column_index(names), _rows(columns)]
        built: pd.DataFrame = from_manager(manager(blocks, axes, verify_integrity=False), axes)
        return built

    return made


def _rows(columns: dict[str, Any]) -> pd.Index:
    return _range_index(len(next(iter(columns.values())))).view()


def _column_index(names: tuple[str, ...]) -> pd.Index:
    return _made_column_index(names).view()


# An index is made once per set of names (a frame kind's) or length: pandas infers an index's
# dtype from its texts, a tenth of a small frame's time. Each frame takes a view of its own
# (`Index.view`, the data shared): an index's name can be set in place, and a name given to one
# frame's columns must not appear on another's.
@functools.cache
def _made_column_index(names: tuple[str, ...]) -> pd.Index:
    return pd.Index(names)


@functools.lru_cache(maxsize=256)
def _range_index(rows: int) -> pd.RangeIndex:
    return pd.RangeIndex(rows)


@functools.cache
def _places(count: int) -> tuple[np.ndarray, ...]:
    # Each block's place among the columns; read, never written, by pandas.
    return tuple(np.array([i]) for i in range(count))


def _same_frame(made: pd.DataFrame, expected: pd.DataFrame) -> bool:
    return bool(
        made.equals(expected)
        and made.dtypes.equals(expected.dtypes)
        and made.columns.equals(expected.columns)
        and made.index.equals(expected.index)
    )


def _frame_route() -> Callable[[dict[str, Any]], pd.DataFrame]:
    sample = {
        "id": ids_in_order((np.array([0, 3, 6]), np.frombuffer(b"1.11.2", np.uint8), None)),
        "priority": np.array([1, 2], dtype=np.int64),
        "title": _text_array(pa.array(["MSB", None], type=pa.large_string())),
        "period_start": optional_ints((np.array([2019, 0]), np.array([False, True]))),
        "open_ended": np.array([True, False]),
        "agencies": np.empty(2, dtype=object),
    }
    sample["agencies"][:] = [["MSB"], []]
    public = _agreeing(_public_blocks_frame_maker(), _general_frame, sample, _same_frame)
    return _agreeing(_direct_blocks_frame_maker(), public, sample, _same_frame)


_frame = _frame_route()


def frame(columns: dict[str, Any]) -> pd.DataFrame:
    """The frame of `columns` (name to a one-dimensional NumPy array or pandas extension array,
    all of one length, as this module makes them), in order, with a RangeIndex. Where pandas can,
    each column is a block of its own, taken as it is: ``pd.DataFrame`` would look at every
    column's kind again and infer the column index's dtype from its names, most of a small
    frame's time."""
    return _frame(columns) if columns else _general_frame(columns)
