# (python3 must run this from outside conformance/ok, whose numbers.py shadows the standard numbers module)
from fractions import Fraction
import math

print(Fraction(16, -10), Fraction(123), Fraction(), Fraction("3/7"), Fraction(" -3/7 "), Fraction("1.414213 \t\n"))
print(Fraction("-.125"), Fraction("7e-6"), Fraction("1e3"), Fraction(2.25), Fraction(1.1), Fraction(Fraction(1, 3)))
print(repr(Fraction(3, 4)), str(Fraction(4, 2)), Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction(3, 4).as_integer_ratio())
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** 3, +a, -a, abs(-a))
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, a / 2, 2 / a, a + 0.5, 0.5 + a, a * 1.5, a ** 0.5, 2 ** Fraction(2), 2 ** Fraction(1, 2))
print(a == Fraction(2, 6), a == 1, Fraction(2, 1) == 2, Fraction(1, 2) == 0.5, a < b, a > b, a <= 0.34, a >= 1, a < float("inf"))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(5)) == hash(5), hash(Fraction(-1)), hash(Fraction(1, 3)), len({Fraction(1, 2), 0.5}))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), int(Fraction(7, 2)), float(Fraction(1, 8)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(22, 7), 2), round(Fraction(1234), -2))
print(Fraction("3.1415926535897932").limit_denominator(1000), Fraction(math.pi).limit_denominator(100), Fraction(1, 3).limit_denominator(2))
print(Fraction.from_float(0.25), Fraction.from_float(3), Fraction(3, 4).numerator, Fraction(3, 4).denominator, bool(Fraction(0)))
print(sum([Fraction(1, n) for n in range(1, 8)]), sorted([Fraction(1, 2), 0.3, 1, Fraction(1, 3)]), max(Fraction(5, 3), 1.6))
for bad in [lambda: Fraction(1, 0), lambda: Fraction("x"), lambda: Fraction("1/0"), lambda: Fraction(1.5, 2),
            lambda: Fraction(1, 3) / 0, lambda: Fraction(0) ** -1, lambda: Fraction(float("nan")), lambda: Fraction(float("inf")),
            lambda: Fraction([1]), lambda: Fraction("1/-2"), lambda: Fraction(1).limit_denominator(0)]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
