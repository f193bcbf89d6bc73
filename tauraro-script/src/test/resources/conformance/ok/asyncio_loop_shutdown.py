# asyncio.run's shutdown order (CPython's asyncio/runners.py) and asyncio.wait's argument checks.
import asyncio

log = []


async def child(name, steps):
    log.append(f"{name} started")
    try:
        for i in range(steps):
            await asyncio.sleep(0)
            log.append(f"{name} step {i}")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        await asyncio.sleep(0)
        log.append(f"{name} cleaned up after a yield")
        raise
    finally:
        log.append(f"{name} finally")


async def main():
    asyncio.create_task(child("early", 2))
    await asyncio.sleep(0)
    asyncio.create_task(child("late", 0))  # created just before main returns
    log.append("main returns")
    return "result"


print(asyncio.run(main()))
print(log)


async def checks():
    async def coro():
        return 1

    c = coro()
    for args, kwargs in [(([c],), {}), ((c,), {}), (([],), {}), ((set(),), {}),
                         (([asyncio.sleep(0)],), {}),
                         (([asyncio.ensure_future(coro())],), {"return_when": "SOMETIMES"})]:
        try:
            await asyncio.wait(*args, **kwargs)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    c.close()
    t = asyncio.create_task(coro())
    done, pending = await asyncio.wait([t, t, t])
    print(len(done), len(pending), done == {t})
    w = asyncio.wait([])  # a coroutine: nothing is checked until it is awaited
    print("made the coroutine")
    try:
        await w
    except ValueError as e:
        print("awaited:", e)


asyncio.run(checks())


print("end")
