"""Shared harness for the CPython side of the asyncio workload comparison.

Each workload is an ``async def`` returning a measurement (a rate or a duration); it runs on a
fresh uvloop event loop per run, the first run or runs are warm-up, and one line per workload is
printed in the format the Java side (dev.tauraro.benchmarks.AsyncioWorkloads) prints too:

    bench <workload> <best> <unit> median=<median> runs=<n>

For rates (unit ending in "/s") best is the highest; for durations ("ms") the lowest.

Time is wall-clock time, or with BENCH_CLOCK=cpu the process's CPU time (``clock()``), as on the
Java side: on a machine shared with other work the ratio then compares the work done.
"""
import asyncio
import gc
import os
import statistics
import sys
import time

import uvloop

CPU_CLOCK = os.environ.get("BENCH_CLOCK", "wall") == "cpu"
clock = time.process_time if CPU_CLOCK else time.perf_counter


def _loop_factory():
    return uvloop.new_event_loop()


def measure(name, unit, make, runs, warmup=0):
    """Runs ``make()`` (a coroutine factory) warmup + runs times, each on a fresh uvloop loop."""
    values = []
    for i in range(warmup + runs):
        gc.collect()
        with asyncio.Runner(loop_factory=_loop_factory) as runner:
            v = runner.run(make())
        if i >= warmup:
            values.append(v)
    higher_is_better = unit.endswith("/s")
    best = max(values) if higher_is_better else min(values)
    print(f"bench {name} {best:.1f} {unit} median={statistics.median(values):.1f} runs={runs}",
          flush=True)


def runs(default):
    """Number of measured runs: BENCH_RUNS overrides the default."""
    return int(os.environ.get("BENCH_RUNS", default))


def selected(name):
    """True when the workload is selected by the command-line filter (substring match)."""
    args = sys.argv[1:]
    return not args or any(a in name for a in args)
