# weakref (ref, callbacks, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, WeakMethod)
# and gc; objects are collected by gc.collect() (on tauraro, a JVM collection)
import gc
import re
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello from " + self.name

    def __repr__(self):
        return "Node(%s)" % self.name


def noid(text):
    return re.sub(r"0x[0-9a-f]+", "0x..", text)


a = Node("a")
r = weakref.ref(a)
print(r() is a, r() is not None, noid(repr(r)), weakref.ref is weakref.ReferenceType)
print(hash(r) == hash(a), r == weakref.ref(a), r != weakref.ref(Node("x")) or True)
events = []
r2 = weakref.ref(a, lambda wr: events.append(("collected", wr is r2, wr())))
print(r2.__callback__ is not None)
del a
gc.collect()
print(r(), events, noid(repr(r)))
for bad in [1, "s", (1,), [1], {}, None, 2.5, b"x"]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)

# WeakValueDictionary: entries go with their values
cache = weakref.WeakValueDictionary()
keep = Node("keep")
cache["keep"] = keep
cache["temp"] = Node("temp")
gc.collect()
print(sorted(cache.keys()), len(cache), "keep" in cache, "temp" in cache, cache.get("temp", "gone"))
print(cache["keep"], noid(repr(cache)))
try:
    cache["temp"]
except KeyError as e:
    print("KeyError", e)
print(cache.pop("keep"), len(cache), cache.setdefault("k2", keep), list(cache.items()))

# WeakKeyDictionary: entries go with their keys
meta = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
meta[k1] = 1
meta[k2] = 2
del k2
gc.collect()
print(len(meta), meta[k1], k1 in meta, list(meta.values()), meta.get(Node("other"), "none"))

# WeakSet
ws = weakref.WeakSet()
s1, s2 = Node("s1"), Node("s2")
ws.add(s1)
ws.add(s2)
ws.add(s1)
print(len(ws), s1 in ws, 5 in ws)
del s2
gc.collect()
print(len(ws), [n.name for n in ws])
ws.discard(s1)
print(len(ws))

# finalize
obj = Node("fin")
calls = []
f = weakref.finalize(obj, calls.append, "finalized")
print(f.alive, f.peek()[1] is calls.append, noid(repr(f)))
del obj
gc.collect()
print(calls, f.alive, f(), f.detach())
obj2 = Node("manual")
f2 = weakref.finalize(obj2, lambda: "result")
print(f2(), f2(), f2.alive)
obj3 = Node("detached")
f3 = weakref.finalize(obj3, calls.append, "never")
print(f3.detach()[0] is obj3, f3.alive)

# WeakMethod
m = Node("m")
wm = weakref.WeakMethod(m.hello)
print(wm()(), weakref.ref(m.hello)() is None or True)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)

# gc
print(gc.isenabled(), gc.get_threshold(), type(gc.collect()).__name__, gc.garbage, gc.callbacks)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.is_tracked(1), gc.is_tracked([]))
