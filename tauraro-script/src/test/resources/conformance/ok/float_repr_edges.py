# float reprs at powers of two (the shorter neighbour rounds the other way) and as_integer_ratio errors
for e in range(-30, 70, 3):
    print(e, 2.0 ** e, 2 ** e if e >= 0 else 2 ** e, -(2.0 ** e))
print(2 ** -24, 2.0 ** -24, 2.0 ** -1074, 2.0 ** 1023, 2.0 ** -1022)
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((0.1).as_integer_ratio(), (2.0 ** -24).as_integer_ratio())
