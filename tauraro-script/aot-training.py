# The training run behind bin/tauraro's AOT cache on JDK 25+ (JEP 483/514/515). Unlike the JDK 17
# class-data archive, whose classes load only when a run asks for them, every class in an AOT cache
# is loaded and linked when the JVM starts: a cache trained on cds-training.py (Netty, Reactor,
# Hazelcast: about 6,000 classes) made `tauraro -c pass` slower than on JDK 17. So this trains on
# what most runs do: the interpreter, the commonly imported library modules, asyncio's run, tasks
# and queues (the project's core: about 60 more classes, under a millisecond of every start, where
# each asyncio script loaded them from the jar), a hot loop (its method profiles let the JIT
# compile the interpreter's paths sooner) and, through -Dtauraro.train=true, one line read at the
# prompt. Output is discarded; keep it quick and deterministic.
import argparse
import array
import asyncio
import base64
import bisect
import collections
import copy
import dataclasses
import datetime
import enum
import functools
import gc
import heapq
import io
import itertools
import json
import logging
import math
import os
import pathlib
import pprint
import random
import re
import string
import struct
import subprocess
import sys
import tempfile
import textwrap
import time
import typing


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


class Color(enum.Enum):
    RED = 1


@typing.runtime_checkable
class Closeable(typing.Protocol):
    def close(self) -> None: ...


def pipeline(n):
    """Generators through every kind of step their flattened bodies have (Flow): yield, while, for
    with break, continue and else, a resumed try; their profiles keep the JIT from trapping on the
    first program that takes a branch the hot loop below did not."""
    i = 0
    while i < n:
        i += 1
        if i % 7 == 0:
            continue
        for j in range(3):
            if j == 2:
                break
            yield i + j
        else:
            yield -1
        try:
            yield i
        finally:
            i += 0


def delegate(n):
    """yield from, and the delegation's end."""
    return (yield from pipeline(n))


async def ticks(n):
    for i in range(n):
        yield i


async def step(x):
    return x + 1


async def chain(n):
    total = 0
    for i in range(n):
        total += await step(i)
        if i % 5 == 0:
            continue
    return total


async def chains(n):
    """Many short loops: the JIT compiles the coroutine paths from the training's profile at start,
    before a long loop in a program's first coroutine would have to wait for on-stack replacement."""
    total = 0
    while n > 0:
        n -= 1
        total += await chain(4)
    return total


async def tasks():
    queue = asyncio.Queue()
    lock = asyncio.Lock()

    async def worker(i):
        async with lock:
            await asyncio.sleep(0)
        await queue.put(i)
        return i

    await asyncio.sleep(0.001)
    done = await asyncio.gather(*(worker(i) for i in range(3))) + [x async for x in ticks(2)]
    return done, await asyncio.wait_for(queue.get(), 1)


def text_work(lines):
    """A log through the text paths short programs take once, cold, over large inputs: findall
    with groups, sub with a template and with a function, a set of strings, a generator
    expression unpacking tuples, words counted in a dict. Their profiles let the JIT compile
    these paths soon instead of interpreting a 20 MB input's first pass."""
    text = "".join("10.0.%d.%d - user%d [x] \"GET /p?id=%d HTTP/1.1\" %d 5\n"
                   % (i % 7, i % 13, i % 5, i, 200 + i % 3 * 150) for i in range(lines))
    ips = re.findall(r"^(\d+\.\d+\.\d+\.\d+) ", text, re.MULTILINE)
    requests = re.findall(r'"([A-Z]+) (/[^ ?"]*)[^"]*" (\d{3}) ', text)
    errors = sum(1 for _, _, status in requests if status[0] == "5")
    masked = re.sub(r" - user(\d+) \[", r" - u\1x [", text)
    shifted = re.sub(r"\?id=(\d+)", lambda m: "?id=" + str(int(m.group(1)) + 1), masked)
    counts = {}
    for line in shifted.splitlines():
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    return len(set(ips)), errors, len(counts)


def square(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="training")
    parser.add_argument("--n", type=int, default=3)
    n = parser.parse_args([]).n
    data = {"points": [dataclasses.asdict(Point(i, i * 2)) for i in range(n)], "pi": math.pi}
    text = json.dumps(data, indent=2, sort_keys=True)
    print(json.loads(text)["points"][-1], re.sub(r"\d", "#", "a1b2"), os.path.join("a", "b"))
    print(pathlib.PurePosixPath("/a/b.py").suffix, datetime.date(2020, 1, 2).isoformat(), Color.RED)
    logging.getLogger("training").debug("not shown")
    print(functools.reduce(lambda a, b: a + b, itertools.chain([1, 2], [3])), random.Random(1).random() < 1)
    print(collections.Counter("abca").most_common(1), copy.deepcopy([[1]]), textwrap.shorten("a b c", 5))
    print(string.ascii_lowercase[:3], "%5.2f" % time.perf_counter() is not None, sys.argv[0].endswith(".py"))
    print(isinstance(io.StringIO(), Closeable), typing.List[int], typing.Optional[str], pprint.pformat({"a": [1]}))
    print(base64.b64encode(b"ab"), bisect.bisect([1, 3], 2), heapq.nsmallest(1, [3, 1]), gc.collect() >= 0)
    print(array.array("d", [1.0])[0], struct.pack("<i", 1), list(itertools.islice("abc", 2)), copy.deepcopy(Point(1)))
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "f.txt"
        path.write_text("x")
        with open(path, "wb") as f:
            f.write(base64.b32encode(b"x") + base64.b85encode(b"x"))
        with open(path, "rb") as f:
            print(f.read(), path.stat().st_size, os.path.exists(tmp))
    try:
        {}["missing"]
    except KeyError as e:
        print(type(e).__name__, e)
    total = 0
    for i in range(300000):
        total += i * i % 7
    print(total, square(200000), sum(x // 3 for x in range(50000)), sum(delegate(20000)))
    print(asyncio.run(tasks()), subprocess.PIPE, text_work(20000))
    coroutine = chains(20000)
    try:
        coroutine.send(None)
    except StopIteration as e:
        print(e.value)
