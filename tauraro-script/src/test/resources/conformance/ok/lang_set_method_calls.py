# Method calls on sets and frozensets: at one call site meeting sets, frozensets, set subclasses and
# lists, and with wrong arguments (CPython's TypeErrors, not an internal error).


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def call_add(s, x):
    return s.add(x)


def call_remove(s, x):
    return s.remove(x)


def trace(v):
    print("argument", v)
    return v


class Counting(set):
    def add(self, x):
        print("Counting.add", x)
        super().add(x)


class Plain(set):
    pass


s = set()
for i in range(5):
    call_add(s, i % 3)
print(sorted(s))
show(lambda: call_add(s, [1]))
show(lambda: call_remove(s, 7))
print(call_remove(s, 1), sorted(s))

# the same site meets a frozenset: no add, and the argument is not evaluated first
show(lambda: frozenset({1}).add(trace(2)))
for obj in [set(), frozenset(), set()]:
    show(lambda: obj.add(trace(3)))
    print(type(obj).__name__, sorted(obj))

# a subclass's override, and a subclass that keeps set's add
for obj in [Counting(), Plain(), set()]:
    call_add(obj, 5)
    print(type(obj).__name__, sorted(obj))

# a list reaching the site of a set's remove
lst = [4, 5, 4]
call_remove(lst, 4)
print(lst)
show(lambda: call_remove(lst, 9))

# wrong argument counts and keywords, as set's methods report them
t = {1, 2}
show(lambda: t.add())
show(lambda: t.add(1, 2))
show(lambda: t.add(x=1))
show(lambda: t.discard())
show(lambda: t.pop(1))
show(lambda: t.nosuch(trace(1)))
show(lambda: t.update([7], (8,)))
print(sorted(t))
print(t.pop() in {1, 2, 7, 8}, len(t))
seen = set()
for w in "abracadabra":
    if w not in seen:
        seen.add(w)
print(sorted(seen))

# every method of set and frozenset, with wrong arguments
for obj in [{1}, frozenset({1})]:
    for name in ["add", "remove", "discard", "pop", "union", "update", "intersection", "difference",
                 "symmetric_difference", "issubset", "issuperset", "copy", "clear", "isdisjoint",
                 "intersection_update", "difference_update", "symmetric_difference_update"]:
        m = getattr(obj, name, None)
        if m is None:
            continue
        for args in [(), (1, 2)]:
            show(lambda: m(*args))
        show(lambda: m(x=1))
    print(sorted(obj))
