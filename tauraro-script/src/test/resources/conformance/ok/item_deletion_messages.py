# del o[key] on a value without item deletion: CPython says doesn't for an integer key on a sequence-like type, does not otherwise
class A:
    pass
class I:
    def __index__(self):
        return 0
import math
def g():
    yield 1
for label, o in [("str", "ab"), ("bytes", b"ab"), ("tuple", (1,)), ("range", range(3)), ("set", {1}), ("frozenset", frozenset()),
                 ("keys", {}.keys()), ("int", 1), ("float", 1.0), ("None", None), ("bool", True), ("A", A()), ("gen", g()),
                 ("func", len), ("type", A), ("complex", 1j), ("module", math), ("items", {}.items())]:
    for key in [0, True, I(), "k", slice(0, 1), 1.5]:
        try:
            del o[key]
        except TypeError as e:
            print(label, type(key).__name__, e)
