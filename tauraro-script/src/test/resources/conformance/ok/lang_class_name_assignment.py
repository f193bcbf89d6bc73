class C: pass
C.__qualname__ = 'X.Y'
print(C.__qualname__, C, repr(C())[:22])
C.__module__ = 'builtins'
print(C, repr(C())[:12])
C.__name__ = 'Z'
print(C.__name__, C.__qualname__, C)
def f():
    class D: pass
    return D()
print(repr(f())[:30], repr(object())[:17])
try:
    C.__qualname__ = 3
except TypeError as e:
    print(e)
try:
    C.__name__ = 3
except TypeError as e:
    print(e)
try:
    int.__qualname__ = 'x'
except TypeError as e:
    print(e)
class Outer:
    class Inner:
        pass
print(repr(Outer.Inner())[:30], Outer.Inner, repr(object())[:17])
import sys
h = sys.hash_info
print(h.width, h.modulus, h.inf, h.nan, h.imag, hash(float('inf')) == h.inf, hash(1j) == h.imag, hash(2**61) == 1)
print(hash(-2**61 + 1) == -(h.modulus - (2**61 - 1)) or hash(-2**61 + 1), hash(h.modulus), hash(h.modulus + 5))
