# pickle: the bytes of protocol 2-5 pickles as CPython writes them, round trips of script objects,
# loading CPython-made pickles of every protocol, and the errors
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class Stateful:
    def __init__(self):
        self.secret = "hidden"
        self.kept = 1

    def __getstate__(self):
        return {"kept": self.kept}

    def __setstate__(self, state):
        self.kept = state["kept"]
        self.restored = True


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 10,))


class Args:
    def __new__(cls, a, b):
        obj = super().__new__(cls)
        obj.ab = (a, b)
        return obj

    def __getnewargs__(self):
        return self.ab


def helper():
    return "helper"


values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2 ** 31, 2 ** 31, 2 ** 64, -2 ** 70, 1.5, -0.0,
          "", "abc", "é€😀", b"", b"\x00\xff", (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, "a", None],
          {}, {"a": 1}, {"a": 1, "b": [2]}, set(), {1}, frozenset(), frozenset({2}), [[1], [1]], "x" * 300,
          b"y" * 300, list(range(1500)), Point(1, 2), helper, Point, len, ValueError("bad", 2), KeyError("k")]
for proto in (3, 4, 5):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or (isinstance(v, BaseException) and type(back) is type(v) and back.args == v.args)
        label = v.__name__ if callable(v) and hasattr(v, "__name__") else repr(v)[:40]
        if len(data) < 120:
            print(proto, label, data, same)
        else:
            print(proto, label, len(data), data[:40], same)

shared = [1, 2]
outer = [shared, shared, {"k": shared}]
back = pickle.loads(pickle.dumps(outer))
print(back, back[0] is back[1], back[2]["k"] is back[0])
cyc = []
cyc.append(cyc)
back = pickle.loads(pickle.dumps(cyc))
print(back[0] is back, pickle.dumps(cyc))
s = pickle.loads(pickle.dumps(Slotted(5)))
print(type(s).__name__, s.a, hasattr(s, "b"), pickle.dumps(Slotted(5)))
st = pickle.loads(pickle.dumps(Stateful()))
print(st.kept, st.restored, hasattr(st, "secret"), pickle.dumps(Stateful()))
r = pickle.loads(pickle.dumps(Reduced(2)))
print(r.n, pickle.dumps(Reduced(2)))
a = pickle.loads(pickle.dumps(Args(3, 4)))
print(a.ab, pickle.dumps(Args(3, 4)))
print(pickle.loads(pickle.dumps(helper))(), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)

# dump/load with files, several pickles in one stream
f = io.BytesIO()
pickle.dump({"first": 1}, f)
pickle.dump([2], f)
f.seek(0)
print(pickle.load(f), pickle.load(f))
p = io.BytesIO()
pickler = pickle.Pickler(p, 4)
pickler.dump("via Pickler")
print(pickle.Unpickler(io.BytesIO(p.getvalue())).load())

# pickles made by CPython with protocols 0 to 5
made = [b"(lp0\nI1\naS'two'\np1\naF3.5\naI01\na(dp2\nVk\np3\nNsa.",
        b"]q\x00(K\x01X\x03\x00\x00\x00twoq\x01G@\x0c\x00\x00\x00\x00\x00\x00\x88}q\x02X\x01\x00\x00\x00kq\x03Nse.",
        b"\x80\x02]q\x00(K\x01X\x03\x00\x00\x00twoq\x01G@\x0c\x00\x00\x00\x00\x00\x00\x88}q\x02X\x01\x00\x00\x00kq\x03Nse.",
        b"\x80\x03c__main__\nPoint\nq\x00)\x81q\x01}q\x02(X\x01\x00\x00\x00xq\x03K\x01X\x01\x00\x00\x00yq\x04K\x02ub.",
        b"\x80\x05\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8f\x94(K\x01K\x02\x90\x8a\x05\x00\x00\x00\x00\x01\x85\x94.",
        b"ccopy_reg\n_reconstructor\np0\n(c__main__\nPoint\np1\nc__builtin__\nobject\np2\nNtp3\nRp4\n(dp5\nVx\np6\nI7\nsVy\np7\nI8\nsb."]
for data in made:
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(type(e).__name__, e)


def err(fn):
    try:
        fn()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", str(e)[:45])


def local():
    def inner():
        pass
    return inner


err(lambda: pickle.loads(b""))
err(lambda: pickle.loads(b"\x80\x04\x95"))
err(lambda: pickle.loads(b"xyz"))
err(lambda: pickle.loads("str"))
err(lambda: pickle.loads(b"\x80\x09N."))
err(lambda: pickle.loads(b"\x80\x04c__main__\nNoSuchThing\n."))
err(lambda: pickle.dumps(x for x in []))
err(lambda: pickle.dumps(local()))
err(lambda: pickle.dumps(1, 9))
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(repr(pickle.loads(b"S'a\\nb\\x41\\'\\101'\n.", encoding="latin-1")))
print(repr(pickle.loads(b"V\\u20ac caf\xe9\n.")))
print(pickle.loads(b"(I1\nI2\nL3L\nF1.25\nt."))
