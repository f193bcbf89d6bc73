# Python websockets side of bench/websockets/compare.sh: C clients, each sending a 32-byte text
# message and awaiting its echo R times, against a websockets server in the same process.
# Prints: bench python-<C>c <round trips/s> rt/s median=<m> runs=<n>
import asyncio
import sys
import time

import websockets

MESSAGE = "0123456789abcdef0123456789abcdef"


async def echo(websocket, *path):
    async for message in websocket:
        await websocket.send(message)


async def client(uri, round_trips):
    async with websockets.connect(uri) as ws:
        for _ in range(round_trips):
            await ws.send(MESSAGE)
            await ws.recv()


async def main(clients, round_trips):
    async with websockets.serve(echo, "127.0.0.1", 0) as server:
        uri = f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}/"
        rates = []
        for run in range(4):
            start = time.perf_counter()
            await asyncio.gather(*(client(uri, round_trips) for _ in range(clients)))
            if run > 0:
                rates.append(clients * round_trips / (time.perf_counter() - start))
        rates.sort()
        print(f"bench python-{clients}c {rates[-1]:.0f} rt/s median={rates[len(rates) // 2]:.0f} runs={len(rates)}")


asyncio.run(main(int(sys.argv[1]), int(sys.argv[2])))
