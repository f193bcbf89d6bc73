# TaskGroup: one failing child cancels the siblings; errors arrive as an ExceptionGroup.
# Steps are counted with sleep(0) so which children fail in the same loop pass is exact.
import asyncio


async def ok(name, steps):
    try:
        for _ in range(steps):
            await asyncio.sleep(0)
        print("finished", name)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise


async def bad(exc, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("quick", 1))
            tg.create_task(bad(ValueError("v1"), 3))
            tg.create_task(ok("slow", 100))
            tg.create_task(bad(KeyError("k1"), 3))
            tg.create_task(bad(KeyError("k2"), 5))
    except* ValueError as eg:
        print("except* ValueError:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("except* KeyError:", [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(TypeError("t"), 1))
            tg.create_task(bad(RuntimeError("r"), 1))
            tg.create_task(bad(ValueError("v"), 1))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
        print(sorted(str(e) for e in eg.exceptions))
        print(sorted(type(e).__name__ for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("sibling", 100))
            await asyncio.sleep(0)
            raise LookupError("body failed")
    except* LookupError as eg:
        print("body error in group:", [str(e) for e in eg.exceptions])


asyncio.run(main())
