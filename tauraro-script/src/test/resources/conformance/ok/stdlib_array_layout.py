# an array has no instance dict (no attributes of its own) while a subclass's instances have one;
# pickling and copying keep the typecode, the items and a subclass's attributes; item access
# through subclasses (with their own attributes or __slots__) and after __class__ changes
import copy
import pickle
import weakref
from array import array


def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__)


a = array('d', [1.0, 2.5])
attempt(lambda: a.__dict__)
attempt(lambda: vars(a))
attempt(lambda: setattr(a, 'tag', 1))
print(hasattr(a, 'tag'), weakref.ref(a)() is a)
print(a.__reduce_ex__(2), a.__reduce_ex__(1))
for proto in range(3, pickle.HIGHEST_PROTOCOL + 1):
    b = pickle.loads(pickle.dumps(a, proto))
    print(proto, type(b).__name__, b, b == a, b is a)
print(copy.copy(a), copy.deepcopy(a), copy.copy(a) is a)


class Tagged(array):
    pass


t = Tagged('i', [1, 2, 3])
t.tag = 'x'
print(t.__dict__, t[0], t[-1], t[1:])
t[1] = 20
t[-1] += 5
print(t, t.__reduce_ex__(2))
for proto in range(3, pickle.HIGHEST_PROTOCOL + 1):
    u = pickle.loads(pickle.dumps(t, proto))
    print(proto, type(u).__name__, u, u.tag, u.__dict__)
empty = Tagged('b')
print(empty.__reduce_ex__(2), pickle.loads(pickle.dumps(empty)))


class Slotted(array):
    __slots__ = ('extra',)


s = Slotted('d', [0.5])
s.extra = 3
s[0] = 2
print(s, s[0], s.extra, hasattr(s, '__dict__'))
attempt(lambda: setattr(s, 'other', 1))


class Other(array):
    pass


o = Other('q', [7])
o.__class__ = Tagged
o[0] = 8
print(type(o).__name__, o, o[0])
attempt(lambda: setattr(t, '__class__', Slotted))
