# Data model audit: container emulation (__len__, __length_hint__, __getitem__, __setitem__,
# __delitem__, __missing__, __iter__, __reversed__, __contains__, the __getitem__ iteration and
# membership fallbacks, slices). Expected output from CPython 3.11.
def check(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


class Grid:
    def __init__(self):
        self.cells = {}

    def __len__(self):
        return len(self.cells)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return self.cells.get(key, 0)
        raise TypeError("grid indices are pairs")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def __iter__(self):
        return iter(sorted(self.cells))

    def __reversed__(self):
        return iter(sorted(self.cells, reverse=True))


g = Grid()
g[0, 1] = "a"
g[2, 3] = "b"
check("len", lambda: len(g))
check("getitem tuple", lambda: (g[0, 1], g[9, 9]))
check("getitem slice", lambda: g[1:5:2])
check("getitem error", lambda: g[1])
check("contains", lambda: ((0, 1) in g, (5, 5) in g, (5, 5) not in g))
check("iter", lambda: list(g))
check("reversed", lambda: list(reversed(g)))
del g[0, 1]
check("delitem", lambda: (len(g), list(g)))
check("delitem missing", lambda: g.__delitem__((7, 7)))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


check("getitem iteration", lambda: list(Seq()))
check("getitem membership", lambda: (20 in Seq(), 25 in Seq()))
check("getitem unpack", lambda: [*Seq()])
check("no reversed without len", lambda: reversed(Seq()))


class SeqLen(Seq):
    def __len__(self):
        return 3


check("reversed via len and getitem", lambda: list(reversed(SeqLen())))


class Defaults(dict):
    def __missing__(self, key):
        return key * 2


d = Defaults(a=1)
check("missing", lambda: (d["a"], d["zz"], d.get("zz")))


class BadLen:
    def __len__(self):
        return -1


class StrLen:
    def __len__(self):
        return "3"


check("negative len", lambda: len(BadLen()))
check("non-int len", lambda: len(StrLen()))


class Hint:
    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        return 2


check("list from iterable with hint", lambda: list(Hint()))


class NotIterable:
    pass


check("iter error", lambda: iter(NotIterable()))
check("unpack error", lambda: [*NotIterable()])


class IterReturnsNonIter:
    def __iter__(self):
        return 3


check("iter returned non-iterator", lambda: iter(IterReturnsNonIter()))


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


check("iterator protocol", lambda: (list(Counter()), next(iter(Counter()))))
check("next default", lambda: next(iter([]), "empty"))
