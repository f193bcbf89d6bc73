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

results = []
def sleeper(name, delay):
    time.sleep(delay)
    results.append(name)

ts = [threading.Thread(target=sleeper, args=(f"t{i}", 0.05 * (3 - i))) for i in range(3)]
for t in ts:
    t.start()
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
