import math
print(math.isqrt(0), math.isqrt(10**40), math.isqrt(2**127 - 1))
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18, 30), math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print(math.comb(50, 25), math.comb(5, 7), math.perm(5), math.perm(10, 3), math.perm(3, 5))
print(math.prod([]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), sum([0.1] * 10))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(1e20), math.floor(1e300) == 10**300, type(math.trunc(3.9)).__name__)
print(math.log(100, 10), math.log(2 ** 1000), math.log(10 ** 400), math.log10(10 ** 400), math.log2(2 ** 2000), math.log1p(1e-10))
print(math.hypot(), math.hypot(3), math.hypot(1, 2, 2), math.hypot(-3, 4))
print(math.floor(True), math.ceil(5), math.trunc(-7))
for bad in [lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.log(-1), lambda: math.log(1, 1),
            lambda: math.floor(math.inf), lambda: math.floor(math.nan), lambda: math.factorial(2.5), lambda: math.sqrt("x"),
            lambda: math.perm(-1), lambda: math.isqrt(2.0), lambda: math.acos(2), lambda: math.exp(1000)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(math.asin(1), math.acos(0), math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.expm1(1e-10))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.copysign(1, -0.0), math.fmod(5.5, 2), math.remainder(5, 2), math.modf(-2.5), math.frexp(0.0))
print(math.dist([1, 2, 3], [4, 6, 3]), math.degrees(1), math.radians(90), math.isfinite(math.nan), math.pow(0, 0), math.pow(2, 0.5))
print(math.sqrt(10 ** 50), math.exp(1), math.e ** 2, math.pi * 2 == math.tau)
print(math.cosh(0.5), math.cosh(3), math.sinh(0.3), math.cosh(20), math.acosh(1.5), math.acosh(10), math.acosh(1e10), math.asinh(0.3), math.asinh(-2), math.atanh(0.3), math.atanh(-0.7), math.sinh(-5), math.sinh(30))
