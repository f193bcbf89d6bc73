# Set iteration order follows CPython's table for deterministic hashes (ints, floats, bools, tuples).
print({3, 1, 2})
print({100, 5, 33})
print({-1, -2})
print({0, 8, 16, 24, 1, 9})
print(set(range(20)))
print({1.5, 2.5, 0.5, 3.25, -7.125})
print({(1, 2), (3, 4), (0,), ()})
print({True, None is None, 2, 0.0})

s = {0, 8}
s.discard(0)
s.add(16)
print(s)

s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
s.add(100)
s.add(3)
print(s)
print(s.pop(), s.pop(), s)

s = set()
for i in range(40):
    s.add(i * 37 % 101)
    if i % 4 == 0:
        s.discard(i)
print(s)

a = {1, 2, 3, 4, 5, 64, 128}
b = {9, 17, 33, 5, 128}
print(a | b)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union([200, 1], (300,)))
print(a.intersection([128, 1, 999]))
print(a.difference({1}, [2]))
print(a.symmetric_difference([7, 64]))
print(set(range(50)) - {1, 2})

c = {1, 2, 3}
c |= {33, 65}
print(c)
c &= {65, 1, 2, 77}
print(c)
c -= {1}
print(c)
c ^= {7, 65}
print(c)

print({x * 7 for x in range(20)})
print({x % 5 - 2 for x in range(30)})
print(frozenset({5, 40, 3}), frozenset(), set())
print({frozenset({1, 2}), frozenset({3})} == {frozenset({2, 1}), frozenset({3})})
print(hash(frozenset({1, 2})), hash((1, 2)), hash(1.5), hash(-1), hash(2 ** 61), hash(-2.25))
print(sorted({"b", "a", "c"}))
