# Upgrading plain connections to TLS mid-conversation (STARTTLS): StreamWriter.start_tls on both
# sides of a stream connection, loop.start_tls with protocols, and an upgrade refused by a client
# that does not trust the certificate (tls/, self-signed for IP 127.0.0.1).
import asyncio
import os
import ssl

TLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tls")
CERT = os.path.join(TLS, "cert.pem")
KEY = os.path.join(TLS, "key.pem")
OTHER = os.path.join(TLS, "other-cert.pem")

server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_context.load_cert_chain(CERT, KEY)


async def starttls(reader, writer):
    command = await reader.readline()
    writer.write(b"OK " + command)
    await writer.drain()
    try:
        await writer.start_tls(server_context)
    except (ssl.SSLError, ConnectionError):
        writer.close()
        return
    line = await reader.readline()
    writer.write(b"[" + line.strip() + b"] " + str(writer.get_extra_info("cipher") is not None).encode())
    await writer.drain()
    writer.close()


async def client(port, context):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("plain", writer.can_write_eof(), writer.get_extra_info("cipher"))
    writer.write(b"STARTTLS\n")
    print(await reader.readline())
    await writer.start_tls(context)
    print("tls", writer.can_write_eof(), writer.get_extra_info("peercert") is not None)
    writer.write(b"secret\n")
    print(await reader.read())
    writer.close()


class Upgrading(asyncio.Protocol):
    def __init__(self, loop, done):
        self.loop = loop
        self.done = done
        self.got = b""

    def connection_made(self, transport):
        self.transport = transport
        transport.write(b"STARTTLS\n")

    def data_received(self, data):
        self.got += data
        if self.got == b"OK STARTTLS\n":
            self.got = b""
            self.loop.create_task(self.upgrade())

    async def upgrade(self):
        context = ssl.create_default_context(cafile=CERT)
        self.transport = await self.loop.start_tls(self.transport, self, context)
        self.transport.write(b"by protocol\n")

    def connection_lost(self, exc):
        self.done.set_result(self.got)


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(starttls, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await client(port, ssl.create_default_context(cafile=CERT))
        done = loop.create_future()
        await loop.create_connection(lambda: Upgrading(loop, done), "127.0.0.1", port)
        print(await done)
        try:
            await client(port, ssl.create_default_context(cafile=OTHER))
        except ssl.SSLCertVerificationError as e:
            print("refused:", e.verify_message)


asyncio.run(main())
