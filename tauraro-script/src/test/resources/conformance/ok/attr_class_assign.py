# obj.__class__ = C between classes with the same instance layout, and CPython's errors otherwise.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
class S3:
    __slots__ = ("a", "b")
a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B))
for target in (S1, 3, int):
    try:
        a.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
s = S1(); s.a = 1
s.__class__ = S2
print(type(s).__name__, s.a)
try:
    s.__class__ = S3
except TypeError as e:
    print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
class E(Exception): pass
try:
    E().__class__ = A
except TypeError as e:
    print("TypeError:", e)
