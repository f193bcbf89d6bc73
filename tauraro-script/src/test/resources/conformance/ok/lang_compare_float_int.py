# comparisons of a float with an int are exact, as CPython's: ints a double cannot hold compare by
# value, not after rounding; NaN compares false (and != true) with every int; -0.0 equals 0
big = 2 ** 53
values = [0, 1, -1, big, big + 1, -big - 1, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 10 ** 30]
floats = [0.0, -0.0, 0.5, -1.0, float(big), float(big) * 2, 9.223372036854776e18, -9.223372036854776e18,
          1e30, float('inf'), float('-inf'), float('nan')]
for f in floats:
    row = []
    for i in values:
        row.append('%d%d%d%d%d%d' % (f < i, f <= i, f > i, f >= i, f == i, f != i))
        row.append('%d%d%d%d' % (i < f, i <= f, i > f, i >= f))
    print(f, ' '.join(row))
x = 0.25
print(0 < x < 1, -1 < x <= 0, 0 <= -0.0 < 1, x < True, False < x, 1 < 2.5 < 3 < 3.5)
k = 3.0
if k < 4:
    print('lt')
if not k < 3:
    print('not lt')
n = float('nan')
print(n < 0, 0 < n, n == 0, n != 0, [v < 1 for v in (0.5, 1, 1.5, 2)])
