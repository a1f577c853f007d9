"""The library side by side with what a Python user writes instead, on plans of growing size
(figures, not a test: nothing here fails on a slow machine).

    .venv/bin/python benchmarks/compare.py [--sizes 1,4,16,largest,154] [--rounds N]

The peers install for the benchmark only: ``pip install -e '.[bench]'`` (orjson, msgspec, polars,
DuckDB, pysimdjson). A peer that is not installed gets "–" in its rows.

Each size is a plan of ten yearly reports (2019–2028) in the shipped format, generated once into
a temporary folder with plain `json`, deterministically: the agencies' phrases and roles and the
titles come from the shipped plan, every report carries the previous one forward (a few measures
completed, withdrawn or updated each year, new ones added), so each report is one the library
accepts. Size ``k`` has ``k`` × 94 measures (the real plan's report) in its last report and
about 8 × that many measure-states in all; "largest" is the strategy's 20 objectives × 999
numbers (19,980 measures in the last report, about 165,000 measure-states), written without
indentation (61 MiB); "154" is the largest plan carried on for 25 reports (about 412,000
measure-states, 154 MiB), which the old 64 MiB limit refused: for it a row says whether it
round-trips (saved by the library, canonical and indented, and loaded back equal).

Every row races the library against one peer on the same data in the same process: the two
run in turns (A B A B …, `--rounds` turns each, at least five; a turn of an action shorter than
5 ms is the mean of the calls that fill 5 ms), and the row shows each side's median, its spread
((max − min) ÷ median), the ratio peer ÷ library of the medians and the target. Before a race
the inputs both sides keep (the loaded plan, the peers' parsed data and frames) are moved out of
the garbage collector's sight (`gc.freeze`), so neither side pays for walking the other's
objects.

* load: `Plan.load` vs `json.load` (target ≥ 2), orjson, msgspec decoding into typed Structs
  mirroring data/FORMAT.md with ``gc=False`` (≥ 1.5) and simdjson's bare parse (the limit:
  ≥ 0.33, within 3× of it);
* frames: every report's `to_dataframe()` vs `pd.DataFrame` from the parsed dicts (≥ 1);
* diff of the last two reports (counts per change class) vs a pandas merge on id and a column
  compare (≥ 10), the same in polars (≥ 3) and in DuckDB over the library's Parquet files;
  `diff.to_dataframe()` on its own (≤ 50 ms);
* filters on the last report: agency with role, status, objective, active in a year, vs
  boolean masks on frames the pandas user already has (≥ 10); a selection's `.to_dataframe()`
  vs polars filtering a frame of the same columns it holds into a frame (≥ 1; the report's own
  frame in polars: lists as lists, categoricals as categoricals), and, for context, vs polars
  filtering the six columns the diff's polars peer holds (no target: a third of the columns);
* `to_parquet` of the whole plan vs `Plan.load` (≤ 1× the load: ratio ≥ 1);
* peak memory of a loaded plan (the growth of the peak resident size of a fresh process, its
  imports done, while it loads the plan) ÷ the file's size (≤ 2.5), and the same for `json.load`.

Then the start-up on the real plan: ``import handlingsplan`` + `load_default()` in CPU time and
resident memory above a bare interpreter (≤ 100 ms, ≤ 40 MiB), and the wall time of
``handlingsplan --version`` (≤ 100 ms) and ``handlingsplan check`` (≤ 250 ms), printed beside
``python -c pass`` and ``python -c "import pandas"`` run in the same turns.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.metadata
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pandas as pd

import handlingsplan as hp


def peer(name: str) -> ModuleType | None:
    """The peer library `name`, or None where it is not installed (its rows then show "–")."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


orjson = peer("orjson")
msgspec = peer("msgspec")
pl = peer("polars")
duckdb = peer("duckdb")
simdjson = peer("simdjson")
#: The peers by the name they install under.
PEERS = {
    "orjson": orjson,
    "msgspec": msgspec,
    "polars": pl,
    "duckdb": duckdb,
    "pysimdjson": simdjson,
}

REAL_MEASURES = 94
YEARS = list(range(2019, 2029))
LARGEST = 20 * 999
ACTIVE = ("pågående", "ny", "uppdaterad")


# --- the plans ------------------------------------------------------------------------------


def _objectives(shipped: dict[str, Any]) -> list[str]:
    return [o["id"] for p in shipped["priorities"] for o in p["objectives"]]


def generate(final_measures: int, shipped: dict[str, Any]) -> dict[str, Any]:
    """A ten-report plan whose last report has `final_measures` measures (at most 20 × 999)."""
    objectives = _objectives(shipped)
    samples = shipped["reports"][-1]["measures"]
    agencies = [m["agencies"] for m in samples]
    titles = [m["title"] for m in samples]
    next_number = dict.fromkeys(objectives, 1)
    created = 0

    def new_measure(kind: str) -> dict[str, Any]:
        nonlocal created
        objective = objectives[created % len(objectives)]
        number = next_number[objective]
        next_number[objective] += 1
        k = created
        created += 1
        start = 2019 + k % 3
        return {
            "id": f"{objective}.{number}",
            "title": titles[k % len(titles)],
            "description": f"Åtgärd nummer {k} i den genererade planen. Den beskrivs kort.",
            "agencies": agencies[k % len(agencies)],
            "period": f"{start}–{start + 2 + k % 6}" if k % 11 else f"{start} och tills vidare",
            "page": None,
            "status": {"kind": kind},
        }

    reports: list[dict[str, Any]] = []
    measures: list[dict[str, Any]] = []
    for i, year in enumerate(YEARS):
        target = round(final_measures * (0.65 + 0.35 * i / (len(YEARS) - 1)))
        carried = []
        for j, m in enumerate(measures):
            m = dict(m)
            if m["status"]["kind"] in ACTIVE:
                m.pop("chapter_marking", None)
                turn = (j + i) % 40
                if turn == 0:
                    m["status"] = {"kind": "genomförd", "year": year}
                elif turn == 1 and i % 2:
                    m["status"] = {
                        "kind": "avskriven",
                        "year": year,
                        "reason": "Ingår i annan åtgärd.",
                    }
                elif turn in (2, 3, 4):
                    start = int(m["period"][:4])
                    m["period"] = f"{start}–{year + 2}"
                    m["status"] = {"kind": "uppdaterad", "aspects": ["tidplan"]}
                    m["chapter_marking"] = "Uppdaterad"
                else:
                    m["status"] = {"kind": "pågående"}
            carried.append(m)
        while len(carried) < target:
            m = new_measure("ny" if i else "pågående")
            if i:
                m["chapter_marking"] = "Ny åtgärd"
            carried.append(m)
        measures = carried
        reports.append(
            {"year": year, "submitted": f"{year}-03-01", "state": "final", "measures": measures}
        )
    return {
        "schema_version": 2,
        "title": "Genererad plan",
        "first_year": YEARS[0],
        "last_year": YEARS[-2],
        "agencies": shipped["agencies"],
        "priorities": shipped["priorities"],
        "reports": reports,
    }


def write_plans(sizes: list[str], folder: Path) -> dict[str, Path]:
    """Each size's plan file in `folder`."""
    shipped = json.loads(hp.load_default().to_json())
    paths = {}
    for size in sizes:
        path = folder / f"plan-{size}.json"
        if size == "154":
            write_154(shipped, path)
        else:
            final = LARGEST if size == "largest" else int(size) * REAL_MEASURES
            with path.open("w", encoding="utf-8") as out:
                plan = generate(final, shipped)
                json.dump(plan, out, ensure_ascii=False, separators=(",", ":"))
        paths[size] = path
    return paths


def write_154(shipped: dict[str, Any], path: Path) -> None:
    """The largest plan carried on for 25 reports (2019–2043), written as the others are."""
    global YEARS
    years = YEARS
    YEARS = list(range(2019, 2044))
    try:
        data = generate(LARGEST, shipped)
    finally:
        YEARS = years
    data["last_year"] = 2043
    with path.open("w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, separators=(",", ":"))


# --- timing ---------------------------------------------------------------------------------


@dataclass
class Race:
    """One side's times of a race, in seconds."""

    times: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def spread(self) -> float:
        """(max − min) ÷ median."""
        return (max(self.times) - min(self.times)) / self.median


#: A turn runs an action this long at least: one call of a sub-millisecond action is mostly the
#: clock's and the caches' noise, so a turn of such an action is the mean of as many calls as
#: fill it (each side alike).
TURN = 0.005


def timed(action: Callable[[], object]) -> float:
    """The seconds one call of `action` takes in a turn: a single call where it takes `TURN` or
    more, else the mean of the calls that fill a turn."""
    start = time.perf_counter()
    action()
    once = time.perf_counter() - start
    if once >= TURN:
        return once
    calls = max(2, int(TURN / max(once, 1e-7)))
    start = time.perf_counter()
    for _ in range(calls):
        action()
    return (time.perf_counter() - start) / calls


def race(
    ours: Callable[[], object], theirs: Callable[[], object] | None, rounds: int
) -> tuple[Race, Race | None]:
    """The library's and the peer's times, run in turns (A B A B …), `rounds` each."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(rounds):
        a.append(timed(ours))
        if theirs is not None:
            b.append(timed(theirs))
    return Race(a), (Race(b) if theirs is not None else None)


def frozen(*keep: object) -> None:
    """Collects what is garbage and hides what is left (`keep` among it) from the collector."""
    del keep
    gc.unfreeze()
    gc.collect()
    gc.freeze()


_MEMORY_SNIPPET = """
import sys, json
{imports}

def status(field):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith(field))

with open("/proc/self/clear_refs", "w") as f:  # the peak (VmHWM) starts again from here
    f.write("5")
before = status("VmRSS:")
loaded = {load}(sys.argv[1])
print(status("VmHWM:") - before)
"""


def peak_growth(load: str, imports: str, path: Path) -> int:
    """Bytes the peak resident size of a fresh interpreter (imports done) grows by while it
    loads `path` and holds the result (Linux: /proc/self/clear_refs resets the peak)."""
    code = _MEMORY_SNIPPET.format(imports=imports, load=load)
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], check=True, capture_output=True, text=True
    ).stdout
    return int(out.strip())


# --- msgspec: typed Structs mirroring data/FORMAT.md -----------------------------------------


# The plan file's shape as msgspec Structs (``gc=False``: the collector never walks them), the
# fastest typed decoding a Python user can write.
if msgspec is not None:
    Struct, field = msgspec.Struct, msgspec.field
    Raw = dict[str, Any]

    class Role(Struct, gc=False):
        agency: str
        role: str

    class Agencies(Struct, gc=False):
        text: str
        roles: list[Role]

    class Status(Struct, gc=False):
        kind: str
        year: int | None = None
        reason: str | None = None
        aspects: list[str] = field(default_factory=list)

    class Measure(Struct, gc=False):
        id: str
        title: str
        description: str
        agencies: Agencies
        period: str | None
        page: int | None
        status: Status
        chapter_marking: str | None = None
        appendix: Raw | None = None

    class Report(Struct, gc=False):
        year: int
        submitted: str
        measures: list[Measure]
        state: str = "final"
        reopenings: list[Raw] = field(default_factory=list)
        follow_up: Raw | None = None

    class Agency(Struct, gc=False):
        short_name: str
        name: str
        samfi: bool = False
        aliases: list[str] = field(default_factory=list)

    class Objective(Struct, gc=False):
        id: str
        text: str

    class Priority(Struct, gc=False):
        number: int
        title: str
        objectives: list[Objective]

    class PlanFile(Struct, gc=False):
        schema_version: int
        title: str
        first_year: int
        last_year: int
        agencies: list[Agency]
        priorities: list[Priority]
        reports: list[Report]
        activities: list[Raw] = field(default_factory=list)


# --- the pandas user's reference ------------------------------------------------------------


def reference_frames(data: dict[str, Any]) -> list[pd.DataFrame]:
    """Every report's measures as a DataFrame straight from the parsed dicts."""
    return [pd.DataFrame(report["measures"]) for report in data["reports"]]


def flat_frame(report: dict[str, Any]) -> pd.DataFrame:
    """What a pandas user prepares once for masks: flat columns, the period split."""
    df = pd.json_normalize(report["measures"])
    df["objective"] = df["id"].str.rsplit(".", n=1).str[0]
    period = df["period"].fillna("")
    df["period_start"] = pd.to_numeric(period.str[:4], errors="coerce")
    df["open_ended"] = period.str.endswith("tills vidare")
    df["period_end"] = pd.to_numeric(period.str[-4:], errors="coerce").where(~df["open_ended"])
    return df


def roles_frame(report: dict[str, Any]) -> pd.DataFrame:
    """One row per measure and agency role."""
    return pd.json_normalize(report["measures"], record_path=["agencies", "roles"], meta=["id"])


def reference_diff(before: pd.DataFrame, after: pd.DataFrame) -> pd.Series:
    """The change class of every measure of either report, by merge and column compare."""
    columns = ["title", "description", "agencies.text", "period", "status.kind"]
    merged = before[["id", *columns]].merge(
        after[["id", *columns]], on="id", how="outer", suffixes=("_a", "_b"), indicator=True
    )
    changed = pd.Series(False, index=merged.index)
    for column in columns:
        changed |= merged[f"{column}_a"].ne(merged[f"{column}_b"])
    change = pd.Series("oförändrad", index=merged.index)
    change[changed] = "ändrad"
    change[merged["_merge"] == "right_only"] = "ny"
    change[merged["_merge"] == "left_only"] = "försvunnen"
    ended = merged["status.kind_b"].isin(["genomförd", "avskriven"]) & changed
    change[ended] = merged.loc[ended, "status.kind_b"]
    return change.value_counts()


# --- the comparison -------------------------------------------------------------------------


#: The filters, as the library takes them (the reference's masks ask the same).
FILTERS: dict[str, dict[str, Any]] = {
    "agency+role": {"agency": "FRA", "role": "ansvarig"},
    "status": {"status": "uppdaterad"},
    "objective": {"objective": "1.2"},
    "active_in": {"active_in": 2022},
}

DIFF_COLUMNS = ["id", "title", "description", "agencies.text", "period", "status.kind"]


@dataclass
class Row:
    """One line of the table: the library against `peer` (None: the library alone)."""

    operation: str
    peer: str
    ours: Race
    theirs: Race | None
    target: str  # "≥ 2" (a ratio peer ÷ library), "≤ 50 ms" (the library's median alone)

    @property
    def ratio(self) -> float | None:
        return self.theirs.median / self.ours.median if self.theirs is not None else None

    @property
    def met(self) -> bool | None:
        kind, value = self.target.split()[:2]
        if self.target.endswith("ms"):
            return self.ours.median * 1e3 <= float(value)
        if self.ratio is None:
            return None
        return self.ratio >= float(value) if kind == "≥" else self.ratio <= float(value)


def polars_measures(report: hp.Report) -> Any:
    """The report's measures frame (`to_dataframe()`) as a polars user holds it: the same
    columns, lists as lists of texts, categoricals as categoricals."""
    frame = report.to_dataframe()
    for name in ("agencies", "responsible", "updated_aspects"):
        frame[name] = frame[name].map(list)
    return pl.from_pandas(frame)


def polars_diff(before: Any, after: Any) -> Any:
    """The change class counts of two reports' flat polars frames (as `reference_diff`)."""
    assert pl is not None
    columns = DIFF_COLUMNS[1:]
    merged = before.join(after, on="id", how="full", suffix="_b", coalesce=True)
    changed = pl.any_horizontal([pl.col(c).ne_missing(pl.col(f"{c}_b")) for c in columns])
    change = (
        pl.when(pl.col("title").is_null())
        .then(pl.lit("ny"))
        .when(pl.col("title_b").is_null())
        .then(pl.lit("försvunnen"))
        .when(changed & pl.col("status.kind_b").is_in(["genomförd", "avskriven"]))
        .then(pl.col("status.kind_b"))
        .when(changed)
        .then(pl.lit("ändrad"))
        .otherwise(pl.lit("oförändrad"))
    )
    return merged.select(change.alias("change"))["change"].value_counts()


_DUCKDB_DIFF = """
with a as (select m.id, m.title, m.description, m.agency_text, m.period, s.status
           from '{folder}/measures.parquet' m join '{folder}/statuses.parquet' s using (year, id)
           where year = {before}),
     b as (select m.id, m.title, m.description, m.agency_text, m.period, s.status
           from '{folder}/measures.parquet' m join '{folder}/statuses.parquet' s using (year, id)
           where year = {after})
select case when a.id is null then 'ny' when b.id is null then 'försvunnen'
            when (a.title, a.description, a.agency_text, a.period, a.status)
                 is not distinct from (b.title, b.description, b.agency_text, b.period, b.status)
            then 'oförändrad'
            when b.status in ('genomförd', 'avskriven') then b.status
            else 'ändrad' end as change, count(*)
from a full join b using (id) group by all
"""


def load_rows(path: Path, rounds: int) -> Iterator[Row]:
    """`Plan.load` against each JSON reader."""
    load = lambda: hp.Plan.load(path)  # noqa: E731
    peers: dict[str, tuple[Callable[[], object] | None, str]] = {
        "json.load": (lambda: json.loads(path.read_bytes()), "≥ 2"),
        "orjson": ((lambda: orjson.loads(path.read_bytes())) if orjson else None, "≥ 0"),
        "msgspec typed gc=False": (None, "≥ 1.5"),
        "simdjson parse (limit)": (None, "≥ 0.33"),
    }
    if msgspec is not None:
        decoder = msgspec.json.Decoder(PlanFile)
        peers["msgspec typed gc=False"] = (lambda: decoder.decode(path.read_bytes()), "≥ 1.5")
    if simdjson is not None:
        parser = simdjson.Parser()
        peers["simdjson parse (limit)"] = (lambda: parser.parse(path.read_bytes()), "≥ 0.33")
    for name, (theirs, target) in peers.items():
        frozen()
        ours, their = race(load, theirs, rounds)
        yield Row("load", name, ours, their, target)


def pandas_rows(plan: hp.Plan, data: dict[str, Any], rounds: int) -> Iterator[Row]:
    """Frames, the diff and the filters against a pandas user's code on the parsed dicts."""
    report = plan.report(YEARS[-1])
    before, df = flat_frame(data["reports"][-2]), flat_frame(data["reports"][-1])
    roles = roles_frame(data["reports"][-1])
    frozen(before, df, roles)
    yield Row(
        "frames",
        "pandas from dicts",
        *race(
            lambda: [r.to_dataframe() for r in plan.reports],
            lambda: reference_frames(data),
            rounds,
        ),
        "≥ 1",
    )
    counts = lambda: plan.diff(YEARS[-2], YEARS[-1]).counts()  # noqa: E731
    yield Row(
        "diff counts",
        "pandas merge",
        *race(counts, lambda: reference_diff(before, df), rounds),
        "≥ 10",
    )
    masks: dict[str, Callable[[], object]] = {
        "agency+role": lambda: df[
            df["id"].isin(
                roles.loc[(roles["agency"] == "FRA") & (roles["role"] == "ansvarig"), "id"]
            )
        ],
        "status": lambda: df[df["status.kind"] == "uppdaterad"],
        "objective": lambda: df[df["objective"] == "1.2"],
        "active_in": lambda: df[
            df["status.kind"].isin(ACTIVE)
            & (df["period_start"] <= 2022)
            & ((df["period_end"] >= 2022) | df["open_ended"])
        ],
    }
    for operation, mask in masks.items():
        criteria = FILTERS[operation]
        yield Row(
            f"filter {operation}",
            "pandas mask",
            *race(lambda c=criteria: report.measures(**c), mask, rounds),
            "≥ 10",
        )


def columnar_rows(
    path: Path, plan: hp.Plan, data: dict[str, Any], rounds: int, folder: Path
) -> Iterator[Row]:
    """The diff and a selection's frame against polars and DuckDB; `to_parquet` against load."""
    report = plan.report(YEARS[-1])
    counts = lambda: plan.diff(YEARS[-2], YEARS[-1]).counts()  # noqa: E731
    polars_peer = duckdb_peer = select_peer = same_columns_peer = None
    if pl is not None:
        before, after = (
            pl.from_pandas(flat_frame(data["reports"][i])[DIFF_COLUMNS]) for i in (-2, -1)
        )
        polars_peer = lambda: polars_diff(before, after)  # noqa: E731
        select_peer = lambda: after.filter(pl.col("status.kind") == "uppdaterad")  # noqa: E731
        held = polars_measures(report)
        same_columns_peer = lambda: held.filter(pl.col("status") == "uppdaterad")  # noqa: E731
    parquet = folder / "parquet"
    plan.to_parquet(parquet)
    if duckdb is not None:
        sql = _DUCKDB_DIFF.format(folder=parquet, before=YEARS[-2], after=YEARS[-1])
        duckdb_peer = lambda: duckdb.sql(sql).fetchall()  # noqa: E731
    frozen()
    yield Row("diff counts", "polars join", *race(counts, polars_peer, rounds), "≥ 3")
    yield Row("diff counts", "DuckDB on Parquet", *race(counts, duckdb_peer, rounds), "≥ 0")
    the_diff = plan.diff(YEARS[-2], YEARS[-1])
    yield Row("diff.to_dataframe", "–", *race(the_diff.to_dataframe, None, rounds), "≤ 50 ms")
    selection_frame = lambda: report.measures(status="uppdaterad").to_dataframe()  # noqa: E731
    yield Row(
        "selection.to_dataframe",
        "polars filter, same columns",
        *race(selection_frame, same_columns_peer, rounds),
        "≥ 1",
    )
    # Context, not a target: six of the frame's 21 columns (those the diff's polars peer holds),
    # the peer this row had before the like-for-like one above.
    yield Row(
        "selection.to_dataframe",
        "polars filter, diff's columns",
        *race(selection_frame, select_peer, rounds),
        "≥ 0",
    )
    yield Row(
        "to_parquet",
        "Plan.load",
        *race(lambda: plan.to_parquet(parquet), lambda: hp.Plan.load(path), rounds),
        "≥ 1",
    )


def rows_of(path: Path, rounds: int, folder: Path) -> Iterator[Row]:
    """Every row for the plan at `path`."""
    yield from load_rows(path, rounds)
    plan = hp.Plan.load(path)
    data = json.loads(path.read_bytes())
    yield from pandas_rows(plan, data, rounds)
    yield from columnar_rows(path, plan, data, rounds, folder)
    del plan, data
    gc.unfreeze()
    gc.collect()


# --- the start-up on the real plan ----------------------------------------------------------

_STARTUP_SNIPPET = """
import time
def rss():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmRSS:"))
before, start = rss(), time.process_time()
import handlingsplan
handlingsplan.load_default()
print(time.process_time() - start, rss() - before)
"""


def startup_rows(rounds: int) -> Iterator[str]:
    """The start-up's lines: import + load_default's CPU and memory, the commands' wall time."""
    cpu, memory = [], []
    for _ in range(rounds):
        out = subprocess.run(
            [sys.executable, "-c", _STARTUP_SNIPPET], check=True, capture_output=True, text=True
        ).stdout.split()
        cpu.append(float(out[0]))
        memory.append(int(out[1]))
    yield (
        f"| import handlingsplan + load_default() | CPU {statistics.median(cpu) * 1e3:.0f} ms "
        f"(≤ 100) | {statistics.median(memory) / 2**20:.1f} MiB above bare Python (≤ 40) |"
    )
    cli = shutil.which("handlingsplan", path=str(Path(sys.executable).parent)) or "handlingsplan"
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        'python -c "import pandas"': [sys.executable, "-c", "import pandas"],
        "handlingsplan --version": [cli, "--version"],
        "handlingsplan check": [cli, "check", str(hp.default_plan_path())],
    }
    targets = {"handlingsplan --version": "≤ 100 ms", "handlingsplan check": "≤ 250 ms"}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():  # in turns, each command once a round
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False)
            times[name].append(time.perf_counter() - start)
    for name, found in times.items():
        race_ = Race(found)
        yield (
            f"| {name} | wall {race_.median * 1e3:.0f} ms (±{race_.spread:.0%}) | "
            f"{targets.get(name, '–')} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes",
        default="1,4,16,largest",
        help="comma-separated multiples of the real plan, 'largest' or '154'",
    )
    parser.add_argument("--rounds", type=int, default=5, help="turns per side (at least 5)")
    parser.add_argument("--repeat", type=int, help=argparse.SUPPRESS)  # the old name
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up figures")
    args = parser.parse_args()
    rounds = args.repeat if args.repeat is not None else args.rounds
    sizes = args.sizes.split(",")
    folder = Path(tempfile.mkdtemp(prefix="hp-compare-"))
    try:
        paths = write_plans(sizes, folder)
        versions = ", ".join(
            f"{name} {importlib.metadata.version(name)}"
            for name, m in PEERS.items()
            if m is not None
        )
        print(
            f"python {sys.version.split()[0]}, pandas {pd.__version__}, "
            f"handlingsplan {hp.__version__}, {versions}; {os.cpu_count()} CPUs, "
            f"load average {os.getloadavg()[0]:.2f}; {rounds} rounds per side"
        )
        print(
            "| size | states | file MiB | operation | peer | handlingsplan ms | peer ms | "
            "spread (ours / peer) | ratio | target | met |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        for size, path in paths.items():
            print_size(size, path, rounds, folder)
        if not args.no_startup:
            print()
            print("| real plan | measured | target |")
            print("|---|---|---|")
            for line in startup_rows(rounds):
                print(line, flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def round_trip(path: Path, folder: Path) -> str:
    """Whether the plan at `path` loads, saves (canonical, indented: larger than the file) and
    loads back equal, writing the same bytes again."""
    plan = hp.Plan.load(path)
    again = folder / "round-trip.json"
    plan.save(again)
    reloaded = hp.Plan.load(again)
    same = reloaded == plan and reloaded.to_json() == again.read_text(encoding="utf-8")
    size = again.stat().st_size / 2**20
    again.unlink()
    return f"{'equal' if same else 'DIFFERENT'} (saved {size:.0f} MiB)"


def print_size(size: str, path: Path, rounds: int, folder: Path) -> None:
    states = sum(len(r) for r in hp.Plan.load(path).reports)
    mib = path.stat().st_size / 2**20
    label = size if size in ("largest", "154") else f"{size}×"
    prefix = f"| {label} | {states} | {mib:.1f}"
    for row in rows_of(path, rounds, folder):
        theirs = f"{row.theirs.median * 1e3:.3f}" if row.theirs else "–"
        spread = f"±{row.ours.spread:.0%} / " + (f"±{row.theirs.spread:.0%}" if row.theirs else "–")
        ratio = f"{row.ratio:.2f}" if row.ratio is not None else "–"
        target = "–" if row.target == "≥ 0" else row.target
        met = {True: "yes", False: "NO", None: "–"}[row.met if target != "–" else None]
        print(
            f"{prefix} | {row.operation} | {row.peer} | {row.ours.median * 1e3:.3f} | {theirs} | "
            f"{spread} | {ratio} | {target} | {met} |",
            flush=True,
        )
    if size == "154":
        print(f"{prefix} | round trip | – | {round_trip(path, folder)} | – | – | – | – | – |")
    ours_mem = peak_growth("handlingsplan.Plan.load", "import handlingsplan", path)
    theirs_mem = peak_growth("(lambda p: json.load(open(p, encoding='utf-8')))", "", path)
    size_bytes = path.stat().st_size
    ratio = ours_mem / size_bytes
    print(
        f"{prefix} | peak memory ÷ file size | json.load | {ratio:.2f} | "
        f"{theirs_mem / size_bytes:.2f} | – | – | ≤ 2.5 | {'yes' if ratio <= 2.5 else 'NO'} |",
        flush=True,
    )


if __name__ == "__main__":
    main()
