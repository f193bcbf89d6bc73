# The seed's parallel-processing workload, timed inside the process: `timed.py pool` times
# `Pool().map(cpu_intensive, [1e6, 2e6, 3e6])` (pool creation included), `timed.py serial` the
# same three calls one after another. Prints the seconds taken by that part alone, so the
# interpreter's start-up is left out. Run each mode in a fresh process: both then pay the same
# JIT warm-up (bin/tauraro) that a real script pays.
import multiprocessing
import sys
import time


def cpu_intensive(n: int) -> int:
    """CPU-intensive computation."""
    result = 0
    for i in range(n):
        result += i * i
    return result


work = [1000000, 2000000, 3000000]
start = time.perf_counter()
if sys.argv[1] == "pool":
    with multiprocessing.Pool() as pool:
        results = pool.map(cpu_intensive, work)
else:
    results = [cpu_intensive(n) for n in work]
elapsed = time.perf_counter() - start
assert results == [333332833333500000, 2666664666667000000, 8999995500000500000], results
print(f"{elapsed:.4f}")
