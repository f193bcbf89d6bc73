# Arithmetic at the edges, every operator against every pair of values: signed zeros, infinities,
# NaN, bools, ints beyond 64 bits; CPython's float floor division and remainder (_float_div_mod),
# float_pow's special cases, complex overflow, round() keeping the sign of zero, and the messages.
inf, nan = float("inf"), float("nan")
vals = [0, 1, -1, 2, -3, 7, 2**63 - 1, -2**63, 2**64 + 5, -(2**70), 0.0, -0.0, 0.5, -2.5, 1e300, -1e-300,
        inf, -inf, nan, True, False, 3.0]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("divmod", divmod),
       ("**", lambda a, b: a ** b if not (isinstance(b, int) and abs(b) > 200) else 0),
       ("<", lambda a, b: a < b), ("==", lambda a, b: a == b),
       ("round", lambda a, b: round(a, b) if isinstance(b, int) and abs(b) < 30 else 0)]
for name, f in ops:
    row = []
    for a in vals:
        for b in vals:
            try:
                row.append(repr(f(a, b)))
            except Exception as e:
                row.append(type(e).__name__ + ": " + str(e))
    print(name, " | ".join(row))
for a in vals:
    print(repr(a), repr(-a), repr(abs(a)), round(a) if a == a and abs(a) != inf else "", str(float(a)) if abs(a) < 1e308 else "")
for e in ["0.0 ** -inf", "1 ** nan", "(-1.0) ** inf", "(-inf) ** 0.5", "(-inf) ** -2.5", "(-inf) ** 3", "(-8.0) ** (1/3)",
          "complex(1e200, 0) ** 2", "complex(2, 1) ** 2000.5", "(-1e-300) ** -2.5", "pow(2, -1)", "0 ** -1", "0.0 ** -1",
          "1 % 0", "divmod(1, 0)", "1 // 0", "divmod(1.0, 0)", "2**70 % 0", "round(-0.4, 0)", "round(True, 1)", "round(-0.0)"]:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
