# threading.local subclasses: __init__ runs again, with the constructor's arguments, in each thread.
import threading
class MyLocal(threading.local):
    def __init__(self, start=0):
        self.x = start
loc = MyLocal(5)
out = []
def work(i):
    out.append(loc.x)
    loc.x = i
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), loc.x)

class WithSuper(threading.local):
    def __init__(self, tag, n=1):
        super().__init__()
        self.tag = tag
        self.n = n
w = WithSuper("a", n=3)
seen = []
def look():
    seen.append((w.tag, w.n))
    w.n += 10
t = threading.Thread(target=look); t.start(); t.join()
print(seen, w.n)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
plain = threading.local()
plain.v = 1
def other():
    seen.append(hasattr(plain, "v"))
t = threading.Thread(target=other); t.start(); t.join()
print(seen[-1], plain.v)
