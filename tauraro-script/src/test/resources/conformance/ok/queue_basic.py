import queue
import threading

q = queue.Queue()
print(q.empty(), q.qsize(), q.full(), q.maxsize)
for i in range(5):
    q.put(i)
print(q.qsize(), [q.get() for _ in range(5)], q.empty())

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (5, "e"), (2, "b"), (4, "d"), (1, "z")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])

lq = queue.LifoQueue()
for x in "abc":
    lq.put_nowait(x)
print([lq.get_nowait() for _ in range(3)])

bounded = queue.Queue(2)
bounded.put(1)
bounded.put(2)
print(bounded.full())
try:
    bounded.put_nowait(3)
except queue.Full as e:
    print("Full", repr(e))
try:
    bounded.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    bounded.put(3, timeout=-1)
except ValueError as e:
    print(e)
try:
    queue.Queue().get(timeout=-1)
except ValueError as e:
    print(e)
try:
    queue.Queue().get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    queue.Queue().get(True, 0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    queue.Queue().task_done()
except ValueError as e:
    print(e)

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print(e)

# producer / consumer with a bounded queue: put blocks until the consumer makes room
work = queue.Queue(maxsize=3)
results = []
def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.append(item * item)
        work.task_done()

workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers:
    w.start()
for i in range(30):
    work.put(i)
for _ in workers:
    work.put(None)
work.join()
for w in workers:
    w.join()
print(sorted(results) == [i * i for i in range(30)], len(results))

# get blocks until a producer thread puts
handoff = queue.Queue()
def producer():
    for i in range(3):
        handoff.put(("item", i))
t = threading.Thread(target=producer)
t.start()
print([handoff.get() for _ in range(3)])
t.join()
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
