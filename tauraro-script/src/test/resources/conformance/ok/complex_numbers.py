# complex numbers: literals, arithmetic mixed with int and float, repr, hash, errors
z = 1 + 2j
w = 3 - 4j
print(z, w, 2j, -2j, 1j * 1j, 0j, -0j, 1.5j, 1e3j, 2J, 0.5 + 0j)
print(z + w, z - w, z * w, z / w, w / 2, 2 / w, z ** 2, z ** -1, z ** 0.5, (1j) ** 1j, 2 ** z)
print(z + 1, 1 + z, z * 2.5, -z, +z, abs(w), abs(-3j), z.real, z.imag, z.conjugate(), type(z).__name__)
print(z == 1 + 2j, 1 == 1 + 0j, 1.0 + 0j == 1, z != w, 2j == 2, hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
print(complex(), complex(1), complex(1, 2), complex(1.5, -2.5), complex("1+2j"), complex(" (3-4j) "), complex("j"),
      complex("-1.5e3j"), complex(real=2, imag=3), complex(1j, 1j), complex("inf+nanj"), complex(True))
print(repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)), complex(1, float("inf")), complex(float("nan"), 1))
print(bool(0j), bool(1j), sum([1j, 2, 3.5]), [z, w][0], {z: "z"}[1 + 2j], f"{z}", str(w), isinstance(z, complex))
print((1 + 1j) ** 3, (2 + 0j) ** 10, 1j ** 2, (1 + 2j) * (1 - 2j), 10 / (1 + 1j))
for expr in ["1 / 0j", "0j ** -1", "z < w", "z // 2", "z % 2", "int(z)", "float(z)", "complex('1+2')",
             "complex('abc')", "complex([1])", "complex('1', 2)", "abs(complex(1e308, 1e308))", "round(z)"]:
    try:
        print(eval(expr))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(expr, "->", type(e).__name__, e)
print((-8) ** (1/3), (-1) ** 0.5, (-2.0) ** 1.5)
