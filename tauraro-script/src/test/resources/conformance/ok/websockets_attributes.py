# websockets in scripts: connection attributes (local/remote address, request and response
# headers), pong, is_serving/serve_forever, keyword arguments (ping_interval, ping_timeout,
# close_timeout, write_limit, user_agent_header, server_header), the exception classes, and
# the PayloadTooBig / ProtocolError a failed connection's error is chained to. Only behaviour on
# which websockets 10.4 (the oracle here) and the latest release agree, except the header
# attributes: request_headers / response_headers are 10.4's names (the latest release's are
# request.headers / response.headers, tested in WebsocketsModuleTest); the module has both.
import asyncio
import websockets
from websockets.exceptions import (ConnectionClosedError, InvalidHandshake, InvalidHeader, InvalidMessage,
                                   InvalidStatus, NegotiationError, PayloadTooBig, ProtocolError,
                                   WebSocketException)

causes = []


async def handler(websocket):
    if websocket.path == "/headers":
        await websocket.send(websocket.request_headers["User-Agent"])
        await websocket.send(repr(websocket.local_address[0]) + " " + str(websocket.local_address[1] > 0))
        await websocket.wait_closed()
        return
    try:
        async for message in websocket:
            await websocket.send(message)
    except ConnectionClosedError as e:
        causes.append((websocket.path, e.sent.code if e.sent else None, type(e.__cause__).__name__))


async def main():
    server = await websockets.serve(handler, "127.0.0.1", 0, server_header="example-server/1",
                                    ping_interval=None, ping_timeout=None, close_timeout=1,
                                    write_limit=65536, max_size=1024, compression=None)
    port = server.sockets[0].getsockname()[1]
    uri = f"ws://127.0.0.1:{port}"
    print("is serving:", server.is_serving())

    async with websockets.connect(uri + "/headers", user_agent_header="example-client/2",
                                  ping_interval=5, ping_timeout=5, close_timeout=2) as ws:
        print("user agent seen by the server:", await ws.recv())
        print("server's local address:", await ws.recv())
        print("server header:", ws.response_headers["Server"])
        print("client ports: local is not the server's, remote is:", ws.local_address[1] != port, ws.remote_address[1] == port)
        await ws.pong(b"unsolicited")
        await ws.ping(b"solicited")
    print("closed:", ws.close_code)

    async with websockets.connect(uri + "/echo", compression=None) as ws:
        await ws.pong()
        await ws.send("after a pong")
        print(await ws.recv())

    async with websockets.connect(uri + "/too-big", compression=None) as ws:
        await ws.send("x" * 2000)
        await ws.wait_closed()
        print("client saw:", ws.close_code)

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET /raw HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n".encode())
    await reader.readuntil(b"\r\n\r\n")
    writer.write(bytes([0x80, 0x81, 0, 0, 0, 0, ord("x")]))    # a masked continuation with no message
    reply = await reader.read(2)
    print("raw client saw close code:", reply[0] == 0x88, int.from_bytes(await reader.read(2), "big"))
    writer.close()

    forever = asyncio.get_running_loop().create_task(server.serve_forever())
    await asyncio.sleep(0)
    server.close()
    try:
        await forever
        print("serve_forever returned")
    except asyncio.CancelledError:
        print("serve_forever: CancelledError")
    await server.wait_closed()
    print("is serving:", server.is_serving())

    for entry in sorted(causes):
        print("server handler:", entry)
    for cls in (InvalidHandshake, InvalidHeader, InvalidMessage, InvalidStatus, NegotiationError,
                PayloadTooBig, ProtocolError):
        print(cls.__name__, issubclass(cls, WebSocketException), issubclass(cls, InvalidHandshake))


asyncio.run(main())
