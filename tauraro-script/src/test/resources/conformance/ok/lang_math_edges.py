# math against CPython: domain and range errors as its math_1 and math_pow raise them (sin(inf),
# exp(1000), pow(0.0, -1), pow(-8, 1/3), pow(2, 1024), 1 ** nan), frexp of subnormal and huge values,
# ldexp; hashes of numbers. Results are shown to 12 significant digits: Java's and C's libm differ
# in the last bit for some functions (log2, lgamma, erfc, atan2).
import math
def t(label, f):
    try:
        r = f()
        if isinstance(r, float):
            r = float("%.12g" % r)
        elif isinstance(r, tuple):
            r = tuple(float("%.12g" % x) if isinstance(x, float) else x for x in r)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
for v in [0, 1, -1, -2, 2**61 - 1, 2**61, -2**61, 2**64 + 5, 10**30, 1.5, -1.5, 0.0, -0.0, 1e300, float("inf"), float("-inf"), 2.0**61, 123456789.125, True, 1+2j, -1j]:
    t(f"hash {v!r}", lambda: hash(v))
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e-320, 1e308, float("inf"), float("-inf"), float("nan"), 10, -3, 2**80]
fns = ["sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "floor", "ceil", "trunc", "fabs", "gamma", "lgamma", "erf", "erfc", "degrees", "radians", "isqrt", "factorial", "frexp", "modf", "isfinite", "isinf", "isnan"]
for fn in fns:
    for v in vals:
        t(f"{fn}({v!r})", lambda: getattr(math, fn)(v))
for a, b in [(2, 10), (0, 0), (0.0, -1), (-8, 1/3), (2, 1024), (10, -2), (float("nan"), 0), (1, float("nan")), (-1, float("inf"))]:
    t(f"pow {a} {b}", lambda: math.pow(a, b))
    t(f"atan2 {a} {b}", lambda: math.atan2(a, b))
    t(f"fmod {a} {b}", lambda: math.fmod(a, b))
    t(f"hypot {a} {b}", lambda: math.hypot(a, b))
    t(f"copysign {a} {b}", lambda: math.copysign(a, b))
    t(f"remainder {a} {b}", lambda: math.remainder(a, b))
    t(f"ldexp {a} {b}", lambda: math.ldexp(a, int(b)) if b == b and abs(b) != float("inf") else None)
    t(f"gcd {a} {b}", lambda: math.gcd(int(a), int(b)) if a == a and b == b and abs(b) != float("inf") else None)
    t(f"isclose {a} {b}", lambda: math.isclose(a, b))
t("fsum", lambda: math.fsum([0.1] * 10))
t("prod", lambda: math.prod([1, 2, 3], start=2))
t("comb", lambda: (math.comb(10, 3), math.perm(10, 3), math.perm(5), math.comb(3, 5)))
t("comb neg", lambda: math.comb(-1, 2))
t("dist", lambda: math.dist((0, 0), (3, 4)))
t("lcm", lambda: math.lcm(4, 6, 10))
t("nextafter", lambda: (math.nextafter(1, 2), math.ulp(1.0)))
t("consts", lambda: (math.pi, math.e, math.tau, math.inf, math.nan != math.nan))
