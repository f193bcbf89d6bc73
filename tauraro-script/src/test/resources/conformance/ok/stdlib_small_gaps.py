# itertools.combinations_with_replacement and contextlib.asynccontextmanager, compared with CPython.
import asyncio
import itertools
from contextlib import asynccontextmanager

print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(itertools.combinations_with_replacement(range(3), 3)))
print(list(itertools.combinations_with_replacement([], 2)), list(itertools.combinations_with_replacement("ab", 0)))
try:
    itertools.combinations_with_replacement("ab", -1)
except ValueError as e:
    print("ValueError:", e)

log = []


@asynccontextmanager
async def resource(name):
    log.append("open " + name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    finally:
        log.append("close " + name)


@asynccontextmanager
async def swallowing():
    try:
        yield
    except KeyError as e:
        log.append("swallowed " + repr(e))


async def main():
    async with resource("db") as r:
        log.append("using " + r)
    try:
        async with resource("file"):
            raise ValueError("boom")
    except ValueError as e:
        log.append("caught " + str(e))
    async with swallowing():
        raise KeyError("k")
    log.append("after")
    print(resource.__name__)


asyncio.run(main())
print("\n".join(log))
