# Cancelling waiters of Lock, Semaphore, Event and Queue leaves the primitive consistent.
import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    lock.release()
    print("lock free after cancelled waiter:", not lock.locked())
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    waiters = [asyncio.create_task(sem.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    waiters[0].cancel()
    sem.release()
    await asyncio.sleep(0)
    print([("cancelled" if t.cancelled() else t.done()) for t in waiters])
    sem.release()
    await asyncio.sleep(0)
    print([("cancelled" if t.cancelled() else t.done()) for t in waiters])
    ev = asyncio.Event()
    ew = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ew.cancel()
    await asyncio.gather(ew, return_exceptions=True)
    ev.set()
    print("event wait cancelled:", ew.cancelled(), "event set:", ev.is_set())
    q = asyncio.Queue()
    getters = [asyncio.create_task(q.get()) for _ in range(3)]
    await asyncio.sleep(0)
    getters[1].cancel()
    await asyncio.sleep(0)
    q.put_nowait("x")
    q.put_nowait("y")
    await asyncio.sleep(0)
    print([g.result() if g.done() and not g.cancelled() else ("cancelled" if g.cancelled() else "pending")
           for g in getters], q.qsize())
    try:
        await asyncio.wait_for(sem.acquire(), 0.01)
        print("acquired")
    except asyncio.TimeoutError:
        print("semaphore acquire timed out")
    print("semaphore locked:", sem.locked())


asyncio.run(main())
