# current_task, task names set by the script (Task-N numbering is not printed), all_tasks.
import asyncio


async def who(tag):
    await asyncio.sleep(0)
    t = asyncio.current_task()
    return f"{tag} runs in {t.get_name()}"


async def main():
    me = asyncio.current_task()
    me.set_name("main-task")
    print(me.get_name(), me.get_name() == asyncio.current_task().get_name())
    t1 = asyncio.create_task(who("one"), name="first")
    t2 = asyncio.create_task(who("two"), name="second")
    print(await t1)
    print(await t2)
    t3 = asyncio.create_task(who("three"))
    t3.set_name("renamed")
    print(await t3)
    print(t3.get_name().startswith("renamed"))
    unnamed = asyncio.create_task(who("anon"))
    print(unnamed.get_name().startswith("Task-"))
    await unnamed
    print(await who("direct await"))
    pending = asyncio.create_task(asyncio.sleep(1), name="sleeper")
    await asyncio.sleep(0)
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)
    pending.cancel()
    await asyncio.gather(pending, return_exceptions=True)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(me in asyncio.all_tasks(), asyncio.current_task() is me)
    print(repr(t1)[:22])


print(asyncio.current_task.__name__)
asyncio.run(main())
