# cmath: every function on ordinary, branch-cut, tiny, huge, infinite and NaN arguments, with
# CPython's results (printed with repr, so every bit counts) and its errors
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)

inf, nan = math.inf, math.nan
# (Java's real functions can differ from the C library's in the last bit: values where they do for
# some function, such as 2+3j, -2+3j, 700+1j or 0.9+0.1j, are left out; the README says so)
values = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j,
          complex(-3, 0.0), complex(-3, -0.0), 5e-324 + 0j, 1e300 + 1e300j, -1e308 + 1e308j, -700 + 2j,
          complex(1, -0.0), 3 + 4j, -1.5 + 0.5j, 0.25 - 0.75j, -4 - 1j, 1e200 - 3j]
specials = [complex(x, y) for x in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan) for y in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan)
            if not (math.isfinite(x) and math.isfinite(y))]
names = ["exp", "log", "log10", "sqrt", "acos", "asin", "atan", "cos", "sin", "tan", "acosh", "asinh", "atanh",
         "cosh", "sinh", "tanh"]

def call(f, *a):
    try:
        r = f(*a)
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

for name in names:
    f = getattr(cmath, name)
    print(name, [call(f, z) for z in values])
    print(name, "special", [call(f, z) for z in specials])
for z in values + specials[:10]:
    print(call(cmath.phase, z), call(cmath.polar, z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
for r in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan, 1.5):
    print([call(cmath.rect, r, p) for p in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan, 0.5)])
print(call(cmath.log, 8, 2), call(cmath.log, 1j, 10), call(cmath.log, 2, 1j), call(cmath.log, 1, 0), call(cmath.log), call(cmath.log, 1, 2, 3),
      call(cmath.log, 1, 1), call(cmath.log, 0), call(lambda: cmath.log(-1, base=3)))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j),
      cmath.rect(2, math.pi / 2), cmath.sqrt(True), cmath.cos(2 ** 70))

class Num:
    def __complex__(self):
        return 3 + 4j

class Flt:
    def __float__(self):
        return 2.25

class Idx:
    def __index__(self):
        return 9

print(cmath.sqrt(Num()), cmath.sqrt(Flt()), cmath.sqrt(Idx()), abs(cmath.exp(Num())))
print(cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1 + 1j, 1.01 + 1j), cmath.isclose(1 + 1j, 1.01 + 1j, rel_tol=0.1),
      cmath.isclose(0j, 1e-12, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)),
      cmath.isclose(complex(inf, 0), complex(inf, 1)), cmath.isclose(nan, nan))
for bad in [lambda: cmath.sqrt("x"), lambda: cmath.sqrt(None), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2),
            lambda: cmath.exp(800), lambda: cmath.cosh(800), lambda: cmath.sinh(-800 + 1j), lambda: cmath.atanh(1),
            lambda: cmath.atanh(-1), lambda: cmath.isclose(1, 1, rel_tol=-1), lambda: cmath.isclose(1, 2, 3),
            lambda: cmath.rect(1), lambda: cmath.polar(complex(1e308, 1e308) * 10), lambda: cmath.phase("1")]:
    print(call(bad))
