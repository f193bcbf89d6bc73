# Set operations on keys and items views: any iterable on the other side, always a set.
a = {1: "x", 2: "y", 3: "z"}
b = {2: "y", 3: "q", 4: "w"}
ka, kb = a.keys(), b.keys()
print(ka & kb, ka | kb, ka - kb, ka ^ kb)
print(ka & {3, 9}, {3, 9} & ka, ka | [7], [7] | ka, ka - [1], [1, 5] - ka, ka ^ (3, 8), (3, 8) ^ ka)
print(type(ka & kb).__name__, type(ka - []).__name__, type(frozenset({1}) & ka).__name__)
print(ka & range(2, 10), ka | range(3), ka - range(2), ka ^ range(1, 3))
print(sorted(a.items() & b.items()), sorted(a.items() | b.items()), sorted(a.items() - b.items()))
print(sorted(a.items() ^ b.items()), sorted(a.items() ^ {(1, "x")}), sorted({(9, 9)} ^ a.items()))
print(sorted(a.items() & [(1, "x"), (2, "n")]), sorted(a.items() - {(1, "x")}))
c = {1: 2, 2: 3, 5: 1}
print(c.values() & c.keys(), c.keys() - c.values(), c.values() | c.keys(), c.values() ^ c.keys())
print(ka < {1, 2, 3, 4}, ka <= {1, 2, 3}, ka > {1}, ka >= {1, 2, 3}, ka < {1, 2, 3}, ka > {1, 9})
print({1, 2} < ka, {1, 2, 3, 4} > ka, {1, 2, 3} <= ka, frozenset({1}) < ka, ka < kb, ka <= a.keys())
print(a.items() > {(1, "x")}, a.items() < {(1, "x")}, {(1, "x")} < a.items(), a.items() >= a.items())
print(ka == {1, 2, 3}, ka == frozenset({1, 2, 3}), ka != {1, 2}, ka == a.keys(), ka == kb, {1, 2, 3} != ka)
for bad in ([1], "s", 5):
    try:
        print(ka < bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ka & 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 | ka
except TypeError as e:
    print("TypeError:", e)
try:
    a.values() & {1}
except TypeError as e:
    print("TypeError:", e)
try:
    a.values() - a.values()
except TypeError as e:
    print("TypeError:", e)
try:
    ka + kb
except TypeError as e:
    print("TypeError:", e)
try:
    a.values() < a.values()
except TypeError as e:
    print("TypeError:", e)
x = ka
x |= {10}
print(x, type(x).__name__, ka)
x = a.keys()
x -= {1}
print(x, a)
s = {1, 2}
s &= ka
print(s)
s = {5, 1}
s |= ka
print(s)
print(set(ka).union(kb), set().union(a.keys(), b.keys()), {1, 2, 3, 4}.issuperset(ka), {1}.issubset(ka))
print({1, 9}.intersection(ka), {1, 9}.difference(ka), {1, 9}.symmetric_difference(ka))
print(ka.isdisjoint(kb), ka.isdisjoint({7, 8}), ka.isdisjoint(range(4, 100)), a.items().isdisjoint(b.items()))
big = dict.fromkeys(range(100))
small = {5: None, 500: None}
print(big.keys() & small.keys(), small.keys() & big.keys(), big.keys() - range(3, 100), small.keys() ^ {5})
strs = {"apple": 1, "pear": 2}
print(sorted(strs.keys() | {"fig"}), sorted(strs.keys() & ["pear", "kiwi"]), sorted(strs.keys() - {"pear"}))
try:
    {1: [1]}.items() & {1: [1]}.items()
except TypeError as e:
    print("TypeError:", e)
print({1: [1]}.items() == {1: [1]}.items(), {1: [1]}.items() <= {1: [1], 2: 3}.items())
