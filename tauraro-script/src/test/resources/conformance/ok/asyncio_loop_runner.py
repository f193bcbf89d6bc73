# asyncio.Runner: several run() calls on one loop, the current loop while it is open, closing,
# debug=, loop_factory=, and errors.
import asyncio

state = {}


async def first():
    loop = asyncio.get_running_loop()
    state["loop"] = loop
    state["fut"] = loop.create_future()

    async def background():
        try:
            await state["fut"]
            print("background got", state["fut"].result())
        except asyncio.CancelledError:
            print("background cancelled at close")
            raise

    state["bg"] = asyncio.create_task(background())
    await asyncio.sleep(0)
    return "first"


async def second():
    loop = asyncio.get_running_loop()
    print("same loop:", loop is state["loop"], "debug:", loop.get_debug())
    return "second"


async def third():
    await asyncio.sleep(0)
    raise ValueError("from main")


with asyncio.Runner(debug=True) as runner:
    print(runner.run(first()))
    loop = runner.get_loop()
    print(loop is state["loop"], asyncio.get_event_loop() is loop, loop.is_closed())
    print(runner.run(second()))
    try:
        runner.run(third())
    except ValueError as e:
        print("ValueError:", e)
    for bad in (42, state["fut"]):
        try:
            runner.run(bad)
        except ValueError as e:
            print("ValueError:", str(e).split(" cb=")[0].rstrip(">"))
print("closed:", loop.is_closed(), state["bg"].cancelled())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    runner.run(second())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
runner.close()

made = []


def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop


r = asyncio.Runner(loop_factory=factory)
print(r.run(second()), len(made), r.get_loop() is made[0])
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("factory loops are not set as current:", e)
r.close()
print(made[0].is_closed())


async def inner_run():
    r2 = asyncio.Runner()
    coro = second()
    try:
        r2.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await coro)


asyncio.run(inner_run())
print(asyncio.run(second(), debug=True))
