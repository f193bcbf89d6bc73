# async with on user classes (__aenter__/__aexit__) and async iteration (__aiter__/__anext__).
import asyncio


class Connection:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return self.swallow

    async def query(self, q):
        await asyncio.sleep(0)
        return f"{self.name}:{q}"


class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i - 1


async def main():
    async with Connection("db") as conn:
        print(await conn.query("select"))
    async with Connection("a") as a, Connection("b") as b:
        print(a.name, b.name)
    async with Connection("quiet", swallow=True):
        raise ValueError("suppressed")
    print("after suppressed error")
    try:
        async with Connection("loud"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))
    async for i in AsyncRange(3):
        print("item", i)
    print([x async for x in AsyncRange(4)])


asyncio.run(main())
