# types.GenericAlias (PEP 585: list[int]) and types.UnionType (PEP 604: int | None), written from
# the types module's documentation and CPython 3.11's observed behaviour. The interpreter makes a
# GenericAlias when a built-in generic class is subscripted (runtime/GenericAliases) and a UnionType
# for `type | type`; library classes get theirs with `__class_getitem__ = classmethod(GenericAlias)`.
# Nothing here is on a hot path: aliases are made where annotations are evaluated.

# The attributes an alias answers itself; every other name is read from its origin class, so
# list[int].append is list.append and list[int].__name__ is "list".
_OWN = frozenset({"__class__", "__origin__", "__args__", "__parameters__", "__unpacked__",
                  "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
                  "__copy__", "__deepcopy__", "_remade"})


def _repr_item(a):
    """How an argument shows inside an alias: classes by (qualified) name, other aliases by repr."""
    if a is ...:
        return "..."
    if hasattr(a, "__origin__") and hasattr(a, "__args__"):
        return repr(a)
    qualname = getattr(a, "__qualname__", None)
    module = getattr(a, "__module__", None)
    if qualname is None or module is None:
        return repr(a)
    return qualname if module == "builtins" else module + "." + qualname


def _is_typevar(a):
    # TypeVar, ParamSpec and TypeVarTuple are what may be substituted (typing gives them __typing_subst__)
    return not isinstance(a, type) and hasattr(type(a), "__typing_subst__")


def _parameters(args):
    """The type variables in args, in first-seen order, those of nested aliases included."""
    found = []
    for a in args:
        if isinstance(a, type):
            continue
        if _is_typevar(a):
            if a not in found:
                found.append(a)
            continue
        for p in getattr(a, "__parameters__", ()) or ():
            if p not in found:
                found.append(p)
    return tuple(found)


def _substitute(alias, items):
    """The alias's arguments with its type variables replaced by items (list[T][int])."""
    params = alias.__parameters__
    if not params:
        raise TypeError(repr(alias) + " is not a generic class")
    if not isinstance(items, tuple):
        items = (items,)
    if len(items) != len(params):
        raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                        % ("many" if len(items) > len(params) else "few", alias, len(items), len(params)))
    new = []
    for a in alias.__args__:
        if isinstance(a, type):
            new.append(a)
        elif _is_typevar(a):
            new.append(items[params.index(a)])
        else:
            inner = getattr(a, "__parameters__", ()) or ()
            if inner:
                sub = tuple(items[params.index(p)] for p in inner)
                new.append(a[sub if len(sub) != 1 else sub[0]])
            else:
                new.append(a)
    return tuple(new)


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _type_or(left, right):
    """`left | right` for the operands of a type union (classes, None, aliases, unions), else NotImplemented."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    args = []
    for side in (left, right):
        for a in (side.__args__ if isinstance(side, UnionType) else (side,)):
            if a is None:
                a = type(None)
            if a not in args:
                args.append(a)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    object.__setattr__(u, "_args", tuple(args))
    return u


class GenericAlias:
    """A parameterized generic, list[int]: the origin class with its arguments, for annotations.
    Calling it makes an instance of the origin; other attributes are the origin's."""
    __module__ = "types"  # set in the body: messages name the class as CPython's C type, types.GenericAlias
    __slots__ = ("__origin__", "__args__", "__parameters__")
    __unpacked__ = False  # *tuple[int] (PEP 646) is not made here
    __typing_unpacked_tuple_args__ = None

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _parameters(args))

    def __getattribute__(self, name):
        if name in _OWN:
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "__origin__"), name)

    def __repr__(self):
        args = self.__args__
        shown = ", ".join(_repr_item(a) for a in args) if args else "()"
        return _repr_item(self.__origin__) + "[" + shown + "]"

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass  # built-in instances (and slotted or frozen ones) keep no record, as in CPython
        return result

    def __getitem__(self, items):
        return self._remade(_substitute(self, items))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        return type(self), (self.__origin__, self.__args__)

    # This interpreter's copy module asks for these where CPython's goes through __reduce_ex__;
    # the copy is the same: a new alias of the same origin and (copied) arguments.
    def __copy__(self):
        return self._remade(self.__args__)

    def __deepcopy__(self, memo):
        import copy
        return self._remade(copy.deepcopy(self.__args__, memo))

    def _remade(self, args):
        new = object.__new__(type(self))
        GenericAlias.__init__(new, self.__origin__, args)
        return new


class _CallableGenericAlias(GenericAlias):
    """collections.abc.Callable[[int], str]: the parameter list flattened into __args__ before the
    result type, (int, str), and shown again as a list."""
    __module__ = "collections.abc"
    __slots__ = ()

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            params = "..."
        else:
            params = "[" + ", ".join(_repr_item(a) for a in args[:-1]) + "]"
        return _repr_item(self.__origin__) + "[" + params + ", " + _repr_item(args[-1]) + "]"


def _callable_alias(origin, params):
    """collections.abc.Callable's __class_getitem__: Callable[[args...], result] or Callable[..., result]."""
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError("Callable must be used as Callable[[arg, ...], result].")
    args, result = params
    if isinstance(args, list):
        flat = tuple(args) + (result,)
    elif args is ...:
        flat = (..., result)
    else:
        raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got " + repr(args))
    alias = object.__new__(_CallableGenericAlias)
    GenericAlias.__init__(alias, origin, flat)
    return alias


class UnionType:
    """`X | Y` of classes and aliases: isinstance and issubclass accept it as they do a tuple."""
    __module__ = "types"
    __slots__ = ("_args",)

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        return _parameters(self._args)

    def __repr__(self):
        return " | ".join("None" if a is type(None) else _repr_item(a) for a in self._args)

    def __getitem__(self, items):
        args = _substitute(self, items)
        result = args[0]
        for a in args[1:]:
            result = result | a
        return result

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self._args) == set(other._args)

    def __hash__(self):
        return hash(frozenset(self._args))

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __instancecheck__(self, obj):
        for a in self._args:
            if isinstance(obj, a):
                return True
        return False

    def __subclasscheck__(self, cls):
        for a in self._args:
            if issubclass(cls, a):
                return True
        return False

