# list and dict methods given a wrong number of arguments or keywords they do not take: CPython
# 3.11's TypeErrors; and the calls that work, through a call site, a bound method kept in a
# variable and the unbound method on the type.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


LIST_METHODS = ["append", "extend", "pop", "insert", "remove", "index", "count", "sort", "reverse", "copy", "clear"]
DICT_METHODS = ["get", "keys", "values", "items", "pop", "popitem", "setdefault", "update", "copy", "clear"]

for name in LIST_METHODS:
    for n in range(5):
        attempt("list.%s %d args" % (name, n), lambda: getattr([3, 1, 2], name)(*range(n)))
    attempt("list.%s keyword" % name, lambda: getattr([3, 1, 2], name)(x=1))
for name in DICT_METHODS:
    for n in range(4):
        attempt("dict.%s %d args" % (name, n), lambda: getattr({0: "a", 1: "b"}, name)(*range(n)))
    attempt("dict.%s keyword" % name, lambda: getattr({0: "a", 1: "b"}, name)(x=1))

l = [5, 3, 5, 1, 5]
attempt("index start", lambda: l.index(5, 1))
attempt("index start stop", lambda: l.index(5, 1, 3))
attempt("index negative", lambda: l.index(5, -2))
attempt("index missing in range", lambda: l.index(1, 0, 3))
attempt("index big bounds", lambda: l.index(1, -100, 100))
attempt("sort keywords", lambda: (l.sort(key=lambda v: -v, reverse=True), l)[1])
attempt("sort positional", lambda: l.sort(None))
attempt("sort bad keyword", lambda: l.sort(cmp=None))
append = l.append
for i in range(3):
    append(i)
print(l)
attempt("unbound", lambda: (list.append(l, 9), l)[1])
attempt("unbound wrong", lambda: list.append(l))
d = {}
groups = {}
for i in range(6):
    groups.setdefault(i % 3, []).append(i)
    d.update({i: i}, extra=i)
print(groups, d, d.get(9), d.get(9, "none"), d.pop(0), d.pop(9, "gone"))
attempt("update two", lambda: d.update({}, {}))
attempt("popitem", lambda: d.popitem())
site = [[], {}, [1], {1: 2}]
for obj in site:
    attempt("mixed site copy", lambda: obj.copy())
