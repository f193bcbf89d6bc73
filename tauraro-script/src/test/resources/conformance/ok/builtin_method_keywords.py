# Built-in methods refuse keywords with CPython's names: a direct call names the type (set.union()),
# a bound method object a method taking any number of arguments bare (union()), a slot wrapper 'wrapper'.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError", e)
s = {1}
f = frozenset(s)
attempt("a", lambda: set().union(x=1))
attempt("b", lambda: s.union(x=1))
m = s.union
attempt("c", lambda: m(x=1))
attempt("d", lambda: s.intersection([1], x=1))
attempt("e", lambda: s.difference(x=1))
attempt("f", lambda: s.update(x=1))
attempt("g", lambda: s.intersection_update(x=1))
attempt("h", lambda: s.difference_update(x=1))
attempt("i", lambda: f.union(x=1))
attempt("j", lambda: f.intersection(x=1))
attempt("k", lambda: f.difference(x=1))
attempt("l", lambda: frozenset.union(f, x=1))
attempt("m", lambda: set.update(s, x=1))
attempt("n", lambda: s.__contains__(x=1))
attempt("o", lambda: (1,).index(1, start=0))
attempt("p", lambda: (1,).count(x=1))
attempt("q", lambda: dict.fromkeys([1], value=2))
attempt("r", lambda: {}.__contains__(key=1))
attempt("s", lambda: s.add(x=1))

s = {1, 2}
f = frozenset({1, 2})
for name in ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset",
             "isdisjoint", "update", "intersection_update", "difference_update", "symmetric_difference_update",
             "add", "remove", "discard", "pop", "clear", "copy", "__contains__", "__len__", "__or__"]:
    attempt("set." + name, lambda: getattr(set(s), name)(x=1))
for name in ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset",
             "isdisjoint", "copy", "__contains__"]:
    attempt("frozenset." + name, lambda: getattr(f, name)(x=1))
attempt("set.union unbound", lambda: set.union(s, x=1))
attempt("set.union unbound args", lambda: set.union(s, [3], x=1))
attempt("set()", lambda: set(x=1))
attempt("set iterable=", lambda: set(iterable=[1]))
attempt("frozenset()", lambda: frozenset(x=1))
attempt("frozenset iterable=", lambda: frozenset(iterable=[1]))
d = {}
attempt("dict.update kw", lambda: (d.update(a=1), d))
attempt("dict.update two", lambda: d.update({}, {}))
attempt("dict.get kw", lambda: d.get(key=1))
attempt("dict.get kw default", lambda: d.get(1, default=2))
attempt("dict.pop kw", lambda: d.pop(key=1))
attempt("dict.pop kw default", lambda: d.pop(1, default=2))
attempt("dict.setdefault kw", lambda: d.setdefault(1, default=2))
attempt("dict.keys kw", lambda: d.keys(x=1))
attempt("dict.items kw", lambda: d.items(x=1))
attempt("dict.values kw", lambda: d.values(x=1))
attempt("dict.copy kw", lambda: d.copy(x=1))
attempt("dict.clear kw", lambda: d.clear(x=1))
attempt("dict.popitem kw", lambda: d.popitem(x=1))
attempt("dict.fromkeys kw", lambda: dict.fromkeys(iterable=[1]))
attempt("dict.fromkeys value kw", lambda: dict.fromkeys([1], value=2))
attempt("dict.__contains__ kw", lambda: d.__contains__(key=1))
attempt("dict.__getitem__ kw", lambda: d.__getitem__(key=1))
attempt("dict(kw)", lambda: dict([(1, 2)], a=3))
attempt("list.append kw", lambda: [].append(x=1))
attempt("list.extend kw", lambda: [].extend(x=1))
attempt("list.insert kw", lambda: [].insert(0, x=1))
attempt("list.index kw", lambda: [1].index(1, start=0))
attempt("list.count kw", lambda: [1].count(x=1))
attempt("list.pop kw", lambda: [1].pop(index=0))
attempt("list.remove kw", lambda: [1].remove(x=1))
attempt("list.sort pos", lambda: [1].sort(None))
attempt("list.copy kw", lambda: [1].copy(x=1))
attempt("list.reverse kw", lambda: [1].reverse(x=1))
attempt("tuple.index kw", lambda: (1,).index(1, start=0))
attempt("tuple.count kw", lambda: (1,).count(x=1))
attempt("set.update none", lambda: set().update())
attempt("set.union none", lambda: set().union())
attempt("set.issubset none", lambda: set().issubset())
attempt("set.add none", lambda: set().add())
attempt("set.add two", lambda: set().add(1, 2))
attempt("set.isdisjoint two", lambda: set().isdisjoint(1, 2))
attempt("frozenset.issubset two", lambda: f.issubset([1], [2]))

# special methods: a method of the type names it, a slot wrapper says 'wrapper'; dict views too
for expr in [
        '[].__getitem__(x=1)',
        '[].__reversed__(x=1)',
        '{}.__reversed__(x=1)',
        '().__getitem__(x=1)',
        'set().__contains__(x=1)',
        '[].__contains__(x=1)',
        '{}.__contains__(x=1)',
        '{}.__getitem__(x=1)',
        'range(1).__reversed__(x=1)',
        '[].__iadd__(x=1)',
        '(1).__round__(x=1)',
        '(1.0).__round__(x=1)',
        '[].__init__(x=1)',
        'set().__init__(x=1)',
        'frozenset().__contains__(x=1)',
        '(1).__getnewargs__(x=1)',
        '(1).__trunc__(x=1)',
        '(1.0).__trunc__(x=1)',
        '(1).__floor__(x=1)',
        '(1.5).__ceil__(x=1)',
        'set().__iand__(x=1)',
        '{}.__or__(x=1)',
        '(1).__format__(x=1)',
        "''.__format__(x=1)",
        '(1.0).__format__(x=1)',
        '[].__format__(x=1)',
        'True.__round__(x=1)',
        'True.__getnewargs__(x=1)',
        "''.__getnewargs__(x=1)",
        '(1.0).__getnewargs__(x=1)',
        '().__getnewargs__(x=1)',
        "b''.__getnewargs__(x=1)",
        'set().__len__(x=1)',
        '[].__repr__(x=1)',
        "__import__('collections').OrderedDict().__getitem__(x=1)",
        "__import__('collections').defaultdict().__contains__(x=1)",
        "__import__('collections').Counter().__getitem__(x=1)",
        "type('L', (list,), {})().__getitem__(x=1)",
        '{}.keys().__reversed__(x=1)',
        '{}.keys().__reversed__(x=1)',
        '{}.keys().__reversed__(1)',
        '{}.values().__reversed__(x=1)',
        '{}.items().__reversed__(1)',
        '{}.keys().isdisjoint(x=1)',
        '{}.keys().__len__(x=1)',
        '{}.keys().__contains__(x=1)',
        '{}.items().__iter__(x=1)',
        '{}.keys().__len__(1)',
        '{}.keys().__contains__()',
        '{}.keys().__contains__(1,2)',
        '{}.keys().isdisjoint()',
        '{}.items().isdisjoint(1, 2)',
        '{}.keys().__iter__(1)',
        'list({1: 2}.items().__reversed__())',
        '{1: 2}.keys().__contains__(1)',
        '{1: 2}.keys().__len__()',
]:
    attempt(expr, lambda: eval(expr))
