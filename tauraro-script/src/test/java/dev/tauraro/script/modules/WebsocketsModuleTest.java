package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The parts of the script {@code websockets} module that follow websockets' latest release where
 * Debian's 10.4 (the CPython oracle of the conformance scripts) differs: {@code ws.request},
 * {@code ws.response}, {@code server.connections}, the 400 for a missing subprotocol, keyword
 * argument errors. The expected values come from the latest release's documentation.
 */
class WebsocketsModuleTest {
    @Test
    void aConnectionClosedBeforeTheResponseIsInvalidMessageCausedByEOFError() throws Exception {
        try (java.net.ServerSocket closing = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (java.net.Socket s = closing.accept()) {
                    s.getInputStream().read();   // the request has started: close without answering
                } catch (java.io.IOException ignored) {
                    // the script's output shows what went wrong
                }
            });
            acceptor.start();
            String out = StdlibScripts.runCode("ws_invalid_message.py", """
                    import asyncio
                    import websockets
                    from websockets.exceptions import InvalidMessage, InvalidHandshake

                    async def main():
                        try:
                            await websockets.connect("ws://127.0.0.1:%d/")
                        except InvalidMessage as e:
                            print(type(e).__name__, e, isinstance(e, InvalidHandshake))
                            print(type(e.__cause__).__name__, e.__cause__)
                            print("retried by default:", websockets.process_exception(e) is None)

                    asyncio.run(main())
                    """.formatted(closing.getLocalPort()));
            acceptor.join(10_000);
            // websockets 15's wording for the same failure
            assertThat(out).isEqualTo("InvalidMessage did not receive a valid HTTP response True\n"
                    + "EOFError connection closed while reading HTTP status line\n"
                    + "retried by default: True\n");
        }
    }

    @Test
    void latestReleaseFrameTypesAndLimitsWorkInScripts() {
        // websockets 14+: send(text=), recv(decode=); max_size=(message, fragment) and
        // max_queue=(high, low) tuples (expected values from the latest release's documentation)
        String out = StdlibScripts.runCode("ws_frames.py", """
                import asyncio
                import websockets

                async def echo(ws):
                    try:
                        async for message in ws:
                            await ws.send(message)
                    except websockets.exceptions.ConnectionClosedError:
                        pass   # the 1009 below: not a handler failure to log

                async def main():
                    async with websockets.serve(echo, "127.0.0.1", 0, max_size=(4096, 1024),
                                                max_queue=(8, 2)) as server:
                        uri = f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}/"
                        async with websockets.connect(uri, max_queue=(4, None), compression=None) as ws:
                            await ws.send(b"bytes as text", text=True)
                            print(repr(await ws.recv()))
                            await ws.send("str as binary", text=False)
                            print(repr(await ws.recv()))
                            await ws.send("plain")
                            print(repr(await ws.recv(decode=False)))
                            await ws.send(b"raw")
                            print(repr(await ws.recv(decode=True)))
                            await ws.send(["ab", "cd"], text=False)
                            print(repr(await ws.recv()))
                            await ws.send(["x" * 1000] * 3)
                            print(len(await ws.recv()))
                            await ws.send("y" * 2000)   # one uncompressed frame over the fragment limit
                            try:
                                print("not refused:", len(await ws.recv()))
                            except websockets.exceptions.ConnectionClosedError as e:
                                print("closed", e.rcvd.code)

                asyncio.run(main())
                """);
        assertThat(out).isEqualTo("'bytes as text'\nb'str as binary'\nb'plain'\n'raw'\nb'abcd'\n3000\nclosed 1009\n");
    }

    @Test
    void latestReleaseAttributesAndErrorsWorkInScripts() {
        String out = StdlibScripts.runCode("ws_latest.py", """
                import asyncio
                import websockets
                from websockets.exceptions import InvalidStatus, ConnectionClosedOK

                async def handler(ws):
                    print("handler:", ws.request.path, ws.request.headers["X-Test"], len(ws.server.connections))
                    await ws.send(ws.request.headers.get("user-agent", "none").split("/")[0])
                    await ws.wait_closed()

                async def main():
                    async with websockets.serve(handler, "127.0.0.1", 0, subprotocols=["chat"],
                                                server_header="test-server") as server:
                        uri = f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}/room?id=1"
                        try:
                            await websockets.connect(uri)
                        except InvalidStatus as e:
                            print("no subprotocol:", e, e.response.status_code)
                        async with websockets.connect(uri, subprotocols=["chat"], compression=None,
                                                      additional_headers={"X-Test": "yes"}) as ws:
                            print("client:", await ws.recv(), ws.response.headers["Server"], ws.subprotocol)
                            print("extensions:", ws.response.headers.get("Sec-WebSocket-Extensions"))
                            latency = await (await ws.ping(b"abc"))
                            print("latency:", latency == ws.latency, ws.state)
                        print("closed:", ws.close_code, ws.state)
                        try:
                            await ws.recv()
                        except ConnectionClosedOK as e:
                            print("code property:", e.code, e.rcvd.code, e.sent.reason == "")
                        try:
                            websockets.serve(handler, "127.0.0.1", 0, max_sise=1)
                            await websockets.serve(handler, "127.0.0.1", 0, max_sise=1)
                        except TypeError as e:
                            print("TypeError:", e)

                asyncio.run(main())
                """);
        assertThat(out).isEqualTo("""
                no subprotocol: server rejected WebSocket connection: HTTP 400 400
                handler: /room?id=1 yes 1
                client: tauraro-websockets test-server chat
                extensions: None
                latency: True 1
                closed: 1000 3
                code property: 1000 1000 True
                TypeError: serve() got an unexpected keyword argument 'max_sise'
                """);
    }

    @Test
    void asyncForOverConnectReconnectsToARestartedServerAndStopsOnAFatalError() {
        String out = StdlibScripts.runCode("ws_reconnect.py", """
                import asyncio
                import websockets
                from websockets.exceptions import InvalidStatus

                async def echo(ws):
                    async for message in ws:
                        await ws.send(message)

                failures = []
                restarted = []

                def fast():
                    while True:
                        yield 0.02

                async def restart():
                    return await websockets.serve(echo, "127.0.0.1", port)

                def process(exc):
                    failures.append(exc)
                    if len(failures) == 1:       # the server is down: start it again
                        restarted.append(asyncio.create_task(restart()))
                    return None if isinstance(exc, OSError) else exc

                async def main():
                    global port
                    server = await websockets.serve(echo, "127.0.0.1", 0)
                    port = server.sockets[0].getsockname()[1]
                    n = 0
                    async for ws in websockets.connect(f"ws://127.0.0.1:{port}/", reconnect_delays=fast,
                                                       process_exception=process):
                        n += 1
                        await ws.send(f"hello {n}")
                        print(await ws.recv())
                        if n == 1:
                            server.close()
                            await server.wait_closed()
                        else:
                            break
                    print("retried network errors:", all(isinstance(e, OSError) for e in failures), len(failures) > 0)
                    (await restarted[0]).close()

                    guarded = await websockets.serve(echo, "127.0.0.1", 0, origins=["https://good.example"])
                    try:
                        async for ws in websockets.connect(f"ws://127.0.0.1:{guarded.sockets[0].getsockname()[1]}/"):
                            print("unexpected connection")
                            break
                    except InvalidStatus as e:
                        print("fatal:", e)
                    guarded.close()

                asyncio.run(main())
                """);
        assertThat(out).isEqualTo("""
                hello 1
                hello 2
                retried network errors: True True
                fatal: server rejected WebSocket connection: HTTP 403
                """);
    }

    @Test
    void aFailingHandlerLogsItsFullTracebackAndClosesWith1011() {
        String out = StdlibScripts.runCode("ws_traceback.py", """
                import asyncio
                import websockets

                def check(message):
                    raise RuntimeError(f"bad message: {message}")

                async def handler(ws):
                    check(await ws.recv())

                async def main():
                    async with websockets.serve(handler, "127.0.0.1", 0) as server:
                        async with websockets.connect(f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}/") as ws:
                            await ws.send("boom")
                            await ws.wait_closed()
                            print("closed:", ws.close_code)

                asyncio.run(main())
                """);
        // (code run from a string shows no source lines in its frames: the test harness's doing)
        assertThat(out).startsWith("connection handler failed\nTraceback (most recent call last):\n")
                .contains("  File \"ws_traceback.py\", line 8, in handler\n")
                .contains("  File \"ws_traceback.py\", line 5, in check\n")
                .endsWith("RuntimeError: bad message: boom\nclosed: 1011\n");
    }

    @Test
    void processRequestAndProcessResponseHaveTheLatestReleasesShapes() {
        String out = StdlibScripts.runCode("ws_hooks.py", """
                import asyncio
                import websockets
                from websockets.exceptions import InvalidStatus

                def check_token(connection, request):
                    if request.headers.get("Authorization") != "Bearer good":
                        return connection.respond(401, "Missing token\\n")

                async def add_header(connection, request, response):
                    await asyncio.sleep(0)
                    response.headers["X-Checked"] = request.path

                async def handler(ws):
                    await ws.send("welcome")

                async def main():
                    async with websockets.serve(handler, "127.0.0.1", 0, process_request=check_token,
                                                process_response=add_header) as server:
                        uri = f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}/room"
                        try:
                            await websockets.connect(uri)
                        except InvalidStatus as e:
                            print("rejected:", e.response.status_code, e.response.reason_phrase,
                                  e.response.headers["X-Checked"])
                        async with websockets.connect(uri, additional_headers={"Authorization": "Bearer good"}) as ws:
                            print(await ws.recv(), ws.response.headers["X-Checked"])

                asyncio.run(main())
                """);
        assertThat(out).isEqualTo("""
                rejected: 401 Unauthorized /room
                welcome /room
                """);
    }

    @Test
    void idIsAUuidAndServeBindsLoopbackWhenNoHostIsGiven() {
        // websockets binds every interface without a host; tauraro binds loopback (issue 10:
        // nothing listens on all interfaces unless asked). id: a uuid.UUID in the latest release.
        String out = StdlibScripts.runCode("ws_id.py", """
                import asyncio
                import uuid
                import websockets

                async def handler(ws):
                    await ws.send(str(ws.id))
                    await ws.wait_closed()

                async def main():
                    async with websockets.serve(handler, port=0) as server:
                        host, port = server.sockets[0].getsockname()[:2]
                        print("bound to:", host)
                        async with websockets.connect(f"ws://127.0.0.1:{port}") as ws:
                            server_id = uuid.UUID(await ws.recv())
                            print(type(ws.id).__name__, ws.id.version, ws.id == ws.id, ws.id != server_id)

                asyncio.run(main())
                """);
        assertThat(out).isEqualTo("bound to: 127.0.0.1\nUUID 4 True True\n");
    }

    @Test
    void broadcastTakesTheLatestReleasesTextArgumentAndRefusesOtherTypes() {
        String out = StdlibScripts.runCode("ws_broadcast.py", """
                import asyncio
                import websockets

                async def handler(ws):
                    websockets.broadcast([ws], b"bytes as text", text=True)
                    websockets.broadcast([ws], "str as binary", text=False)
                    websockets.broadcast([ws], bytearray(b"plain bytes"))
                    try:
                        websockets.broadcast([ws], ["a", "list"])
                    except TypeError as e:
                        await ws.send(f"TypeError: {e}")
                    await ws.wait_closed()

                async def main():
                    async with websockets.serve(handler, "127.0.0.1", 0) as server:
                        port = server.sockets[0].getsockname()[1]
                        async with websockets.connect(f"ws://127.0.0.1:{port}") as ws:
                            for _ in range(4):
                                print(repr(await ws.recv()))

                asyncio.run(main())
                """);
        assertThat(out).isEqualTo("'bytes as text'\nb'str as binary'\nb'plain bytes'\n'TypeError: data must be str or bytes'\n");
    }

    @Test
    void theLatestReleasesModulesHoldItsNamesAsItsDocumentationImportsThem() {
        // websockets 14+: `from websockets.asyncio.server import serve`, `...asyncio.client import
        // connect`, the exceptions, frames, datastructures, http11 and protocol modules, each class
        // shown as defined there (as tracebacks print it); Debian's 10.4 has no websockets.asyncio
        String out = StdlibScripts.runCode("ws_layout.py", """
                import asyncio
                from websockets.asyncio.server import serve, ServerConnection, Server, broadcast
                from websockets.asyncio.client import connect, ClientConnection, process_exception
                from websockets.exceptions import ConnectionClosedOK
                from websockets.frames import Close
                from websockets.datastructures import Headers
                from websockets.http11 import Request, Response
                from websockets.protocol import State
                import websockets.asyncio.server
                import websockets

                async def echo(ws):
                    async for m in ws:
                        await ws.send(m)

                async def main():
                    async with serve(echo, "127.0.0.1", 0) as server:
                        port = server.sockets[0].getsockname()[1]
                        async with connect(f"ws://127.0.0.1:{port}") as ws:
                            await ws.send("hi")
                            print(await ws.recv(), isinstance(ws, ClientConnection), ws.state is State.OPEN)
                        try:
                            await ws.recv()
                        except ConnectionClosedOK as e:
                            print(type(e))
                    print(serve is websockets.serve, websockets.asyncio.server.serve is serve)
                    for c in (serve, Server, ServerConnection, broadcast, connect, ClientConnection,
                              process_exception, Close, Headers, Request, Response, State):
                        print(c.__module__, c.__qualname__)

                asyncio.run(main())
                """);
        assertThat(out).isEqualTo("""
                hi True True
                <class 'websockets.exceptions.ConnectionClosedOK'>
                True True
                websockets.asyncio.server serve
                websockets.asyncio.server Server
                websockets.asyncio.server ServerConnection
                websockets.asyncio.server broadcast
                websockets.asyncio.client connect
                websockets.asyncio.client ClientConnection
                websockets.asyncio.client process_exception
                websockets.frames Close
                websockets.datastructures Headers
                websockets.http11 Request
                websockets.http11 Response
                websockets.protocol State
                """);
    }
}
