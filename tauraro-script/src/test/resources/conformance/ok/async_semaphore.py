# Semaphore: at most N holders, FIFO wake-up order, value bookkeeping via locked().
# Work is measured in sleep(0) steps so the interleaving is exact.
import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    log = []

    async def job(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            log.append(f"start {i}")
            for _ in range(2 * (i % 3 + 1)):
                await asyncio.sleep(0)
            log.append(f"end {i}")
            active -= 1

    await asyncio.gather(*(job(i) for i in range(6)))
    print(log)
    print("peak:", peak, "locked:", sem.locked())
    s = asyncio.Semaphore(1)
    await s.acquire()
    print("locked after acquire:", s.locked())
    order = []

    async def waiter(n):
        async with s:
            order.append(n)
    tasks = [asyncio.create_task(waiter(n)) for n in range(4)]
    await asyncio.sleep(0)
    s.release()
    await asyncio.gather(*tasks)
    print("wake order:", order)
    s.release()
    s.release()
    print("unbounded semaphore may exceed its start value:", s.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    z = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", z.locked())


asyncio.run(main())
