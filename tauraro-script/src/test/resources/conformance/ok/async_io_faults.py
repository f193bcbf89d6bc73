# Faults and the less common corners of asyncio I/O, with CPython 3.11's behaviour: a server run
# by serve_forever and stopped by cancelling it, a peer that aborts, the peer closing in the middle
# of readexactly, writing and draining after close(), Process.send_signal, a broken stdin pipe,
# loop.add_signal_handler for SIGTERM and SIGINT, and a bulk upload bounded by drain().
import asyncio
import signal
import sys


async def serve_forever_until_cancelled():
    async def handle(r, w):
        data = await r.readline()
        w.write(data.upper())
        await w.drain()
        w.close()
        await w.wait_closed()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print("serving", server.is_serving())
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"hi\n")
    print(await r.readline())
    print("eof", await r.read(), r.at_eof())
    w.close()
    await w.wait_closed()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving", server.is_serving())
    await server.wait_closed()


async def peer_aborts_then_writes_after_close():
    async def handle(r, w):
        await r.readline()
        w.transport.abort()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"x\n")
    await w.drain()
    print("read after the peer aborted:", await r.read())
    w.close()
    w.write(b"more")
    print("closing", w.is_closing())
    try:
        await w.drain()
        print("drain ok")
    except ConnectionResetError as e:
        print("drain after close:", type(e).__name__, e)
    server.close()
    await server.wait_closed()


async def close_then_drain():
    async def handle(r, w):
        await r.read()
        w.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.close()
    w.write(b"dropped")
    for _ in range(2):
        try:
            await w.drain()
            print("drain ok")
        except ConnectionResetError as e:
            print("drain:", type(e).__name__, e)
    await w.wait_closed()
    server.close()
    await server.wait_closed()


async def peer_closes_mid_readexactly():
    async def handle(r, w):
        w.write(b"abc")
        await w.drain()
        w.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("incomplete", e.partial, e.expected, e)
    w.close()
    server.close()
    await server.wait_closed()


async def subprocess_signals_and_broken_stdin():
    p = await asyncio.create_subprocess_exec("sleep", "30")    # any child: sys.executable is not a command in the JUnit runner
    p.send_signal(signal.SIGTERM)
    print("send_signal: returncode", await p.wait())
    p = await asyncio.create_subprocess_exec("sh", "-c", "exit 0", stdin=asyncio.subprocess.PIPE)
    await p.wait()
    p.stdin.write(b"x")
    try:
        await p.stdin.wait_closed()
    except (BrokenPipeError, ConnectionResetError):
        pass
    p.stdin.write(b"y")
    try:
        await p.stdin.drain()
        print("drain ok")
    except (BrokenPipeError, ConnectionResetError) as e:
        print("stdin of an exited child:", type(e).__name__, e)


async def loop_signal_handlers():
    loop = asyncio.get_running_loop()
    got = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, lambda: (print("SIGTERM handled"), got.set()))
    signal.raise_signal(signal.SIGTERM)
    await got.wait()
    print("removed", loop.remove_signal_handler(signal.SIGTERM))
    loop.add_signal_handler(signal.SIGINT, lambda: (print("SIGINT handled"), got.clear()))
    signal.raise_signal(signal.SIGINT)
    while got.is_set():
        await asyncio.sleep(0.01)
    print("removed", loop.remove_signal_handler(signal.SIGINT))
    print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    try:
        signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt:
        print("KeyboardInterrupt again after removal")


async def bulk_upload_with_drain():
    total = 0

    async def handle(r, w):
        nonlocal total
        while True:
            b = await r.read(65536)
            if not b:
                break
            total += len(b)
            await asyncio.sleep(0)
        w.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    chunk = b"z" * 65536
    for _ in range(160):
        w.write(chunk)
        await w.drain()
        assert w.transport.get_write_buffer_size() <= 65536 + len(chunk)
    w.write_eof()
    await r.read()
    print("bulk", total)
    w.close()
    server.close()
    await server.wait_closed()


async def main():
    await serve_forever_until_cancelled()
    await peer_aborts_then_writes_after_close()
    await close_then_drain()
    await peer_closes_mid_readexactly()
    await subprocess_signals_and_broken_stdin()
    await loop_signal_handlers()
    await bulk_upload_with_drain()


asyncio.run(main())
