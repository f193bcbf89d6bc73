# websockets in scripts: echo of text and bytes, close codes and reasons on both sides, handler
# errors (1011), max_size (1009), subprotocols, origins, server.close() (1001), broadcast, ping,
# and the exceptions' classes and messages. Only behaviour on which websockets 10.4 (the oracle
# here) and the latest release agree.
import asyncio
import websockets
from websockets.exceptions import ConnectionClosed, ConnectionClosedOK, ConnectionClosedError, InvalidHandshake

seen = []
clients = set()


async def handler(websocket):
    if websocket.path == "/fail":
        raise RuntimeError("handler failed on purpose")
    if websocket.path == "/hub":
        clients.add(websocket)
        await websocket.send("registered")
        try:
            await websocket.wait_closed()
        finally:
            clients.discard(websocket)
        return
    try:
        async for message in websocket:
            if message == "close me":
                await websocket.close(4001, "as you wish")
                break
            await websocket.send(message if isinstance(message, bytes) else f"{websocket.path}: {message}")
    finally:
        seen.append((websocket.path, websocket.close_code, websocket.close_reason))


async def main():
    async with websockets.serve(handler, "127.0.0.1", 0, subprotocols=["chat"]) as server:
        uri = f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}"

        async with websockets.connect(uri + "/echo", subprotocols=["chat"]) as ws:
            print("subprotocol:", ws.subprotocol)
            await ws.send("hello")
            print(await ws.recv())
            await ws.send(b"\x00\xff")
            print(await ws.recv())
            pong_waiter = await ws.ping()
            latency = await pong_waiter
            print("latency is a float:", isinstance(latency, float), latency >= 0)
            print("remote address:", ws.remote_address[0])
            await ws.close(4000, "done here")
            print("client closed:", ws.close_code, ws.close_reason)
            try:
                await ws.recv()
            except ConnectionClosedError as e:
                print("recv after close:", type(e).__name__, e)
                print("rcvd/sent:", e.rcvd.code, e.sent.code, e.rcvd_then_sent)

        async with websockets.connect(uri + "/echo", subprotocols=["chat"]) as ws:
            await ws.send("close me")
            try:
                async for message in ws:
                    print("unexpected", message)
            except ConnectionClosedError as e:
                print("server closed:", e)
            print("close code:", ws.close_code, ws.close_reason)

        async with websockets.connect(uri + "/fail", subprotocols=["chat"]) as ws:
            try:
                await ws.recv()
            except ConnectionClosed as e:
                print("handler error:", type(e).__name__, e.rcvd.code)

        async with websockets.connect(uri + "/big", subprotocols=["chat"]) as ws:
            await ws.send("x" * (2**20 + 1))
            try:
                await ws.recv()
            except ConnectionClosedError as e:
                print("too big:", e.rcvd.code)

        async with websockets.connect(uri + "/ok", subprotocols=["chat"]) as ws:
            await ws.send("one")
            print(await ws.recv())
        try:
            await ws.send("after")
        except ConnectionClosedOK as e:
            print("send after close:", type(e).__name__, e)

        hub = [await websockets.connect(uri + "/hub", subprotocols=["chat"]) for _ in range(3)]
        print("hub:", [await ws.recv() for ws in hub])
        websockets.broadcast(clients, "to everyone")
        print("broadcast:", [await ws.recv() for ws in hub])
        server.close()
        for ws in hub:
            await ws.wait_closed()
            print("hub client:", ws.close_code)

    try:
        await websockets.connect("http://127.0.0.1/")
    except websockets.exceptions.InvalidURI as e:
        print("invalid uri:", e)

    async with websockets.serve(handler, "127.0.0.1", 0, origins=["https://good.example"]) as server:
        uri = f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}/o"
        try:
            await websockets.connect(uri, origin="https://evil.example")
        except InvalidHandshake as e:
            print("origin refused:", e)

    for entry in sorted(seen):
        print("server saw:", entry)
    print("issubclass:", issubclass(ConnectionClosedOK, ConnectionClosed), issubclass(ConnectionClosedError, Exception))


asyncio.run(main())
