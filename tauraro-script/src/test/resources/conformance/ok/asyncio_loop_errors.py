# Exceptions nobody else can receive go to the loop's exception handler: a callback that raises
# (the loop keeps running), call_exception_handler, a failing handler, tasks failing during
# asyncio.run's shutdown; default_exception_handler writes to stderr only.
import asyncio


def show(loop, ctx):
    keys = sorted(ctx)
    exc = ctx.get("exception")
    print("handler:", ctx["message"].replace(__file__, "FILE"), keys, repr(exc))
    if "handle" in ctx:
        r = repr(ctx["handle"]).replace(__file__, "FILE")
        if "when=" in r:  # the loop's clock differs from run to run
            r = r[:r.index("when=")] + r[r.index(" ", r.index("when=")) + 1:]
        print("  handle:", r)
    if "task" in ctx:
        print("  task name:", ctx["task"].get_name())


def boom(n):
    raise ValueError(f"boom {n}")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(show)
    print(loop.get_exception_handler() is show)
    loop.call_soon(boom, 1)
    loop.call_soon(print, "the loop keeps running")
    loop.call_later(0.01, boom, 2)
    await asyncio.sleep(0.02)
    loop.call_exception_handler({"message": "by hand", "extra": 42})
    loop.call_exception_handler({"message": "with exception", "exception": KeyError("k")})

    def failing(loop, ctx):
        raise RuntimeError("handler failed")

    loop.set_exception_handler(failing)
    loop.call_exception_handler({"message": "goes to the default handler"})
    loop.call_soon(boom, 3)
    await asyncio.sleep(0)
    print("after a failing handler")
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    loop.call_soon(boom, 4)  # default handler: stderr only
    await asyncio.sleep(0)
    loop.default_exception_handler({"message": "default, called directly"})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(show)

    async def bad_cleanup():
        try:
            await asyncio.sleep(10)
        finally:
            raise KeyError("in cleanup")

    asyncio.create_task(bad_cleanup(), name="bad-cleanup")
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("done")
