# The seed's parallel-processing workload, timed inside the process: `timed.py pool` times
# `Pool().map(cpu_intensive, [1e6, 2e6, 3e6])` (pool creation included), `timed.py serial` the
# same three calls one after another. Prints two numbers: the seconds of the first round (what
# the seed script pays: bin/tauraro's JIT is still warming up) and the best of five more rounds
# (steady state). The interpreter's start-up is left out.
import multiprocessing
import sys
import time


def cpu_intensive(n: int) -> int:
    """CPU-intensive computation."""
    result = 0
    for i in range(n):
        result += i * i
    return result


def one_round(mode):
    work = [1000000, 2000000, 3000000]
    start = time.perf_counter()
    if mode == "pool":
        with multiprocessing.Pool() as pool:
            results = pool.map(cpu_intensive, work)
    else:
        results = [cpu_intensive(n) for n in work]
    elapsed = time.perf_counter() - start
    assert results == [333332833333500000, 2666664666667000000, 8999995500000500000], results
    return elapsed


if __name__ == "__main__":
    first = one_round(sys.argv[1])
    steady = min(one_round(sys.argv[1]) for _ in range(5))
    print(f"{first:.4f} {steady:.4f}")
