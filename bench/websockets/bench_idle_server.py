# Python websockets side of bench/websockets/idle.sh: a server whose handlers wait for the close;
# prints its port, then on each "measure" line on stdin prints
# "measure connections=N heap=-1 rss=BYTES" after a garbage collection.
import asyncio
import gc
import sys

import websockets


def rss():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return -1


async def main():
    connected = set()

    async def handler(websocket, *path):
        connected.add(websocket)
        try:
            await websocket.wait_closed()
        finally:
            connected.discard(websocket)

    async with websockets.serve(handler, "127.0.0.1", 0, backlog=1024) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        loop = asyncio.get_running_loop()
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line:
                break
            gc.collect()
            print(f"measure connections={len(connected)} heap=-1 rss={rss()}", flush=True)


asyncio.run(main())
