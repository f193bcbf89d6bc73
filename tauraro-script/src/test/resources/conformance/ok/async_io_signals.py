# loop.add_signal_handler / remove_signal_handler: a handler with arguments runs on the loop when
# the process gets the signal (sent with signal.raise_signal), argument checks with CPython's
# messages, and removal.
import asyncio
import signal
import threading


async def main():
    loop = asyncio.get_running_loop()
    got = asyncio.Event()
    seen = []

    def on_hup(tag):
        seen.append((tag, threading.current_thread() is threading.main_thread()))
        got.set()

    loop.add_signal_handler(signal.SIGHUP, on_hup, "hup")
    signal.raise_signal(signal.SIGHUP)
    await got.wait()
    print(seen)
    print(loop.remove_signal_handler(signal.SIGHUP), loop.remove_signal_handler(signal.SIGHUP))

    for bad in ["x", 0, 99, signal.SIGKILL]:
        try:
            loop.add_signal_handler(bad, print)
        except (TypeError, ValueError, RuntimeError) as e:
            print(type(e).__name__, e)

    async def coro():
        pass

    try:
        loop.add_signal_handler(signal.SIGHUP, coro)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
