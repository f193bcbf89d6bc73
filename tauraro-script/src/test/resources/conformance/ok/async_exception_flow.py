# Exceptions across awaits and tasks: propagation, try/finally in coroutines, chained causes.
import asyncio


async def level3():
    await asyncio.sleep(0)
    raise ValueError("deep")


async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")


async def level1():
    try:
        await level2()
    except ValueError as e:
        raise RuntimeError("wrapped") from e


async def main():
    try:
        await level1()
    except RuntimeError as e:
        print(e, "caused by", repr(e.__cause__))
    t = asyncio.create_task(level3())
    try:
        await t
    except ValueError as e:
        print("from task:", e, t.done())

    async def guarded(i):
        try:
            if i % 2:
                raise KeyError(i)
            await asyncio.sleep(0)
            return i
        except KeyError as e:
            return f"handled {e}"
    print(await asyncio.gather(*(guarded(i) for i in range(4))))

    async def retry(attempts):
        for n in range(1, attempts + 1):
            try:
                if n < 3:
                    raise ConnectionError(f"attempt {n} failed")
                return f"succeeded on attempt {n}"
            except ConnectionError as e:
                print(e)
                await asyncio.sleep(0)
        return "gave up"
    print(await retry(5))
    print(await retry(2))


asyncio.run(main())
