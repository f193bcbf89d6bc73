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
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield


def _raise_thrown(typ, val):
    """What the abstract throw() and athrow() do: raise the exception passed in (an instance when
    given, else the class)."""
    raise typ if val is None else val


def _close_by_throwing(obj, what):
    """close() of Generator and Coroutine: throw GeneratorExit in; ending or letting it out is a
    clean close, producing another value is an error."""
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(what + " ignored GeneratorExit")


class Coroutine(Awaitable, protocol=("__await__", "send", "throw", "close")):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val)

    def close(self):
        _close_by_throwing(self, "coroutine")


class AsyncIterable(metaclass=_ProtocolMeta, protocol=("__aiter__",)):
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython
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
        _raise_thrown(typ, val)

    async def aclose(self):
        # the awaiting twin of _close_by_throwing
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


class Iterable(metaclass=_ProtocolMeta, protocol=("__iter__",)):
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return iter(())


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
        return iter(())


class Generator(Iterator, protocol=("__iter__", "__next__", "send", "throw", "close")):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val)

    def close(self):
        _close_by_throwing(self, "generator")


class Sized(metaclass=_ProtocolMeta, protocol=("__len__",)):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


class Container(metaclass=_ProtocolMeta, protocol=("__contains__",)):
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False


class Collection(Sized, Iterable, Container, protocol=("__len__", "__iter__", "__contains__")):
    __slots__ = ()


class Callable(metaclass=_ProtocolMeta, protocol=("__call__",)):
    __slots__ = ()

    @classmethod
    def __class_getitem__(cls, params):
        from _generic_alias import _callable_alias  # on first use: importing collections.abc stays cheap
        return _callable_alias(cls, params)

    @abstractmethod
    def __call__(self, *args, **kwargs):
        return False


def _same_item(stored, wanted):
    # containment as the builtin containers test it: identity first, then equality
    return stored is wanted or stored == wanted


# ---- sets

def _within(inner, outer):
    return all(item in outer for item in inner)


def _set_comparison(sizes_ok, inner_first):
    """A rich comparison of two Sets: the sizes must satisfy sizes_ok and the smaller side (self
    when inner_first) must lie within the other."""
    def compare(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if not sizes_ok(len(self), len(other)):
            return False
        return _within(self, other) if inner_first else _within(other, self)
    return compare


def _as_set(owner, other):
    """other as a Set for the operators: itself, or built with owner._from_iterable from any
    iterable; None when it is not iterable."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return owner._from_iterable(other)
    return None


class Set(Collection):
    """A read-only set: define __contains__, __iter__ and __len__; comparisons and the operators
    come from them. Results of the operators are built by _from_iterable (the class itself by
    default, so a subclass whose constructor takes something else overrides it)."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    __le__ = _set_comparison(lambda mine, theirs: mine <= theirs, True)
    __lt__ = _set_comparison(lambda mine, theirs: mine < theirs, True)
    __eq__ = _set_comparison(lambda mine, theirs: mine == theirs, True)
    __ge__ = _set_comparison(lambda mine, theirs: mine >= theirs, False)
    __gt__ = _set_comparison(lambda mine, theirs: mine > theirs, False)

    def isdisjoint(self, other):
        return all(item not in self for item in other)

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(item for item in other if item in self)
        return NotImplemented

    __rand__ = __and__

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(_chain(self, other))
        return NotImplemented

    __ror__ = __or__

    def __sub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        only_mine = (item for item in self if item not in other)
        only_theirs = (item for item in other if item not in self)
        return self._from_iterable(_chain(only_mine, only_theirs))

    __rxor__ = __xor__

    def _hash(self):
        """A hash that depends only on the elements (equal to a frozenset's of the same elements),
        for immutable subclasses' __hash__."""
        return hash(frozenset(self))


def _chain(*iterables):
    for iterable in iterables:
        yield from iterable


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
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        while len(self):
            self.pop()

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in [item for item in self if item not in it]:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for value in _as_set(self, it):
            (self.discard if value in self else self.add)(value)
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
            found = self[key]
        except KeyError:
            found = default
        return found

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __reversed__ = None  # a mapping's order is not a sequence's: reversed() must refuse


class MappingView(Sized):
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            stored = self._mapping[key]
        except KeyError:
            return False
        return _same_item(stored, value)

    def __iter__(self):
        mapping = self._mapping
        return ((key, mapping[key]) for key in mapping)


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same_item(stored, value) for stored in self)

    def __iter__(self):
        mapping = self._mapping
        return (mapping[key] for key in mapping)


_ABSENT = object()


class MutableMapping(Mapping):
    """A mapping that changes: define __setitem__ and __delitem__ as well."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_ABSENT):
        try:
            value = self[key]
        except KeyError:
            if default is _ABSENT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        while len(self):
            self.popitem()

    def update(self, other=(), /, **kwargs):
        """Copies other's pairs (a Mapping, anything with keys(), or an iterable of pairs), then
        the keyword arguments."""
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            pairs = [(key, other[key]) for key in (other if isinstance(other, Mapping) else other.keys())]
        else:
            pairs = other
        for key, value in _chain(pairs, kwargs.items()):
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
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        return any(_same_item(item, value) for item in self)

    def __reversed__(self):
        return (self[position] for position in range(len(self) - 1, -1, -1))

    def index(self, value, start=0, stop=None):
        """The first position of value from start (negative: from the end) up to stop; ValueError
        when it is absent. Indexes past the end simply stop the search."""
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop = stop + len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same_item(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        return len([item for item in self if _same_item(item, value)])


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
        while len(self):
            self.pop()

    def reverse(self):
        last = len(self) - 1
        for low in range(len(self) // 2):
            self[low], self[last - low] = self[last - low], self[low]

    def extend(self, values):
        for value in (list(values) if values is self else values):
            self.append(value)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

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
_UNHASHABLE = tuple(t for t in (list, dict, set, slice, getattr(builtins, "bytearray", None), type({}.keys()),
                                 type({}.items())) if t is not None)


class _Probe:
    def method(self):
        pass

    def __getitem__(self, i):
        raise IndexError(i)


def _register(abc, cls):
    """What abc.register(cls) leaves for these builtin types, without its two issubclass() checks:
    none of them can make a cycle, and a type already a subclass only repeats an answer in the
    registry. Those checks walked each ABC's hook and subclasses with every registration clearing
    the negative caches: a third of importing this module."""
    abc._abc_registry.append(cls)


# every built-in iterator type (CPython's name each: list_iterator, dict_keyiterator, ...)
for _t in (iter([]), iter(()), iter(""), iter("\xe9"), iter(range(0)), iter({}), iter({}.values()),
           iter({}.items()), reversed({}), reversed({}.values()), reversed({}.items()), reversed([]),
           iter(set()), iter(b""), iter(_Probe()), iter(len, 0)):
    _register(Iterator, type(_t))
for _t in (enumerate, zip, map, filter, reversed, _types["generator"]):
    _register(Iterator, _t)
if hasattr(builtins, "bytearray"):
    _register(Iterator, type(iter(builtins.bytearray())))
if hasattr(builtins, "memoryview"):
    _register(Iterator, type(iter(builtins.memoryview(b""))))
_register(Generator, _types["generator"])
_register(Coroutine, _types["coroutine"])
_register(AsyncGenerator, _types["async_generator"])
for _t in (type, type(len), type(lambda: None), type([].append), type(_Probe().method)):
    _register(Callable, _t)
_register(Sequence, tuple)
_register(Sequence, str)
_register(Sequence, range)
_register(ByteString, bytes)
_register(MutableSequence, list)
_register(Set, frozenset)
_register(MutableSet, set)
_register(MutableMapping, dict)
_register(Mapping, type(type.__dict__))
_register(KeysView, type({}.keys()))
_register(ItemsView, type({}.items()))
_register(ValuesView, type({}.values()))
for _t in (dict, type({}.keys()), type({}.items()), type({}.values())):
    _register(Reversible, _t)
if hasattr(builtins, "memoryview"):
    _register(Sequence, builtins.memoryview)
if hasattr(builtins, "bytearray"):
    _register(MutableSequence, builtins.bytearray)
    _register(ByteString, builtins.bytearray)
import abc as _abc_module
_abc_module._invalidation[0] += 1  # once for them all, as register() does each time
del _abc_module, _register
del _t, _types, _Probe
