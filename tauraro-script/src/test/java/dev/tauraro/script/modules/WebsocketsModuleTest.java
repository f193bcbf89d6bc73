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
}
