# An independent peer for the interop tests: Python's websockets library as a client.
# Usage: python_client.py ws://host:port [--cafile CERT.pem (for wss://)]; prints what it saw,
# one fact a line. It always offers permessage-deflate (websockets' default): the server under
# test accepts or refuses it.
import asyncio
import ssl
import sys

import websockets


async def main(uri):
    tls = {}
    if "--cafile" in sys.argv:
        tls["ssl"] = ssl.create_default_context(cafile=sys.argv[sys.argv.index("--cafile") + 1])
    async with websockets.connect(uri + "/echo", max_size=16 * 2**20, subprotocols=["chat"], **tls) as ws:
        print("subprotocol", ws.subprotocol)
        print("extensions", ws.response_headers.get("Sec-WebSocket-Extensions"))
        await ws.send("héllo")
        print("text", await ws.recv())
        await ws.send(b"\x00\x01\xff")
        print("bytes", await ws.recv())
        await ws.send(["frag", "mented"])
        print("fragmented", await ws.recv())
        await ws.send(b"x" * (10 * 2**20))
        print("big", len(await ws.recv()))
        pong_waiter = await ws.ping(b"ping-data")
        await pong_waiter
        print("pong received")
        await ws.close(4002, "bye")
        print("closed", ws.close_code, ws.close_reason)
    async with websockets.connect(uri + "/fail", subprotocols=["chat"], **tls) as ws:
        try:
            await ws.recv()
        except websockets.ConnectionClosedError as e:
            print("handler error", e.rcvd.code)
    async with websockets.connect(uri + "/server-close", subprotocols=["chat"], **tls) as ws:
        try:
            await ws.recv()
        except websockets.ConnectionClosed as e:
            print("server closed", type(e).__name__, e.rcvd.code, e.rcvd.reason)


asyncio.run(main(sys.argv[1]))
