# terminate() stops a pool whose tasks never end, and join() then returns, as in CPython.
import multiprocessing
import time


def spin(n):
    while True:
        n += 1


def nap(n):
    time.sleep(600)


if __name__ == "__main__":
    for task in (spin, nap):
        pool = multiprocessing.Pool(2)
        results = [pool.apply_async(task, (i,)) for i in range(2)]
        time.sleep(0.2)
        print(task.__name__, [r.ready() for r in results])
        pool.terminate()
        pool.join()
        print(task.__name__, "joined after terminate")

    with multiprocessing.Pool(2) as pool:
        r = pool.map_async(spin, [1, 2])
        time.sleep(0.2)
    pool.join()
    print("left the with block and joined")

    with multiprocessing.Pool(2) as pool:
        print(pool.map(abs, [-1, -2, 3]))
