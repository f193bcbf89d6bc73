import pickle, copy
print(range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(5, 6, 3) == range(5, 7, 9))
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 3, 2)) == hash(range(0, 4, 2)))
print({range(0,3,2): 1}[range(0,4,2)], hash(range(1, 10, 3)) == hash((3, 1, 3)), hash(range(5)) == hash((5, 0, 1)))
print(range(3) == [0, 1, 2], range(3) != range(0, 3), range(1, 2) == range(1, 5, 7))
r = range(1, 5, 2)
print(pickle.loads(pickle.dumps(r)), copy.copy(r), copy.deepcopy(r), r.__reduce__(), '__reduce__' in vars(range))
for proto in range(3, 6):
    print(proto, pickle.loads(pickle.dumps(range(2**70, -2**65, -3**30), proto)))
b = range(2**70)
print(b, b.start, b.stop, b.step, type(b.stop), bool(b), bool(range(2**70, 2**70)))
print(b[5], b[-1], b[2**65], b[-2**69], b[10:20], b[::-1], b[2**68::2**66], b[::3][:5])
print(2**69 in b, -1 in b, 2**70 in b, True in b, 3 in b, 3.0 in b)
print(b.index(2**69), b.count(2**69), b.count(-5), b.index(7))
try: len(b)
except OverflowError as e: print('OverflowError', e)
try: b[2**70]
except IndexError as e: print('IndexError', e)
it = iter(b); print(type(it).__name__, next(it), next(it), it.__length_hint__() == 2**70 - 2)
it = reversed(b); print(type(it).__name__, next(it), next(it))
print(type(iter(range(3))).__name__, list(range(10**20, 10**20 + 3)), list(reversed(range(-2**64, -2**64 + 6, 2))))
c = range(-2**63, 2**63 - 1)
print(c[2**63], c[-1], c[::2**62], c[1:3], len(c[::2]) if False else c[::2][-1])
try: len(c)
except OverflowError as e: print('OverflowError', e)
print(range(10**30, 0, -10**29), list(range(10**30, 0, -3 * 10**29)), range(3, 2**64, 2**63))
class I:
    def __index__(self): return 2**66
print(range(I()), range(0, I(), I())[1:], range(True, 5)[1])
for bad in [(), (1, 2, 3, 4), (1.5,), ('a', 3), (1, 2, 0), (1, 2, 2**80 - 2**80)]:
    try: range(*bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: range(stop=3)
except TypeError as e: print(e)
try: range(3)['a']
except TypeError as e: print(e)
print(slice(1, 2).indices(10), slice(None, None, -1).indices(2**70) == (2**70 - 1, -1, -1), slice(-2**80, 2**80, 3).indices(5))
print(range(3, 0)[::2**64], range(0, 10)[2**64:], range(0, 10)[-2**64:3])
for args in [(-1,), (), (1, 2), ('x',)]:
    try: slice(1, 2).indices(*args)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(slice(None, None, None).indices(True), slice(2**70, None, -2**70).indices(2**68 + 3))
