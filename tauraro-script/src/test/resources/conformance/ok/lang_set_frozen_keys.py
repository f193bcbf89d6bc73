s = {frozenset({1}), frozenset(), 3}
print({1} in s, set() in s, {2} in s, {1} not in s)
class S(set): pass
print(S({1}) in s)
s.remove({1}); print(sorted(map(repr, s)))
s.discard(set()); print(sorted(map(repr, s)))
try: s.remove({9})
except KeyError as e: print('KeyError', e)
for bad in ([1], {1: 2}):
    try: bad in s
    except TypeError as e: print('TypeError', e)
try: s.add({1})
except TypeError as e: print('TypeError', e)
try: {1} in {frozenset({1}): 1}
except TypeError as e: print('TypeError', e)
fs = frozenset({frozenset({2})})
print({2} in fs, {3} in fs, set.__contains__({frozenset()}, set()))
class H(set):
    __hash__ = lambda self: 7
print(H({1}) in {frozenset({1})})
