"""The library side by side with a pandas user's code, on plans of growing size (figures, not a
test: nothing here fails on a slow machine).

    .venv/bin/python benchmarks/compare.py [--sizes 1,4,16,largest] [--repeat N]

Each size is a plan of ten yearly reports (2019–2028) in the shipped format, generated once into
a temporary folder with plain `json`, deterministically: the agencies' phrases and roles and the
titles come from the shipped plan, every report carries the previous one forward (a few measures
completed, withdrawn or updated each year, new ones added), so each report is one the library
accepts. Size ``k`` has ``k`` × 94 measures (the real plan's report) in its last report and
about 8 × that many measure-states in all; "largest" is the strategy's 20 objectives × 999
numbers (19,980 measures in the last report, about 165,000 measure-states). Files are written
without indentation so that the largest stays under the loader's 64 MiB limit.

For each size and operation it prints the library's time, the reference's time (a pandas user's
code on the same data, in the same process), the ratio reference / library and the target:

* load: `Plan.load` vs `json.load` alone (target ≥ 2);
* frames: every report's `to_dataframe()` vs `pd.DataFrame` from the parsed dicts (≥ 1);
* diff of the last two reports vs a merge on id and a column compare (≥ 10);
* filters on the last report: agency with role, status, objective, active in a year, vs
  boolean masks on frames the pandas user already has (≥ 10);
* peak memory of a loaded plan (the growth of the peak resident size of a fresh process, its
  imports done, while it loads the plan) ÷ the file's size (≤ 3), and the same for `json.load`.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

import handlingsplan as hp

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
        final = LARGEST if size == "largest" else int(size) * REAL_MEASURES
        path = folder / f"plan-{size}.json"
        with path.open("w", encoding="utf-8") as out:
            json.dump(generate(final, shipped), out, ensure_ascii=False, separators=(",", ":"))
        paths[size] = path
    return paths


# --- timing ---------------------------------------------------------------------------------


def best_time(action: Callable[[], object], repeat: int) -> float:
    """The best of `repeat` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


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


def library_times(path: Path, repeat: int) -> dict[str, float]:
    """The library's best time per operation, in seconds, with only its own plan in memory."""
    r = 1 if path.stat().st_size > 8 * 1024 * 1024 else repeat
    times = {"load": best_time(lambda: hp.Plan.load(path), r)}
    plan = hp.Plan.load(path)
    report = plan.report(YEARS[-1])
    times["frames"] = best_time(lambda: [rep.to_dataframe() for rep in plan.reports], r)
    times["diff"] = best_time(lambda: plan.diff(YEARS[-2], YEARS[-1]).counts(), repeat)
    for operation, criteria in FILTERS.items():
        times[operation] = best_time(lambda c=criteria: report.measures(**c), repeat)
    return times


def reference_times(path: Path, repeat: int) -> dict[str, float]:
    """The pandas user's best time per operation, in seconds, with only the parsed dicts (and
    the frames made from them) in memory."""
    r = 1 if path.stat().st_size > 8 * 1024 * 1024 else repeat
    times = {"load": best_time(lambda: json.loads(path.read_bytes()), r)}
    data = json.loads(path.read_bytes())
    times["frames"] = best_time(lambda: reference_frames(data), r)
    before, df = flat_frame(data["reports"][-2]), flat_frame(data["reports"][-1])
    times["diff"] = best_time(lambda: reference_diff(before, df), repeat)
    roles = roles_frame(data["reports"][-1])
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
        times[operation] = best_time(mask, repeat)
    return times


#: The filters, as the library takes them (the reference's masks ask the same).
FILTERS: dict[str, dict[str, Any]] = {
    "agency+role": {"agency": "FRA", "role": "ansvarig"},
    "status": {"status": "uppdaterad"},
    "objective": {"objective": "1.2"},
    "active_in": {"active_in": 2022},
}

#: The target per operation, as a ratio reference / library.
TARGETS = {"load": "≥ 2", "frames": "≥ 1", "diff": "≥ 10", **dict.fromkeys(FILTERS, "≥ 10")}


def rows_of(path: Path, repeat: int) -> Iterator[tuple[str, float, float, str]]:
    """(operation, library seconds, reference seconds, target) for the plan at `path`: first
    the library's operations, then (the plan gone) the reference's, so that neither side's
    objects burden the other (Python's garbage collector walks every live dict)."""
    ours = library_times(path, repeat)
    gc.collect()
    theirs = reference_times(path, repeat)
    gc.collect()
    for operation, target in TARGETS.items():
        yield operation, ours[operation], theirs[operation], target


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes",
        default="1,4,16,largest",
        help="comma-separated multiples of the real plan, or 'largest'",
    )
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sizes = args.sizes.split(",")
    folder = Path(tempfile.mkdtemp(prefix="hp-compare-"))
    paths = write_plans(sizes, folder)
    print(
        f"python {sys.version.split()[0]}, pandas {pd.__version__}, "
        f"handlingsplan {hp.__version__}, {os.cpu_count()} CPUs"
    )
    print(
        "| size | states | file MiB | operation | handlingsplan ms | reference ms | "
        "ratio | target |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for size, path in paths.items():
        data = json.loads(path.read_bytes())
        states = sum(len(report["measures"]) for report in data["reports"])
        del data
        mib = path.stat().st_size / 2**20
        prefix = f"| {size}{'×' if size != 'largest' else ''} | {states} | {mib:.1f}"
        for operation, ours, theirs, target in rows_of(path, args.repeat):
            print(
                f"{prefix} | {operation} | {ours * 1e3:.3f} | {theirs * 1e3:.3f} | "
                f"{theirs / ours:.2f} | {target} |",
                flush=True,
            )
        ours_mem = peak_growth("handlingsplan.Plan.load", "import handlingsplan", path)
        theirs_mem = peak_growth("(lambda p: json.load(open(p, encoding='utf-8')))", "", path)
        size_bytes = path.stat().st_size
        print(
            f"{prefix} | peak memory ÷ file size | {ours_mem / size_bytes:.2f} | "
            f"{theirs_mem / size_bytes:.2f} | – | ≤ 3 (library) |",
            flush=True,
        )
    for path in paths.values():
        path.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
