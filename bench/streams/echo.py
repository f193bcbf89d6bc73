# TCP echo over loopback with asyncio streams: CONNS clients, each sending small lines to an echo
# server in the same process and waiting for each reply; prints round trips per second.
#   python3 echo.py CONNS ROUND_TRIPS [uvloop]
import asyncio
import sys
import time

conns = int(sys.argv[1])
total = int(sys.argv[2])
if len(sys.argv) > 3 and sys.argv[3] == "uvloop":
    import uvloop
    uvloop.install()

MESSAGE = b"x" * 31 + b"\n"


async def serve(reader, writer):
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    writer.close()


async def client(port, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for _ in range(n):
        writer.write(MESSAGE)
        await writer.drain()
        if await reader.readline() != MESSAGE:
            raise RuntimeError("bad echo")
    writer.close()
    await writer.wait_closed()


async def run(port, n):
    started = time.perf_counter()
    await asyncio.gather(*(client(port, n // conns) for _ in range(conns)))
    return (n // conns) * conns / (time.perf_counter() - started)


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    await run(port, max(conns, total // 5))   # warm-up
    best = max([await run(port, total) for _ in range(3)])
    server.close()
    await server.wait_closed()
    print(f"{best:.0f}")


asyncio.run(main())
