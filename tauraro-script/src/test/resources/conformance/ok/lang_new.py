# __new__: makes the object, runs before __init__, and __init__ is skipped when it returns something else.
class A:
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.saved = (args, kwargs)
        return self
    def __init__(self, x, y=1):
        self.x = x
class B(A):
    def __init__(self, x):
        self.b = x
a = A(1, y=2)
b = B(7)
print(a.saved, a.x, b.saved, b.b, type(b).__name__)

class Single:
    _it = None
    def __new__(cls):
        if cls._it is None:
            cls._it = object.__new__(cls)
            cls._it.count = 0
        return cls._it
    def __init__(self):
        self.count += 1
s1, s2 = Single(), Single()
print(s1 is s2, s1.count)

class Other:
    def __new__(cls, v):
        return v * 2
    def __init__(self, v):
        print("never")
print(Other(21))

class MyErr(ValueError):
    def __new__(cls, *args):
        e = super().__new__(cls, *args)
        e.tag = "t"
        return e
try:
    raise MyErr("bad", 2)
except ValueError as e:
    print(type(e).__name__, e.args, e.tag)

class NoInit:
    def __new__(cls, a, b):
        o = super().__new__(cls)
        o.sum = a + b
        return o
print(NoInit(2, 3).sum)
