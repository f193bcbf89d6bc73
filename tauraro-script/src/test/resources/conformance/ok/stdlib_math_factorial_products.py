# math.factorial, perm and comb against CPython over small, run-boundary and large arguments
import math
print([math.factorial(n) for n in range(0, 25)])
for n in (31, 32, 33, 63, 64, 65, 100, 255, 500, 1000, 1500):
    f = math.factorial(n)
    print(n, f.bit_length(), f % 1000000007, str(f)[:20], f == math.prod(range(1, n + 1)))
for n, k in ((10, 3), (10, 0), (10, 10), (0, 0), (5, 7), (100, 50), (1000, 3), (1000, 997), (2**40, 2), (2**62, 3), (2**70, 2), (40, 39)):
    print(n, k, math.perm(n, k) % 1000000007, math.comb(n, k) % 1000000007, math.comb(n, k).bit_length())
print(math.perm(7), math.perm(0))
for bad in ((-1,), (2.5,), ('x',)):
    try:
        math.factorial(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ((-1, 2), (3, -1)):
    for f in (math.comb, math.perm):
        try:
            f(*bad)
        except ValueError as e:
            print(f.__name__, e)
