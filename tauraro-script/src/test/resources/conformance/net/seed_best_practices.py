# The seed's "Best Practices" 1 and 5 blocks; the URLs point at a local server, the names the
# blocks leave undefined (expensive_compute, operation, url) are defined, and results are printed.
import sys
import asyncio
import multiprocessing
import httpx

BASE = sys.argv[1]
url = BASE + "/api/7"


def expensive_compute(n):
    return n * n


# I/O-bound: Use asyncio
async def fetch_many_urls(urls):
    tasks = [httpx.get(url) for url in urls]
    return await asyncio.gather(*tasks)

# CPU-bound: Use multiprocessing
def compute_many(items):
    with multiprocessing.Pool() as pool:
        return pool.map(expensive_compute, items)


async def operation():
    await asyncio.sleep(0)
    return "operation done"


async def main():
    responses = await fetch_many_urls([f"{BASE}/api/{i}" for i in range(5)])
    print([r.status_code for r in responses])
    print([r.json()["name"] for r in responses])

    # Use context managers
    async with httpx.AsyncClient() as client:
        response = await client.get(url)
    print(response.json())

    # Or try/finally
    task = asyncio.create_task(operation())
    try:
        await task
    finally:
        task.cancel()
    print(task.result())


if __name__ == "__main__":
    print(compute_many([1, 2, 3]))
    asyncio.run(main())
