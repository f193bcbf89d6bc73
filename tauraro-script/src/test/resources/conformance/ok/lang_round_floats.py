# round() of floats: half-even on the exact binary value, with and without ndigits, signs kept.
import random

print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(-0.001, 2), round(1e-20, 3))
print(round(2.5), round(-2.5), round(3.5), round(-0.4), round(0.5), round(1.5), round(-1.5))
print(round(1e300), round(2.0 ** 62), round(-2.0 ** 62), round(2.0 ** 70 + 0.5))
print(round(1234.5678, -2), round(-1234.5678, -1), round(1234.5678, 0), round(0.5, 0), round(1.5, 0))
print(round(123.456, 20), round(1e22, 5), round(1e-5, 5), round(9.995, 2), round(1.0000000000000002, 15))
r = random.Random(3)
total = 0.0
for i in range(2000):
    x = r.uniform(-1e6, 1e6)
    total += round(x, i % 12) + round(x)
print(repr(total))
print([round(x / 8, 2) for x in range(-10, 11)])
for bad in (float("nan"), float("inf")):
    try:
        round(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(float("nan"), 2), round(float("-inf"), 3))
