"""plan.to_arrow() / plan.to_parquet(folder): the tables read back with DuckDB answer the agency,
role, status, objective and year questions as the library does, on the shipped plan and on a
new draft report edited through the library."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import handlingsplan as hp
from handlingsplan import columnar
from handlingsplan.columnar import TABLES


@pytest.fixture(scope="module")
def plan() -> hp.Plan:
    """The shipped plan with a draft report of 2022: one measure completed, one withdrawn, one
    updated and one added."""
    plan = hp.load_default()
    draft = plan.new_report(2022)
    active = [m.id for m in draft if m.status.is_active]
    draft.complete(active[0], year=2022)
    draft.withdraw(active[1], year=2022, reason="Ingår i en annan åtgärd.")
    draft.update(active[2], period="2019–2026")
    objective = str(active[3].objective)
    numbers = [m.id.number for m in draft if str(m.id.objective) == objective]
    draft.add(
        hp.Measure(
            id=f"{objective}.{max(numbers) + 1}",
            title="Ny gemensam åtgärd",
            agencies="FRA i samverkan med MSB",
            period="2022–2024",
        )
    )
    return plan


@pytest.fixture(scope="module")
def folder(plan: hp.Plan, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("parquet") / "plan"
    written = plan.to_parquet(out)
    assert written == {name: out / f"{name}.parquet" for name in TABLES}
    return out


def ids(rows: list[tuple[object, ...]]) -> list[str]:
    return sorted((str(row[0]) for row in rows), key=hp.MeasureId)


def query(folder: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    sql = sql.format(**{name: f"'{folder / name}.parquet'" for name in TABLES})
    return duckdb.connect().execute(sql, list(params)).fetchall()


def test_the_files_have_the_documented_schemas(folder: Path) -> None:
    for name, schema in TABLES.items():
        assert pq.read_schema(folder / f"{name}.parquet").remove_metadata() == schema


def test_one_row_per_report_and_measure(plan: hp.Plan, folder: Path) -> None:
    rows = query(folder, "select year, count(*) from {measures} group by year order by year")
    assert rows == [(report.year, len(report)) for report in plan.reports]
    joined = query(folder, "select count(*) from {measures} join {statuses} using (year, id)")
    assert joined == [(sum(len(report) for report in plan.reports),)]


@pytest.mark.parametrize("year", [2021, 2022])
def test_agency_and_role_as_the_library(plan: hp.Plan, folder: Path, year: int) -> None:
    report = plan.report(year)
    for agency in plan.agencies:
        name = agency.short_name
        expected = [str(m.id) for m in report.measures(agency=name)]
        found = query(
            folder,
            "select distinct id from {agency_roles} where year = ? and agency = ?",
            year,
            name,
        )
        assert ids(found) == expected, name
        for role in hp.Role:
            expected = [str(m.id) for m in report.measures(agency=name, role=role)]
            found = query(
                folder,
                "select id from {agency_roles} where year = ? and agency = ? and role = ?",
                year,
                name,
                hp.role_text(role),
            )
            assert ids(found) == expected, (name, role)


def test_fra_leads_in_2021(plan: hp.Plan, folder: Path) -> None:
    expected = [str(m.id) for m in plan.report(2021).measures(agency="FRA", role="ansvarig")]
    assert expected  # the question has an answer to compare
    found = query(
        folder,
        "select m.id from {measures} m join {agency_roles} r using (year, id) "
        "where m.year = 2021 and r.agency = 'FRA' and r.role = 'ansvarig'",
    )
    assert ids(found) == expected


@pytest.mark.parametrize("year", [2019, 2021, 2022, 2025, 2030])
def test_active_in_a_year_after_a_new_draft(plan: hp.Plan, folder: Path, year: int) -> None:
    expected = [str(m.id) for m in plan.report(2022).measures(active_in=year)]
    found = query(
        folder,
        "select id from {measures} join {statuses} using (year, id) "
        "where year = 2022 and active and period_start <= ? "
        "and (open_ended or period_end >= ?)",
        year,
        year,
    )
    assert ids(found) == expected


@pytest.mark.parametrize("year", [2021, 2022])
def test_statuses_and_objectives_as_the_library(plan: hp.Plan, folder: Path, year: int) -> None:
    report = plan.report(year)
    counts = dict(
        query(
            folder, "select status, count(*) from {statuses} where year = ? group by status", year
        )
    )
    assert {k: v for k, v in report.count_by_status().items() if v} == counts
    for status in hp.StatusKind:
        expected = [str(m.id) for m in report.measures(status=status)]
        found = query(
            folder,
            "select id from {statuses} where year = ? and status = ?",
            year,
            hp.status_kind_text(status),
        )
        assert ids(found) == expected
    for objective in plan.objectives:
        expected = [str(m.id) for m in report.measures(objective=objective.id)]
        found = query(
            folder,
            "select id from {measures} where year = ? and objective = ?",
            year,
            str(objective.id),
        )
        assert ids(found) == expected
    for priority in plan.priorities:
        expected = [str(m.id) for m in report.measures(priority=priority.number)]
        found = query(
            folder,
            "select id from {measures} where year = ? and priority = ?",
            year,
            priority.number,
        )
        assert ids(found) == expected


def test_the_ended_and_updated_measures_keep_their_details(plan: hp.Plan) -> None:
    statuses = plan.to_arrow(years=[2022])["statuses"].to_pylist()
    by_id = {row["id"]: row for row in statuses}
    for measure in plan.report(2022):
        row = by_id[str(measure.id)]
        assert row["status"] == measure.status.kind_text
        assert row["updated_aspects"] == list(measure.status.updated_aspects)
        kind = measure.status.kind
        assert row["completed_year"] == (
            measure.status.year if kind == hp.StatusKind.completed else None
        )
        assert row["withdrawn_reason"] == (
            measure.status.reason if kind == hp.StatusKind.withdrawn else None
        )
    assert {row["year"] for row in statuses} == {2022}


#: The texts drawn from a few values, by table: the rest are free text (or not texts).
FEW_VALUES = {
    "measures": {"objective", "period", "chapter_marking"},
    "statuses": {"status", "updated_aspects"},
    "agency_roles": {"agency", "agency_name", "role"},
}


@pytest.mark.parametrize("table", sorted(TABLES))
def test_only_the_columns_of_few_values_are_stored_by_dictionary(folder: Path, table: str) -> None:
    metadata = pq.ParquetFile(folder / f"{table}.parquet").metadata
    for group in range(metadata.num_row_groups):
        row_group = metadata.row_group(group)
        by_dictionary = set()
        for i in range(row_group.num_columns):
            chunk = row_group.column(i)
            if chunk.has_dictionary_page:
                assert any("DICTIONARY" in encoding for encoding in chunk.encodings)
                # A list column's path is "updated_aspects.list.element".
                by_dictionary.add(chunk.path_in_schema.split(".")[0])
        assert by_dictionary == FEW_VALUES[table]


def test_only_the_years_asked_for_are_written(plan: hp.Plan, tmp_path: Path) -> None:
    first = plan.reports[0].year
    written = plan.to_parquet(tmp_path / "some", years=[first])
    for path in written.values():
        years = pq.read_table(path, columns=["year"]).column("year").to_pylist()
        assert years and set(years) == {first}
    every = {str(r.year) for r in plan.reports}
    assert {str(y) for y in plan.to_arrow()["measures"].column("year").to_pylist()} == every


def test_a_folder_that_is_a_file_is_a_file_error(plan: hp.Plan, tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("x")
    with pytest.raises(hp.FileError) as raised:
        plan.to_parquet(target)
    assert raised.value.filename == str(target)


def test_the_row_groups_are_the_reports_in_order(plan: hp.Plan, folder: Path) -> None:
    # One row group per report and table, in the plan's order, each holding that report only:
    # the writing overlaps the next report's layout, never reorders or mixes them.
    for name in TABLES:
        file = pq.ParquetFile(folder / f"{name}.parquet")
        years = [
            set(file.read_row_group(i, columns=["year"]).column("year").to_pylist())
            for i in range(file.num_row_groups)
        ]
        assert years == [{report.year} for report in plan.reports]
    measures = pq.read_table(folder / "measures.parquet", columns=["year", "id"])
    expected = [(r.year, str(m.id)) for r in plan.reports for m in r]
    years, numbers = (measures.column(c).to_pylist() for c in ("year", "id"))
    assert list(zip(years, numbers, strict=True)) == expected


def three_reports() -> hp.Plan:
    """The shipped plan with drafts of 2022 and 2023: three reports, each a row group."""
    plan = hp.load_default()
    plan.new_report(2022)
    plan.new_report(2023)
    return plan


def test_a_refusal_while_writing_stops_the_writing_and_is_a_file_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three reports. The second report's agency roles are refused: by then the third report's
    # are laid out, waiting on their thread, and none of them may be written after the refusal.
    plan = three_reports()
    calls: list[str] = []
    original = pq.ParquetWriter.write_table

    def refusing(self: pq.ParquetWriter, table: pa.Table, *args: object, **kwargs: object) -> None:
        kind = "agency_roles" if "role" in table.schema.names else "measures or statuses"
        year = table.column("year")[0].as_py()
        calls.append(f"{kind} {year}")
        if calls[-1] == "agency_roles 2022":
            raise OSError(28, "No space left on device")
        original(self, table, *args, **kwargs)

    monkeypatch.setattr(pq.ParquetWriter, "write_table", refusing)
    with pytest.raises(hp.FileError) as raised:
        plan.to_parquet(tmp_path / "full")
    assert "No space left on device" in str(raised.value)
    assert calls[-1] == "agency_roles 2022", calls
    assert "agency_roles 2023" not in calls


def test_at_most_two_reports_are_laid_out_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The README's bound: two threads, each holding one report's tables. The first two layouts
    # wait for each other (so they overlap however busy the machine), then linger long enough
    # for a third thread, were there one, to begin the third report meanwhile.
    plan = three_reports()
    state = {"calls": 0, "laying_out": 0, "most": 0}
    counting = threading.Lock()
    first_two = threading.Barrier(2, timeout=10)
    original = columnar._report_tables

    def slow(report: object) -> object:
        with counting:
            call = state["calls"]
            state["calls"] += 1
            state["laying_out"] += 1
            state["most"] = max(state["most"], state["laying_out"])
        if call < 2:
            first_two.wait()
        time.sleep(0.1)
        with counting:
            state["laying_out"] -= 1
        return original(report)  # type: ignore[arg-type]

    monkeypatch.setattr(columnar, "_report_tables", slow)
    plan.to_parquet(tmp_path / "out")
    assert state == {"calls": 3, "laying_out": 0, "most": 2}


def test_no_report_asked_for_gives_the_empty_tables(plan: hp.Plan, tmp_path: Path) -> None:
    # years naming no report of the plan: each table empty, with its documented schema.
    tables = plan.to_arrow(years=[1999])
    assert {name: (table.num_rows, table.schema) for name, table in tables.items()} == {
        name: (0, schema) for name, schema in TABLES.items()
    }
    written = plan.to_parquet(tmp_path / "none", years=[])
    assert all(pq.read_table(written[name]).num_rows == 0 for name in TABLES)


def test_a_folder_written_before_is_written_again(plan: hp.Plan, tmp_path: Path) -> None:
    # The folder is made where missing and taken as it is where it exists: the files are
    # written anew, the second time with only the report asked for.
    folder = tmp_path / "again"
    plan.to_parquet(folder)
    written = plan.to_parquet(folder, years=[2021])
    years = pq.read_table(written["measures"], columns=["year"]).column("year").to_pylist()
    assert set(years) == {2021}
    assert len(years) == len(plan.report(2021))


def test_list_columns_as_buffers_hold_each_measures_list(plan: hp.Plan) -> None:
    # measure_arrays(None) lays a list column out as Arrow's buffers (starts, items) instead of
    # one list per measure: rebuilt here by hand, each entry is the measure's own list.
    report = plan.report(2022)
    arrays = report.measure_arrays(None)
    for column, of in (
        ("agencies", lambda m: list(m.agencies.all)),
        ("responsible", lambda m: list(m.agencies.responsible)),
        ("updated_aspects", lambda m: list(m.status.updated_aspects)),
    ):
        starts, (offsets, data, valid) = arrays[column]
        assert valid is None
        items = [bytes(data[offsets[k] : offsets[k + 1]]).decode() for k in range(len(offsets) - 1)]
        assert len(starts) == len(report) + 1
        rebuilt = [items[starts[i] : starts[i + 1]] for i in range(len(report))]
        assert rebuilt == [of(m) for m in report]


def _same(a: object, b: object) -> bool:
    """Whether two arrays as the core gives them (arrays, tuples of arrays, lists) are equal."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if a is None or b is None:
        return a is b
    return bool(np.array_equal(np.asarray(a), np.asarray(b)))


def test_the_tables_columns_only_are_the_same_columns(plan: hp.Plan) -> None:
    # tables_only leaves out what no Arrow table holds (the agency lists; a role's priority,
    # objective and status) and gives the rest as the full layout does.
    report = plan.report(2022)
    held = set(TABLES["measures"].names) | set(TABLES["statuses"].names)
    full, only = report.measure_arrays(None), report.measure_arrays(None, tables_only=True)
    assert set(only) == set(full) & held
    assert {"agencies", "responsible"} <= set(full) - set(only)
    assert all(_same(only[name], full[name]) for name in only)
    roles = report.agency_role_arrays()
    table_roles = report.agency_role_arrays(tables_only=True)
    assert set(table_roles) == set(TABLES["agency_roles"].names) - {"year"}
    assert {"priority", "objective", "status"} <= set(roles) - set(table_roles)
    assert all(_same(table_roles[name], roles[name]) for name in table_roles)
    # Laid out in one walk (what to_parquet takes), both are the same again.
    one_walk, one_walk_roles = report.table_arrays()
    assert set(one_walk) == set(only)
    assert all(_same(one_walk[name], only[name]) for name in only)
    assert set(one_walk_roles) == set(table_roles)
    assert all(_same(one_walk_roles[name], table_roles[name]) for name in table_roles)


def test_columns_laid_out_while_another_thread_edits_the_report_are_of_one_state() -> None:
    # The core lays a report's columns out with Python's lock released (so that to_parquet's
    # writer runs meanwhile), on a snapshot of its measures: an edit made by another thread in
    # the meantime leaves the columns being laid out as they were (copy on write).
    plan = hp.load_default()
    draft = plan.new_report(2022)
    edited = next(m.id for m in draft if m.status.is_active)
    titles = ("Titel A", "Titel B")
    draft.update(edited, title=titles[0])
    seen: list[tuple[list[str], int, int]] = []
    done = threading.Event()

    def lay_out() -> None:
        while not done.is_set() or len(seen) < 50:
            arrays = draft.measure_arrays(None)
            offsets, data, _ = arrays["title"]
            texts = bytes(data).decode()
            roles = draft.agency_role_arrays()
            seen.append(
                ([t for t in titles if t in texts], len(offsets) - 1, len(roles["id"][0]) - 1)
            )

    worker = threading.Thread(target=lay_out)
    worker.start()
    for i in range(200):
        draft.update(edited, title=titles[(i + 1) % 2])
    done.set()
    worker.join()
    measures, roles = len(draft), sum(len(m.agencies.roles) for m in draft)
    # Every layout holds exactly one of the two titles, and every measure and role once.
    assert all(len(found) == 1 for found, _, _ in seen)
    assert {(n, r) for _, n, r in seen} == {(measures, roles)}
