# CPython side of PoolBenchmark: the same workloads, printed as "name value" lines.
import multiprocessing, sys, time

def cpu_intensive(n):
    result = 0
    for i in range(n):
        result += i * i
    return result

def trivial(x):
    return x

def best(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)

if __name__ == '__main__':
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    data = [1000000, 2000000, 3000000] * 2
    with multiprocessing.Pool(2) as pool:
        pool.map(trivial, range(1000))
        serial = best(lambda: [cpu_intensive(n) for n in data], repeat)
        parallel = best(lambda: pool.map(cpu_intensive, data), repeat)
        items = range(100000)
        cs1 = best(lambda: pool.map(trivial, items, chunksize=1), repeat)
        dflt = best(lambda: pool.map(trivial, items), repeat)
    print("cpu_serial_s", serial)
    print("cpu_pool2_s", parallel)
    print("trivial_cs1_tasks_per_s", 100000 / cs1)
    print("trivial_default_tasks_per_s", 100000 / dflt)
