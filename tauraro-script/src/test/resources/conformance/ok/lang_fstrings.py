# f-strings with expressions, conversions and format specs.
x = 3.14159
n = 42
i = 7
name = "Ada"
items = ["a", "b"]
print(f"{x:.2f} {n:>6} {i:03d} {name!r}")
print(f"[{n:<6}] [{n:^6}] [{n:*^7}] [{name:>5}] [{name:_<6}]")
print(f"{x:10.3f}|{x:<10.1f}|{-x:+.2f}|{x:+.2f}|{x:e}|{x:.3e}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b} {255:08b}")
print(f"{1234567:,} {1234567.891:,.2f} {0.256:.1%} {1e6:g} {0.00001234:g}")
print(f"{name!s} {name!r} {items!r} {items}")
print(f"{n + i} {len(items)} {n * 2 = }")
print(f"{'nested'} {name.upper()} {items[0]}{items[-1]}")
print(f"{{literal braces}} {n}")
width = 8
prec = 3
print(f"[{x:{width}.{prec}f}] [{name:>{width}}]")
print(f"{x=}, {n=}")
print(f"{3 if n > 10 else 4}")
d = {"k": 1}
print(f"{d['k']} {d}")
print(f"{-5:05d} {5:+d} {-5:d} {12:5d}|")
print(f"{True} {None} {[1, 2]} {(1,)}")
print(f"{'abc':.2} {'abcdef':>8.3}")
print("{} {} {}".format(1, "two", 3.0))
print("{0}-{1}-{0}".format("a", "b"), "{x}:{y}".format(x=1, y=2))
print("{:>5}|{:.1f}|{:04d}".format("r", 2.25, 9))
print(format(3.5, ".3f"), format(10, "b"), format("s", "^5"))
print(f"""multi
{n}""")
