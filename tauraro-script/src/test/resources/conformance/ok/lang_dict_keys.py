# Keys equal in Python are one key; the first key object stays, the value is replaced.
print({1: 'a', True: 'b'})
print({True: 'a', 1: 'b', 1.0: 'c'})
print({1, 1.0, True})
print({1.0, 1, True})
print(1.0 in {1}, True in {1: 0}, 0 in {False}, 2.5 in {2})
d = {1: 'one'}
print(d[1.0], d[True], d.get(1.0))
d[1.0] = 'uno'
print(d)
d = {0: 'zero', 2: 'two'}
del d[0.0]
print(d, d.pop(2.0))
print({-0.0: 'negzero', 0: 'zero'})
print({(1, 2): 'int'}[(1.0, 2.0)])
print({2 ** 70: 'big'}[float(2 ** 70)])
t = {}
t[(1, 2)] = 1
t[(1.0, 2.0)] = 2
print(t)
print(len({1, 1.0, True, 2, 2.0}))
print({'a': 1} == {'a': 1.0}, {1: 'x'} == {1.0: 'x'}, {1, 2} == {1.0, 2.0})

class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and other.v == self.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return 'Key(%r)' % self.v

k1 = Key(1)
d = {k1: 'first'}
d[Key(1)] = 'second'
print(d, list(d)[0] is k1, len({Key(1), Key(1), Key(2)}))

class NoHash:
    def __eq__(self, other):
        return True

try:
    {NoHash(): 1}
except TypeError as e:
    print(e)
try:
    {NoHash()}
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {1, {2: 3}}
except TypeError as e:
    print(e)
try:
    hash(NoHash())
except TypeError as e:
    print(e)

class Plain:
    pass

p = Plain()
print({p: 1}[p], p in {p}, Plain() in {p})

nan = float('nan')
print(nan in {nan}, {nan: 1}[nan])

d = dict.fromkeys([3, 1, 2, 1.0, True])
print(d)
d = {}
for i in range(100):
    d[i] = i
for i in range(0, 100, 2):
    del d[i]
d[0] = 'back'
print(list(d)[:5], list(d)[-3:], len(d))
print(d.popitem(), len(d))
