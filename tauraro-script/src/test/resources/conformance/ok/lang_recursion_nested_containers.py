# Containers nested deeper than the recursion limit: repr, ==, and json give CPython's RecursionError
# (at the same depth for repr and ==) instead of walking a million levels
import json


def first_fail(f):
    for n in range(900, 1010):
        try:
            f(n)
        except RecursionError as e:
            return n, str(e)


def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def nest_dict(n):
    x = {}
    for _ in range(n):
        x = {"a": x}
    return x


def nest_tuple(n):
    x = ()
    for _ in range(n):
        x = (x,)
    return x


print(first_fail(lambda n: repr(nest(n))))
print(first_fail(lambda n: repr(nest_dict(n))))
print(first_fail(lambda n: repr(nest_tuple(n))))
print(first_fail(lambda n: nest(n) == nest(n)))
print(first_fail(lambda n: nest_dict(n) == nest_dict(n)))
print(first_fail(lambda n: json.JSONDecoder().decode("[" * n + "]" * n)))

deep, other = nest(200_000), nest(200_000)
for label, f in [("repr", lambda: repr(deep)), ("==", lambda: deep == other),
                 ("loads", lambda: json.loads("[" * 200_000 + "]" * 200_000)),
                 ("loads object", lambda: json.loads('{"a":' * 200_000 + "1" + "}" * 200_000)),
                 ("dumps", lambda: json.dumps(deep))]:
    try:
        f()
        print(label, "no error")
    except RecursionError as e:
        print(label, "RecursionError:", e)
print(deep is deep, nest(3) == nest(3), repr(nest(3)), json.loads("[[[]]]"))
same = nest(5000)
print(same == same, [same] == [same])  # identity first: no descent
