# super().__init__(...) reaching object.__init__ refuses arguments as CPython's object_init does,
# while classes whose chain ends in a built-in type or type itself still take theirs


class A:
    def __init__(self, *a, **k):
        super().__init__(*a, **k)


for args, kw in [((), {}), ((1, 2), {}), ((), {'x': 1})]:
    try:
        A(*args, **kw)
        print("ok", args, kw)
    except TypeError as e:
        print("TypeError:", e)


class N:
    def __new__(cls, *a):
        return super().__new__(cls)


class M(N):
    pass


M(1, 2)
print("M ok")


class P(N):
    def __init__(self, *a):
        super().__init__(*a)


try:
    P(1)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)


class Q(metaclass=Meta):
    pass


print("Q ok", type(Q).__name__)


class Mixin:
    def __init__(self, **kw):
        super().__init__(**kw)


class R(Mixin, dict):
    pass


print(R(a=1))


class E(Exception):
    def __init__(self, *a):
        super().__init__(*a)


print(repr(E(1, 2)))


class S:
    def __init__(self):
        super(S, self).__init__()


S()
print("S ok")
