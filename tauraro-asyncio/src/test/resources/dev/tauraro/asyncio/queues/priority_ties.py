# asyncio.PriorityQueue with many equal priorities: the order of ties is heapq's, not FIFO.
import asyncio

class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return self.name

async def main():
    q = asyncio.PriorityQueue()
    seq = 0
    out = []
    # Pushes (priority in 0..3) interleaved with pops, from a fixed pseudo-random sequence.
    x = 7
    for step in range(60):
        x = (x * 1103515245 + 12345) % 2147483648
        if x % 3 == 0 and not q.empty():
            out.append(repr(q.get_nowait()))
        else:
            q.put_nowait(Job(x % 4, f"j{seq}p{x % 4}"))
            seq += 1
    print(q)
    while not q.empty():
        out.append(repr(await q.get()))
    print(" ".join(out))
    lq = asyncio.LifoQueue()
    for i in range(5):
        await lq.put(i)
    print(lq)
    print([lq.get_nowait() for _ in range(5)])

asyncio.run(main())
