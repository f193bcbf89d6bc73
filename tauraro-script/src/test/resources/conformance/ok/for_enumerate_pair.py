# `for i, x in enumerate(...)` into two local names stores the count and the item without the pair
# tuple; everything observable must stay as CPython's.


def pairs(it, start=None):
    out = []
    e = enumerate(it) if start is None else enumerate(it, start)
    for i, x in e:
        out.append((i, x))
    return out, i, x


print(pairs("abc"), pairs([10, 20], 5), pairs(range(3), -2), pairs(iter([]), 0) if False else None)
print(pairs((c for c in "xy"), 2 ** 70))


def shared_stream():
    e = enumerate("abcdef")
    seen = []
    for i, x in e:
        seen.append((i, x))
        if x == "b":
            seen.append(("next", next(e)))    # the same object: one stream of counts
    return seen


def control():
    out = []
    for i, x in enumerate("abcdefg"):
        if i == 1:
            continue
        if x == "e":
            break
        out.append(x)
    else:
        out.append("no break")
    for i, x in enumerate("ab"):
        pass
    else:
        out.append(("else", i, x))
    return out


def partly_used():
    e = enumerate("wxyz", 1)
    next(e)
    return [(i, x) for i, x in e], [t for t in enumerate("ab")], list(enumerate("ab", start=3))


def failing_source():
    def gen():
        yield "a"
        raise ValueError("source failed")
    i = x = None
    try:
        for i, x in enumerate(gen()):
            pass
    except ValueError as err:
        return str(err), i, x


def other_targets():
    out = []
    for i, (a, b) in enumerate(["pq", "rs"]):
        out.append((i, a, b))
    try:
        for i, x, y in enumerate("ab"):
            pass
    except ValueError as err:
        out.append(str(err))
    return out


print(shared_stream(), control(), partly_used(), failing_source(), other_targets())


def loop_over(e):
    out = []
    for i, x in e:
        out.append((i, x))
    return out


def rebound_local(seq):
    enumerate = lambda s: [("local", v) for v in s]
    out = []
    for i, x in enumerate(seq):
        out.append((i, x))
    return out


print(rebound_local("ab"))
for i, x in enumerate("ab"):   # module level: global names
    pass
print(i, x)
real = enumerate


def enumerate(seq):
    return [("module global", v) for v in seq]


print(loop_over(enumerate("ab")), pairs("ab"))
del enumerate
print(pairs("ab"), loop_over(real("z")))
