# Private name mangling: self.__x, class-body names and __slots__ entries inside class C mean _C__x.
class Priv:
    __slots__ = ()
class A:
    __k = 1
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
    def get(self):
        return self.__x, self.__y__, A.__k
    def inner(self):
        def f():
            return self.__x
        return f()
    def __private(self):
        return "p"
    def call(self):
        return self.__private()
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 10
    def both(self):
        return self.__x, self._A__x
class _Under:
    def __init__(self):
        self.__z = 3
class ___:
    def __init__(self):
        self.__w = 4
a = A()
print(a.get(), a.inner(), a.call(), sorted(k for k in vars(a)), hasattr(a, "__x"), a._A__x)
b = B()
print(b.both(), sorted(vars(b)))
print(sorted(vars(_Under())), sorted(vars(___())))
try:
    a.__x
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(a, "_A__x"), "_A__k" in A.__dict__, "_A__private" in A.__dict__)
class C:
    def m(self):
        class D:
            def n(self2):
                self2.__q = 1
                return sorted(vars(self2))
        return D().n()
print(C().m())
class S:
    __slots__ = ("__a", "b")
    def __init__(self):
        self.__a = 1
        self.b = 2
    def get(self):
        return self.__a
s = S()
print(s.get(), s._S__a, hasattr(S, "_S__a"), hasattr(S, "__a"))
try:
    s.c = 1
except AttributeError as e:
    print(e)
class P:
    def __init__(self):
        self.__v = 5
    @property
    def v(self):
        return self.__v
    @classmethod
    def __make(cls):
        return cls()
    @staticmethod
    def make():
        return P._P__make()
print(P.make().v, getattr(P(), "_P__v"))
