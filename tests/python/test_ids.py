"""Tests of handlingsplan.ids: every DataFrame of the package sorts its ids as numbers."""

from __future__ import annotations

import pandas as pd
import pytest

import handlingsplan as hp
from handlingsplan.ids import measure_id_dtype, objective_id_dtype

PLAN = hp.load_default()
REPORT = PLAN.report(2021)


def numeric(text: str) -> tuple[int, ...]:
    """The test's own reading of a dotted id."""
    return tuple(int(part) for part in text.split("."))


def test_sorting_by_id_is_numeric_not_textual() -> None:
    frame = pd.DataFrame({"id": ["1.1.10", "1.1.2", "2.1.1", "1.1.1"]})
    frame["id"] = frame["id"].astype(measure_id_dtype(frame["id"]))
    assert list(frame.sort_values("id")["id"]) == ["1.1.1", "1.1.2", "1.1.10", "2.1.1"]
    assert (frame["id"] == "1.1.10").sum() == 1
    assert frame["id"].max() == "2.1.1"


def test_a_malformed_id_is_refused() -> None:
    with pytest.raises(hp.ParseError):
        measure_id_dtype(["1.1.2", "ett"])


def test_objective_ids_sort_numerically() -> None:
    dtype = objective_id_dtype(["1.10", "1.2", "1.1"])
    assert list(dtype.categories) == ["1.1", "1.2", "1.10"]


def frames() -> dict[str, pd.DataFrame]:
    return {
        "measures": REPORT.to_dataframe(),
        "agency_roles": REPORT.agency_roles(),
        "objectives": REPORT.objectives_frame(),
        "diff": PLAN.diff(2021, 2021).to_dataframe(),
        "appendix": REPORT.appendix().to_dataframe(),
    }


@pytest.mark.parametrize("name", sorted(frames()))
def test_every_frame_sorts_its_ids_numerically(name: str) -> None:
    frame = frames()[name]
    shuffled = frame.sample(frac=1, random_state=7)
    ids = [str(i) for i in shuffled.sort_values("id", kind="stable")["id"]]
    assert ids == sorted(ids, key=numeric)
    assert any(len(i.split(".")[-1]) > 1 for i in ids) or name == "objectives"
