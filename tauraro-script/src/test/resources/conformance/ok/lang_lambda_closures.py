# lambda and closures, including late binding and counters.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "nullary")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))


def make_multiplier(n):
    def mul(x):
        return x * n
    return mul


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), make_multiplier(10)(4))


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2())


def adders():
    result = []
    for i in range(3):
        result.append(lambda x: x + i)
    return result


print([f(10) for f in adders()])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()


print(outer())
compose = lambda f, g: lambda x: f(g(x))
print(compose(double, triple)(1), compose(str, square)(9) + "!")
fns = {"neg": lambda v: -v, "id": lambda v: v}
print(fns["neg"](3), fns["id"](3))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda *a, **k: (a, k))(1, 2, z=3))
