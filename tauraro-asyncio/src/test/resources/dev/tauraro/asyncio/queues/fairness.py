# Getter and putter lines of asyncio.Queue: FIFO wake-ups, cancellation, woken-then-cancelled
# waiters passing their wake-up on, and a newcomer taking the item before a woken getter.
import asyncio

async def main():
    log = print
    q = asyncio.Queue()

    async def getter(name):
        try:
            v = await q.get()
            log(f"{name} got {v!r}")
        except asyncio.CancelledError:
            log(f"{name} cancelled")

    g = [asyncio.create_task(getter(f"g{i}")) for i in range(4)]
    await asyncio.sleep(0)
    log(q)
    g[1].cancel()                 # cancelled while waiting
    q.put_nowait("a")             # wakes g0
    q.put_nowait("b")             # skips g1 (cancelled), wakes g2
    log(q)
    g[2].cancel()                 # woken, then cancelled: passes "b" on to g3
    await asyncio.sleep(0)
    log(q)
    await asyncio.sleep(0)
    log(q)

    # A newcomer overtakes a woken getter, which then waits again at the back.
    async def getter2(name):
        v = await q.get()
        log(f"{name} got {v!r}")

    w = asyncio.create_task(getter2("w"))
    await asyncio.sleep(0)
    q.put_nowait("c")             # wakes w
    v = await q.get()             # the newcomer takes "c" at once
    log(f"newcomer got {v!r}")
    log(q)
    await asyncio.sleep(0)
    log(q)                        # w waits again
    q.put_nowait("d")
    await asyncio.sleep(0)
    await asyncio.sleep(0)

    # Putters on a full queue.
    p = asyncio.Queue(maxsize=1)
    p.put_nowait(0)

    async def putter(name, item):
        try:
            await p.put(item)
            log(f"{name} put {item!r}")
        except asyncio.CancelledError:
            log(f"{name} cancelled")

    ps = [asyncio.create_task(putter(f"p{i}", i + 1)) for i in range(4)]
    await asyncio.sleep(0)
    log(p)
    ps[0].cancel()
    log(p.get_nowait())           # skips p0, wakes p1
    log(p)
    ps[1].cancel()                # woken, then cancelled: passes the slot on to p2
    await asyncio.sleep(0)
    log(p)
    await asyncio.sleep(0)
    log(p)
    while not p.empty():
        log(p.get_nowait())
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    log(p)
    for t in g + ps:
        log(t.done())

asyncio.run(main())
