# float(x) takes its exact int, float and str cases first; the rest must still behave as CPython's.
import sys

f = 2.5
print(float(f) is f, float(3), float(-7), float(True), float(False), float(2 ** 60), float(-(2 ** 80)))
print(float(" 1_0.5 "), float("-inf"), float("nan") != float("nan"), float())
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)


class F(float):
    pass


class I(int):
    pass


class S(str):
    pass


class WithFloat:
    def __float__(self):
        return 9.5


class FloatWithFloat(float):
    def __float__(self):
        return 1.25


print(float(F(1.5)), type(float(F(1.5))).__name__, float(I(4)), float(S("6.5")), float(WithFloat()))
print(float(FloatWithFloat(3.0)), float(b"7.5"), float(bytearray(b"-0.5")))
for bad in ([], None, "x1", object()):
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for call in (lambda: float(1, 2), lambda: float(x=2), lambda: float(1, x=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


# a name rebound to another callable is honoured
def float(x):
    return "mine"


print(float(1))
