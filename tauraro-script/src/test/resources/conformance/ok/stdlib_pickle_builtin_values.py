import pickle, copy
vals = [slice(1, 2), slice(None, 5, -1), 3+4j, bytearray(b'ab'), {1, 2}, frozenset({3}), Ellipsis, NotImplemented,
        int, len, max, type(None), None, True, 2**100, -1.5, (1, [2]), {'a': (1,)}, b'x', 'é', range(3)]
for v in vals:
    for proto in (3, 4, 5):
        try:
            w = pickle.loads(pickle.dumps(v, proto))
            ok = w == v or w is v
        except Exception as e:
            ok = type(e).__name__ + ': ' + str(e)
        if ok is not True:
            print(repr(v), proto, ok)
    print(repr(copy.copy(v)), repr(copy.deepcopy(v)))
print(slice(1, 2).__reduce__())
for v in (3+4j, slice(1, 2), Ellipsis, NotImplemented, type(None), type(Ellipsis)):
    print(pickle.dumps(v, 3))
