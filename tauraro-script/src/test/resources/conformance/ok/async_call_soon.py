# loop.call_soon / call_later / call_at ordering and Handle.cancel.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(log.append, "soon 1")
    loop.call_soon(log.append, "soon 2")
    loop.call_later(0.02, log.append, "later 0.02")
    loop.call_later(0.01, log.append, "later 0.01")
    h = loop.call_later(0.015, log.append, "cancelled handle")
    h.cancel()
    loop.call_at(loop.time() + 0.03, log.append, "at +0.03")
    loop.call_later(0, log.append, "later 0")
    log.append("synchronous")
    await asyncio.sleep(0)
    print(log)
    await asyncio.sleep(0.05)
    print(log)
    print(h.cancelled())
    done = loop.create_future()

    def chain(n):
        log.append(f"chain {n}")
        if n < 3:
            loop.call_soon(chain, n + 1)
        else:
            done.set_result(n)
    log.clear()
    loop.call_soon(chain, 1)
    print(await done, log)
    t0 = loop.time()
    await asyncio.sleep(0.02)
    print("loop.time advanced:", loop.time() - t0 >= 0.019)


asyncio.run(main())
