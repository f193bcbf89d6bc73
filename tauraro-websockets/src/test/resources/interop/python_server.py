# An independent peer for the interop tests: Python's websockets library as a server.
# Prints its port, serves until stdin closes.
import asyncio
import ssl
import sys

import websockets


async def handler(ws, *path):
    async for m in ws:
        if m == "close":
            await ws.close(4001, "done")
            return
        if m == "fail":
            raise RuntimeError("handler failed on purpose")
        if m == "extensions":
            await ws.send(ws.response_headers.get("Sec-WebSocket-Extensions", "none"))
            continue
        if m == "subprotocol":
            await ws.send(str(ws.subprotocol))
            continue
        await ws.send(m)


async def main():
    compression = None if "--no-compression" in sys.argv else "deflate"
    tls = None
    if "--tls" in sys.argv:          # --tls CERT.pem KEY.pem: serve wss://
        i = sys.argv.index("--tls")
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(sys.argv[i + 1], sys.argv[i + 2])
    async with websockets.serve(handler, "127.0.0.1", 0, max_size=16 * 2**20, ssl=tls,
                                subprotocols=["chat"], compression=compression) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


asyncio.run(main())
