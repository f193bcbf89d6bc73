# Iterating a dict or its views while the dict changes: CPython's RuntimeErrors, and what stays allowed.
def attempt(label, fn):
    try:
        print(label, fn())
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


def grow_keys():
    d = {1: 1, 2: 2}
    seen = []
    for k in d.keys():
        seen.append(k)
        d[k + 10] = 0
    return seen


def shrink_items():
    d = {1: 1, 2: 2, 3: 3}
    for k, v in d.items():
        del d[k]
    return d


def shrink_values():
    d = {1: 1, 2: 2}
    for v in d.values():
        d.pop(2)
    return d


def same_size_swap():
    d = {"a": 1, "b": 2, "c": 3}
    seen = []
    for k in d:
        seen.append(k)
        if k == "a":
            del d["a"]
            d["z"] = 9
    return seen


def reassign_values():
    d = {"a": 1, "b": 2}
    for k in d:
        d[k] = d[k] * 10
    return d


def reversed_grow():
    d = {1: 1, 2: 2}
    out = []
    for k in reversed(d.keys()):
        out.append(k)
        d[5] = 5
    return out


def sticky():
    d = {1: 1}
    it = iter(d.items())
    d[2] = 2
    msgs = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            msgs.append(str(e))
    return msgs


def exhausted_stays_exhausted():
    d = {1: 1}
    it = iter(d.values())
    first = list(it)
    d[2] = 2
    return first, list(it)


def list_first():
    d = {1: 1, 2: 2}
    for k in list(d.keys()):
        del d[k]
    return d


def popitem_loop():
    d = dict.fromkeys(range(6))
    got = []
    while d:
        got.append(d.popitem()[0])
    d[9] = 9
    return got, d


def popitem_then_iterate():
    d = {1: "a", 2: "b", 3: "c"}
    d.popitem()
    d[4] = "d"
    d.popitem()
    d[5] = "e"
    return list(d.items()), list(reversed(d.items()))


def clear_during():
    d = {1: 1, 2: 2}
    for k in d.keys():
        d.clear()
    return d


for name, fn in list(globals().items()):
    if callable(fn) and name != "attempt":
        attempt(name, fn)

live = {"x": 1}
ks, vs, its = live.keys(), live.values(), live.items()
live.update(y=2, z=3)
live.pop("x")
live["y"] = 20
print(ks, vs, its, len(ks), "x" in ks, ("y", 20) in its)
live.clear()
print(ks, vs, its, len(its))
