# Task methods: add_done_callback/remove_done_callback, get_coro, get_stack, cancelling/uncancel,
# get_loop; Condition.wait_for.
import asyncio

log = []


async def work(n):
    await asyncio.sleep(0)
    return n * 10


def cb_a(t):
    log.append(("a", t.result()))


def cb_b(t):
    log.append(("b", t.result()))


async def main():
    loop = asyncio.get_running_loop()
    coro = work(1)
    t = asyncio.create_task(coro, name="w")
    print(t.get_coro() is coro, t.get_loop() is loop, type(t.get_stack()).__name__)
    t.add_done_callback(cb_a)
    t.add_done_callback(cb_b)
    t.add_done_callback(cb_a)
    print("removed:", t.remove_done_callback(cb_a), t.remove_done_callback(print))
    await t
    await asyncio.sleep(0)
    print(log)
    t.add_done_callback(lambda t: log.append("added after done"))
    print(log[-1])
    await asyncio.sleep(0)
    print(log[-1])

    # cancelling() counts requests, uncancel() withdraws one
    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            print("cancelling:", me.cancelling())
            print("uncancel ->", me.uncancel(), me.cancelling())
            return "survived"

    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    s.cancel()
    s.cancel("again")
    print(s.cancelling())
    print(await s, s.cancelled())

    # Condition.wait_for: the predicate is checked before waiting and after each wake-up
    cond = asyncio.Condition()
    box = []

    async def consumer(name):
        async with cond:
            result = await cond.wait_for(lambda: len(box) >= 2)
            print(name, "woke with", list(box), result)

    async def quick():
        async with cond:
            r = await cond.wait_for(lambda: "ready")
            print("no wait needed:", r)

    tasks = [asyncio.create_task(consumer(f"c{i}")) for i in range(2)]
    await asyncio.sleep(0)
    for item in ("x", "y"):
        async with cond:
            box.append(item)
            print("notify_all after", item)
            cond.notify_all()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    await quick()


asyncio.run(main())
