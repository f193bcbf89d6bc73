import heapq
data = [(i * 7919) % 101 for i in range(300)]
h = []
for v in data:
    heapq.heappush(h, v)
print(h[:20])
print([heapq.heappop(h) for _ in range(10)])
h2 = list(data)
heapq.heapify(h2)
print(h2[:20])
print(heapq.heapreplace(h2, 50), heapq.heappushpop(h2, -1), heapq.heappushpop(h2, 1000), h2[:10])
# equal keys: the layout shows the order of moves
pairs = [(v % 5, i) for i, v in enumerate(data[:40])]
class Key:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return "%d%s" % (self.k, self.tag)
hk = [Key(k, chr(97 + i % 26)) for k, i in pairs]
heapq.heapify(hk)
print(hk)
print([heapq.heappop(hk) for _ in range(8)])
print(heapq.nsmallest(5, data), heapq.nlargest(5, data))
print(heapq.nsmallest(4, pairs, key=lambda p: p[0]), heapq.nlargest(4, pairs, key=lambda p: p[0]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
class L(list):
    def __getitem__(self, i): return "x"
sub = L([5, 3, 1])
heapq.heapify(sub)
print(list(sub), heapq.heappop(sub), list(sub), type(sub).__name__)
# a comparison that raises propagates and leaves the list a permutation of its items
class Boom:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 3 or getattr(o, "v", None) == 3:
            raise ValueError("no compare with 3")
        return self.v < o.v
    def __repr__(self): return "B%d" % self.v
hb = [Boom(v) for v in [1, 2, 4, 5, 6, 7]]
try:
    heapq.heappush(hb, Boom(3))
except ValueError as e:
    print("ValueError", e)
print(sorted(b.v for b in hb), len(hb))
try:
    heapq.heappush([1, 2], "a")
except TypeError as e:
    print("TypeError", e)
h3 = [3.5, 1, True, 2.25]
heapq.heapify(h3)
print(h3, heapq.heappop(h3))
hmax = [1, 9, 3, 7, 5]
heapq._heapify_max(hmax)
print(hmax, heapq._heappop_max(hmax), heapq._heapreplace_max(hmax, 4), hmax)
print(heapq.heappush.__module__, heapq.heappush, heapq.__all__)
import heapq, _heapq
h = []
class Evil:
    def __init__(self, v, heap=None): self.v = v; self.heap = heap
    def __lt__(self, o):
        if self.heap is not None:
            self.heap.clear()
        return self.v < o.v
for fn, args in [("heappush", lambda h: (h, Evil(0, h))), ("heappop", lambda h: (h,)), ("heapify", lambda h: (h,)),
                 ("heapreplace", lambda h: (h, Evil(9, h))), ("heappushpop", lambda h: (h, Evil(9, h)))]:
    h = [Evil(i) for i in range(5)]
    h[0].heap = h; h[1].heap = h; h[2].heap=h
    try:
        getattr(heapq, fn)(*args(h))
        print(fn, "ok", len(h))
    except Exception as e:
        print(fn, type(e).__name__, e)
for bad in [(), (1,), ([],), ([], 1, 2)]:
    for fn in ["heappush", "heappop", "heapify", "heapreplace", "heappushpop"]:
        try:
            getattr(heapq, fn)(*bad)
        except Exception as e:
            print(fn, bad, type(e).__name__, e)
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print(e)
try:
    heapq.heappush(h, x=1)
except TypeError as e:
    print(e)
print(heapq.heappush.__name__, heapq.heappush.__module__, heapq.heapify.__module__)
print(heapq._heapify_max, heapq._heapreplace_max, heapq._heappop_max)
