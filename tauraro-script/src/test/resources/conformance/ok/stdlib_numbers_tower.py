# numbers: the ABC tower, the registered builtin types, Fraction and Decimal, the mixin methods
from fractions import Fraction
from decimal import Decimal
import numbers  # after fractions and decimal (stdlib_numbers_order: before)

ABCS = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
for value in (3, True, 2.5, 1j, Fraction(1, 3), Decimal("1.5"), "3", None, [1]):
    print(repr(value).ljust(18), [c.__name__ for c in ABCS if isinstance(value, c)])
for t in (int, bool, float, complex, Fraction, Decimal, str):
    print(t.__name__, [issubclass(t, c) for c in ABCS])

print([c.__name__ for c in numbers.Integral.__mro__])
print(numbers.__all__)
print(numbers.Number.__hash__)
for c in ABCS:
    print(c.__name__, sorted(c.__abstractmethods__))

for c in ABCS[1:]:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)


# a user Integral: only the abstract methods, the rest from the mixins
class Int(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return "Int(%d)" % self.v
    def __abs__(self): return Int(abs(self.v))
    def __add__(self, o): return Int(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return Int(-self.v)
    def __pos__(self): return Int(self.v)
    def __mul__(self, o): return Int(self.v * int(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __pow__(self, e, m=None): return Int(pow(self.v, int(e), m))
    def __rpow__(self, b): return Int(int(b) ** self.v)
    def __eq__(self, o): return self.v == int(o)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return Int(self.v // int(o))
    def __rfloordiv__(self, o): return Int(int(o) // self.v)
    def __mod__(self, o): return Int(self.v % int(o))
    def __rmod__(self, o): return Int(int(o) % self.v)
    def __lshift__(self, o): return Int(self.v << int(o))
    def __rlshift__(self, o): return Int(int(o) << self.v)
    def __rshift__(self, o): return Int(self.v >> int(o))
    def __rrshift__(self, o): return Int(int(o) >> self.v)
    def __and__(self, o): return Int(self.v & int(o))
    __rand__ = __and__
    def __xor__(self, o): return Int(self.v ^ int(o))
    __rxor__ = __xor__
    def __or__(self, o): return Int(self.v | int(o))
    __ror__ = __or__
    def __invert__(self): return Int(~self.v)


i = Int(7)
print(isinstance(i, numbers.Rational), isinstance(i, numbers.Number))
print(i.numerator, i.denominator, i.real, i.imag, i.conjugate(), complex(i), float(i))
print(i - 2, 10 - i, divmod(i, 2), divmod(20, i), bool(i), bool(Int(0)))
print([10, 20, 30, 40, 50, 60, 70, 80][i], hex(i), operator_index := i.__index__())
try:
    hash(i)
except TypeError as e:
    print("TypeError:", e)


# a user Rational gets __float__ from its numerator and denominator
namespace = {name: (lambda self, *a: NotImplemented) for name in numbers.Rational.__abstractmethods__}
namespace.update(numerator=1, denominator=2)
Half = type(numbers.Rational)("Half", (numbers.Rational,), namespace)


print(float(Half()), Half().real is not None, Half().imag)


# registering a class makes it an instance of the ABC and of its bases, not of its subclasses
class Meters:
    pass


numbers.Real.register(Meters)
print(isinstance(Meters(), numbers.Complex), isinstance(Meters(), numbers.Rational), issubclass(Meters, numbers.Number))
print(numbers.Integral.register(int) is int)
