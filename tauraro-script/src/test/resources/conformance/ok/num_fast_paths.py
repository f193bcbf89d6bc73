# Ints and floats through the operators' fast paths: results at the edges of a machine word must
# be the same as the general (arbitrary-precision) paths give.
big = 2 ** 63
edges = [0, 1, -1, 7, -7, 2 ** 31, -(2 ** 31), 2 ** 62, big - 1, -big, big, -big - 1, 3 ** 39]
for a in edges:
    for n in [0, 1, 2, 31, 32, 62, 63, 64, 65, 100]:
        print(a, n, a << n, a >> n, a & n, a | n, a ^ n, a & -n, a | -n, a ^ -n)
for a in edges:
    for b in edges:
        print(a & b, a | b, a ^ b, a ^ ~b)
for x in [0, 1, -1, 2, -2, 3, -3, 10, 2 ** 31, -(2 ** 32), 3037000499, 3037000500]:
    for n in [0, 1, 2, 3, 5, 39, 40, 62, 63, 64]:
        print(x, n, x ** n)
print(1 ** (10 ** 18), 0 ** (10 ** 18), (-1) ** (10 ** 18 + 1))
for bad in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 0 ** -1]:
    try:
        print(bad())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(2 ** -2, (-2) ** -3, 7 >> 1000, -7 >> 1000)
# floats, mixed with ints, in binary and augmented forms
fs = [0.0, -0.0, 1.5, -2.25, 1e308, float("inf"), float("nan"), 3]
for a in fs:
    for b in fs:
        row = [a + b, a - b, a * b]
        try:
            row.append(a / b)
        except ZeroDivisionError as e:
            row.append(str(e))
        row += [a < b, a <= b, a > b, a >= b, a == b, a != b, 0 < a < b]
        print(a, b, row)
x = 1.0
x += 2
x *= 1.5
x -= 0.25
x /= 2
print(x, 2 ** 53 + 1 + 1.0, 1.0 + (2 ** 53 + 1), 2 ** 64 * 1.0, 10 ** 400 > 1e308)
try:
    x /= 0
except ZeroDivisionError as e:
    print(e)
n = 5
n **= 3
n <<= 2
n >>= 1
n &= 0xF0
n |= 3
n ^= 255
print(n)
print({k: v for k, v in [(1, 2), (1, 3), (2, 4)]}, sorted({i % 3 for i in range(10)}), [i for i in range(3)])
# an int against a float compares exactly, whatever its size
for i in [2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, 10 ** 400, -(10 ** 400), 2 ** 63, 0, True]:
    for d in [9007199254740992.0, -9007199254740992.0, 1e308, float("inf"), -float("inf"), float("nan"), 0.0, -0.0, 1.0]:
        print(i == d, i != d, i < d, i <= d, i > d, i >= d, d < i, d == i)
print(-0.0 < 0, 0 < -0.0, -0.0 <= 0, sorted([3, 1.5, -0.0, 0, 2 ** 60, 1e20]))
