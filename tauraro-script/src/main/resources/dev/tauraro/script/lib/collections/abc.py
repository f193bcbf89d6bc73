"""collections.abc: the abstract base classes of Python's container protocols.

Written from the module's documentation. A class counts as, say, an ``Iterable`` when it (or a
class it inherits from) defines the protocol's methods, or when it is registered; the builtin
types are registered below, since their methods are not visible in their ``__dict__`` here.
The mixin methods are the ones the documentation's table lists for each class.
"""

from abc import ABCMeta, abstractmethod
import builtins
import sys

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Hashable",
           "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container", "Callable",
           "Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView",
           "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString"]


def _defines(C, *names):
    """True if every name is defined (and not set to None) somewhere in C's MRO, else NotImplemented."""
    for name in names:
        for klass in C.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _protocol(*names):
    """A __subclasshook__ that recognises classes defining `names`, for this exact ABC only
    (a subclass of the ABC asks for more than its base's methods)."""
    def hook(cls, C):
        if cls is owner[0]:
            return _defines(C, *names)
        return NotImplemented
    owner = []
    return owner, classmethod(hook)


class _ProtocolMeta(ABCMeta):
    """Gives each ABC built with ``protocol=(...)`` its structural __subclasshook__."""

    def __new__(mcls, name, bases, namespace, protocol=None, **kwargs):
        if protocol is not None:
            owner, hook = _protocol(*protocol)
            namespace["__subclasshook__"] = hook
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if protocol is not None:
            owner.append(cls)
        return cls


# ---- one-method protocols

class Hashable(metaclass=_ProtocolMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            if C in _UNHASHABLE:
                return False
            for klass in C.__mro__:
                if "__hash__" in klass.__dict__:
                    return klass.__dict__["__hash__"] is not None
            return True  # object's own hash
        return NotImplemented


class Awaitable(metaclass=_ProtocolMeta, protocol=("__await__",)):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield


class Coroutine(Awaitable, protocol=("__await__", "send", "throw", "close")):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")


class AsyncIterable(metaclass=_ProtocolMeta, protocol=("__aiter__",)):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


class AsyncIterator(AsyncIterable, protocol=("__anext__", "__aiter__")):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator, protocol=("__aiter__", "__anext__", "asend", "athrow", "aclose")):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        raise typ if val is None else val

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")


class Iterable(metaclass=_ProtocolMeta, protocol=("__iter__",)):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None


class Iterator(Iterable, protocol=("__iter__", "__next__")):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable, protocol=("__reversed__", "__iter__")):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None


class Generator(Iterator, protocol=("__iter__", "__next__", "send", "throw", "close")):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")


class Sized(metaclass=_ProtocolMeta, protocol=("__len__",)):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


class Container(metaclass=_ProtocolMeta, protocol=("__contains__",)):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False


class Collection(Sized, Iterable, Container, protocol=("__len__", "__iter__", "__contains__")):
    __slots__ = ()


class Callable(metaclass=_ProtocolMeta, protocol=("__call__",)):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


# ---- sets

class Set(Collection):
    """A read-only set: define __contains__, __iter__ and __len__; comparisons and the operators
    come from them. Results of the operators are built by _from_iterable (the class itself by
    default, so a subclass whose constructor takes something else overrides it)."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(x in other for x in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(x in self for x in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        return not any(x in self for x in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for part in (self, other) for x in part)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash that depends only on the elements, for immutable subclasses' __hash__."""
        mask = sys.maxsize * 2 + 1
        h = 1927868237 * (len(self) + 1) & mask
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & mask
        if h > sys.maxsize:
            h -= mask + 1
        return 590923713 if h == -1 else h


class MutableSet(Set):
    """A set that changes: define add and discard as well."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in [x for x in self if x not in it]:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# ---- mappings

class Mapping(Collection):
    """A read-only mapping: define __getitem__, __iter__ and __len__."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "{0.__class__.__name__}({0._mapping!r})".format(self)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """A mapping that changes: define __setitem__ and __delitem__ as well."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is MutableMapping._MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ---- sequences

class Sequence(Reversible, Collection):
    """A read-only sequence: define __getitem__ (with int indexes, IndexError past the end) and
    __len__."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    """A sequence that changes: define __setitem__, __delitem__ and insert as well."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---- the builtin types, whose methods this interpreter does not list in their __dict__

def _builtin_types():
    def gen():
        yield

    async def coro():
        pass

    async def agen():
        yield

    c = coro()
    types = {"coroutine": type(c), "generator": type(gen()), "async_generator": type(agen())}
    c.close()
    return types


_types = _builtin_types()
_UNHASHABLE = tuple(t for t in (list, dict, set, getattr(builtins, "bytearray", None), type({}.keys()),
                                 type({}.items())) if t is not None)


class _Probe:
    def method(self):
        pass


for _t in (type(iter([])), _types["generator"]):
    Iterator.register(_t)
Generator.register(_types["generator"])
Coroutine.register(_types["coroutine"])
AsyncGenerator.register(_types["async_generator"])
for _t in (type, type(len), type(lambda: None), type([].append), type(_Probe().method)):
    Callable.register(_t)
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
ByteString.register(bytes)
MutableSequence.register(list)
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
Mapping.register(type(type.__dict__))
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))
for _t in (dict, type({}.keys()), type({}.items()), type({}.values())):
    Reversible.register(_t)
if hasattr(builtins, "memoryview"):
    Sequence.register(builtins.memoryview)
if hasattr(builtins, "bytearray"):
    MutableSequence.register(builtins.bytearray)
    ByteString.register(builtins.bytearray)
del _t, _types, _Probe
