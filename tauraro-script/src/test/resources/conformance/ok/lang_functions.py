# Functions: defaults, *args, **kwargs, keyword-only, positional-only, return values.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))


def total(*nums, start=0):
    return start + sum(nums)


print(total(), total(1, 2, 3), total(1, start=10))


def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())


print(describe(a=1, b="two"))


def kwonly(a, *, b, c=3):
    return a + b + c


print(kwonly(1, b=2), kwonly(1, c=10, b=2))


def posonly(a, b, /, c):
    return a * 100 + b * 10 + c


print(posonly(1, 2, 3), posonly(1, 2, c=3))


def everything(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=8, e=9))


def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1), append_to(2))


def no_return():
    pass


print(no_return())


def multi():
    return 1, "two"


print(multi(), multi()[1])


def recurse(n):
    return 1 if n <= 1 else n * recurse(n - 1)


print(recurse(10), greet.__name__, callable(greet))
for bad in [lambda: kwonly(1, 2), lambda: greet(), lambda: posonly(a=1, b=2, c=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
