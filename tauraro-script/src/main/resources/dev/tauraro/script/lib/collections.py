"""collections: container types, written in the script language."""

import keyword as _keyword
import sys as _sys

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque',
           'namedtuple']


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        factory = "None" if self.default_factory is None else repr(self.default_factory)
        if _repr_running(self):  # the dict inside itself shows as {...}, as CPython's dict repr does
            return type(self).__name__ + "(" + factory + ", {...})"
        _repr_enter(self)
        try:
            return type(self).__name__ + "(" + factory + ", " + dict.__repr__(self) + ")"
        finally:
            _repr_leave(self)

    def _or(self, other, reflected):
        # d | other and other | d: a defaultdict with d's factory, the left's items updated by the right's
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other if reflected else self)
        new.update(self if reflected else other)
        return new

    def __or__(self, other):
        return self._or(other, False)

    def __ror__(self, other):
        return self._or(other, True)


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __repr__(self):
        if not self:
            return type(self).__name__ + "()"
        return type(self).__name__ + "(" + repr(list(self.items())) + ")"


class Counter(dict):
    def __init__(self, iterable=None, /, **kwargs):
        super().__init__()
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ordered = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return ordered if n is None else ordered[:max(n, 0)]  # CPython's nlargest: none for n < 0

    def elements(self):
        for key, count in self.items():
            for _ in range(count):
                yield key

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def _count(self, iterable, kwargs, sign):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, "items"):
                for key, count in iterable.items():
                    self[key] = self.get(key, 0) + sign * count
            else:
                for key in iterable:
                    self[key] = self.get(key, 0) + sign
        if kwargs:
            self._count(kwargs, None, sign)

    def update(self, iterable=None, /, **kwargs):
        self._count(iterable, kwargs, 1)

    def subtract(self, iterable=None, /, **kwargs):
        self._count(iterable, kwargs, -1)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, key):
        if key in self:
            super().__delitem__(key)

    def __repr__(self):
        if not self:
            return type(self).__name__ + "()"
        items = ", ".join(repr(k) + ": " + repr(v) for k, v in self.most_common())
        return type(self).__name__ + "({" + items + "})"

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            total = count + other[key]
            if total > 0:
                result[key] = total
        for key, count in other.items():
            if key not in self and count > 0:
                result[key] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            total = count - other[key]
            if total > 0:
                result[key] = total
        for key, count in other.items():
            if key not in self and count < 0:
                result[key] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            best = max(count, other[key])
            if best > 0:
                result[key] = best
        for key, count in other.items():
            if key not in self and count > 0:
                result[key] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            least = min(count, other[key])
            if least > 0:
                result[key] = least
        return result

    # comparisons as multisets (a missing key counts 0), unary + and - keeping the positive
    # counts, and the in-place operations, which then drop the counts that are not positive
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __pos__(self):
        result = Counter()
        for key, count in self.items():
            if count > 0:
                result[key] = count
        return result

    def __neg__(self):
        result = Counter()
        for key, count in self.items():
            if count < 0:
                result[key] = 0 - count
        return result

    def _keep_positive(self):
        for key in [key for key, count in self.items() if not count > 0]:
            del self[key]
        return self

    def __iadd__(self, other):
        for key, count in other.items():
            self[key] += count
        return self._keep_positive()

    def __isub__(self, other):
        for key, count in other.items():
            self[key] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for key, other_count in other.items():
            if other_count > self[key]:
                self[key] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for key, count in self.items():
            other_count = other[key]
            if other_count < count:
                self[key] = other_count
        return self._keep_positive()


class deque:
    """A double-ended queue with O(1) operations at both ends, as CPython's.

    Storage: the items are self._items[self._head:]. popleft leaves a hole at the front (cleared, and
    compacted away once holes are half the list) and appendleft fills holes, regrowing the front by as
    many holes as there are items when none is left: amortised O(1) at both ends, O(1) indexing.
    self._state counts mutations (as CPython's deque->state) so iterators can detect them.
    """
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = _index(maxlen)
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _compact(self):
        del self._items[:self._head]
        self._head = 0

    def append(self, x):
        self._state += 1
        self._items.append(x)
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        self._state += 1
        if self._head == 0:
            gap = max(len(self._items), 8)
            self._items[:0] = [None] * gap
            self._head = gap
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self.pop()

    def pop(self):
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return x

    def popleft(self):
        items = self._items
        head = self._head
        if len(items) == head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head > 32 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            items = list(iterable)
            if items:
                self._state += 1
                self._items.extend(items)
            return
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        n = _index(n)
        size = len(self._items) - self._head
        if size <= 1:
            return
        self._state += 1
        half = size >> 1
        if n > half or n < -half:
            n %= size
            if n > half:
                n -= size
            elif n < -half:
                n += size
        if (n if n > 0 else -n) * 8 < size:
            # O(k) for a short rotation of a long deque
            while n > 0:
                self.appendleft(self.pop())
                n -= 1
            while n < 0:
                self.append(self.popleft())
                n += 1
        elif n > 0:
            self._compact()
            self._items[:0] = self._items[size - n:]
            del self._items[size:]
        elif n < 0:
            self._compact()
            self._items.extend(self._items[:-n])
            del self._items[:-n]

    def clear(self):
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):
        return self.__copy__()

    def __copy__(self):
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    def count(self, x):
        state = self._state
        n = 0
        for i in range(self._head, len(self._items)):
            if self._items[i] is x or self._items[i] == x:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, x, start=0, stop=None):
        size = len(self._items) - self._head
        start = _index(start)
        if start < 0:
            start = max(start + size, 0)
        stop = size if stop is None else _index(stop)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        state = self._state
        for i in range(start, stop):
            item = self._items[self._head + i]
            if item is x or item == x:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(repr(x) + " is not in deque")

    def insert(self, i, x):
        i = _index(i)
        size = len(self._items) - self._head
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        if i < 0:
            i = max(i + size, 0)
        self._state += 1
        self._items.insert(self._head + min(i, size), x)

    def remove(self, value):
        state = self._state
        for i in range(self._head, len(self._items)):
            equal = self._items[i] is value or self._items[i] == value
            if state != self._state:
                raise IndexError("deque mutated during remove().")
            if equal:
                if i == self._head:
                    self.popleft()
                else:
                    self._state += 1
                    del self._items[i]
                return
        raise ValueError(repr(value) + " is not in deque")

    def reverse(self):
        self._state += 1
        self._compact()
        self._items.reverse()

    def _position(self, index):
        index = _index(index)
        size = len(self._items) - self._head
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError("deque index out of range")
        return self._head + index

    def __getitem__(self, index):
        if isinstance(index, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        return self._items[self._position(index)]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        self._items[self._position(index)] = value

    def __delitem__(self, index):
        if isinstance(index, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        i = self._position(index)
        self._state += 1
        if i == self._head:
            self.popleft()
        else:
            del self._items[i]

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) != self._head

    def __iter__(self):
        state = self._state
        i = self._head
        while True:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if i >= len(self._items):
                return
            yield self._items[i]
            i += 1

    def __reversed__(self):
        state = self._state
        i = len(self._items) - 1
        while True:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if i < self._head:
                return
            yield self._items[i]
            i -= 1

    def __contains__(self, x):
        state = self._state
        for i in range(self._head, len(self._items)):
            if self._items[i] is x or self._items[i] == x:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def _list(self):
        return self._items[self._head:]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._list() == other._list()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._list() != other._list()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._list() < other._list()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._list() <= other._list()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._list() > other._list()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._list() >= other._list()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__ + '") to deque')
        r = self.__copy__()
        r.extend(other)
        return r

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        r = self.__copy__()
        r *= n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        items = self._list()
        if n <= 0 or not items:
            self.clear()
            return self
        self._state += 1
        self._items = items * n
        self._head = 0
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]
        return self

    def __repr__(self):
        name = type(self).__name__
        if _repr_running(self):
            return "[...]"
        _repr_enter(self)
        try:
            body = repr(self._list())
        finally:
            _repr_leave(self)
        if self._maxlen is None:
            return name + "(" + body + ")"
        return name + "(" + body + ", maxlen=" + repr(self._maxlen) + ")"


_repr_ids = set()


def _repr_running(obj):
    return id(obj) in _repr_ids


def _repr_enter(obj):
    _repr_ids.add(id(obj))


def _repr_leave(obj):
    _repr_ids.discard(id(obj))


def _index(n):
    if isinstance(n, int):
        return n
    if hasattr(type(n), "__index__"):
        return type(n).__index__(n)
    raise TypeError("'" + type(n).__name__ + "' object cannot be interpreted as an integer")


# namedtuple's field accessor is built in (a script __get__ cost 20 times CPython's field read)
from _collections import _tuplegetter


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _keyword.iskeyword(name) or name.startswith("_")
                    or name in seen):
                field_names[index] = "_" + str(index)
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: " + repr(name))
        if _keyword.iskeyword(name):
            raise ValueError("Type names and field names cannot be a keyword: " + repr(name))
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in seen:
            raise ValueError("Encountered duplicate field name: " + repr(name))
        seen.add(name)
    fields = tuple(field_names)
    num_fields = len(fields)
    _tuple_new = tuple.__new__
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(fields), reversed(defaults)))))

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == num_fields:
            return _tuple_new(_cls, args)  # the common call: every field given by position
        if len(args) > num_fields:
            raise TypeError(typename + ".__new__() takes " + str(num_fields + 1) + " positional arguments but "
                            + str(len(args) + 1) + " were given")
        values = list(args)
        for name in kwargs:
            if name not in fields:
                raise TypeError(typename + ".__new__() got an unexpected keyword argument '" + name + "'")
            if fields.index(name) < len(args):
                raise TypeError(typename + ".__new__() got multiple values for argument '" + name + "'")
        missing = []
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if missing:
            names = " and ".join("'" + m + "'" for m in missing) if len(missing) <= 2 else \
                ", ".join("'" + m + "'" for m in missing[:-1]) + ", and '" + missing[-1] + "'"
            raise TypeError(typename + ".__new__() missing " + str(len(missing)) + " required positional argument"
                            + ("" if len(missing) == 1 else "s") + ": " + names)
        return _tuple_new(_cls, values)

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError("Expected " + str(num_fields) + " arguments, got " + str(len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value for name, value in zip(fields, self)])
        if kwds:
            raise ValueError("Got unexpected field names: " + repr(list(kwds)))
        return result

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(name + "=" + repr(value)
                                                   for name, value in zip(fields, self)) + ")"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": typename + "(" + ", ".join(fields) + ")",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, "Alias for field number " + str(index))
    if module is None:
        # as CPython's: the module that called namedtuple, not collections (which type() would take)
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
    namespace["__module__"] = module
    return type(typename, (tuple,), namespace)


class _Later:
    """A class of this module defined in a submodule and imported on first use.

    ChainMap and the User* classes subclass collections.abc's ABCs, whose import costs more than
    all of this module, so `import collections` leaves them out. They are non-data descriptors of
    the module's class rather than a PEP 562 __getattr__: a misspelt name then fails as on any
    module (no frame of this file in the traceback, "Did you mean" as CPython's), and once loaded
    the class sits in the module's namespace, found before the descriptor. (The cost: the type
    of the module is _CollectionsModule, a ModuleType subclass, where CPython's is module.)
    """

    def __init__(self, submodule):
        self.submodule = "collections." + submodule

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, module, owner=None):
        if module is None:
            return self
        __import__(self.submodule)
        value = getattr(_sys.modules[self.submodule], self.name)
        module.__dict__[self.name] = value
        return value


class _CollectionsModule(type(_sys)):
    ChainMap = _Later("_chainmap")
    UserDict = _Later("_user")
    UserList = _Later("_user")
    UserString = _Later("_user")

    def __dir__(self):
        # as CPython's dir(collections): the names not imported yet too
        later = {name for name, value in vars(type(self)).items() if isinstance(value, _Later)}
        return sorted(set(self.__dict__) | later)


_sys.modules[__name__].__class__ = _CollectionsModule
