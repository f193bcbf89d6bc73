# The README's script example for multiprocessing and threading.
import multiprocessing
import threading

calls = 0


def cpu_intensive(n):
    global calls
    calls += 1  # counted in the worker's own copy of the globals
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    with multiprocessing.Pool() as pool:
        print(pool.map(cpu_intensive, [10, 20, 30]))
    print("calls seen by the parent:", calls)

    totals = []
    lock = threading.Lock()

    def add(n):
        with lock:  # threads share the globals, as in CPython
            totals.append(n * n)

    threads = [threading.Thread(target=add, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(totals), threading.active_count())
