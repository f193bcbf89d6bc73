# The client half of the interop test (see stream_server.py): sys.argv[1] is the server's port;
# sys.argv[2] == "reset" adds the connection-reset case (the server must set SO_LINGER, which only
# the CPython server does).
import asyncio
import sys

port = int(sys.argv[1])


async def connect(cmd):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(cmd + b"\n")
    await writer.drain()
    return reader, writer


async def main():
    reader, writer = await connect(b"ECHO")
    for word in [b"alpha", b"beta", b"gamma"]:
        writer.write(word + b"\n")
        await writer.drain()
        print(await reader.readline())
    writer.write(b"END\n")
    print("after END", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()

    reader, writer = await connect(b"COUNT")
    payload = bytes(range(256)) * 4096  # 1 MiB, written with drain's backpressure
    for i in range(0, len(payload), 65536):
        writer.write(payload[i:i + 65536])
        await writer.drain()
    writer.write_eof()
    print("count", await reader.read())
    writer.close()

    reader, writer = await connect(b"EXACT")
    writer.write(b"12345678|tail")
    await writer.drain()
    print("exact", await reader.read())
    writer.close()

    reader, writer = await connect(b"PARTIAL")
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e.partial, e.expected, e)
    writer.close()

    if len(sys.argv) > 2 and sys.argv[2] == "reset":
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"RESET\n")
        try:
            # The reset may already be back while drain waits, on a loaded machine: either raises it.
            await writer.drain()
            print("read", await reader.read())
        except ConnectionResetError as e:
            print("ConnectionResetError", e.errno, e)
        writer.close()

    reader, writer = await connect(b"STOP")
    print("stop", await reader.read())
    writer.close()


asyncio.run(main())
