# collections.UserList: the wrapped list in .data, every list method and operator, slices of the
# same class, sort, comparisons, copy, the errors and subclassing
import copy
import pickle
from collections import UserList
from collections.abc import MutableSequence, Sequence


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, repr(e.args), str(e))


# construction: a list is copied, other iterables listed
src = [3, 1, 2]
u = UserList(src)
print(UserList(), u, UserList("abc"), UserList(range(3)), UserList(UserList([1])), UserList((1, 2)))
print(u.data == src, u.data is src, UserList(u).data is u.data, type(UserList("ab").data).__name__)
show("init int", lambda: UserList(3))
show("init two", lambda: UserList([], []))

# indexing and slices
u = UserList([0, 1, 2, 3, 4, 5])
print(u[0], u[-1], u[1:3], u[::2], u[::-1], type(u[1:3]).__name__, u[10:])
show("index out", lambda: u[10])
show("index str", lambda: u["a"])
u[0] = 10
u[1:3] = [11, 12, 13]
print(u)
del u[0]
del u[::2]
print(u)
show("setitem out", lambda: u.__setitem__(20, 0))
show("delitem out", lambda: u.__delitem__(20))
show("bad slice assignment", lambda: u.__setitem__(slice(0, 4, 2), [1, 2, 3]))

# list methods
u = UserList([3, 1, 2])
u.append(4)
u.insert(0, 0)
u.extend([5, 6])
u.extend(UserList([7]))
u.extend(iter([8]))
print(u, u.pop(), u.pop(0), u, u.count(3), u.index(3), u.index(5, 2), u.index(5, 2, 6))
u.remove(3)
print(u)
u.reverse()
print(u)
u.sort()
print(u)
u.sort(reverse=True)
print(u)
u.sort(key=lambda x: x % 3)
print(u)
show("index missing", lambda: u.index(99))
show("remove missing", lambda: u.remove(99))
show("pop empty", lambda: UserList().pop())
show("pop out", lambda: UserList([1]).pop(5))
show("sort mixed", lambda: UserList([1, "a"]).sort())
show("sort positional", lambda: UserList([1]).sort(None))
show("extend int", lambda: UserList().extend(3))
c = u.copy()
c.append("new")
print(u, c, type(c).__name__, c.data is u.data)
u.clear()
print(u, len(u), bool(u), bool(c))

# operators
a = UserList([1, 2])
b = UserList([3])
print(a + b, a + [9], a + (7, 8), [0] + a, (5,) + a, "xy" + a, a * 2, 2 * a, a * 0, a * -1)
print(type(a + b).__name__, type([0] + a).__name__, type(a * 2).__name__)
show("add int", lambda: a + 3)
show("radd int", lambda: 3 + a)
show("mul str", lambda: a * "x")
show("mul float", lambda: a * 1.5)
d = UserList([1])
keep = d
d += [2]
d += UserList([3])
d += (4,)
d += "ab"
d *= 2
print(d, d is keep)
show("iadd int", lambda: d.__iadd__(3))
print(2 in a, 5 in a, len(a), list(a), list(reversed(a)), sorted(UserList([3, 1, 2])), min(a), max(a), sum(a))

# comparisons with lists and UserLists (the lists' rules)
print(a == [1, 2], [1, 2] == a, a == UserList([1, 2]), a != [1], a == (1, 2), a == 3)
print(a < [1, 3], a <= UserList([1, 2]), a > [1], a >= [2], [1, 3] > a, UserList([]) < a)
show("lt int", lambda: a < 3)
show("lt str", lambda: a < "x")
show("hash", lambda: hash(a))

# repr, copy, pickle
nested = UserList([1, [2, 3]])
nested.append(nested)
print(nested, repr(UserList(["a", None])))
orig = UserList([[1], 2])
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
sh.append(3)
print(orig, sh, sh.data is orig.data, sh[0] is orig[0], dp[0] is orig[0])
print(pickle.loads(pickle.dumps(orig)), type(pickle.loads(pickle.dumps(orig))).__name__)


# subclassing: slices, +, *, copy keep the class; a subclass's __getitem__ serves iteration
class Stack(UserList):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), type(s[:1]).__name__, type(s + [4]).__name__, type([0] + s).__name__,
      type(s * 2).__name__, type(s.copy()).__name__, type(copy.copy(s)).__name__)


class Doubling(UserList):
    def __getitem__(self, i):
        value = super().__getitem__(i)
        return value * 2 if isinstance(i, int) else value


dbl = Doubling([1, 2, 3])
print(list(dbl), list(reversed(dbl)), dbl[0], dbl[0:2], 2 in dbl, [x for x in dbl])


class Tagged(UserList):
    def __init__(self, initlist=None, tag="t"):
        super().__init__(initlist)
        self.tag = tag


t = Tagged([1], tag="x")
tc = copy.copy(t)
print(tc, tc.tag, tc.data is t.data, sorted(vars(tc)))
show("tagged copy()", lambda: (t.copy(), t.copy().tag))

# ABCs and the class itself
print(isinstance(UserList(), MutableSequence), isinstance(UserList(), Sequence), isinstance(UserList(), list))
print(UserList.__module__, repr(UserList), [k.__name__ for k in UserList.__mro__])
print(UserList.__abstractmethods__, UserList.__hash__ is None, sorted(vars(UserList([1]))))
