# Generators: yield, send, return value, close, infinite generators, state.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(count_up(4)), sum(count_up(5)))


def echo():
    received = None
    while True:
        received = yield f"got {received}"
        if received == "stop":
            return


e = echo()
print(next(e))
print(e.send("a"))
print(e.send("b"))
try:
    e.send("stop")
except StopIteration:
    print("stopped")


def naturals():
    n = 1
    while True:
        yield n
        n += 1


evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])


def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


w = with_cleanup()
print(next(w))
w.close()
print("closed")


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])


def gen_raises():
    yield 1
    raise ValueError("from generator")


try:
    for v in gen_raises():
        print("v", v)
except ValueError as ex:
    print("caught", ex)
print(type(count_up(1)).__name__, iter(g) is g)
