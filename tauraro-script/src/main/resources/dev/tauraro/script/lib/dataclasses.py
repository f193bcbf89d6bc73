"""dataclasses, written in the script language."""


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return "KW_ONLY"


# an annotation `_: KW_ONLY` makes the fields after it keyword-only
KW_ONLY = _KW_ONLY_TYPE()


class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True,
                 kw_only=MISSING):
        self.name = None
        self.kw_only = kw_only
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare

    def __repr__(self):
        return "Field(name=" + repr(self.name) + ",default=" + repr(self.default) + ")"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, compare, kw_only)


class FrozenInstanceError(AttributeError):
    pass


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return not isinstance(obj, type) and hasattr(type(obj), "__dataclass_fields__")


def fields(class_or_instance):
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(found.values())


def _inner(obj, factory, named):
    """asdict's and astuple's copy: dataclasses through the factory, containers rebuilt as their own type."""
    if _is_dataclass_instance(obj):
        values = [_inner(getattr(obj, f.name), factory, named) for f in fields(obj)]
        return factory(list(zip([f.name for f in fields(obj)], values)) if named else values)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_inner(v, factory, named) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_inner(v, factory, named) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_inner(k, factory, named), _inner(v, factory, named)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _inner(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _inner(obj, tuple_factory, False)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError("field " + f.name + " is declared with init=False, it cannot be specified with "
                                 "replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _process(cls, init, repr_, eq, order, frozen, match_args, kw_only, slots):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields:
            all_fields.update(base_fields)
    own = cls.__dict__.get("__annotations__", {})
    after_marker = kw_only
    for name in own:
        if own[name] is KW_ONLY:
            after_marker = True
            continue
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else Field(default)
        f.name = name
        if f.kw_only is MISSING:
            f.kw_only = after_marker
        if isinstance(default, Field) and f.default is not MISSING:
            setattr(cls, name, f.default)
        if f.default_factory is MISSING and isinstance(f.default, (list, dict, set)):
            raise ValueError("mutable default " + str(type(f.default)) + " for field " + name
                             + " is not allowed: use default_factory")
        all_fields[name] = f
    init_fields = [f for f in all_fields.values() if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument '" + f.name + "' follows default argument")
    if slots:
        cls = _with_slots(cls, all_fields)
    cls.__dataclass_fields__ = all_fields
    qualname = cls.__qualname__ if hasattr(cls, "__qualname__") else cls.__name__
    # a frozen class's own __setattr__ refuses, so its __init__ writes through object's
    set_field = object.__setattr__ if frozen else setattr

    if init:
        def __init__(self, *args, **kwargs):
            if len(args) > len(positional):
                n = len(positional) + 1
                raise TypeError(qualname + ".__init__() takes " + str(n) + " positional argument"
                                + ("" if n == 1 else "s") + " but " + str(len(args) + 1) + " were given")
            missing = []
            missing_kw = []
            for i, f in enumerate(positional + keyword_only):
                if i < len(args):
                    if f.name in kwargs:
                        raise TypeError(qualname + ".__init__() got multiple values for argument '" + f.name + "'")
                    value = args[i]
                elif f.name in kwargs:
                    value = kwargs.pop(f.name)
                elif f.default is not MISSING:
                    value = f.default
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    (missing_kw if f.kw_only else missing).append(f.name)
                    continue
                set_field(self, f.name, value)
            for name in kwargs:
                raise TypeError(qualname + ".__init__() got an unexpected keyword argument '" + name + "'")
            for kind, absent in (("positional", missing), ("keyword-only", missing_kw)):
                if absent:
                    names = " and ".join("'" + m + "'" for m in absent) if len(absent) <= 2 else \
                        ", ".join("'" + m + "'" for m in absent[:-1]) + ", and '" + absent[-1] + "'"
                    raise TypeError(qualname + ".__init__() missing " + str(len(absent)) + " required " + kind
                                    + " argument" + ("" if len(absent) == 1 else "s") + ": " + names)
            for f in all_fields.values():
                if not f.init:
                    if f.default_factory is not MISSING:
                        set_field(self, f.name, f.default_factory())
                    elif f.default is not MISSING:
                        set_field(self, f.name, f.default)
            post = getattr(self, "__post_init__", None)
            if post is not None:
                post()
        cls.__init__ = __init__

    if match_args and "__match_args__" not in cls.__dict__:
        # what class patterns (case Point(x, y)) match positionally
        cls.__match_args__ = tuple(f.name for f in positional)

    if repr_ and "__repr__" not in cls.__dict__:
        def __repr__(self):
            shown = [f for f in all_fields.values() if f.repr]
            return qualname + "(" + ", ".join(f.name + "=" + repr(getattr(self, f.name)) for f in shown) + ")"
        cls.__repr__ = __repr__

    def _key(self):
        return tuple(getattr(self, f.name) for f in all_fields.values() if f.compare)

    if eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return _key(self) == _key(other)
        cls.__eq__ = __eq__

    if eq and frozen:
        def __hash__(self):
            return hash(_key(self))
        cls.__hash__ = __hash__
    elif eq and "__hash__" not in cls.__dict__:
        cls.__hash__ = None

    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError("cannot assign to field " + repr(name))
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError("cannot delete field " + repr(name))
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    if order:
        def __lt__(self, other):
            return _key(self) < _key(other)

        def __le__(self, other):
            return _key(self) <= _key(other)

        def __gt__(self, other):
            return _key(self) > _key(other)

        def __ge__(self, other):
            return _key(self) >= _key(other)
        cls.__lt__ = __lt__
        cls.__le__ = __le__
        cls.__gt__ = __gt__
        cls.__ge__ = __ge__
    return cls


def _with_slots(cls, all_fields):
    """A new class like cls with __slots__ for its fields (a class's slots are fixed when it is made)."""
    names = tuple(all_fields)
    ns = {k: v for k, v in cls.__dict__.items() if k not in names and k not in ("__dict__", "__weakref__")}
    inherited = set()
    for base in cls.__mro__[1:]:
        inherited.update(getattr(base, "__slots__", ()))
    ns["__slots__"] = tuple(n for n in names if n not in inherited)
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = cls.__qualname__
    return new


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, frozen=False, match_args=True,
              kw_only=False, slots=False):
    def wrap(c):
        return _process(c, init, repr, eq, order, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)
