# concurrent.futures.ProcessPoolExecutor: submit, map (with chunksize), as_completed, wait,
# exceptions from workers, worker state separate from the parent's, shutdown and the context
# manager; and asyncio's run_in_executor with a process pool.
import asyncio
import os
from concurrent.futures import ProcessPoolExecutor, as_completed, wait, FIRST_EXCEPTION

counter = 0


def square(x):
    return x * x


def bump(n):
    global counter
    counter += n
    return counter


def fail(x):
    raise ValueError(f"bad {x}")


def init(value):
    global counter
    counter = value


async def in_loop(pool):
    loop = asyncio.get_running_loop()
    return await asyncio.gather(*(loop.run_in_executor(pool, square, i) for i in range(4)))


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(pool.submit(square, 12).result())
        print(list(pool.map(square, range(10))))
        print(list(pool.map(square, range(10), chunksize=3)))
        print(sorted(f.result() for f in as_completed([pool.submit(square, i) for i in range(5)])))
        f = pool.submit(fail, 7)
        try:
            f.result()
        except ValueError as e:
            print("ValueError", e)
        done, not_done = wait([f, pool.submit(square, 2)], return_when=FIRST_EXCEPTION)
        print(len(done) >= 1, f in done)
        print(asyncio.run(in_loop(pool)))
        bump(1000)  # the parent's counter
    print("parent counter", counter)

    with ProcessPoolExecutor(max_workers=1, initializer=init, initargs=(100,)) as pool:
        print([pool.submit(bump, 1).result() for _ in range(3)])
    print("parent counter", counter)

    pool = ProcessPoolExecutor(max_workers=1)
    print(pool.submit(square, 3).result())
    pool.shutdown()
    try:
        pool.submit(square, 1)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError", e)
