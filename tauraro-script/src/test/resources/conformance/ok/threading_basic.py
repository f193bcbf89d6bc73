import threading
import time

counter = 0
lock = threading.Lock()

def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)

# threads started in order t0, t1, t2 finish in reverse: each waits for the event of the one after it,
# so the order is fixed by events, not by how long the sleeps happen to take on a loaded machine
results = []
turns = [threading.Event() for _ in range(4)]
def sleeper(name, i):
    turns[i + 1].wait()
    time.sleep(0.01)
    results.append(name)
    turns[i].set()

ts = [threading.Thread(target=sleeper, args=(f"t{i}", i)) for i in range(3)]
for t in ts:
    t.start()
turns[3].set()
for t in ts:
    t.join()
print(results)

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))

w = Worker(100)
w.start()
w.join()
print(w.result, w.is_alive(), threading.current_thread().name)

ev = threading.Event()
got = []
def waiter():
    ev.wait()
    got.append("released")
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.05)
ev.set()
t.join()
print(got, ev.is_set())

cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: len(items) > 0)
        print("consumed", items.pop())
c = threading.Thread(target=consumer)
c.start()
time.sleep(0.05)
with cond:
    items.append(42)
    cond.notify()
c.join()
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
