from collections import Counter, defaultdict
c = Counter("abracadabra")
print(c, c["z"], "a" in c, len(c), sorted(c), c.get("b"), c.most_common(2))
del c["z"]; del c["a"]
print(c, list(c.keys()), list(c.values()), c.total())
c.update({"b": 3}); c.subtract("r")
print(c, c == Counter({"b": 5, "r": 1, "c": 1, "d": 1}), c + Counter("bb"), c - Counter("b"))
print(c.pop("d"), c.setdefault("q", 7), c)
c.clear(); print(c)
