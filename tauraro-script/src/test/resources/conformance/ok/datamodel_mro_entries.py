# PEP 560 __mro_entries__: a non-class base is replaced by what its __mro_entries__ returns.
class B:
    pass


class Proxy:
    def __mro_entries__(self, bases):
        print("entries", len(bases), bases[0] is self)
        return (B,)


p = Proxy()


class C(p):
    pass


print(C.__bases__, C.__mro__)
print(C.__orig_bases__[0] is p, "__orig_bases__" in C.__dict__)
print(hasattr(B, "__orig_bases__"))


class Vanish:
    def __mro_entries__(self, bases):
        print("bases seen", len(bases))
        return ()


class D(Vanish(), B):
    x = 1


print(D.__bases__, D.x, len(D.__orig_bases__))


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name, bases)
        return {}

    def __new__(mcs, name, bases, ns):
        print("new", name, bases, "__orig_bases__" in ns)
        return super().__new__(mcs, name, bases, ns)


class M(p, metaclass=Meta):
    pass


print(type(M).__name__, M.__bases__)


class Bad:
    def __mro_entries__(self, bases):
        return [B]


try:
    class E(Bad()):
        pass
except TypeError as e:
    print("TypeError", e)

print(type("X", (B,), {}).__bases__)
try:
    type("X", (p,), {})
except TypeError as e:
    print("TypeError", e)
