"""weakref: references that do not keep their object alive (ref, WeakMethod, WeakValueDictionary,
WeakKeyDictionary, WeakSet, finalize), written for tauraro-script over Java weak references
(the _weakref module) from the weakref documentation.

Differences from CPython: an object goes away when the JVM's collector finds it unreachable, not
the moment its last reference is dropped; gc.collect() asks the JVM to collect, and callbacks
(and finalize) run then, or at a later weakref operation. proxy, getweakrefcount and getweakrefs
are absent; ref(obj) without a callback makes a new reference each time."""

import _weakref
import itertools
import atexit as _atexit

__all__ = ["ref", "ReferenceType", "WeakMethod", "WeakKeyDictionary", "WeakValueDictionary", "WeakSet",
           "finalize"]


class ReferenceType:
    """ref(obj, callback=None): calling it gives obj, or None once obj was collected; then
    callback(ref) is called."""

    def __init__(self, obj, callback=None):
        self._handle = _weakref.ref(obj)
        self._callback = callback
        self._hash = None
        if callback is not None:
            _weakref.watch(self._handle, self)

    def __call__(self):
        return _weakref.get(self._handle)

    def _collected(self):
        callback, self._callback = self._callback, None
        if callback is not None:
            callback(self)

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        if self._hash is None:
            obj = self()
            if obj is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __repr__(self):
        obj = self()
        if obj is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__, id(obj))


ref = ReferenceType


class WeakMethod(ReferenceType):
    """A weak reference to a bound method: alive while both its object and its function are."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        super().__init__(obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self() is None or other() is None:
                return self is other
            return super().__call__() is other._self() and self._func_ref() == other._func_ref()
        return NotImplemented

    def _self(self):
        return ReferenceType.__call__(self)

    __hash__ = ReferenceType.__hash__


class _WeakMapping:
    """What both weak dictionaries do through _live(), their (key, value) pairs still alive."""

    def __len__(self):
        return sum(1 for _ in self._live())

    def __iter__(self):
        for key, _ in self._live():
            yield key

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def keys(self):
        return [k for k, _ in self._live()]

    def values(self):
        return [v for _, v in self._live()]

    def items(self):
        return list(self._live())

    def clear(self):
        self.data.clear()

    def copy(self):
        new = type(self)()
        for key, value in self._live():
            new[key] = value
        return new

    __copy__ = copy


class WeakValueDictionary(_WeakMapping):
    """A dict whose values are held weakly: an entry goes when its value is collected."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        def remove(wr, key=key):
            if self.data.get(key) is wr:
                del self.data[key]
        return ref(value, remove)

    def _live(self):
        for key, wr in list(self.data.items()):
            value = wr()
            if value is not None:
                yield key, value

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        wr = self.data.get(key)
        value = wr() if wr is not None else None
        return default if value is None else value

    def pop(self, key, *args):
        wr = self.data.pop(key, None)
        value = wr() if wr is not None else None
        if value is None:
            if args:
                return args[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = default
            return default
        return value

    def update(self, other=(), /, **kwargs):
        if hasattr(other, "keys"):
            other = [(k, other[k]) for k in other.keys()]
        for key, value in other:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value


class WeakKeyDictionary(_WeakMapping):
    """A dict whose keys are held weakly: an entry goes when its key is collected."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(wr):
            self.data.pop(wr, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def _live(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            items = dict.items() if hasattr(dict, "items") else dict
            for key, value in items:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value


class WeakSet:
    """A set whose members are held weakly: a member goes when it is collected."""
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __init__(self, data=None):
        self.data = set()

        def remove(wr):
            self.data.discard(wr)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for _ in self)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = wr()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def update(self, other):
        for item in other:
            self.add(item)

    def copy(self):
        return WeakSet(self)

    __copy__ = copy


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when obj is
    collected, when the finalizer is called, or at exit (if atexit is true)."""

    _registry = {}
    _counter = itertools.count()
    _atexit_registered = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._atexit_registered:
            _atexit.register(finalize._exitfunc)
            finalize._atexit_registered = True
        self._key = next(finalize._counter)
        self._ref = ref(obj, self)
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self.atexit = True
        finalize._registry[self._key] = self

    def __call__(self, _=None):
        """Runs the callback now if it has not run (and is not detached); returns its result."""
        if finalize._registry.pop(self._key, None) is not None:
            return self._func(*self._args, **self._kwargs)

    def detach(self):
        """(obj, func, args, kwargs) without calling it, or None if it is dead."""
        obj = self._ref()
        if obj is not None and finalize._registry.pop(self._key, None) is not None:
            return (obj, self._func, self._args, self._kwargs)

    def peek(self):
        obj = self._ref()
        if obj is not None and self._key in finalize._registry:
            return (obj, self._func, self._args, self._kwargs)

    @property
    def alive(self):
        return self._key in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @staticmethod
    def _exitfunc():
        pending = [f for f in finalize._registry.values() if f.atexit]
        pending.sort(key=lambda f: f._key, reverse=True)
        for f in pending:
            f()
