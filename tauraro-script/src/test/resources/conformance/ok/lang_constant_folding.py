# Operations on constants folded at compile time as CPython's AST optimizer does, within its size limits;
# operations that raise are left to run time, and a tuple of constants is one object.
def f():
    return (1, 2, 3)
print(f() is f(), f())
print(-1, +2, ~3, not 0, not "", -(-5), 2 ** 10, 2 ** 200, 1 << 20, 1 << 200, 7 // 2, 7 % 3, -7 // 2, 7 / 2)
print("-" * 10, b"ab" * 3, (1, 2) * 2, ("a",) + ("b",), "a" + "b", 3 * "x", (1,) * 0, "x" * -1)
print(2 ** -1, (-2) ** 3, 0 ** 0, 1.5 * 2, 10 ** 0.5, 2 ** 127 * 2, True + True, ~True, -True)
print("%s-%d" % ("a", 3), b"%d" % 5, 5 % 3.0)
def g():
    try:
        return 1 / 0
    except ZeroDivisionError as e:
        return repr(e)
print(g())
try:
    print(-"a")
except TypeError as e:
    print(e)
try:
    print("a" * "b")
except TypeError as e:
    print(e)
print(((1, 2), (3, (4, 5))), (), type((1,)), (1, -2.5, "s", None, True, ..., b"x", 1j))
x = "ab" * 3000
print(len(x), len("a" * 5000), len((0,) * 300), len((1, 2) * 600))
print(1 @ 2 if False else "no matmul")
print([i for i in (1, 2, 3)], 3 in (1, 2, 3), {(1, 2): 3}[(1, 2)])
print(2 ** 64, -2 ** 63, (-2) ** 63, 1 << 64, 255 & 15 | 256 ^ 1, 1 >> 1)
x = 2 ** True
print(x, 1 << True, "ab" * True, "ab" * False, (1,) * True, True * "c", 3 ** False)
