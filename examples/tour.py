"""A tour of Tauraro's concurrency: run it with bin/tauraro or python3 and compare."""
import asyncio
import multiprocessing


async def fetch_data(url: str) -> str:
    await asyncio.sleep(0.1)  # stands for async I/O
    return f"Data from {url}"


async def limited(semaphore: asyncio.Semaphore, n: int, running: list) -> int:
    async with semaphore:
        running.append(n)
        peak = len(running)
        await asyncio.sleep(0.05)
        running.remove(n)
        return peak


async def slow_operation() -> str:
    await asyncio.sleep(10)
    return "too late"


async def worker(name: str, queue: asyncio.Queue, done: list) -> None:
    while True:
        item = await queue.get()
        if item is None:
            break
        await asyncio.sleep(0.01)
        done.append(f"{name}:{item * 2}")
        queue.task_done()


async def main() -> None:
    # gather: concurrent, results in argument order
    print(await asyncio.gather(fetch_data("url1"), fetch_data("url2"), fetch_data("url3")))

    # Semaphore(3): never more than three at once
    semaphore = asyncio.Semaphore(3)
    running: list = []
    peaks = await asyncio.gather(*[limited(semaphore, n, running) for n in range(10)])
    print("max concurrent:", max(peaks))

    # wait_for: the slow operation is cancelled, then TimeoutError is raised
    try:
        await asyncio.wait_for(slow_operation(), timeout=0.05)
    except asyncio.TimeoutError:
        print("Operation timed out")

    # errors as values
    async def fails():
        raise ValueError("Task failed")
    results = await asyncio.gather(fetch_data("ok"), fails(), return_exceptions=True)
    for i, result in enumerate(results):
        kind = "failed" if isinstance(result, Exception) else "succeeded"
        print(f"Task {i} {kind}: {result!r}")

    # a queue feeding a pool of workers
    queue: asyncio.Queue = asyncio.Queue()
    done: list = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, done)) for i in range(3)]
    for item in range(6):
        await queue.put(item)
    await queue.join()
    for _ in workers:
        await queue.put(None)
    await asyncio.gather(*workers)
    print(sorted(done))


def cpu_intensive(n: int) -> int:
    result = 0
    for i in range(n):
        result += i * i
    return result


if __name__ == "__main__":
    asyncio.run(main())
    with multiprocessing.Pool(2) as pool:
        print(pool.map(cpu_intensive, [10_000, 20_000, 30_000]))
