# asyncio streams over TLS with the ssl module's contexts: a server with a certificate and key
# from PEM files (tls/, self-signed for IP 127.0.0.1), a client trusting it, clients refusing it
# and one not checking.
import asyncio
import os
import ssl

TLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tls")
CERT = os.path.join(TLS, "cert.pem")
KEY = os.path.join(TLS, "key.pem")
OTHER = os.path.join(TLS, "other-cert.pem")


async def upper(reader, writer):
    line = await reader.readline()
    writer.write(line.upper())
    await writer.drain()
    writer.close()


async def exchange(port, context, host="127.0.0.1", **kw):
    reader, writer = await asyncio.open_connection(host, port, ssl=context, **kw)
    writer.write(b"over tls\n")
    await writer.drain()
    reply = await reader.read()
    print(reply, writer.can_write_eof(), writer.get_extra_info("peername")[0])
    writer.close()


async def main():
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(CERT, KEY)
    server = await asyncio.start_server(upper, "127.0.0.1", 0, ssl=server_context)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await exchange(port, ssl.create_default_context(cafile=CERT))
        for name, context in [("default CAs", ssl.create_default_context()),
                              ("another CA", ssl.create_default_context(cafile=OTHER))]:
            try:
                await exchange(port, context)
            except ssl.SSLCertVerificationError as e:
                print(name, "->", type(e).__name__, e.reason, e)
        unchecked = ssl.create_default_context()
        unchecked.check_hostname = False
        unchecked.verify_mode = ssl.CERT_NONE
        await exchange(port, unchecked)
        try:
            await asyncio.open_connection("127.0.0.1", port, server_hostname="x")
        except ValueError as e:
            print("ValueError", e)


asyncio.run(main())
