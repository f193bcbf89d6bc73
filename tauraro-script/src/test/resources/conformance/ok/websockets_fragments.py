# websockets in scripts: one message sent in fragments from a list, a generator and an async
# generator (text and bytes), an empty iterable (nothing sent), a dict and an int (TypeError),
# and a fragment of another type (TypeError; the connection fails and the server sees 1011).
# Only behaviour on which websockets 10.4 (the oracle here) and the latest release agree: the
# TypeError messages for mixed types and ints differ between them, so only the class is printed.
import asyncio
import websockets

closes = []


async def handler(websocket):
    try:
        async for message in websocket:
            await websocket.send(message)
    except websockets.exceptions.ConnectionClosed:
        pass
    closes.append(websocket.close_code)


def words():
    yield "gen"
    yield "erat"
    yield "ed"


async def pieces():
    for piece in [b"as", b"", b"ync"]:
        await asyncio.sleep(0)
        yield piece


async def main():
    async with websockets.serve(handler, "127.0.0.1", 0) as server:
        uri = f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}/"
        async with websockets.connect(uri) as ws:
            await ws.send(["frag", "", "mented"])
            print(await ws.recv())
            await ws.send([b"\x00", b"\x01\xff"])
            print(await ws.recv())
            await ws.send(words())
            print(await ws.recv())
            await ws.send(pieces())
            print(await ws.recv())
            await ws.send(("h", "é", "llo"))
            print(await ws.recv())
            await ws.send([])
            await ws.send("after an empty list")
            print(await ws.recv())
            try:
                await ws.send({"a": 1})
            except TypeError as e:
                print("dict:", e)
            try:
                await ws.send(42)
            except TypeError as e:
                print("int:", type(e).__name__)
            await ws.send("still open")
            print(await ws.recv())
        async with websockets.connect(uri) as ws:
            try:
                await ws.send(["text", b"bytes"])
            except TypeError as e:
                print("mixed:", type(e).__name__)
            await ws.wait_closed()
    print("server saw:", sorted(closes))


asyncio.run(main())
