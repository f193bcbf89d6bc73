# asyncio over Unix-domain sockets in a temporary directory: start_unix_server /
# open_unix_connection streams, loop.create_unix_server / create_unix_connection protocols,
# a stale socket file replaced by a new server, and connecting to a missing path.
import asyncio
import os
import tempfile


async def echo(reader, writer):
    data = await reader.read()
    writer.write(b"<" + data + b">")
    await writer.drain()
    writer.close()


class Upper(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.transport.write(data.upper())

    def eof_received(self):
        self.transport.close()


class Collect(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.got = b""

    def data_received(self, data):
        self.got += data

    def connection_lost(self, exc):
        self.done.set_result((self.got, exc))


async def main(directory):
    path = os.path.join(directory, "echo.sock")
    server = await asyncio.start_unix_server(echo, path)
    print(type(server).__name__, server.sockets[0].getsockname() == path, os.path.exists(path))
    reader, writer = await asyncio.open_unix_connection(path)
    print(writer.get_extra_info("peername") == path)
    writer.write(b"over unix")
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

    # a socket file left at the path (3.11 leaves it on close) is replaced by a new server
    loop = asyncio.get_running_loop()
    stale = await asyncio.start_unix_server(echo, path)
    server = await loop.create_unix_server(Upper, path)
    done = loop.create_future()
    transport, protocol = await loop.create_unix_connection(lambda: Collect(done), path)
    print(type(protocol).__name__, transport.can_write_eof())
    transport.write(b"protocol")
    transport.write_eof()
    print(await done)
    server.close()
    await server.wait_closed()
    stale.close()
    await stale.wait_closed()

    try:
        await asyncio.open_unix_connection(os.path.join(directory, "missing.sock"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    try:
        await asyncio.open_unix_connection()
    except ValueError as e:
        print("ValueError:", e)


with tempfile.TemporaryDirectory() as d:
    asyncio.run(main(d))
