# copy: shallow and deep copies, written from the copy module's documentation. A type's copier in
# the dispatch tables comes first; then classes control copying with __copy__ and __deepcopy__(memo);
# other objects are rebuilt from their reduction (copyreg's dispatch_table, else __reduce_ex__(4),
# else __reduce__) as pickle would, state and items included. The deep copiers of list, tuple and
# dict are _copy's (Java), doing what their Python would.

from copyreg import dispatch_table
import copyreg as _copyreg
from _copy import deep_copiers as _deep_copiers, keep_alive as _copy_keep_alive

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility

_MISSING = object()


def _reduction(x, cls, reductor, kind):
    """The reduction of x when getattr(x, "__reduce_ex__") is None or missing: __reduce__()'s."""
    if reductor is _MISSING:
        # a built-in value here has none of object's methods; its __reduce_ex__ is object's
        return _copyreg._object_reduce_ex(x, 4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return _copy_immutable(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
    else:
        reductor = getattr(x, "__reduce_ex__", _MISSING)
        if reductor is not None and reductor is not _MISSING:
            rv = reductor(4)
        else:
            rv = _reduction(x, cls, reductor, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


_FunctionType = type(_copy_immutable)
_BuiltinFunctionType = type(len)
_CodeType = type(_copy_immutable.__code__)
for t in (type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range, slice, property,
          _BuiltinFunctionType, type(Ellipsis), type(NotImplemented), _FunctionType, _CodeType):
    d[t] = _copy_immutable
try:
    import weakref as _weakref
    d[_weakref.ref] = _copy_immutable
except ImportError:
    _weakref = None

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy

del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects; memo maps id(original) to its copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = _deepcopy_atomic(x, memo)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = dispatch_table.get(cls)
            if reductor:
                rv = reductor(x)
            else:
                reductor = getattr(x, "__reduce_ex__", _MISSING)
                if reductor is not None and reductor is not _MISSING:
                    rv = reductor(4)
                else:
                    rv = _reduction(x, cls, reductor, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # an object that is its own copy is not memoized
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)   # x lives as long as the memo, so its id is not reused meanwhile
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, bytes, str, _CodeType,
          type, range, _BuiltinFunctionType, _FunctionType, property):
    d[t] = _deepcopy_atomic
if _weakref is not None:
    d[_weakref.ref] = _deepcopy_atomic

# each copies its items with this module's deepcopy, as a Python copier's deepcopy=deepcopy default would
_deepcopy_list, _deepcopy_tuple, _deepcopy_dict = _deep_copiers(d, deepcopy, _deepcopy_atomic)
d[list] = _deepcopy_list
d[tuple] = _deepcopy_tuple
d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):   # a bound method: the same function, bound to a copy of the instance
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


class _MethodHolder:
    def method(self):
        pass


d[type(_MethodHolder().method)] = _deepcopy_method

del d, t, _MethodHolder


# _keep_alive(x, memo) keeps a reference to x in the memo (a list at the memo's own id), as the memo
# remembers objects by id: memo[id(memo)].append(x), or memo[id(memo)] = [x] on a KeyError
_keep_alive = _copy_keep_alive


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    """The copy of x that its reduction (func, args, state, listiter, dictiter) describes."""
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
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
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
