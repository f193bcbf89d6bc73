import threading

data = threading.local()
data.x = "main"
try:
    data.missing
except AttributeError as e:
    print(e)

seen = []
def worker(n):
    seen.append(("has x", hasattr(data, "x")))
    data.x = n
    for _ in range(1000):
        pass
    seen.append(("own x", data.x == n))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen))
print(data.x)

class Counter(threading.local):
    step = 10

    def bump(self):
        self.value = getattr(self, "value", 0) + self.step
        return self.value

c = Counter()
print(c.bump(), c.bump())
res = []
def use_counter():
    res.append(c.bump())
t = threading.Thread(target=use_counter)
t.start()
t.join()
print(res, c.value)
try:
    Counter().nothing
except AttributeError as e:
    print(e)

try:
    threading.local(1)
except TypeError as e:
    print(e)

class WithInit(threading.local):
    inits = 0

    def __init__(self):
        super().__init__()
        self.items = ["start"]
        WithInit.inits += 1

w = WithInit()
w.items.append("main")
got = []
def use_init():
    w.items.append("thread")
    got.append(list(w.items))
t = threading.Thread(target=use_init)
t.start()
t.join()
print(got, w.items, WithInit.inits)
