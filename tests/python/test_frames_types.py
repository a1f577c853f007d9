"""Every frame's columns have the types `handlingsplan.frames` documents, checked kind by kind
against a table of the tests' own (written from the documentation, not from a frame): for a
report's measures, a selection of them, a selection of one and of none, the agency roles, the
objectives and the agency matrix."""

from __future__ import annotations

import pandas as pd
import pytest

import handlingsplan as hp
from handlingsplan import frames

REPORT = hp.load_default().report(2021)

ORDERED, INT, NULLABLE_INT, BOOL, TEXT, LIST = (
    "ordered categorical",
    "int64",
    "Int64",
    "bool",
    "text",
    "list",
)

#: The columns of a measures frame and their kinds, as the module's documentation gives them.
MEASURE_KINDS = {
    "id": ORDERED,
    "priority": INT,
    "objective": ORDERED,
    "title": TEXT,
    "title_in_appendix": TEXT,
    "description": TEXT,
    "agency_text": TEXT,
    "agencies_in_appendix": TEXT,
    "agencies": LIST,
    "responsible": LIST,
    "period": TEXT,
    "period_start": NULLABLE_INT,
    "period_end": NULLABLE_INT,
    "open_ended": BOOL,
    "status": ORDERED,
    "updated_aspects": LIST,
    "completed_year": NULLABLE_INT,
    "withdrawn_year": NULLABLE_INT,
    "withdrawn_reason": TEXT,
    "page": NULLABLE_INT,
    "chapter_marking": TEXT,
}

ROLE_KINDS = {
    "id": ORDERED,
    "priority": INT,
    "objective": ORDERED,
    "agency": TEXT,
    "agency_name": TEXT,
    "samfi": BOOL,
    "role": ORDERED,
    "responsible": BOOL,
    "status": ORDERED,
}


def kind(column: pd.Series) -> str:
    """The kind of a column, from its dtype and (for lists) its cells."""
    dtype = column.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return ORDERED if dtype.ordered else "unordered categorical"
    if isinstance(dtype, pd.Int64Dtype):
        return NULLABLE_INT
    if dtype == "int64":
        return INT
    if dtype == "bool":
        return BOOL
    if dtype == "object" and len(column) and all(isinstance(c, list) for c in column):
        return LIST
    if pd.api.types.is_string_dtype(dtype):
        return TEXT
    return str(dtype)


def kinds(frame: pd.DataFrame) -> dict[str, str]:
    return {name: kind(frame[name]) for name in frame.columns}


def test_a_reports_measures_have_the_documented_kinds() -> None:
    frame = REPORT.to_dataframe()
    assert kinds(frame) == MEASURE_KINDS
    # The ids' categories are the ids in numeric order, 1.1.2 before 1.1.10.
    ids = [str(m.id) for m in REPORT]
    assert list(frame["id"].cat.categories) == ids
    assert list(frame["objective"].cat.categories) == list(dict.fromkeys(i[:3] for i in ids))


@pytest.mark.parametrize(
    "select", [{"agency": "FRA"}, {"status": "avskriven"}, {"objective": "1.1"}]
)
def test_a_selections_measures_have_the_documented_kinds(select: dict[str, str]) -> None:
    selection = REPORT.measures(**select)
    frame = selection.to_dataframe()
    assert len(frame) == len(selection) > 1
    assert kinds(frame) == MEASURE_KINDS
    assert list(frame["id"]) == [str(m.id) for m in selection]


def test_a_selection_of_one_measure_is_a_frame_of_one_row() -> None:
    one = next(
        REPORT.measures(objective=o.id)
        for o in REPORT.plan.objectives
        if len(REPORT.measures(objective=o.id)) == 1
    )
    frame = one.to_dataframe()
    assert len(frame) == 1 and kinds(frame) == MEASURE_KINDS
    assert frame["objective"].iloc[0] == str(one[0].id.objective)


def test_a_selection_of_none_keeps_every_column_and_kind() -> None:
    empty = REPORT.measures(objective="3.2", status="ny")
    frame = empty.to_dataframe()
    assert len(frame) == 0
    # With no rows a list column cannot show its cells: it is a column of objects, as a text
    # column is.
    assert kinds(frame) == {n: (TEXT if k == LIST else k) for n, k in MEASURE_KINDS.items()}
    assert frame["status"].dtype == REPORT.to_dataframe()["status"].dtype


def test_the_agency_roles_have_the_documented_kinds() -> None:
    roles = REPORT.agency_roles()
    assert kinds(roles) == ROLE_KINDS
    numeric = lambda text: tuple(int(p) for p in text.split("."))  # noqa: E731
    # In numeric order: 1.1.2 before 1.1.10, which text order would put first.
    assert list(roles["id"].cat.categories) == sorted(set(roles["id"]), key=numeric)
    assert list(roles["objective"].cat.categories) == sorted(set(roles["objective"]), key=numeric)


def test_the_objectives_frame_counts_in_whole_numbers() -> None:
    objectives = REPORT.objectives_frame()
    expected = {"id": ORDERED, "priority": INT, "text": TEXT}
    expected |= dict.fromkeys([*frames.STATUS_ORDER, "active", "total"], INT)
    assert kinds(objectives) == expected


def test_the_agency_matrix_counts_active_measures_unless_told() -> None:
    by_default = frames.agency_matrix_frame(REPORT)
    assert by_default.equals(frames.agency_matrix_frame(REPORT, None, True))
    every = frames.agency_matrix_frame(REPORT, active_only=False)
    assert int(every.to_numpy().sum()) > int(by_default.to_numpy().sum())
    for matrix in (by_default, every):
        assert (matrix.index.name, matrix.columns.name) == ("agency", "priority")
        assert set(matrix.dtypes) == {pd.api.types.pandas_dtype("int64")}
