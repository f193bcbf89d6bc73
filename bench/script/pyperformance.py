#!/usr/bin/python3
"""The README's table of pyperformance's programs: /usr/bin/python3, pypy3 and bin/tauraro (issue 15).

    bench/script/pyperformance.py BENCHMARKS_DIR [--passes N] [--only a,b,...] [--tauraro PATH]

BENCHMARKS_DIR is `pyperformance/data-files/benchmarks` of a snapshot of python/pyperformance; the
programs are not part of this project. Each needed `bm_<name>` folder is copied into a temporary
directory beside a stand-in `pyperf` module of our own (below: it runs the benchmark `--loops N`
times, once, and prints the time it took). Each program runs as a whole process under every
interpreter (pypy3 only when installed), N passes (default 3), the interpreters' order flipping
from pass to pass so that a busy machine's moments meet all alike; a cell is the best wall time.
Every run must exit 0, and bin/tauraro's output must have CPython's lines (the stand-in's timing
numbers aside): a failure or a difference is written into the table's cell and shown below it.
"""
import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

# program -> its command-line arguments: `--loops` chosen so that CPython takes about a second on
# this project's machine (calibrated 2026-12-07; the counts before were for a machine about twice as
# slow, where these programs became half-second ones and the JVM's fixed start-up weighed double).
PROGRAMS = {
    "async_generators": "4", "async_tree": "1 cpu_io_mixed", "base64": "1", "btree": "1",
    "chaos": "26", "comprehensions": "74000", "concurrent_imap": "83", "coroutines": "62",
    "deepcopy": "4000", "deltablue": "440", "fannkuch": "5", "float": "20", "generators": "26",
    "go": "11", "hexiom": "260", "json_dumps": "130", "json_loads": "4300", "logging": "11000",
    "meteor_contest": "15", "nbody": "19", "nqueens": "19", "pathlib": "46", "pidigits": "7",
    "pprint": "1", "raytrace": "6", "regex_effbot": "64", "regex_v8": "80", "richards": "35",
    "scimark": "3", "spectral_norm": "17", "typing_runtime_protocols": "3300",
    "unpack_sequence": "96000",
}

# The programs use pyperf's Runner (metadata, argparser, parse_args, bench_*func) and perf_counter.
# Runner's own options (processes, values, warm-ups...) mean nothing here: one run, the given loops.
PYPERF = '''"""Stand-in for pyperf, written by bench/script/pyperformance.py: one run of --loops N."""
import argparse
import asyncio
import time

perf_counter = time.perf_counter


class Runner:
    def __init__(self, **options):
        self.metadata = {}
        self.argparser = argparse.ArgumentParser()
        self.argparser.add_argument("--loops", type=int, default=1)
        self.args = None

    def parse_args(self, args=None):
        if self.args is None:
            self.args = self.argparser.parse_args(args)
        return self.args

    def bench_time_func(self, name, time_func, *args, **options):
        seconds = time_func(self.parse_args().loops, *args)
        print(f"time {name} {seconds:.6f} s")

    def bench_func(self, name, func, *args, **options):
        def timed(loops):
            start = perf_counter()
            for _ in range(loops):
                func(*args)
            return perf_counter() - start
        self.bench_time_func(name, timed)

    def bench_async_func(self, name, func, *args, **options):
        async def timed(loops):
            start = perf_counter()
            for _ in range(loops):
                await func(*args)
            return perf_counter() - start
        self.bench_time_func(name, lambda loops: asyncio.run(timed(loops)))
'''
TIMING = re.compile(r"^(time \S+) [0-9.]+ s$", re.M)
TIMEOUT = 600  # seconds for one run; a hung program fails its cell


def run(command, cwd):
    """(wall seconds, None, output with the timing numbers masked) or (None, why it failed, None)."""
    start = time.perf_counter()
    try:
        p = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, f"timeout after {TIMEOUT} s", None
    wall = time.perf_counter() - start
    if p.returncode != 0:
        return None, f"exit {p.returncode}: {p.stderr.strip()[-300:]}", None
    return wall, None, TIMING.sub(r"\1 N s", p.stdout) + "--- stderr ---\n" + p.stderr


def first_line(command):
    p = subprocess.run(command, capture_output=True, text=True)
    return ((p.stdout or p.stderr).strip().splitlines() or ["?"])[0]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("benchmarks_dir")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--only", help="comma-separated programs (default: all 32)")
    parser.add_argument("--tauraro", default=os.path.join(here, "..", "..", "bin", "tauraro"))
    args = parser.parse_args()
    programs = args.only.split(",") if args.only else list(PROGRAMS)
    for name in programs:
        if name not in PROGRAMS:
            sys.exit(f"unknown program {name!r}; known: {', '.join(PROGRAMS)}")
        if not os.path.isfile(os.path.join(args.benchmarks_dir, f"bm_{name}", "run_benchmark.py")):
            sys.exit(f"no bm_{name}/run_benchmark.py in {args.benchmarks_dir}")
    tauraro = os.path.abspath(args.tauraro)
    interpreters = [("/usr/bin/python3", "/usr/bin/python3")]
    if shutil.which("pypy3"):
        interpreters.append(("pypy3", shutil.which("pypy3")))
    interpreters.append(("bin/tauraro", tauraro))

    # What ran: the JDK is the one bin/tauraro chose (the JVM's own executable, asked from inside).
    java = first_line([tauraro, "-c", "import os; print(os.readlink('/proc/self/exe'))"])
    checkout = os.path.dirname(os.path.dirname(tauraro))
    head = first_line(["git", "-C", checkout, "log", "-1", "--format=%h %cd", "--date=short"])
    dirty = subprocess.run(["git", "-C", checkout, "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    print(f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, load {os.getloadavg()[0]:.2f}, "
          f"{args.passes} passes, best wall time of the whole process")
    print(f"git head of {checkout}: {head}{' (with uncommitted changes)' if dirty else ''}")
    print(f"bin/tauraro's JDK: {java}: {first_line([java, '-version'])}")
    for label, command in interpreters[:-1]:
        print(f"{label}: {first_line([command, '--version'])}")
    sys.stdout.flush()

    best = {}     # (interpreter, program) -> best wall seconds
    failed = {}   # (interpreter, program) -> why
    outputs = {}  # (interpreter, program) -> the distinct outputs of its good runs
    with tempfile.TemporaryDirectory(prefix="pyperformance-") as work:
        for name in programs:
            shutil.copytree(os.path.join(args.benchmarks_dir, f"bm_{name}"), os.path.join(work, name))
            with open(os.path.join(work, name, "pyperf.py"), "w") as f:
                f.write(PYPERF)
        for n in range(args.passes):
            for i, name in enumerate(programs):
                order = interpreters if (n + i) % 2 == 0 else interpreters[::-1]
                for label, command in order:
                    loops, *extra = PROGRAMS[name].split()
                    wall, why, output = run([command, "run_benchmark.py", "--loops", loops, *extra],
                                            os.path.join(work, name))
                    if why:
                        failed[label, name] = why
                        continue
                    best[label, name] = min(wall, best.get((label, name), math.inf))
                    outputs.setdefault((label, name), set()).add(output)
            print(f"pass {n + 1} of {args.passes} done, load {os.getloadavg()[0]:.2f}", file=sys.stderr, flush=True)
    # every output of bin/tauraro against CPython's (a program whose output varies from run to run
    # under CPython would show here too)
    differs = {}
    for name in programs:
        want, got = outputs.get(("/usr/bin/python3", name), set()), outputs.get(("bin/tauraro", name), set())
        if want and got and want != got:
            differs[name] = (want, got)

    labels = [label for label, _ in interpreters]
    others = labels[1:]
    print()
    print("| program | loops | " + " | ".join(f"{l} (s)" for l in labels) + " | "
          + " | ".join(f"{l} ratio" for l in others) + " |")
    print("|---|---:|" + "---:|" * (len(labels) + len(others)))
    def good(label, name):  # ran every time, and bin/tauraro printed what CPython printed
        return (label, name) not in failed and not (label == "bin/tauraro" and name in differs)

    ratios = {l: [] for l in others}
    for name in programs:
        cells = []
        for label in labels:
            if (label, name) in failed:
                cells.append("**FAILED**")
            else:
                flag = "" if good(label, name) else "**output differs** "
                cells.append(f"{flag}{best[label, name]:.2f}")
        for label in others:
            if good("/usr/bin/python3", name) and good(label, name):
                ratios[label].append(best["/usr/bin/python3", name] / best[label, name])
                cells.append(f"{ratios[label][-1]:.2f}x")
            else:
                cells.append("-")
        print(f"| {name} | {PROGRAMS[name].split()[0]} | " + " | ".join(cells) + " |")
    means = [f"{math.exp(sum(map(math.log, ratios[l])) / len(ratios[l])):.2f}x ({len(ratios[l])})"
             if ratios[l] else "-" for l in others]
    print(f"| geometric mean ({len(programs)} programs) | | " + " | ".join([""] * len(labels) + means) + " |")
    print(f"\nratio = CPython's time / the other's (above 1: faster than CPython); a mean over the programs "
          f"that ran well (their count in parentheses); load at the end {os.getloadavg()[0]:.2f}")
    for (label, name), why in sorted(failed.items()):
        print(f"\nFAILED: {name} under {label}: {why}")
    for name, (want, got) in differs.items():
        print(f"\nOUTPUT DIFFERS: {name}: /usr/bin/python3 printed")
        print("\n--- or ---\n".join(sorted(want)))
        print("bin/tauraro printed")
        print("\n--- or ---\n".join(sorted(got)))
    if failed or differs:
        sys.exit(1)


if __name__ == "__main__":
    main()
