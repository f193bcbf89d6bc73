# str.join over a list or tuple (joined from a copy sized in one pass) and over other iterables:
# empty, one item (an exact str or a str subclass), str subclasses, non-str items naming their
# index, astral characters, a separator longer than the items, and a list changed afterwards.


class S(str):
    pass


print(repr(", ".join([])), repr(", ".join(())))
print(repr(", ".join(["a"])), repr("-".join(("only",))))
one = S("sub")
r = "".join([one])
print(repr(r), type(r).__name__)
print(repr("|".join([S("x"), "y", S("z")])), type("|".join([S("x")])).__name__)
print(", ".join(["'string'", "(1, 2)", "[3, 4]", "{5: 6, 7: 8}"]))
print("<sep>".join(("a", "b", "")))
print("\U0001F600".join(["x\U0001F601", "y"]), len("\U0001F600".join(["x\U0001F601", "y"])))
for bad in (["a", 1], ("a", "b", None), ["a", b"b"], [S("a"), 2.5]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError", e)
items = ["p", "q"]
joined = "+".join(items)
items.append("r")
print(joined, "+".join(items))
print("".join(x for x in "gen"), ",".join({"k": 1}), ",".join(iter(("i", "j"))))
print(repr(" ".join(["a" * 3] * 5)))
