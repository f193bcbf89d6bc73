#!/usr/bin/python3
"""Whole-process wall and CPU time of pyperformance's programs under several sets of JVM options.

    bench/script/pp_options.py PPDIR ROUNDS 'NAME=OPTIONS' 'NAME=OPTIONS' ... [-- PROGRAM ...]

PPDIR holds the programs prepared as PPDIR/<bench>/run_benchmark.py (with a stand-in pyperf.py)
and PPDIR/loops (`bench loops [args]`); the programs are not part of this project. Each option set
is passed as TAURARO_JAVA_OPTS (after bin/tauraro's own options: a later -XX option wins; an
option set may also start with `TAURARO=path ` to run another bin/tauraro). Every round runs every
program under every option set, the order of the sets flipping each round, so that a loaded
machine's drift meets all alike. Prints per program the median wall and CPU (user + sys of the
process tree, from wait4) of each set, then the geometric means over the programs. How the JIT
options of bin/tauraro were chosen for one-second programs (issue 15).
"""
import math
import os
import statistics
import subprocess
import sys
import time

DEFAULT = ["raytrace", "chaos", "richards", "float", "nbody", "hexiom", "logging", "json_loads",
           "generators", "unpack_sequence"]


def main():
    args = sys.argv[1:]
    programs = DEFAULT
    if "--" in args:
        i = args.index("--")
        args, programs = args[:i], args[i + 1:]
    ppdir, rounds, sets = args[0], int(args[1]), args[2:]
    here = os.path.dirname(os.path.abspath(__file__))
    default_tauraro = os.path.join(here, "..", "..", "bin", "tauraro")
    loops = {}
    with open(os.path.join(ppdir, "loops")) as f:
        for line in f:
            parts = line.split()
            if parts:
                loops[parts[0]] = parts[1:]
    named = []
    for s in sets:
        name, _, opts = s.partition("=")
        tauraro = default_tauraro
        if opts.startswith("TAURARO="):
            tauraro, _, opts = opts[len("TAURARO="):].partition(" ")
        named.append((name, tauraro, opts))
    wall = {(n, p): [] for n, _, _ in named for p in programs}
    cpu = {(n, p): [] for n, _, _ in named for p in programs}
    for r in range(rounds):
        for p in programs:
            order = named if (r + programs.index(p)) % 2 == 0 else named[::-1]
            for name, tauraro, opts in order:
                n, *extra = loops[p]
                env = dict(os.environ, TAURARO_JAVA_OPTS=opts)
                start = time.time()
                proc = subprocess.Popen([tauraro, "run_benchmark.py", "--loops", n, *extra],
                                        cwd=os.path.join(ppdir, p), env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                _, status, usage = os.wait4(proc.pid, 0)
                if status != 0:
                    print(f"{p} under {name}: exit status {status}", file=sys.stderr)
                wall[name, p].append(time.time() - start)
                cpu[name, p].append(usage.ru_utime + usage.ru_stime)
        print(f"round {r + 1} done", file=sys.stderr, flush=True)
    names = [n for n, _, _ in named]
    print("| program | " + " | ".join(f"{n} wall | {n} cpu" for n in names) + " |")
    print("|---|" + "---:|---:|" * len(names))
    for p in programs:
        cells = [f"{statistics.median(wall[n, p]):.3f} | {statistics.median(cpu[n, p]):.3f}" for n in names]
        print(f"| {p} | " + " | ".join(cells) + " |")
    geo = []
    for n in names:
        gw = math.exp(sum(math.log(statistics.median(wall[n, p])) for p in programs) / len(programs))
        gc = math.exp(sum(math.log(statistics.median(cpu[n, p])) for p in programs) / len(programs))
        geo.append(f"{gw:.3f} | {gc:.3f}")
    print("| geometric mean | " + " | ".join(geo) + " |")
    for n, _, opts in named:
        print(f"{n}: {opts!r}")


if __name__ == "__main__":
    main()
