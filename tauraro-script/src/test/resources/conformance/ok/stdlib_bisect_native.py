import bisect, _bisect
a = [1, 2, 2, 3, 5]
calls = [((a, 2), {}), ((a, 2, -1), {}), ((a, 2, 1, 3), {}), ((a, 2), {"lo": 1, "hi": 10}), ((a, 2, 4, 2), {}),
         ((a,), {}), ((), {}), ((a, 2, 0, None), {}), ((a, 2), {"key": lambda v: -v}), ((a, 2), {"foo": 1}),
         ((a, 2, "x"), {}), ((a, 2, 0, "y"), {}), ((5, 2), {}), (((1, 2, 3), 2), {}), (("abc", "b"), {}),
         ((a, "s"), {}), ((a, 2, 0, 99), {}), ((a, 2, -5, 2), {}), ((a, 2, 0, -3), {}), ((a, 2, 2.0), {}),
         ((a, 2, 0, 5, None), {}), ((a, 2, 0, 5, None, 6), {}), ((a, 2), {"lo": None})]
for fn in ["bisect_left", "bisect_right", "insort_left", "insort_right"]:
    for args, kw in calls:
        b = list(args[0]) if args and isinstance(args[0], list) else (args[0] if args else None)
        args2 = (b,) + args[1:] if args else ()
        try:
            r = getattr(bisect, fn)(*args2, **kw)
            print(fn, r, b)
        except Exception as e:
            print(fn, type(e).__name__, e)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right, bisect.bisect_left.__module__)
print(bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
l = []
bisect.insort(l, (3, 'x'), key=lambda t: t[0]); bisect.insort(l, (1, 'y'), key=lambda t: t[0]); print(l)
class R:
    def __init__(self, v, lst=None): self.v = v; self.lst = lst
    def __lt__(self, o):
        if self.lst is not None: self.lst.clear()
        return self.v < (o.v if isinstance(o, R) else o)
    def __repr__(self): return "R(%r)" % self.v
L = [R(1), R(2), R(3)]
try:
    print(bisect.bisect_left(L, R(2, L)), L)
except Exception as e:
    print(type(e).__name__, e)
class Seq:
    def __len__(self): return 4
    def __getitem__(self, i): return i * 10
print(bisect.bisect(Seq(), 15), bisect.bisect_left(Seq(), 20))
