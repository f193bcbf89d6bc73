# A line-protocol stream server for the interop test (StreamsInteropTest): run by CPython and by
# tauraro, talking to stream_client.py run by the other one. Writes its port to the file
# sys.argv[1] and serves until a client sends STOP. Each connection starts with a command line.
import asyncio
import sys

log = []


async def handle(reader, writer):
    cmd = (await reader.readline()).strip()
    log.append(cmd.decode())
    if cmd == b"ECHO":
        async for line in reader:
            if line == b"END\n":
                break
            writer.write(line.upper())
            await writer.drain()
    elif cmd == b"COUNT":
        data = await reader.read()  # until the client's write_eof
        writer.write(str(len(data)).encode() + b" " + data[:3] + data[-3:])
        await writer.drain()
    elif cmd == b"EXACT":
        head = await reader.readexactly(5)
        rest = await reader.readuntil(b"|")
        writer.writelines([head, b"+", rest])
        await writer.drain()
    elif cmd == b"PARTIAL":
        writer.write(b"abc")
        await writer.drain()
    elif cmd == b"RESET":  # sockets with SO_LINGER 0: only with CPython (tauraro has no socket module)
        import socket
        import struct
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()
        return
    elif cmd == b"STOP":
        stop.set()
    writer.close()
    await writer.wait_closed()


async def main():
    global stop
    stop = asyncio.Event()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    with open(sys.argv[1], "w") as f:
        f.write(str(port))
    async with server:
        await stop.wait()
    print("server saw", log)


asyncio.run(main())
