# math.erf, erfc, gamma and lgamma: values (to 12 digits: CPython's own gamma/lgamma can be a
# few ulps from the correctly rounded result) and CPython's domain and range errors.
import math

xs = [0.0, 1e-300, 1e-10, 0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.7, 5.9, 6.0, 10.0,
      26.5, 27.5, 30.0, -0.1, -0.5, -2.5, -6.5, 0.3, 7.3, 100.5, 170.5, -171.5, -0.999, 4.5e5]
for name in ["erf", "erfc", "gamma", "lgamma"]:
    f = getattr(math, name)
    for x in xs + [float("inf"), float("-inf"), -1.0, -30.0, 171.7, 1e-310, 1e306]:
        try:
            print(name, x, f"{f(x):.12g}")
        except (ValueError, OverflowError) as e:
            print(name, x, type(e).__name__, e)

# exact cases: erf's sign of zero and saturation, gamma of integers, lgamma of 1 and 2
print(math.erf(-0.0), math.erf(6.5), math.erfc(-7.0), math.erfc(28.0), math.erf(-20.0))
print([math.gamma(n) for n in range(1, 24)])
print(math.gamma(0.5) ** 2 - math.pi < 1e-15, math.lgamma(1.0), math.lgamma(2.0))
print(math.isnan(math.erf(float("nan"))), math.isnan(math.lgamma(float("nan"))))
print(math.gamma(-190.5), math.gamma(-201.5))
for bad in ["x", None]:
    try:
        math.gamma(bad)
    except TypeError as e:
        print("TypeError", e)
