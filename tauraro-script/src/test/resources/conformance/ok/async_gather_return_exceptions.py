# gather(return_exceptions=True) puts exceptions into the result list in order.
import asyncio


class CustomError(Exception):
    pass


async def ok(v, d):
    await asyncio.sleep(d)
    return v


async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc


async def main():
    results = await asyncio.gather(
        ok(1, 0.02),
        fail(ValueError("bad value"), 0.01),
        ok(3, 0),
        fail(CustomError("custom"), 0.03),
        return_exceptions=True,
    )
    for i, r in enumerate(results):
        if isinstance(r, Exception):
            print(i, "error", type(r).__name__, r)
        else:
            print(i, "ok", r)
    print([type(r).__name__ for r in results])
    only_errors = await asyncio.gather(fail(KeyError("k"), 0), fail(ZeroDivisionError("z"), 0),
                                       return_exceptions=True)
    print([repr(e) for e in only_errors])


asyncio.run(main())
