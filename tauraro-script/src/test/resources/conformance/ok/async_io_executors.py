# asyncio with threads: to_thread, run_in_executor (default and a ThreadPoolExecutor),
# run_coroutine_threadsafe, wrap_future and call_soon_threadsafe. A blocking function waits on a
# threading.Event that a task of the loop sets: this finishes only if the loop keeps running while
# the function blocks in its thread (the script GIL is released in the wait).
import asyncio
import concurrent.futures
import threading
import time


def blocking_wait(event, label):
    event.wait()
    return f"{label} released"


def add(a, b, *, scale=1):
    return (a + b) * scale


def boom():
    raise KeyError("from a thread")


async def release_later(event, log):
    await asyncio.sleep(0)
    log.append("loop still running")
    event.set()


async def main():
    log = []
    loop = asyncio.get_running_loop()

    ev = threading.Event()
    results = await asyncio.gather(asyncio.to_thread(blocking_wait, ev, "to_thread"), release_later(ev, log))
    print(results, log)

    print(await asyncio.to_thread(add, 1, 2, scale=10))
    try:
        await asyncio.to_thread(boom)
    except KeyError as e:
        print("KeyError", e)

    ev = threading.Event()
    fut = loop.run_in_executor(None, blocking_wait, ev, "default executor")
    print(type(fut).__name__, fut.done())
    await release_later(ev, log)
    print(await fut)

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        print(await loop.run_in_executor(pool, add, 2, 3))
        ev = threading.Event()
        f1 = loop.run_in_executor(pool, blocking_wait, ev, "pool")
        f2 = loop.run_in_executor(pool, time.sleep, 0.01)
        await release_later(ev, log)
        print(await asyncio.gather(f1, f2))

        cf = pool.submit(add, 20, 22)
        wrapped = asyncio.wrap_future(cf)
        print(type(wrapped).__name__, await wrapped)

    # another thread hands a coroutine to this loop and waits for its result
    async def on_loop(x):
        await asyncio.sleep(0)
        return ("ran on loop", x, threading.current_thread() is threading.main_thread())

    def from_thread():
        cf = asyncio.run_coroutine_threadsafe(on_loop(5), loop)
        out = [type(cf).__name__, isinstance(cf, concurrent.futures.Future), cf.result()]

        async def fails():
            raise ValueError("in coroutine")

        try:
            asyncio.run_coroutine_threadsafe(fails(), loop).result()
        except ValueError as e:
            out.append(f"ValueError {e}")
        try:
            asyncio.run_coroutine_threadsafe(lambda: 1, loop)
        except TypeError as e:
            out.append(f"TypeError {e}")
        return out

    print(await asyncio.to_thread(from_thread))

    # cancelling the concurrent future cancels the task on the loop
    started = asyncio.Event()
    seen = []

    async def forever():
        started.set()
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            seen.append("task cancelled")
            raise

    cf = asyncio.run_coroutine_threadsafe(forever(), loop)
    await started.wait()
    print("cancel", cf.cancel())
    for _ in range(3):
        await asyncio.sleep(0)
    print(seen, cf.cancelled())

    # call_soon_threadsafe from another thread
    done = asyncio.Event()
    calls = []

    def poke():
        loop.call_soon_threadsafe(calls.append, "poked")
        loop.call_soon_threadsafe(done.set)

    t = threading.Thread(target=poke)
    t.start()
    await done.wait()
    t.join()
    print(calls)


asyncio.run(main())
print("done")
