# A three-stage pipeline connected by queues, shut down with sentinels.
import asyncio

DONE = object()


async def source(out, items):
    for it in items:
        await out.put(it)
    await out.put(DONE)


async def stage(name, inp, out, fn):
    while True:
        item = await inp.get()
        if item is DONE:
            await out.put(DONE)
            print(name, "finished")
            return
        await asyncio.sleep(0)
        await out.put(fn(item))


async def sink(inp, results):
    while True:
        item = await inp.get()
        if item is DONE:
            return results
        results.append(item)


async def main():
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue(2)
    results = []
    _, _, _, out = await asyncio.gather(
        source(q1, range(8)),
        stage("double", q1, q2, lambda v: v * 2),
        stage("plus10", q2, q3, lambda v: v + 10),
        sink(q3, results),
    )
    print(out)
    print(out is results, [q.qsize() for q in (q1, q2, q3)])


asyncio.run(main())
