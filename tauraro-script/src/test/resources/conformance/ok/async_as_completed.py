# as_completed yields awaitables in completion order; timeout raises TimeoutError.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return f"{name}@{d}"


async def main():
    coros = [job("a", 0.03), job("b", 0.01), job("c", 0.02), job("d", 0)]
    for fut in asyncio.as_completed(coros):
        print(await fut)
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("x", 0.02), ("y", 0.01)]]
    results = [await f for f in asyncio.as_completed(tasks)]
    print(results)
    try:
        for fut in asyncio.as_completed([job("slow", 1), job("fast", 0.01)], timeout=0.05):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    count = 0
    for fut in asyncio.as_completed([]):
        count += 1
    print("empty:", count)


asyncio.run(main())
