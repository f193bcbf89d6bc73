# Conversion builtins: int, float, bool, str, repr, list, dict, set, tuple, iter, next.
print(int(), int("12"), int(" -3 "), int(7.9), int("1_000"), int("0b11", 0))
print(float(), float("1.5"), float(" 2 "), float(3), float("1e3"))
print(bool(), bool(0), bool(1), bool(""), bool("False"), bool([]), bool([[]]))
print(str(), str(12), str(1.0), str([1, "a"]), str(("a",)), str(None))
print(repr("s"), repr(1), repr(1.5), repr(None), repr([None, "x"]), repr(True))
print(list(), list("ab"), list((1, 2)), list({"a": 1}), list(range(2)))
print(dict(), dict(a=1), dict([(1, 2)]), dict({"x": 1}, y=2))
print(set(), sorted(set([3, 3, 1])), tuple(), tuple([1]), tuple("ab"))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
for bad in ["", "1.5", "abc", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("x")
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
print(int("-0"), int("+5"), float("-0.0"), float("  .5"), float("5."))
print(str(b"hi"), list(b"hi"), bytes("hi", "ascii"))
print(bool(None), bool(0.0), bool(-1), bool({0: 0}))
print(chr(ord("a") + 1), ord(str(7)), str(ord("0")))
print(int(True), float(False), str(True).lower())
print(round(2.5), round(3.5), round(1.25, 1), round(-0.5))
print(list(map(int, "1 2 3".split())), [float(v) for v in ("1", "2.5")])
