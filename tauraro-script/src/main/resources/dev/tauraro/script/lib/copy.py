# copy: shallow and deep copies, written from the copy module's documentation. Classes control
# copying with __copy__ and __deepcopy__(memo), or with their own __reduce_ex__/__reduce__ (as
# CPython's copy, which copies through them); other instances are rebuilt through __new__ with
# their __dict__ and slots copied (or __getstate__/__setstate__ when the class defines them).

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# immutable values: copies are the values themselves
_ATOMIC = {type(None), int, float, bool, str, bytes, type, range, type(abs), type(Ellipsis), type(NotImplemented),
           property, type(lambda: 0)}
try:
    _ATOMIC.add(complex)
except NameError:
    pass


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    if cls is bytearray:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if _reduces(cls):
        return _reconstruct(x, None, _reduce(x))
    return _rebuild(x, cls, None, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy, keeping shared and cyclic structure."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # a tuple may have been copied while copying its items (a cycle through a list)
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = x.copy()
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif _reduces(cls):
            y = _reconstruct(x, memo, _reduce(x))
        else:
            y = _rebuild(x, cls, memo, d)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # as CPython: the originals stay referenced from the memo so their ids are not reused meanwhile
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduces(cls):
    """Whether a class of script code in cls's MRO defines __reduce_ex__ or __reduce__ (the built-in
    ones copy as _rebuild does)."""
    for klass in cls.__mro__:
        for name in ("__reduce_ex__", "__reduce__"):
            if type(klass.__dict__.get(name)) is _FUNCTION:
                return True
    return False


_FUNCTION = type(_keep_alive)


def _reduce(x):
    # object.__reduce_ex__ is __reduce__ when a class overrides that
    reduce_ex = getattr(x, "__reduce_ex__", None)
    return reduce_ex(4) if reduce_ex is not None else x.__reduce__()


def _reconstruct(x, memo, rv):
    """The copy that the reduction rv of x describes (CPython's copy._reconstruct)."""
    if isinstance(rv, str):
        return x
    deep = memo is not None
    func, args, *rest = rv
    state, listiter, dictiter = (list(rest) + [None, None, None])[:3]
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
    return y


# the built-in containers a class may derive from, whose items _rebuild copies besides the state
_CONTAINERS = (tuple, list, dict, set, bytearray)
_OBJECT_GETSTATE = getattr(object, "__getstate__", None)


def _rebuild(x, cls, memo, d):
    """A new instance of cls with x's state: for subclasses of the built-in containers, their items too."""
    deep = memo is not None
    if isinstance(x, _CONTAINERS):
        y = _rebuild_items(x, cls, memo, d)
    else:
        # made without calling __init__, as CPython's __reduce_ex__ does
        y = object.__new__(cls)
        if deep:
            memo[d] = y
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not _OBJECT_GETSTATE:
        state = x.__getstate__()
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        elif isinstance(state, dict):
            y.__dict__.update(state)
        return y
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            y.__dict__.update(state)
    for klass in cls.__mro__:
        if klass is object:
            continue
        slots = klass.__dict__.get("__slots__", ())
        for name in (slots,) if isinstance(slots, str) else slots:
            if name in ("__dict__", "__weakref__"):
                continue
            try:
                value = getattr(x, name)
            except AttributeError:
                continue
            setattr(y, name, deepcopy(value, memo) if deep else value)
    return y


def _rebuild_items(x, cls, memo, d):
    """The new instance of cls, a subclass of a built-in container, holding (copies of) x's items."""
    deep = memo is not None

    def c(v):
        return deepcopy(v, memo) if deep else v

    if isinstance(x, tuple):
        items = [c(v) for v in x]
        make = getattr(cls, "_make", None)
        y = make(items) if make is not None else cls.__new__(cls, items)
    else:
        # the built-in base makes the instance without calling __init__, as CPython's __reduce_ex__ does
        base = object
        for b in (list, dict, set, bytearray):
            if isinstance(x, b):
                base = b
                break
        y = base.__new__(cls)
    if deep:
        memo[d] = y
    if isinstance(x, list) and not isinstance(x, tuple):
        y.extend(c(v) for v in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[c(k)] = c(v)
    elif isinstance(x, set):
        for v in x:
            y.add(c(v))
    elif isinstance(x, bytearray):
        y.extend(x)
    return y
