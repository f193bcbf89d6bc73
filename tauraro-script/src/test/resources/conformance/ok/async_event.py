# Event: wait, set wakes all waiters in order, clear, is_set, wait on a set event.
import asyncio


async def waiter(ev, name, log):
    log.append(f"{name} waiting")
    r = await ev.wait()
    log.append(f"{name} woke ({r})")


async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(ev, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0.01)
    print(ev.is_set(), log)
    ev.set()
    log.append("set called")
    await asyncio.gather(*tasks)
    print(log)
    print(ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(waiter(ev, "late", log))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t
    print(log[-1], ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("wait timed out, event still clear:", not ev.is_set())


asyncio.run(main())
