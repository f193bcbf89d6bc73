# TaskGroup (3.11): waits for all children, results via task.result(), tasks added later.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    print("done", name)
    return name * 2


async def spawner(tg):
    await asyncio.sleep(0.01)
    print("spawning late child")
    return tg.create_task(job("late", 0.01))


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.3))  # far after "late" (0.02), even on a loaded machine
        t2 = tg.create_task(job("b", 0.01))
        ts = tg.create_task(spawner(tg))
        print("inside body, children not started:", t1.done(), t2.done())
    print("after group", t1.result(), t2.result(), ts.result().result())
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")
    results = []
    async with asyncio.TaskGroup() as tg:
        for i in range(3):
            tg.create_task(job(f"n{i}", 0.03 - i * 0.01)).add_done_callback(
                lambda t: results.append(t.result()))
    print(results)
    async with asyncio.TaskGroup() as tg:
        named = tg.create_task(job("x", 0), name="my-task")
    print(named.get_name(), named.result())


asyncio.run(main())
