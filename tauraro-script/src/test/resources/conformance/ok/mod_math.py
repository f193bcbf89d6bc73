# math module functions and constants.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7))
print(math.fabs(-3), math.factorial(20), math.gcd(12, 18), math.lcm(4, 6))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(round(math.sin(math.pi / 2), 10), round(math.cos(0), 10), math.atan2(1, 1) * 4 == math.pi)
print(math.degrees(math.pi), math.radians(180) == math.pi, math.hypot(3, 4))
print(math.isnan(float("nan")), math.isinf(math.inf), math.isfinite(1.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.copysign(3, -0.0))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3)
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__)
print(math.dist((0, 0), (3, 4)), math.remainder(10, 3))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(math.floor(10 ** 20 + 0.5) == 10 ** 20, math.factorial(25))
from math import sqrt, pi as PI
print(sqrt(81), round(PI, 3))
