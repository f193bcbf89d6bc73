# PEP 479: StopIteration leaving a generator or a coroutine becomes RuntimeError from it.
import asyncio


def gen():
    yield 1
    raise StopIteration("inner")


async def coro():
    raise StopIteration("in coroutine")


try:
    list(gen())
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    asyncio.run(coro())
except RuntimeError as e:
    print(e, repr(e.__cause__))
for x in gen():
    print(x)
