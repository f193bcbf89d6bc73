# ssl contexts for websockets: a wss:// server with a certificate and key from PEM files (made by
# openssl, in tls/), clients trusting it, not trusting it, and not checking at all.
import asyncio
import os
import ssl
import websockets

TLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tls")
CERT = os.path.join(TLS, "cert.pem")            # self-signed, for IP 127.0.0.1
KEY = os.path.join(TLS, "key.pem")
OTHER = os.path.join(TLS, "other-cert.pem")     # another self-signed certificate


async def echo(websocket):
    async for message in websocket:
        await websocket.send(f"echo {message}")


def describe(e):
    return f"{type(e).__name__}: {e}"


async def main():
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(CERT, KEY)
    async with websockets.serve(echo, "127.0.0.1", 0, ssl=server_context) as server:
        port = server.sockets[0].getsockname()[1]
        uri = f"wss://127.0.0.1:{port}"

        trusting = ssl.create_default_context(cafile=CERT)
        async with websockets.connect(uri, ssl=trusting) as ws:
            await ws.send("over TLS")
            print(await ws.recv())

        with_both = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        with_both.load_verify_locations(cadata=open(CERT).read())
        async with websockets.connect(uri, ssl=with_both) as ws:
            await ws.send("cadata")
            print(await ws.recv())

        for name, context in [("default CAs", ssl.create_default_context()),
                              ("another CA", ssl.create_default_context(cafile=OTHER))]:
            try:
                async with websockets.connect(uri, ssl=context, open_timeout=5) as ws:
                    print("unexpected", await ws.recv())
            except ssl.SSLCertVerificationError as e:
                print(name, "->", describe(e), "|", e.reason)

        unchecked = ssl.create_default_context()
        unchecked.check_hostname = False
        unchecked.verify_mode = ssl.CERT_NONE
        async with websockets.connect(uri, ssl=unchecked) as ws:
            await ws.send("unchecked")
            print(await ws.recv())

    # The server certificate names 127.0.0.1 only: trusted but for another name.
    async with websockets.serve(echo, "localhost", 0, ssl=server_context) as server:
        port = server.sockets[0].getsockname()[1]
        try:
            async with websockets.connect(f"wss://localhost:{port}", ssl=ssl.create_default_context(cafile=CERT),
                                          open_timeout=5) as ws:
                print("unexpected")
        except ssl.SSLCertVerificationError as e:
            print("localhost ->", describe(e))
        no_names = ssl.create_default_context(cafile=CERT)
        no_names.check_hostname = False
        async with websockets.connect(f"wss://localhost:{port}", ssl=no_names) as ws:
            await ws.send("name not checked")
            print(await ws.recv())

asyncio.run(main())
