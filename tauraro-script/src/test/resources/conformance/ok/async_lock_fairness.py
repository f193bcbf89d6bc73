# Lock: FIFO hand-off between waiters, locked(), async with, release errors.
import asyncio


async def worker(lock, name, log):
    log.append(f"{name} wants")
    async with lock:
        log.append(f"{name} has")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(f"{name} releases")


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    log = []
    await asyncio.gather(*(worker(lock, n, log) for n in "ABCD"))
    print(log)
    await lock.acquire()
    print("locked:", lock.locked())
    lock.release()
    print("locked:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    order = []

    async def waiter(n):
        await lock.acquire()
        order.append(n)
        lock.release()
    tasks = [asyncio.create_task(waiter(i)) for i in range(5)]
    await asyncio.sleep(0)
    tasks[2].cancel()
    lock.release()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("order after cancelling waiter 2:", order, tasks[2].cancelled())
    print(lock.locked())
    counter = 0

    async def inc():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(inc() for _ in range(20)))
    print("counter:", counter)


asyncio.run(main())
