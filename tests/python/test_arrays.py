"""The columns and frames `handlingsplan._arrays` makes by pandas' most direct routes are the
ones pandas' general routes make: the texts, the ids' categorical, the coded categoricals and
the frame of blocks, each compared with ``pd.array``, the public ``CategoricalDtype``, checked
``from_codes`` and ``pd.DataFrame`` on the same input (a report, selections of many, one and
no measures, and a diff); and the list cells the core makes are lists of the asked type."""

from __future__ import annotations

import gc

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

import handlingsplan as hp
from handlingsplan import _arrays, _core
from handlingsplan.cells import TextList
from handlingsplan.frames import MEASURE_COLUMNS

PLAN = hp.load_default()
REPORT = PLAN.report(2021)

#: Selections of many, one and no measures, and the whole report.
SOURCES = {
    "report": REPORT,
    "FRA": REPORT.measures(agency="FRA"),
    "one": REPORT.measures(objective="1.1")[:1],
    "none": REPORT.measures(objective="3.2", status="ny"),
}


def _buffers(texts: list[str | None]) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """An Arrow large string array's buffers as the core gives them, made here from `texts`."""
    encoded = [t.encode() if t is not None else b"" for t in texts]
    offsets = np.cumsum([0, *map(len, encoded)], dtype=np.int64)
    data = np.frombuffer(b"".join(encoded), dtype=np.uint8)
    valid = None if None not in texts else np.array([t is not None for t in texts])
    return offsets, data, valid


def _plain(array: object) -> object:
    """A column's values as pd.DataFrame takes them: NumPy's own array where pandas wraps one."""
    return array.to_numpy() if isinstance(array, pd.arrays.NumpyExtensionArray) else array


@pytest.mark.parametrize(
    "texts", [["MSB", "Försvarsmakten", ""], ["1.1", None, "2.2"], ["x"]], ids=str
)
def test_texts_are_the_column_pd_array_makes(texts: list[str | None]) -> None:
    column = _arrays.texts(_buffers(texts))
    expected = pd.array(pa.array(texts, type=pa.large_string()), dtype=_arrays.TEXT_DTYPE)
    assert column.dtype == expected.dtype == "str"
    pd.testing.assert_extension_array_equal(column, expected)
    assert [None if pd.isna(v) else v for v in column] == texts


#: Every route to a column of texts, most direct first (pandas 3.1's, pandas 3's, pd.array).
TEXT_ROUTES = {
    "derived": _arrays._derived_text_array_maker(),
    "constructed": _arrays._constructed_text_array,
    "general": _arrays._general_text_array,
}


@pytest.mark.parametrize("route", list(TEXT_ROUTES))
@pytest.mark.parametrize("texts", [["MSB", None, "Försvarsmakten"], ["", "x"], [None]], ids=str)
def test_every_text_route_makes_the_column_pd_array_makes(
    route: str, texts: list[str | None]
) -> None:
    array = pa.array(texts, type=pa.large_string())
    made, general = TEXT_ROUTES[route](array), pd.array(texts, dtype=_arrays.TEXT_DTYPE)
    assert type(made) is type(general) and made.dtype == general.dtype == _arrays.TEXT_DTYPE
    pd.testing.assert_extension_array_equal(made, general)
    # A column of its own: changing it leaves another made from the same array as it was.
    other = TEXT_ROUTES[route](array)
    made[0] = "ändrad"
    assert made[0] == "ändrad" and other[0] != "ändrad"


def test_texts_all_missing_or_none_are_objects() -> None:
    assert list(_arrays.texts(_buffers([None, None]))) == [None, None]
    assert _arrays.texts(_buffers([None])).dtype == object
    assert len(_arrays.texts(_buffers([]))) == 0


def test_the_ids_categories_are_those_the_public_constructor_makes() -> None:
    ids = ["1.1.2", "1.1.10", "2.1.1"]  # numeric order, not text order
    column = _arrays.ids_in_order(_buffers(ids))
    expected = pd.Categorical(ids, categories=ids, ordered=True)
    assert column.dtype == expected.dtype
    assert list(column.categories) == ids and column.ordered
    pd.testing.assert_extension_array_equal(column, expected)
    assert column.min() == "1.1.2" and column.max() == "2.1.1"


def test_both_routes_to_the_ids_dtype_make_the_public_one() -> None:
    ids = _arrays.texts(_buffers(["1.1.2", "1.1.10", "2.1.1"]))
    direct = _arrays._direct_ordered_unique_maker()
    assert direct is not None
    for made in (direct(ids), _arrays._general_ordered_unique(ids)):
        expected = pd.CategoricalDtype(list(ids), ordered=True)
        assert made == expected and made.ordered
        pd.testing.assert_index_equal(made.categories, expected.categories, exact=True)


def test_coded_columns_are_those_checked_codes_make() -> None:
    dtype = pd.CategoricalDtype(["ny", "genomförd"], ordered=True)
    codes = np.array([1, -1, 0], dtype=np.int32)
    column = _arrays.coded(lambda categories: dtype)((codes, ["ny", "genomförd"]))
    pd.testing.assert_extension_array_equal(column, pd.Categorical.from_codes(codes, dtype=dtype))
    assert column[0] == "genomförd" and pd.isna(column[1])


@pytest.mark.parametrize(
    "route", [_arrays._direct_optional_ints_maker(), _arrays._general_optional_ints]
)
def test_both_routes_to_nullable_integers_make_the_public_one(route: object) -> None:
    values, missing = np.array([2019, 0, 2022], dtype=np.int64), np.array([False, True, False])
    made = route((values, missing))  # type: ignore[operator]
    expected = pd.array([2019, None, 2022], dtype="Int64")
    assert type(made) is type(expected) and made.dtype == expected.dtype
    pd.testing.assert_extension_array_equal(made, expected)


def test_the_cores_nullable_integers_are_values_and_what_is_missing() -> None:
    # (values, missing): missing is true where a measure has no such year (the mask pandas
    # and pyarrow take), checked here against the measures themselves.
    values, missing = _core.measure_arrays(REPORT._core, None)["completed_year"]
    years = [m.status.year if m.status.kind == hp.StatusKind.completed else None for m in REPORT]
    assert missing.dtype == bool and list(missing) == [year is None for year in years]
    assert [None if gone else int(v) for v, gone in zip(values, missing, strict=True)] == years
    assert any(years) and not all(years)


#: Every route to a frame, most direct first: pandas' own block and manager types, its public
#: blocks constructor, pd.DataFrame.
FRAME_ROUTES = {
    "direct blocks": _arrays._direct_blocks_frame_maker(),
    "public blocks": _arrays._public_blocks_frame_maker(),
    "general": _arrays._general_frame,
}


@pytest.mark.parametrize("name", list(SOURCES))
def test_a_measures_frame_is_the_one_pd_dataframe_makes(name: str) -> None:
    source = SOURCES[name]
    frame = source.to_dataframe()
    # The same columns put together by pandas' general constructor.
    expected = pd.DataFrame({c: _plain(frame[c].array) for c in frame.columns})
    pd.testing.assert_frame_equal(frame, expected)
    assert list(frame.columns) == list(MEASURE_COLUMNS) and len(frame) == len(source)
    assert isinstance(frame.index, pd.RangeIndex)


@pytest.fixture(params=["direct blocks", "public blocks"])
def blocks_route(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each route that puts a frame together from blocks, taken by `_arrays.frame` meanwhile."""
    route: str = request.param
    monkeypatch.setattr(_arrays, "_frame", FRAME_ROUTES[route])
    return route


@pytest.mark.usefixtures("blocks_route")
def test_a_frame_of_blocks_can_be_changed_as_any_frame() -> None:
    frame = REPORT.measures(agency="FRA").to_dataframe()
    other = REPORT.measures(agency="FRA").to_dataframe()
    frame["title"] = frame["title"].str.upper()
    frame.loc[0, "priority"] = 9
    frame["new"] = 1
    # The other frame shares the column names and places; it is not changed.
    assert other["title"].iloc[0] != frame["title"].iloc[0]
    assert other["priority"].iloc[0] != 9 and "new" not in other.columns
    assert list(other.columns) == list(MEASURE_COLUMNS)
    assert frame.copy().equals(frame)


def test_the_frame_helper_takes_columns_in_their_order() -> None:
    columns = {
        "b": np.array([1, 2], dtype=np.int64),
        "a": _arrays.texts(_buffers(["x", None])),
        "c": np.array([True, False]),
    }
    frame = _arrays.frame(columns)
    pd.testing.assert_frame_equal(frame, pd.DataFrame(columns))
    assert list(frame.columns) == ["b", "a", "c"]
    empty = _arrays.frame({"b": np.array([], dtype=np.int64)})
    assert list(empty.columns) == ["b"] and len(empty) == 0
    nothing = _arrays.frame({})  # no columns, so no rows to count
    pd.testing.assert_frame_equal(nothing, pd.DataFrame({}))


@pytest.mark.usefixtures("blocks_route")
def test_a_name_given_to_one_frames_index_or_columns_stays_on_that_frame() -> None:
    # The frames of one kind share their column names and row numbers' data, made once; each
    # has an index object of its own, whose name is set in place.
    named = REPORT.measures(agency="FRA").to_dataframe()
    named.columns.name, named.index.name = "fält", "rad"
    for other in (REPORT.measures(agency="FRA").to_dataframe(), REPORT.to_dataframe()):
        assert other.columns.name is None and other.index.name is None
    assert named.columns.name == "fält" and named.index.name == "rad"
    renamed = REPORT.measures(agency="FRA").to_dataframe().rename_axis(columns="x")
    assert list(renamed.columns) == list(MEASURE_COLUMNS)


@pytest.mark.parametrize("route", ["direct blocks", "public blocks"])
@pytest.mark.parametrize("rows", [1, 3])
def test_the_frame_keeps_numpy_columns_as_they_are(rows: int, route: str) -> None:
    # Each column is a block of its own, taken as it is: nothing copied, also where two
    # columns share a dtype or the frame has one row.
    first, second = np.arange(rows, dtype=np.int64), np.arange(rows, dtype=np.int64) * 2
    frame = FRAME_ROUTES[route]({"first": first, "second": second})
    assert np.shares_memory(frame["first"].to_numpy(), first)
    assert np.shares_memory(frame["second"].to_numpy(), second)
    assert list(frame["second"]) == [2 * i for i in range(rows)]


@pytest.mark.parametrize("route", list(FRAME_ROUTES))
@pytest.mark.parametrize("name", list(SOURCES))
def test_every_frame_route_makes_the_same_frame(route: str, name: str) -> None:
    frame = SOURCES[name].to_dataframe()
    columns = {c: _plain(frame[c].array) for c in frame.columns}
    made = FRAME_ROUTES[route](columns)
    pd.testing.assert_frame_equal(made, pd.DataFrame(columns))
    assert isinstance(made.index, pd.RangeIndex) and list(made.columns) == list(MEASURE_COLUMNS)


def test_with_this_pandas_the_most_direct_routes_are_taken() -> None:
    # pandas 3.1 has every internal these routes use; a pandas that changes one makes the
    # module fall back to the general route, which this test then shows (frames stay right,
    # only slower).
    if tuple(int(part) for part in pd.__version__.split(".")[:2]) >= (3, 1):
        assert "_direct_blocks_frame_maker" in _arrays._frame.__qualname__
        assert _arrays._text_array.__name__ == "_from_pyarrow_array"
        assert "_direct_ordered_unique_maker" in _arrays._ordered_unique.__qualname__
        assert "_direct_optional_ints_maker" in _arrays._optional_ints.__qualname__
    else:
        assert _arrays._frame is not None


def test_a_direct_route_that_fails_or_differs_is_not_taken() -> None:
    def general(x: int) -> int:
        return x + 1

    def differs(x: int) -> int:
        return x + 2

    def fails(x: int) -> int:
        raise TypeError("an internal changed")

    def same(x: int) -> int:
        return 1 + x

    equal = int.__eq__
    assert _arrays._agreeing(same, general, 1, equal) is same
    assert _arrays._agreeing(differs, general, 1, equal) is general
    assert _arrays._agreeing(fails, general, 1, equal) is general
    assert _arrays._agreeing(None, general, 1, equal) is general


def test_without_pandas_direct_routes_the_frames_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Where pandas has none of the direct routes (an older pandas), the general routes make
    # the same frames.
    selection = SOURCES["FRA"]
    fast = selection.to_dataframe()
    monkeypatch.setattr(_arrays, "_frame", _arrays._general_frame)
    monkeypatch.setattr(_arrays, "_text_array", _arrays._general_text_array)
    monkeypatch.setattr(_arrays, "_ordered_unique", _arrays._general_ordered_unique)
    monkeypatch.setattr(_arrays, "_optional_ints", _arrays._general_optional_ints)
    general = selection.to_dataframe()
    pd.testing.assert_frame_equal(fast, general)
    assert general["id"].dtype == fast["id"].dtype and general["id"].cat.ordered
    assert list(general["id"].cat.categories) == [str(m.id) for m in selection]


def test_a_diffs_frame_is_the_one_pd_dataframe_makes() -> None:
    frame = hp.diff(REPORT, REPORT).to_dataframe()  # every measure, unchanged
    assert len(frame) == len(REPORT)
    expected = pd.DataFrame({c: _plain(frame[c].array) for c in frame.columns})
    pd.testing.assert_frame_equal(frame, expected)


@pytest.mark.parametrize("list_type", [list, TextList])
def test_list_columns_are_arrays_of_cells_of_the_type_asked(list_type: type) -> None:
    arrays = _core.measure_arrays(REPORT._core, list_type)
    for name in ("agencies", "responsible", "updated_aspects"):
        cells = arrays[name]
        assert isinstance(cells, np.ndarray) and cells.dtype == object and cells.ndim == 1
        assert len(cells) == len(REPORT)
        assert all(type(cell) is list_type for cell in cells)
        assert not any(gc.is_tracked(cell) for cell in cells)
    assert [list(c) for c in arrays["agencies"]] == [list(m.agencies.all) for m in REPORT]
    # A cell is a list as any other: it grows, and a new cell is not shared.
    cell = arrays["agencies"][0]
    cell.append("X")
    assert cell[-1] == "X" and arrays["agencies"][1][-1:] != ["X"]


@pytest.mark.parametrize("bad", [str, dict, 3, "list"])
def test_a_list_type_that_does_not_make_lists_is_refused(bad: object) -> None:
    with pytest.raises(TypeError, match="list_type must be list"):
        _core.measure_arrays(REPORT._core, bad)
