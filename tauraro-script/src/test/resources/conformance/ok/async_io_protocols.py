# asyncio protocols and transports on 127.0.0.1: loop.create_server / create_connection with
# Protocol subclasses, half-close through eof_received, flow control (pause_writing /
# resume_writing while the peer does not read), a data_received that raises, connection refused.
import asyncio

server_log = []


class UpperEcho(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        self.got = b""
        server_log.append(("made", type(transport).__name__, isinstance(transport, asyncio.Transport)))

    def data_received(self, data):
        if b"boom" in data:
            raise ValueError("bad data")
        self.got += data
        self.transport.write(data.upper())

    def eof_received(self):
        server_log.append(("eof", self.got))
        self.transport.write(b"|bye")
        self.transport.close()
        return True

    def connection_lost(self, exc):
        server_log.append(("lost", repr(exc)))


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.events = []
        self.got = b""

    def connection_made(self, transport):
        self.events.append("made")

    def data_received(self, data):
        self.got += data

    def eof_received(self):
        self.events.append(("eof", self.got))

    def connection_lost(self, exc):
        self.events.append(("lost", exc))
        self.done.set_result(self.events)


class Defaults(asyncio.Protocol):
    pass


async def main():
    loop = asyncio.get_running_loop()
    p = Defaults()
    print(p.connection_made(None), p.data_received(b"x"), p.eof_received(), p.connection_lost(None))
    print(p.pause_writing(), p.resume_writing(), issubclass(Defaults, asyncio.BaseProtocol))

    server = await loop.create_server(UpperEcho, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(type(server).__name__, server.is_serving())

    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), "127.0.0.1", port)
    print(type(protocol).__name__, transport.get_protocol() is protocol)
    print(transport.is_closing(), transport.can_write_eof(), transport.is_reading())
    print(transport.get_write_buffer_size(), transport.get_write_buffer_limits())
    print(transport.get_extra_info("peername") == ("127.0.0.1", port), transport.get_extra_info("x", 7))
    transport.write(b"hello")
    transport.writelines([b" ", b"world"])
    transport.write_eof()
    try:
        transport.write(b"more")
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await done)
    print(transport.is_closing())
    await asyncio.sleep(0.05)
    print(server_log)
    server_log.clear()

    # a data_received that raises: reported to the loop's exception handler, the connection is
    # closed with the exception given to connection_lost, and the server goes on
    reported = []
    loop.set_exception_handler(lambda lp, ctx: reported.append((ctx["message"], repr(ctx["exception"]))))
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), "127.0.0.1", port)
    transport.write(b"boom")
    print(await done)
    await asyncio.sleep(0.05)
    print(reported)
    print(server_log)
    loop.set_exception_handler(None)

    try:
        transport.set_write_buffer_limits(1, 2)
    except ValueError as e:
        print("ValueError:", e)
    try:
        transport.write("text")
    except TypeError as e:
        print("TypeError:", e)
    server.close()
    await server.wait_closed()

    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("ConnectionRefusedError:", e.errno, str(e) == f"[Errno 111] Connect call failed ('127.0.0.1', {port})")


asyncio.run(main())


# flow control: a writer that writes only while not paused is held back while the server does
# not read, and finishes once it reads; pause_writing and resume_writing alternate
CHUNK, CHUNKS = 65536, 512


class Slow(asyncio.Protocol):
    transports = []

    def connection_made(self, transport):
        transport.pause_reading()
        Slow.transports.append(transport)
        self.total = 0

    def data_received(self, data):
        self.total += len(data)

    def eof_received(self):
        Slow.done.set_result(self.total)


class Writer(asyncio.Protocol):
    def __init__(self):
        self.events = []
        self.paused = False
        self.written = 0

    def connection_made(self, transport):
        self.transport = transport
        asyncio.get_running_loop().call_soon(self.write_more)

    def write_more(self):
        while not self.paused and self.written < CHUNKS:
            self.transport.write(b"x" * CHUNK)
            self.written += 1
        if self.written == CHUNKS and not self.paused:
            self.transport.write_eof()

    def pause_writing(self):
        self.events.append("pause")
        self.paused = True

    def resume_writing(self):
        self.events.append("resume")
        self.paused = False
        asyncio.get_running_loop().call_soon(self.write_more)


async def flow():
    loop = asyncio.get_running_loop()
    Slow.done = loop.create_future()
    server = await loop.create_server(Slow, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transport, protocol = await loop.create_connection(Writer, "127.0.0.1", port)
    transport.set_write_buffer_limits(high=64 * 1024)
    print(transport.get_write_buffer_limits())
    await asyncio.sleep(0.5)
    print("held back", protocol.written < CHUNKS, protocol.paused, transport.get_write_buffer_size() > 0)
    print("server reading", Slow.transports[0].is_reading())
    Slow.transports[0].resume_reading()
    print("server read all", await Slow.done == CHUNK * CHUNKS)
    events = protocol.events
    print(events[0], all(e == ("pause", "resume")[i % 2] for i, e in enumerate(events)))
    transport.close()
    server.close()
    await server.wait_closed()


asyncio.run(flow())
