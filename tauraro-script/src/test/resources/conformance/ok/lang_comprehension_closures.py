# Comprehensions and generator expressions that read the enclosing function's variables (their
# closure) or whose own variables are captured by functions made inside them (their cells).


def outer(base):
    scale = 10
    print([x * scale + base for x in range(3)])
    print({x: base for x in "ab"}, {base + x for x in range(2)})
    fs = [lambda: x for x in range(3)]
    print([f() for f in fs])
    gs = [(lambda y: x + y + base) for x in range(2)]
    print([g(100) for g in gs])
    print([[x * y for y in range(x)] for x in range(4)])
    print(list(sum(y for y in range(x) if y != base) for x in range(5)))
    adders = {k: (lambda v, k=k: v + k) for k in range(3)}
    print([adders[k](10) for k in adders])
    cells = [(lambda: (x, y)) for x in range(2) for y in "ab"]
    print([c() for c in cells])
    base = "rebound"
    late = (x + base for x in ["a-", "b-"])
    base = "late"
    print(list(late))


outer(1)


class Holder:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
    try:
        broken = [x * len(items) for x in items]
    except NameError as e:
        print("class scope", e)


print(Holder.doubled)


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n
    return [bump() + n for _ in range(3)], n


print(counter())
