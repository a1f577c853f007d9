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

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

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


#: One row per report and measure: what the measure says in that report.
MEASURES_SCHEMA = _schema(
    pa.field("year", pa.int32(), nullable=False),
    pa.field("id", pa.string(), nullable=False),
    pa.field("priority", pa.int32(), nullable=False),
    pa.field("objective", pa.string(), nullable=False),
    pa.field("number", pa.int32(), nullable=False),
    pa.field("title", pa.string(), nullable=False),
    pa.field("title_in_appendix", pa.string(), nullable=False),
    pa.field("description", pa.string(), nullable=False),
    pa.field("agency_text", pa.string(), nullable=False),
    pa.field("agencies_in_appendix", pa.string(), nullable=False),
    pa.field("period", pa.string()),
    pa.field("period_start", pa.int32()),
    pa.field("period_end", pa.int32()),
    pa.field("open_ended", pa.bool_(), nullable=False),
    pa.field("page", pa.int32()),
    pa.field("chapter_marking", pa.string()),
)

#: One row per report and measure: its status in that report.
STATUSES_SCHEMA = _schema(
    pa.field("year", pa.int32(), nullable=False),
    pa.field("id", pa.string(), nullable=False),
    pa.field("status", pa.string(), nullable=False),
    pa.field("active", pa.bool_(), nullable=False),
    pa.field("updated_aspects", pa.list_(pa.string()), nullable=False),
    pa.field("completed_year", pa.int32()),
    pa.field("withdrawn_year", pa.int32()),
    pa.field("withdrawn_reason", pa.string()),
)

#: One row per report, measure and agency taking part in it, in printed order.
AGENCY_ROLES_SCHEMA = _schema(
    pa.field("year", pa.int32(), nullable=False),
    pa.field("id", pa.string(), nullable=False),
    pa.field("agency", pa.string(), nullable=False),
    pa.field("agency_name", pa.string(), nullable=False),
    pa.field("samfi", pa.bool_(), nullable=False),
    pa.field("role", pa.string(), nullable=False),
    pa.field("responsible", pa.bool_(), nullable=False),
)

#: The tables by name, as `to_arrow` returns them and `to_parquet` names the files.
TABLES: dict[str, pa.Schema] = {
    "measures": MEASURES_SCHEMA,
    "statuses": STATUSES_SCHEMA,
    "agency_roles": AGENCY_ROLES_SCHEMA,
}


def _report_tables(report: ReportView) -> dict[str, pa.Table]:
    """The three tables of one report, from the core's columns."""
    measures = report.measure_columns()
    roles = report.agency_role_columns()
    tables = {}
    for name, schema, columns in (
        ("measures", MEASURES_SCHEMA, measures),
        ("statuses", STATUSES_SCHEMA, measures),
        ("agency_roles", AGENCY_ROLES_SCHEMA, roles),
    ):
        rows = len(columns["id"])
        data = {"year": [report.year] * rows}
        data.update({field: columns[field] for field in schema.names[1:]})
        tables[name] = pa.table(data, schema=schema)
    return tables


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
    """Writes `to_arrow`'s tables into `folder` (created if missing) as ``<name>.parquet``
    and returns the files by table name; FileError where the system refuses."""
    tables = to_arrow(plan, years)
    written: dict[str, Path] = {}
    with writing_folder(folder) as name:
        os.makedirs(name, exist_ok=True)
        for table_name, table in tables.items():
            path = Path(name) / f"{table_name}.parquet"
            pq.write_table(table, path)
            written[table_name] = path
    return written
