"""dataclasses, written in the script language (frozen instances are not enforced)."""


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True):
        self.name = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare

    def __repr__(self):
        return "Field(name=" + repr(self.name) + ",default=" + repr(self.default) + ")"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, compare)


def fields(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return tuple(cls.__dataclass_fields__.values())


def asdict(obj):
    result = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        result[f.name] = asdict(value) if hasattr(type(value), "__dataclass_fields__") else value
    return result


def astuple(obj):
    return tuple(getattr(obj, f.name) for f in fields(obj))


def _process(cls, init, repr_, eq, order):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields:
            all_fields.update(base_fields)
    own = cls.__dict__.get("__annotations__", {})
    for name in own:
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else Field(default)
        f.name = name
        if isinstance(default, Field) and f.default is not MISSING:
            setattr(cls, name, f.default)
        if f.default_factory is MISSING and isinstance(f.default, (list, dict, set)):
            raise ValueError("mutable default " + str(type(f.default)) + " for field " + name
                             + " is not allowed: use default_factory")
        all_fields[name] = f
    init_fields = [f for f in all_fields.values() if f.init]
    seen_default = False
    for f in init_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument '" + f.name + "' follows default argument")
    cls.__dataclass_fields__ = all_fields
    qualname = cls.__qualname__ if hasattr(cls, "__qualname__") else cls.__name__

    if init:
        def __init__(self, *args, **kwargs):
            if len(args) > len(init_fields):
                raise TypeError(qualname + ".__init__() takes " + str(len(init_fields) + 1)
                                + " positional arguments but " + str(len(args) + 1) + " were given")
            missing = []
            for i, f in enumerate(init_fields):
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
                    missing.append(f.name)
                    continue
                setattr(self, f.name, value)
            for name in kwargs:
                raise TypeError(qualname + ".__init__() got an unexpected keyword argument '" + name + "'")
            if missing:
                names = " and ".join("'" + m + "'" for m in missing) if len(missing) <= 2 else \
                    ", ".join("'" + m + "'" for m in missing[:-1]) + ", and '" + missing[-1] + "'"
                raise TypeError(qualname + ".__init__() missing " + str(len(missing)) + " required positional argument"
                                + ("" if len(missing) == 1 else "s") + ": " + names)
            for f in all_fields.values():
                if not f.init:
                    if f.default_factory is not MISSING:
                        setattr(self, f.name, f.default_factory())
                    elif f.default is not MISSING:
                        setattr(self, f.name, f.default)
            post = getattr(self, "__post_init__", None)
            if post is not None:
                post()
        cls.__init__ = __init__

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


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, frozen=False):
    def wrap(c):
        return _process(c, init, repr, eq, order)
    if cls is None:
        return wrap
    return wrap(cls)
