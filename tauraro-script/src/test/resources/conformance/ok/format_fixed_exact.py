# Fixed-point formatting rounds the float's exact binary value half to even, at every precision and
# magnitude: ties (0.125, 2.5), values just off a tie, subnormals, huge values and ints in decimal.
values = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1 / 3, 2 / 3, 0.1, 0.7, 1.005, 2.675, 1e-7, 5e-324,
          2.2250738585072014e-308, 123456.789, 9007199254740993.0, 2.0 ** 62, 2.0 ** 63, 1e17, 1e22, 1.7976931348623157e308]
seed = 12345
for i in range(400):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    values.append(seed / 2 ** (i % 40) * (10.0 ** (i % 23 - 11)))
    values.append(-seed / 7 / 10 ** (i % 9))
for v in values:
    print(" ".join(format(v, ".%df" % p) for p in (0, 1, 2, 3, 6, 10, 17, 20)), "%.3f" % v, f"{v:12.4f}|{v:%}")
for n in [0, 7, -7, 2 ** 63 - 1, -(2 ** 63), 2 ** 63, -(2 ** 64), 10 ** 30]:
    print(f"{n}|{n:d}|{n:012d}|{n:,}|{n:+d}|{n:>25}", "%d %5d %-5d|" % (n, n, n), "{0} {0:_d}".format(n))
