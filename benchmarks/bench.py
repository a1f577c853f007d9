"""Timings and memory of the main operations, printed as figures (not a test: nothing here
fails on a slow machine).

    .venv/bin/python benchmarks/bench.py [--repeat N] [--scale MEASURES]

It measures the shipped plan (one report, 94 measures) and a synthetic plan with ten reports of
`--scale` measures each, built through the library's own editing API, so that the costs that grow
with the plan (load, save, diff, validate, appendix) show how they grow.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import handlingsplan as hp


def timed(label: str, action: Callable[[], object], repeat: int) -> None:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    best, median = min(times), statistics.median(times)
    print(f"{label:<46} best {best * 1e3:9.2f} ms   median {median * 1e3:9.2f} ms")


def synthetic_plan(measures_per_report: int) -> hp.Plan:
    """Ten reports (2019–2028) of a plan whose strategy is the national one; each year a tenth
    of the measures changes, a few end and as many are added."""
    base = hp.load_default()
    plan = hp.Plan(
        title="Syntetisk plan",
        first_year=2019,
        last_year=2028,
        priorities=base.priorities,
        reports=[],
    )
    objectives = [o.id for o in base.objectives]
    first = plan.new_report(2019)
    next_number = {str(o): 1 for o in objectives}

    def add(report: hp.Report, i: int) -> None:
        objective = str(objectives[i % len(objectives)])
        number = next_number[objective]
        next_number[objective] += 1
        report.add(
            hp.Measure(
                id=f"{objective}.{number}",
                title=f"Åtgärd {i}",
                description="Beskrivning. " * 20,
                agencies="MSB i samverkan med FRA och PTS",
                period="2019–2030",
            )
        )

    for i in range(measures_per_report):
        add(first, i)
    counter = measures_per_report
    for year in range(2020, 2029):
        report = plan.new_report(year)
        active = [m.id for m in report if m.status.is_active]
        for k, mid in enumerate(active[: len(active) // 10]):
            if k % 3 == 0:
                report.complete(mid, year=year)
            else:
                report.update(mid, period=f"2019–{2030 + k % 5}")
        for _ in range(len(active) // 30):
            add(report, counter)
            counter += 1
    return plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--scale", type=int, default=2000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="hp-bench-"))

    print("Shipped plan:")
    plan = hp.load_default()
    report = plan.report(2021)
    timed("load_default()", hp.load_default, args.repeat)
    timed("save()", lambda: plan.save(folder / "plan.json"), args.repeat)
    timed("report.to_dataframe()", report.to_dataframe, args.repeat)
    timed("report.measures(agency='FRA')", lambda: report.measures(agency="FRA"), args.repeat)
    timed("plan.validate()", plan.validate, args.repeat)
    timed("report.appendix()", report.bilaga, args.repeat)
    bilaga = report.appendix()
    timed("bilaga.to_html()", bilaga.to_html, max(1, args.repeat // 4))
    timed("bilaga.to_docx()", lambda: bilaga.to_docx(folder / "b.docx"), max(1, args.repeat // 4))
    timed("bilaga.to_excel()", lambda: bilaga.to_excel(folder / "b.xlsx"), max(1, args.repeat // 4))

    print(f"\nSynthetic plan: 10 reports of about {args.scale} measures")
    start = time.perf_counter()
    big = synthetic_plan(args.scale)
    print(f"{'build through the editing API':<46} {(time.perf_counter() - start) * 1e3:9.2f} ms")
    big.save(folder / "big.json")
    size = (folder / "big.json").stat().st_size
    print(
        f"{'file size':<46} {size / 2**20:9.2f} MiB, "
        f"{sum(len(r) for r in big.reports)} measures in all"
    )
    repeat = max(1, args.repeat // 4)
    timed("Plan.load()", lambda: hp.Plan.load(folder / "big.json"), repeat)
    timed("save()", lambda: big.save(folder / "big.json"), repeat)
    timed("plan.diff(2027, 2028)", lambda: big.diff(2027, 2028), repeat)
    timed("plan.validate() (all ten reports)", big.validate, repeat)
    timed("report(2028).to_dataframe()", big.report(2028).to_dataframe, repeat)
    timed("report(2028).appendix()", big.report(2028).bilaga, repeat)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory of this process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
