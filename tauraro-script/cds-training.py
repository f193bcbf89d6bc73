# The training run behind bin/tauraro's class-data-sharing archive: it loads the classes a typical
# script needs (parser rules, nodes, runtime, the Java-backed modules), so every later run starts
# with them already mapped. Output is discarded; keep it quick and deterministic. It ends by running
# aot-training.py (JDK 25's training: the commonly imported library modules, os, re, logging,
# pathlib, datetime, argparse, ...), so that their Java classes are archived here too.
import asyncio
import collections
import dataclasses
import functools
import httpx
import itertools
import json
import math
import multiprocessing
import random
import sys
import threading
import time
import websockets


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


def square(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def gen(n):
    yield from (i for i in range(n) if i % 2 == 0)


async def worker(name, queue, lock, sem):
    async with sem:
        async with lock:
            await asyncio.sleep(0)
    item = await queue.get()
    queue.task_done()
    return f"{name}:{item!r}"


async def main():
    queue = asyncio.Queue()
    for i in range(4):
        await queue.put(i)
    lock, sem, event = asyncio.Lock(), asyncio.Semaphore(2), asyncio.Event()
    results = await asyncio.gather(*(worker(f"w{i}", queue, lock, sem) for i in range(4)))
    event.set()
    await event.wait()
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.001)
    except asyncio.TimeoutError:
        pass
    async with asyncio.TaskGroup() as tg:
        task = tg.create_task(asyncio.sleep(0, "done"))
    async for v in agen():
        results.append(v)
    return results + [task.result()]


async def agen():
    for i in range(2):
        yield i


async def echo(ws):
    async for message in ws:
        await ws.send(message)


def sync_get(url):
    with httpx.Client() as client:
        return client.get(url).status_code >= 400


async def network():
    # A loopback exchange, so the network modules' Netty and Reactor Netty classes are archived too.
    async with websockets.serve(echo, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        async with websockets.connect(f"ws://127.0.0.1:{port}") as ws:
            await ws.send("ping")
            reply = await ws.recv()
        async with httpx.AsyncClient() as client:
            r = await client.get(f"http://127.0.0.1:{port}/", timeout=10.0)
            codes = [r.status_code >= 400]
        codes.append(await asyncio.to_thread(sync_get, f"http://127.0.0.1:{port}/"))
        return reply, codes


if __name__ == "__main__":
    print(asyncio.run(main()))
    print(asyncio.run(network()))
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, [1000, 2000, 3000]))
        print(sorted(pool.imap_unordered(square, range(5))), pool.apply_async(square, (10,)).get())
    lock = threading.Lock()
    counts = collections.Counter()

    def count(word):
        with lock:
            counts[word] += 1

    threads = [threading.Thread(target=count, args=(w,)) for w in "abca"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    data = {"points": [dataclasses.asdict(Point(i, i * 2)) for i in range(3)], "pi": math.pi}
    text = json.dumps(data, indent=2, sort_keys=True)
    print(json.loads(text)["points"][-1], sorted(counts.items()), list(gen(6)))  # threads count in any order
    print(functools.reduce(lambda a, b: a + b, itertools.chain([1, 2], [3])), random.Random(1).random() < 1)
    print(sorted({3, 1, 2}), "%5.2f" % time.perf_counter() is not None, sys.argv[0].endswith(".py"))
    try:
        {}["missing"]
    except KeyError as e:
        print(type(e).__name__, e)
    # hot loops: the interpreter's range loop, augmented assignment and integer arithmetic
    total = 0
    for i in range(300000):
        total += i * i % 7
    print(total, square(200000), sum(x // 3 for x in range(50000)))
    # the other training script, from this one's directory (the checkout's tauraro-script/ or lib/)
    other = __file__.rsplit("/", 1)[0] + "/aot-training.py"
    with open(other) as f:
        exec(compile(f.read(), other, "exec"), {"__name__": "__main__", "__file__": other})
