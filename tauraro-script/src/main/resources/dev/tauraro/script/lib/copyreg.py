# copyreg: the reduction registry copy and pickle consult, written from the copyreg module's
# documentation, and object's reduction (object.__reduce_ex__, __reduce__ and __getstate__ call
# _object_reduce_ex, _common_reduce and _object_getstate here) as CPython's typeobject.c describes it.

from _copy import plain_instance as _plain_instance

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function(obj) -> reduction for objects of type ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Protocol 4's constructor: __newobj__ with keyword arguments."""
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _slotnames(cls):
    """The names of the slots of cls and its bases (private names mangled), cached on the class."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except:
        pass
    return names


# the extension registry of pickle's EXT opcodes
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if (_extension_registry.get(key) != code or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


# ---- object's reduction

def _object_reduce_ex(obj, proto):
    """object.__reduce_ex__(proto): the class's own __reduce__ when it overrides object's."""
    if getattr(type(obj), "__reduce__", None) is not object.__reduce__:
        return obj.__reduce__()
    return _common_reduce(obj, proto)


def _common_reduce(obj, proto):
    """object.__reduce__ (protocol 0) and the default of object.__reduce_ex__."""
    rv = _builtin_reduce(obj, proto)
    if rv is not None:
        return rv
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


def _builtin_reduce(obj, proto):
    """The own reduction of the built-in types that have one in CPython (set's, bytearray's, ...), or None."""
    cls = type(obj)
    if isinstance(obj, BaseException):
        d = getattr(obj, "__dict__", None)
        return (cls, obj.args, d) if d else (cls, obj.args)
    if isinstance(obj, (set, frozenset)):
        return cls, (list(obj),), _object_getstate(obj, False)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if isinstance(obj, bytearray):
        state = _object_getstate(obj, False)
        if proto < 3:
            return cls, (str(bytes(obj), 'latin-1'), 'latin-1'), state
        return cls, (bytes(obj),), state
    return None


# the built-in types whose __getnewargs__ gives the value: (int(self),), (str(self),), ...
_VALUE_TYPES = (int, float, complex, str, bytes, tuple)


def _new_args(obj):
    """(args, kwargs) for __newobj__ from __getnewargs_ex__ or __getnewargs__, or (None, None)."""
    cls = type(obj)
    if hasattr(cls, "__getnewargs_ex__"):
        rv = obj.__getnewargs_ex__()
        if not isinstance(rv, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%.200s'" % type(rv).__name__)
        if len(rv) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(rv))
        args, kwargs = rv
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%.200s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%.200s'"
                            % type(kwargs).__name__)
        return args, kwargs
    if hasattr(cls, "__getnewargs__"):
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%.200s'" % type(args).__name__)
        return args, None
    for base in _VALUE_TYPES:
        if isinstance(obj, base):
            return (base(obj),), None
    return None, None


def _reduce_newobj(obj):
    """object.__reduce_ex__(2 or more): __newobj__ (or __newobj_ex__) of the class, the state and the items."""
    cls = type(obj)
    args, kwargs = _new_args(obj)
    hasargs = args is not None
    if not kwargs:
        newobj = __newobj__
        newargs = (cls,) + (args if hasargs else ())
    else:
        newobj = __newobj_ex__
        newargs = (cls, args, kwargs)
    state = _getstate(obj, not (hasargs or isinstance(obj, (list, dict))))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _getstate(obj, required):
    """obj.__getstate__(), object's unless the class overrides it."""
    own = getattr(obj, "__dict__", None)
    if getattr(type(obj), "__getstate__", None) is object.__getstate__ and not (own and "__getstate__" in own):
        return _object_getstate(obj, required)
    return obj.__getstate__()


def _object_getstate(obj, required=False):
    """object.__getstate__(): the instance's __dict__ (None when empty), with its slots as (dict, slots)."""
    if required and not _plain_instance(obj):
        # the value keeps its state where __dict__ and slots do not show it (a generator, a lock, ...)
        raise TypeError("cannot pickle %r object" % type(obj).__name__)
    d = getattr(obj, "__dict__", None)
    state = d if d else None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state


def _reduce_ex(self, proto):
    """object.__reduce_ex__ of protocols 0 and 1: _reconstructor of the class and its built-in base."""
    cls = self.__class__
    base = object
    for klass in cls.__mro__:
        if klass is not object and klass in _REDUCE_BASES:
            base = klass
            break
    if base is object:
        state = None
    else:
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is None or getstate is object.__getstate__:
        if _slotnames(cls):
            raise TypeError("cannot pickle %r object: a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled with protocol %d" % (cls.__name__, proto))
        if not _plain_instance(self) and base is object:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        d = getattr(self, "__dict__", None)
    else:
        d = self.__getstate__()
    if d:
        return _reconstructor, args, d
    return _reconstructor, args


# the built-in bases _reconstructor rebuilds an instance of a subclass from
_REDUCE_BASES = (int, float, complex, str, bytes, tuple, list, dict, bytearray)
