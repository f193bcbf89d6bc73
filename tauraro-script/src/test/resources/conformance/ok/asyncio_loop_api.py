# The event loop object driven by hand: new/set/get_event_loop, run_until_complete, run_forever,
# stop, close, call_soon/call_later/call_at with arguments, handles, is_running/is_closed.
import asyncio

loop = asyncio.new_event_loop()
print(isinstance(loop, asyncio.AbstractEventLoop), loop.is_running(), loop.is_closed())
print(repr(loop))
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)

log = []


def note(*args):
    log.append(args)


async def work(x):
    await asyncio.sleep(0.01)
    log.append(("work", x, asyncio.get_running_loop() is loop, loop.is_running()))
    return x * 2


print(loop.run_until_complete(work(21)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from call_soon")
print(loop.run_until_complete(fut))
task = loop.create_task(work(5), name="worker")
print(task.get_name(), loop.run_until_complete(task), task.done())

h1 = loop.call_soon(note, "soon", 1)
h2 = loop.call_soon(note, "cancelled")
h2.cancel()
print(repr(h1).replace(__file__, "FILE"), h2, h1.cancelled(), h2.cancelled())
t1 = loop.call_later(0.02, note, "later", 0.02)
t2 = loop.call_at(loop.time() + 0.01, note, "at", 0.01)
t3 = loop.call_later(0.015, note, "cancelled timer")
t3.cancel()
print(type(t1).__name__, isinstance(t1, asyncio.Handle), t3.cancelled(), t1.when() > t2.when())
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(log)
log.clear()

# stop() before run_forever(): one iteration runs, what it schedules waits for the next run
def chain(n):
    log.append(n)
    loop.call_soon(chain, n + 1)

loop.call_soon(chain, 0)
loop.stop()
loop.run_forever()
print(log)
loop.stop()
loop.run_forever()
print(log)

# run_until_complete on a future the loop stops before it is done
pending = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(pending)
except RuntimeError as e:
    print("RuntimeError:", e)


async def nested():
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.run(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    loop.set_debug(True)  # callbacks are checked in debug mode only
    try:
        loop.call_soon(nested)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_debug(False)

loop.run_until_complete(nested())
print(loop.get_debug())
loop.set_debug(True)
print(loop.get_debug(), repr(loop))
loop.set_debug(False)
loop.close()
loop.close()
print(loop.is_closed())
for call in (lambda: loop.call_soon(print), lambda: loop.run_until_complete(pending),
             lambda: loop.create_future().set_result(1) if False else loop.run_forever()):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.set_event_loop("loop")
except TypeError as e:
    print("TypeError:", e)
