# The seed's "WebSocket Concurrency" block, unchanged below the marked line, with a
# process_message and a client driver. The block serves forever on localhost:8080; the driver
# starts when the server is up (through a wrapper of websockets.serve), runs 16 concurrent
# clients, prints what they received, and closes the server, which ends main().
import asyncio
import websockets


def process_message(message):
    return f"processed {message}"


_serve = websockets.serve


async def drive(server):
    port = server.sockets[0].getsockname()[1]

    async def client(n):
        async with websockets.connect(f"ws://localhost:{port}") as ws:
            replies = []
            for i in range(3):
                await ws.send(f"client {n} message {i}")
                replies.append(await ws.recv())
            return replies

    results = await asyncio.gather(*(client(n) for n in range(16)))
    for replies in results:
        print(replies)
    server.close()


async def serve_then_drive(*args, **kwargs):
    server = await _serve(*args, **kwargs)
    asyncio.get_running_loop().create_task(drive(server))
    return server


websockets.serve = serve_then_drive

# ---- the seed's block, unchanged ----
import asyncio
import websockets

async def handle_client(websocket):
    # Handle each client concurrently
    async for message in websocket:
        response = process_message(message)
        await websocket.send(response)

async def main():
    # Server handles multiple clients concurrently
    server = await websockets.serve(handle_client, "localhost", 8080)
    await server.wait_closed()

asyncio.run(main())
