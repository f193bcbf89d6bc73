# asyncio streams on 127.0.0.1: an echo server and clients, lines, readexactly, readuntil,
# async iteration, half-close with write_eof, addresses, and the stream errors.
import asyncio

log = []


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    log.append(("server sees client on loopback", peer[0]))
    async for line in reader:
        if line == b"quit\n":
            break
        writer.write(line.upper())
        await writer.drain()
    writer.write(b"bye\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    print(type(server).__name__, host, port > 0, server.is_serving())
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        print(type(reader).__name__, type(writer).__name__)
        print(writer.get_extra_info("peername") == (host, port))
        print(writer.get_extra_info("sockname")[0], writer.get_extra_info("nothing", "default"))
        writer.write(b"hello\n")
        writer.writelines([b"wor", b"ld\n"])
        await writer.drain()
        print(await reader.readline())
        print(await reader.readline())
        writer.write(b"abc\ndef\n")
        print(await reader.readexactly(4))
        print(await reader.readuntil(b"\n"))
        writer.write(b"quit\n")
        print(await reader.read())
        print(reader.at_eof(), writer.is_closing(), writer.can_write_eof())
        writer.close()
        await writer.wait_closed()
        print(writer.is_closing())
    print(server.is_serving(), len(server.sockets))
    print(log)


asyncio.run(main())


async def half_close():
    received = []

    async def collect(reader, writer):
        data = await reader.read()  # until the client's write_eof
        received.append(data)
        writer.write(f"got {len(data)} bytes".encode())
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(collect, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"x" * 100000)
    writer.write_eof()
    print(await reader.read())
    print(received[0][:5], len(received[0]))
    writer.close()
    server.close()
    await server.wait_closed()


asyncio.run(half_close())


async def errors():
    async def partial(reader, writer):
        writer.write(b"12345")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(partial, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected, isinstance(e, EOFError))
    writer.close()

    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=3)
    try:
        await reader.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    writer.close()

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await reader.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    writer.close()
    server.close()
    await server.wait_closed()

    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, str(e) == f"[Errno 111] Connect call failed ('127.0.0.1', {port})")

    e = asyncio.IncompleteReadError(b"ab", None)
    print(repr(e), e.args, e.partial, e.expected)
    e = asyncio.LimitOverrunError("too long", 7)
    print(repr(e), e.args, e.consumed)
    r = asyncio.StreamReader()
    r.feed_data(b"line one\nline two\nrest")
    r.feed_eof()
    print([line async for line in r])
    print(r.at_eof())


asyncio.run(errors())
