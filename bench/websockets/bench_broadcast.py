# Python websockets side of bench/websockets/broadcast.sh: N clients connected to a server in the
# same process; the server broadcasts one 32-byte text message to all of them
# (websockets.broadcast) and the time until every client has received it is taken, R times after
# three warm-up rounds. Prints: bench python-broadcast-<N> <best ms> ms median=<m> runs=<R>
import asyncio
import sys
import time

import websockets

MESSAGE = "0123456789abcdef0123456789abcdef"


async def main(clients, rounds):
    connected = set()

    async def handler(websocket, *path):
        connected.add(websocket)
        try:
            await websocket.wait_closed()
        finally:
            connected.discard(websocket)

    state = {"left": 0, "done": None}

    async def client(uri):
        async with websockets.connect(uri, open_timeout=60) as ws:
            async for _ in ws:
                state["left"] -= 1
                if state["left"] == 0:
                    state["done"].set()

    async with websockets.serve(handler, "127.0.0.1", 0, backlog=clients) as server:
        uri = f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}/"
        tasks = []
        for i in range(0, clients, 64):
            batch = [asyncio.create_task(client(uri)) for _ in range(min(64, clients - i))]
            tasks += batch
            while len(connected) < len(tasks):
                await asyncio.sleep(0.01)
        times = []
        for r in range(3 + rounds):
            state["left"], state["done"] = clients, asyncio.Event()
            start = time.perf_counter()
            websockets.broadcast(connected, MESSAGE)
            await asyncio.wait_for(state["done"].wait(), 120)
            if r >= 3:
                times.append((time.perf_counter() - start) * 1000)
        for ws in list(connected):
            await ws.close()
        await asyncio.gather(*tasks, return_exceptions=True)
    times.sort()
    print(f"bench python-broadcast-{clients} {times[0]:.2f} ms median={times[len(times) // 2]:.2f} runs={rounds}")


asyncio.run(main(int(sys.argv[1]), int(sys.argv[2])))
