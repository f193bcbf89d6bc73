# id(): one number per live object, the same on every call; small ints (-5..256) are one object per
# value, as CPython's cache makes them, so "is" and id() agree on them
x = 200
y = 199 + int("1")
print(x is y, id(x) == id(y))
print(id(-5) == id(int("-5")), id(256) == id(int("256")), id(0) == id(int("0")))
big = 10 ** 20
print(id(big) == id(big))

d = {}
print(id(d) == id(d), id(d) != id({}), id(d) != id([]))
dicts = [{} for _ in range(1000)]
print(len(set(map(id, dicts))))
others = [[], (), object(), "s", 1.5, None, True, False, d] + dicts
print(len({id(i) for i in range(-5, 257)} | set(map(id, others))) == 262 + len(others))
print(hex(id(d)) == "0x%x" % id(d), id(d) > 0)


class C:
    pass


c = C()
print(hex(id(c)) in repr(c), id(c) == id(c), id(c.__dict__) == id(vars(c)))
print(id(None) == id(None), id(True) == id(1 == 1))

# a deepcopy memo keyed by id(): shared dicts stay shared in the copy
import copy
inner = {"k": [1, 2]}
outer = {"a": inner, "b": inner, "c": [inner, inner]}
twin = copy.deepcopy(outer)
print(twin["a"] is twin["b"], twin["c"][0] is twin["a"], twin["a"] is not inner, twin == outer)
memo = {}
copy.deepcopy(outer, memo)
print(id(memo) in memo, memo[id(inner)] is not inner)
