"""Slicing a range gives a range, as CPython computes it."""
for r in (range(10), range(0, 10, 3), range(10, 0, -2), range(-5, 5), range(0), range(3, 3)):
    for sl in (slice(2, 5), slice(None, None, 2), slice(None, None, -1), slice(1, None), slice(-3, None),
               slice(None, -1, 3), slice(100, 200), slice(-100, 100, -1), slice(5, 1, -2)):
        x = r[sl]
        print(r, sl, x, list(x), len(x))
try:
    range(5)[::0]
except ValueError as e:
    print(e)
try:
    range(5)["a":]
except TypeError as e:
    print(e)
for seq in ([1, 2, 3], "abc", (1, 2, 3), b"abc", range(3)):
    # (a range sliced with a step beyond 2**63 is an OverflowError here: ranges hold longs)
    big = 10 ** 20 if not isinstance(seq, range) else 10 ** 6
    for bad in ("a", 1.5, None):
        try:
            print(seq[bad:2], seq[:2:None])
        except TypeError as e:
            print(e)
    print(seq[:10 ** 30], seq[-10 ** 30:], seq[::big], seq[::-big])
