# Numbers at their edges, compared with CPython 3.11: rounding, divmod, conversions, int/float methods,
# float reprs and formats, hashes, bools in arithmetic, and the errors of bad conversions.
# numbers and conversions
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(25, -1), round(35, -1), round(-25, -1))
print(round(1234.5678, -2), round(1e300, -305), round(5, None), type(round(2.5)), type(round(2.5, 0)))
print(divmod(7, -2), divmod(-7, 2), divmod(7.5, -2), divmod(-0.0, 1), 7 // -2.0, -7 % 2.5)
print(int(3.99), int(-3.99), int("  42  "), int("-0b101", 0), int("0o17", 0), float("  1e3 "), float("inf"), float("-nan"))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print((10).bit_length(), (-10).bit_length(), (255).bit_count() if hasattr(int, "bit_count") else None)
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).as_integer_ratio(), (3.0).is_integer(), 2 ** -1, 2 ** 0.5)
print(pow(3, 4, 5), pow(3, -1, 7), pow(2, 100), abs(-3 + 0), complex(1, 2) * complex(3, -1), abs(3 + 4j))
print(1e16, 1e15, 123456789012345678.0, 1.0e-5, 0.0001, -0.0, 1e22, 1e-7, 5e-324, 1.7976931348623157e308)
print(str(1/3), repr(2/3), f"{1/3:.3}", f"{12345.6789:,.2f}", f"{0.000123:.2e}", f"{1e20:g}", f"{123:+08d}")
print(format(1234567, "_"), format(255, "#x"), format(255, "#o"), format(255, "#b"), format(3.14159, "10.3f"), format(-3.5, "^9"))
print(hash(1) == hash(1.0), hash(-1), hash(-2), hash(0.5), hash(float("inf")), hash((1, 2)) == hash((1, 2)))
print(True + True, True * 3, -True, ~True, True & False, True | 2, True ^ True, bool(-0.0), bool("0"))
print(max([], default=None), min(3, 1, 2), max("abc", key=ord), sum([0.1] * 10), sum([[1], [2]], []))
for bad in ["int('x')", "int('1.5')", "float('1,5')", "1/0", "1%0", "2**-1 % 0", "int(1e400)", "int(float('nan'))",
            "divmod(1, 0)", "pow(2, -1, 4)", "round(1.5, 'x')", "chr(0x110000)", "ord('ab')", "'%d' % 'x'",
            "complex('1+')", "(1).to_bytes(1, 'big', signed=False) and (256).to_bytes(1, 'big')"]:
    try:
        print(bad, "->", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
