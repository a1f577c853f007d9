"""The plan as Arrow tables and Parquet files, for whoever outgrows one plan in memory (every
municipality's programme, every year): DuckDB, Polars or Spark take it from there.

``plan.to_arrow()`` gives three `pyarrow.Table` objects, one row per report and measure (or per
report, measure and agency role), joined on (``year``, ``id``); ``plan.to_parquet(folder)``
writes them as ``measures.parquet``, ``statuses.parquet`` and ``agency_roles.parquet``.
Their schemas (`MEASURES_SCHEMA`, `STATUSES_SCHEMA`, `AGENCY_ROLES_SCHEMA`) are documented in
``data/FORMAT.md`` ("Columnar export")::

    import duckdb
    duckdb.sql(\"\"\"select m.id from 'out/measures.parquet' m
                  join 'out/agency_roles.parquet' r using (year, id)
                  where m.year = 2021 and r.agency = 'FRA' and r.role = 'ansvarig'\"\"\")
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from . import _core
from ._arrow import large_strings
from ._files import PathLike, writing_folder
from ._views import PlanView, ReportView

__all__ = [
    "AGENCY_ROLES_SCHEMA",
    "MEASURES_SCHEMA",
    "STATUSES_SCHEMA",
    "TABLES",
    "to_arrow",
    "to_parquet",
]


def _schema(*fields: pa.Field[Any]) -> pa.Schema:
    return pa.schema(fields)


#: The Arrow type of each column type the core declares (`_core.measure_column_declarations`).
_ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "int32": pa.int32(),
    "bool": pa.bool_(),
    "list<string>": pa.list_(pa.string()),
}

#: Every table's first column: the report's year, on which (with ``id``) the tables join.
_YEAR = pa.field("year", pa.int32(), nullable=False)


def _declared_schema(table: str) -> pa.Schema:
    """The schema of the measure columns the core declares for `table`, after the year."""
    return _schema(
        _YEAR,
        *(
            pa.field(column.name, _ARROW_TYPES[column.arrow_type], nullable=column.nullable)
            for column in _core.measure_column_declarations()
            if table in column.tables
        ),
    )


#: One row per report and measure: what the measure says in that report.
MEASURES_SCHEMA = _declared_schema("measures")

#: One row per report and measure: its status in that report.
STATUSES_SCHEMA = _declared_schema("statuses")

#: One row per report, measure and agency taking part in it, in printed order.
AGENCY_ROLES_SCHEMA = _schema(
    _YEAR,
    *(
        pa.field(column.name, _ARROW_TYPES[column.arrow_type], nullable=False)
        for column in _core.agency_role_column_declarations()
        if column.arrow_type
    ),
)

#: The tables by name, as `to_arrow` returns them and `to_parquet` names the files.
TABLES: dict[str, pa.Schema] = {
    "measures": MEASURES_SCHEMA,
    "statuses": STATUSES_SCHEMA,
    "agency_roles": AGENCY_ROLES_SCHEMA,
}


def _texts(buffers: tuple[Any, Any, Any]) -> Any:
    """A string array from the buffers of a large string array the core laid out."""
    return large_strings(buffers).cast(pa.string())


def _text_lists(buffers: tuple[Any, tuple[Any, Any, Any]]) -> Any:
    """A list<string> array from the buffers of a large list of large strings the core laid
    out: no Python object per entry or item."""
    starts, items = buffers
    values = _texts(items)
    return pa.ListArray.from_arrays(pa.array(starts, type=pa.int32()), values)


def _coded(coded: tuple[Any, list[str]]) -> Any:
    codes, categories = coded
    return pa.array(categories, type=pa.string()).take(pa.array(codes))


def _optional_ints(arrays: tuple[Any, Any]) -> Any:
    values, missing = arrays
    return pa.array(values, mask=missing, type=pa.int32())


#: How a column of each Arrow type is made from the core's whole arrays (`_core.measure_arrays`):
#: a coded column from its (codes, categories), the others by their type.
_MAKERS: dict[str, Any] = {
    "string": _texts,
    "int32": lambda values: pa.array(values, type=pa.int32()),
    "bool": lambda values: pa.array(values, type=pa.bool_()),
    "list<string>": _text_lists,
}


def _make(column: _core.ColumnDeclaration) -> Any:
    if column.coded:
        return _coded
    if column.arrow_type == "int32" and column.nullable:
        return _optional_ints
    return _MAKERS[column.arrow_type]


_FROM_MEASURES = {
    column.name: _make(column) for column in _core.measure_column_declarations() if column.tables
}


def _measure_arrays(arrays: dict[str, Any]) -> dict[str, Any]:
    """A report's measures as Arrow arrays, from the whole columns the core laid out."""
    return {name: make(arrays[name]) for name, make in _FROM_MEASURES.items()}


def _role_arrays(arrays: dict[str, Any]) -> dict[str, Any]:
    """A report's agency roles as Arrow arrays, from the whole columns the core laid out."""
    return {
        name: _texts(value) if isinstance(value, tuple) else pa.array(value)
        for name, value in arrays.items()
    }


def _tables(
    report: ReportView, columns: dict[str, Any], names: tuple[str, ...]
) -> dict[str, pa.Table]:
    """The tables `names` of one report, from its columns laid out as Arrow arrays."""
    tables = {}
    for name in names:
        schema = TABLES[name]
        rows = len(columns["id"])
        data: dict[str, Any] = {"year": pa.array(np.full(rows, report.year, dtype=np.int32))}
        data.update({field: columns[field] for field in schema.names[1:]})
        tables[name] = pa.table(data, schema=schema)
    return tables


def _report_tables(report: ReportView) -> dict[str, pa.Table]:
    """The three tables of one report, from the core's columns (laid out in one walk)."""
    measures, roles = report.table_arrays()
    return {
        **_tables(report, _measure_arrays(measures), ("measures", "statuses")),
        **_tables(report, _role_arrays(roles), ("agency_roles",)),
    }


def _few_values(table: str) -> list[str]:
    """The Parquet paths of the columns of `table` whose entries repeat a few values, as the
    core declares them. A list's items are a column of their own, named as the Parquet format
    names a list's elements."""
    if table == "agency_roles":
        declared: list[Any] = [c for c in _core.agency_role_column_declarations() if c.arrow_type]
    else:
        declared = [c for c in _core.measure_column_declarations() if table in c.tables]
    return [
        f"{column.name}.list.element" if column.arrow_type.startswith("list") else column.name
        for column in declared
        if column.few_values
    ]


#: The columns each Parquet file stores by dictionary: those of a few values. A dictionary of
#: free text (titles, descriptions) costs the writer a lookup per entry and saves nothing.
_BY_DICTIONARY = {table: _few_values(table) for table in TABLES}


def to_arrow(plan: PlanView, years: Iterable[int] | None = None) -> dict[str, pa.Table]:
    """The plan's reports (those of `years`, every report when None) as Arrow tables, by name:
    "measures", "statuses" and "agency_roles" (see `TABLES` for their schemas), each ordered by
    year, then numeric id (then printed order of the agencies)."""
    wanted = None if years is None else set(years)
    per_report = [_report_tables(r) for r in plan.reports if wanted is None or r.year in wanted]
    return {
        name: pa.concat_tables([tables[name] for tables in per_report])
        if per_report
        else schema.empty_table()
        for name, schema in TABLES.items()
    }


def to_parquet(
    plan: PlanView, folder: PathLike, years: Iterable[int] | None = None
) -> dict[str, Path]:
    """Writes the tables of `to_arrow` into `folder` (created if missing) as
    ``<name>.parquet`` and returns the files by table name; FileError where the system refuses.
    The files are written report by report (one row group each): while one report's tables
    are written, the next report's are laid out, so at most two reports' tables are ever in
    memory beside the plan."""
    wanted = None if years is None else set(years)
    written: dict[str, Path] = {}
    with writing_folder(folder) as name:
        os.makedirs(name, exist_ok=True)
        written = {table: Path(name) / f"{table}.parquet" for table in TABLES}
        with contextlib.ExitStack() as stack:
            writers = {
                table: stack.enter_context(
                    # pyarrow takes a list of columns too (its documentation); the stubs say bool.
                    pq.ParquetWriter(
                        path,
                        TABLES[table],
                        use_dictionary=_BY_DICTIONARY[table],  # type: ignore[arg-type]
                    )
                )
                for table, path in written.items()
            }
            reports = (r for r in plan.reports if wanted is None or r.year in wanted)
            _write_in_turns(writers, reports)
    return written


def _write_in_turns(writers: dict[str, pq.ParquetWriter], reports: Iterable[ReportView]) -> None:
    """Each report's tables laid out and written by `writers`, in order, by two threads in turn:
    one lays out its report while the other writes the report before, and writes once that one
    is written. The core's layout and Arrow's writer let go of Python's lock, so each thread
    keeps a core busy; each holds one report's tables at a time. A writer's refusal is raised
    here, and no table is written after it."""
    stopped = threading.Event()

    def lay_out_and_write(report: ReportView, before: Future[None] | None) -> None:
        if stopped.is_set():
            return
        tables = _report_tables(report)
        if before is not None:
            before.result()  # the report before written: a refusal there is raised here too
        for table, data in tables.items():
            try:
                writers[table].write_table(data)
            except BaseException:
                stopped.set()
                raise

    with ThreadPoolExecutor(max_workers=2) as pool:
        turns: list[Future[None]] = []
        for report in reports:
            turns.append(pool.submit(lay_out_and_write, report, turns[-1] if turns else None))
        try:
            for turn in turns:
                turn.result()
        except BaseException:
            stopped.set()
            for turn in turns:
                turn.cancel()
            raise
