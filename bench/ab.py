#!/usr/bin/python3
"""Alternating A/B of whole commands, for changes too small for best-of-N wall times to show.

    bench/ab.py ROUNDS 'COMMAND_A' 'COMMAND_B' [...]

Runs every command once per round, the order flipping each round (so both meet the same moments
of a busy machine), and prints per command the minimum and median wall time and CPU time (user +
sys of the whole process tree, from wait4's rusage, to the microsecond: /usr/bin/time rounds to
10 ms). Compare two builds by giving each its own bin/tauraro, e.g. a worktree of the commit before:
    bench/ab.py 16 '../before/bin/tauraro -c pass' 'bin/tauraro -c pass'
"""
import os
import statistics
import subprocess
import sys
import time


def main():
    rounds, commands = int(sys.argv[1]), sys.argv[2:]
    wall = {c: [] for c in commands}
    cpu = {c: [] for c in commands}
    for r in range(rounds):
        for c in commands if r % 2 == 0 else commands[::-1]:
            start = time.time()
            p = subprocess.Popen(["bash", "-c", c], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, _, usage = os.wait4(p.pid, 0)
            wall[c].append(time.time() - start)
            cpu[c].append(usage.ru_utime + usage.ru_stime)
    for c in commands:
        print(f"wall min {min(wall[c]):.3f} median {statistics.median(wall[c]):.3f} s | "
              f"cpu min {min(cpu[c]):.3f} median {statistics.median(cpu[c]):.3f} s | {c}")


if __name__ == "__main__":
    main()
