"""functools, written in the script language."""

_MISSING = object()


def reduce(*args, **kwargs):
    # positional only, with the messages of CPython's C reduce
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if not 2 <= len(args) <= 3:
        raise TypeError("reduce expected " + ("at least 2" if len(args) < 2 else "at most 3")
                        + " arguments, got " + str(len(args)))
    function, sequence = args[0], args[1]
    try:
        it = iter(sequence)
    except TypeError as e:
        if str(e).endswith("is not iterable"):
            raise TypeError("reduce() arg 2 must support iteration") from None
        raise
    if len(args) == 2:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = args[2]
    for element in it:
        value = function(value, element)
    return value


class partial:
    """CPython's partial: a partial of a plain partial is flattened into one (same func, the args
    and keywords joined); the repr is named functools.partial, or a subclass's own name."""
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    __slots__ = ('func', 'args', 'keywords', '__dict__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ and not func.__dict__:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    # copy and pickle: the C partial's reduction and state
    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self.__dict__ = {} if namespace is None else namespace
        self.func = func
        self.args = tuple(args)
        self.keywords = {} if kwds is None else dict(kwds) if type(kwds) is not dict else kwds

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args] + [str(k) + "=" + repr(v) for k, v in self.keywords.items()]
        name = "functools.partial" if type(self) is partial else type(self).__name__
        return name + "(" + ", ".join(parts) + ")"


class partialmethod:
    """A partial for methods (CPython's): bound to an instance or class through the function's own
    __get__, then partially applied."""
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(repr(func) + " is not callable or a descriptor")
        if isinstance(func, partialmethod):  # flattened, as a partial of a partial
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(str(k) + "=" + repr(v) for k, v in self.keywords.items())
        return (type(self).__module__ + "." + type(self).__qualname__ + "(" + repr(self.func) + ", " + args
                + ", " + keywords + ")")

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


_CacheInfo = None  # CPython's named tuple, made at the first cache_info(): importing collections costs


def _cache_info(hits, misses, maxsize, currsize):
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
    return _CacheInfo(hits, misses, maxsize, currsize)

_KWD_MARK = object()


def _make_key(args, kwds, typed):
    """The cache key of a call, as CPython's: the arguments in order (keywords in the order given, so
    f(a=1, b=2) and f(b=2, a=1) are cached apart) and, when typed, their types. A lone int or str
    argument is its own key, so f(1) and f(1.0) are cached apart even untyped."""
    if not kwds and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:  # a negative size caches nothing, as 0
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}  # in order of use: the least recently used first
    hits = misses = 0
    sentinel = _MISSING

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)
    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            # a bounded cache takes a hit out to put it back at the end, the most recently used
            result = cache.get(key, sentinel) if maxsize is None else cache.pop(key, sentinel)
            if result is not sentinel:
                hits += 1
                cache[key] = result
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key not in cache:  # (a recursive call may have cached it already)
                if maxsize is not None and len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        return _cache_info(hits, misses, maxsize, len(cache))

    def cache_clear():
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


def cmp_to_key(mycmp):
    class KeyWrapper:
        __slots__ = ('obj',)
        __hash__ = None

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __ne__(self, other):
            return mycmp(self.obj, other.obj) != 0
    return KeyWrapper


# total_ordering: each root operation (the first of __lt__, __le__, __gt__, __ge__ the class defines,
# in that order of preference, as CPython's max over the names) gives the other three from its
# result r, passing on NotImplemented, as CPython's _gt_from_lt and the rest
def _from_root(root, opname, combine):
    def op(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return combine(r, self, other)
    op.__name__ = opname
    return op


def _inverse(r, self, other):
    return not r


def _inverse_and_ne(r, self, other):
    return not r and self != other


def _or_eq(r, self, other):
    return r or self == other


def _inverse_or_eq(r, self, other):
    return not r or self == other


def _and_ne(r, self, other):
    return r and self != other


_convert = {
    '__lt__': [('__gt__', _inverse_and_ne), ('__le__', _or_eq), ('__ge__', _inverse)],
    '__le__': [('__ge__', _inverse_or_eq), ('__lt__', _and_ne), ('__gt__', _inverse)],
    '__gt__': [('__lt__', _inverse_and_ne), ('__ge__', _or_eq), ('__le__', _inverse)],
    '__ge__': [('__le__', _inverse_or_eq), ('__gt__', _and_ne), ('__lt__', _inverse)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # the operations the class itself defines (not object's)
    roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, combine in _convert[root]:
        if opname not in roots:
            setattr(cls, opname, _from_root(root, opname, combine))
    return cls


def _union_args(cls):
    """The classes of a typing.Union, or None for anything else."""
    import typing
    if getattr(cls, '__origin__', None) is typing.Union:
        return cls.__args__
    return None


def _find_impl(cls, registry):
    """The registered function for cls: the first class of its MRO registered, else a registered
    abstract class it is a subclass of (CPython places those in the MRO too), else object's."""
    for base in cls.__mro__:
        if base is not object and base in registry:
            return registry[base]
    for key in registry:
        if key is not object and key not in cls.__mro__ and issubclass(cls, key):
            return registry[key]
    return registry[object]


def singledispatch(func):
    """Single-dispatch generic function decorator: the function called depends on the type of the
    first argument, registered by @register(cls), register(cls, func) or an annotated @register."""
    import types
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        try:
            return dispatch_cache[cls]
        except KeyError:
            impl = dispatch_cache[cls] = _find_impl(cls, registry)
            return impl

    def is_valid_dispatch_type(cls):
        if isinstance(cls, type):
            return True
        args = _union_args(cls)
        return args is not None and all(isinstance(arg, type) for arg in args)

    def register(cls, func=None):
        if is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. " + repr(cls)
                                + " is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError("Invalid first argument to `register()`: " + repr(cls) + ". Use either "
                                "`@register(some_class)` or plain `@register` on an annotated function.")
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, '__globals__', {}))
            if not is_valid_dispatch_type(cls):
                if _union_args(cls) is not None:
                    raise TypeError("Invalid annotation for " + repr(argname) + ". " + repr(cls)
                                    + " not all arguments are classes.")
                raise TypeError("Invalid annotation for " + repr(argname) + ". " + repr(cls) + " is not a class.")
        args = _union_args(cls)
        for arg in (cls,) if args is None else args:
            registry[arg] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(funcname + " requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the type of the first argument
    after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(repr(func) + " is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


_NOT_FOUND = object()


class cached_property:
    """A non-data descriptor: computes once per instance, then the instance __dict__ entry shadows it."""
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names ("
                            + repr(self.attrname) + " and " + repr(name) + ").")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on " + repr(type(instance).__name__) + " instance to cache "
                            + repr(self.attrname) + " property.") from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            cache[self.attrname] = value
        return value
