# yield from: delegation, return values, send/throw pass-through, recursion.
def inner():
    x = yield "inner-1"
    print("inner received", x)
    yield "inner-2"
    return "inner-result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-end"


g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g, "exhausted"))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], range(3), (x * x for x in range(3)))))


def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("inner caught", repr(e))
            yield "recovered"


def delegator():
    yield from catcher()


d = delegator()
print(next(d))
print(d.throw(KeyError("k")))
print(next(d))


def tree(n):
    if n == 0:
        return 0
    left = yield from tree(n - 1)
    yield n
    return left + n


gen = tree(3)
out = []
try:
    while True:
        out.append(next(gen))
except StopIteration as stop:
    print(out, "returned", stop.value)
