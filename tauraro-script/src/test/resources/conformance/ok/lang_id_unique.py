# id(): unique among objects alive together, fixed for an object's life, the address reprs show.
import copy

objs = [object() for _ in range(200000)]
ids = [id(o) for o in objs]
print("unique among 200000 live objects:", len(set(ids)) == len(ids))
print("stable:", ids[:100] == [id(o) for o in objs[:100]])
print("int:", all(type(i) is int and i > 0 for i in ids[:10]))

class A:
    pass

a = A()
def f():
    pass
print("in repr:", hex(id(a)) in repr(a), hex(id(f)) in repr(f), hex(id(objs[0])) in repr(objs[0]))
x = 1000
y = x
print("same object, same id:", id(x) == id(y), id(a) == id(a))

# deepcopy's memo is keyed by id(): many distinct lists, some shared, copied faithfully
inner = [[i] for i in range(150000)]
shared = inner[7]
data = inner + [shared, shared]
dup = copy.deepcopy(data)
print("copied:", dup == data, dup is not data)
print("distinct copies:", len({id(v) for v in dup[:150000]}) == 150000)
print("no copy is an original:", not any(c is o for c, o in zip(dup, data)))
print("sharing kept:", dup[150000] is dup[150001] is dup[7])
