"""dataclasses, written in the script language from the module's documentation (3.11).

As CPython's, the methods a dataclass gets are generated as source text and compiled once per class:
__init__ has the fields as its named parameters (inspect.signature, the call errors and the class
docstring come from that), and each method reads its fields directly rather than looping over them.
"""
import _thread
import sys as _sys

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "fields",
           "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _Slotted:
    __slots__ = ("slot",)


# types' names, without importing types for them (dataclasses is imported early by many programs)
_MappingProxyType = type(type.__dict__)
_MemberDescriptorType = type(_Slotted.slot)


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


# the default a generated __init__ shows for a field with a default_factory
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


# an annotation `_: KW_ONLY` makes the fields after it keyword-only
KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")


class InitVar:
    """The annotation of an init-only pseudo-field: an __init__ parameter handed to __post_init__."""
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare", "metadata",
                 "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _MappingProxyType({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        # a descriptor given as a default is told its name, as if it were the class attribute
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen = (
            init, repr, eq, order, unsafe_hash, frozen)

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},"
                f"unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """A field's options, given as its default in the class body."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """The fields of a dataclass or instance, in order, without the ClassVar and InitVar pseudo-fields."""
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def _copy_out(obj, factory, named):
    """asdict's and astuple's recursion: dataclasses through the factory, namedtuples, lists, tuples
    and dicts rebuilt as their own type, anything else deep-copied."""
    if _is_dataclass_instance(obj):
        if named:
            return factory([(f.name, _copy_out(getattr(obj, f.name), factory, named)) for f in fields(obj)])
        return factory([_copy_out(getattr(obj, f.name), factory, named) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_copy_out(v, factory, named) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_copy_out(v, factory, named) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_copy_out(k, factory, named), _copy_out(v, factory, named)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _copy_out(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _copy_out(obj, tuple_factory, False)


def replace(obj, /, **changes):
    """A new object of obj's class, its fields' values with changes applied, made through __init__."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with "
                                 "replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _is_classvar(tp):
    typing = _sys.modules.get("typing")
    if isinstance(tp, str):
        return tp.startswith(("ClassVar", "typing.ClassVar"))
    return typing is not None and (tp is typing.ClassVar or typing.get_origin(tp) is typing.ClassVar)


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith(("InitVar", "dataclasses.InitVar"))
    return tp is InitVar or isinstance(tp, InitVar)


def _is_kw_only(tp):
    return tp is KW_ONLY or (isinstance(tp, str) and tp in ("KW_ONLY", "dataclasses.KW_ONLY"))


def _get_field(cls, name, tp, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            default = MISSING  # a slot of a base class, not a default
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD_CLASSVAR if _is_classvar(tp) else _FIELD_INITVAR if _is_initvar(tp) else _FIELD
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f"field {name} is a ClassVar but specifies kw_only")
    elif f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
    return f


class _Source:
    """The generated methods of one class: their text, and the names the text refers to."""

    def __init__(self, cls):
        self.cls = cls
        self.lines = []
        self.names = {"__dataclass_builtins_object__": object, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
                      "FrozenInstanceError": FrozenInstanceError, "MISSING": MISSING, "__dataclass_cls__": cls}
        self.made = []
        self.annotations = None  # __init__'s, once made

    def add(self, name, header, body):
        if name != "__hash__" and name in self.cls.__dict__:  # the hash rules decide __hash__ themselves
            return False
        self.lines.append(f" def {name}{header}:")
        self.lines.extend("  " + line for line in body)
        self.made.append(name)
        return True

    def install(self):
        if not self.made:
            return
        text = "def __create_fn__():\n" + "\n".join(self.lines) + "\n return " + ", ".join(self.made) + ",\n"
        namespace = {}
        exec(text, self.names, namespace)
        for name, fn in zip(self.made, namespace["__create_fn__"]()):
            fn.__qualname__ = f"{self.cls.__qualname__}.{fn.__name__}"
            setattr(self.cls, name, fn)


def _format_annotation(tp):
    # as inspect.formatannotation, without importing inspect for every dataclass's docstring
    if getattr(tp, "__module__", None) == "typing":
        return repr(tp).replace("typing.", "")
    if isinstance(tp, type) and not hasattr(tp, "__origin__"):
        return tp.__qualname__ if tp.__module__ == "builtins" else tp.__module__ + "." + tp.__qualname__
    return str(tp) if hasattr(tp, "__origin__") and not isinstance(tp, InitVar) else repr(tp)


def _text_signature(std_fields, kw_fields):
    """The generated __init__'s signature as inspect.signature shows it: the class docstring."""
    def shown(f):
        text = f"{f.name}: {_format_annotation(f.type)}"
        if f.default_factory is not MISSING:
            return text + " = <factory>"
        if f.default is not MISSING:
            return text + " = " + repr(f.default)
        return text
    params = [shown(f) for f in std_fields]
    if kw_fields:
        params += ["*"] + [shown(f) for f in kw_fields]
    return "(" + ", ".join(params) + ")"


def _tuple_of(prefix, fs):
    return "(" + "".join(f"{prefix}.{f.name}," for f in fs) + ")"


def _init(src, std_fields, kw_fields, all_fields, frozen, has_post_init, slots):
    params = ["self"]
    annotations = {}

    def param(f):
        src.names[f"_type_{f.name}"] = f.type
        annotations[f.name] = f.type
        if f.default_factory is not MISSING:
            return f"{f.name}:_type_{f.name}=_HAS_DEFAULT_FACTORY"
        if f.default is not MISSING:
            src.names[f"_dflt_{f.name}"] = f.default
            return f"{f.name}:_type_{f.name}=_dflt_{f.name}"
        return f"{f.name}:_type_{f.name}"

    params += [param(f) for f in std_fields]
    if kw_fields:
        params += ["*"] + [param(f) for f in kw_fields]
    body = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            src.names[f"_dflt_{f.name}"] = f.default_factory
            value = (f"_dflt_{f.name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}" if f.init
                     else f"_dflt_{f.name}()")
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            src.names[f"_dflt_{f.name}"] = f.default
            value = f"_dflt_{f.name}"
        else:
            continue  # no value: reading it finds the class attribute holding the default
        if frozen:
            body.append(f"__dataclass_builtins_object__.__setattr__(self,{f.name!r},{value})")
        else:
            body.append(f"self.{f.name}={value}")
    if has_post_init:
        initvars = ",".join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f"self.__post_init__({initvars})")
    annotations["return"] = None
    src.add("__init__", "(" + ",".join(params) + ")", body or ["pass"])
    src.annotations = annotations


def _process(cls, init, repr_, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    all_fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            base_frozen = base.__dataclass_params__.frozen
            all_frozen_bases = base_frozen if all_frozen_bases is None else all_frozen_bases and base_frozen
            any_frozen_base = any_frozen_base or base_frozen

    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    marker_seen = False
    for name, tp in annotations.items():
        if _is_kw_only(tp):
            if marker_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            marker_seen = True
            kw_only = True
            continue
        own.append(_get_field(cls, name, tp, kw_only))
    for f in own:
        all_fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr_, eq, order, unsafe_hash, frozen)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    every = list(all_fields.values())
    real = [f for f in every if f._field_type is _FIELD]
    init_fields = [f for f in every if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
    std_fields = [f for f in init_fields if not f.kw_only]
    kw_fields = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in std_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")

    src = _Source(cls)
    if init:
        _init(src, std_fields, kw_fields, every, frozen, hasattr(cls, "__post_init__"), slots)
    if repr_:
        shown = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in real if f.repr)
        src.add("__repr__", "(self)", [
            "key = id(self), _thread_ident()",
            "if key in _repr_running:",
            "  return '...'",
            "_repr_running.add(key)",
            "try:",
            f"  return self.__class__.__qualname__ + f\"({shown})\"",
            "finally:",
            "  _repr_running.discard(key)"])
        src.names["_repr_running"] = set()
        src.names["_thread_ident"] = _thread.get_ident
    compared = [f for f in real if f.compare]
    if eq:
        src.add("__eq__", "(self,other)", [
            "if other.__class__ is self.__class__:",
            f"  return {_tuple_of('self', compared)}=={_tuple_of('other', compared)}",
            "return NotImplemented"])
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
            src.add(name, "(self,other)", [
                "if other.__class__ is self.__class__:",
                f"  return {_tuple_of('self', compared)}{op}{_tuple_of('other', compared)}",
                "return NotImplemented"])
    if frozen:
        names = "(" + "".join(f"{f.name!r}," for f in real) + ")"
        for name, verb, call in (("__setattr__", "assign to", "__setattr__(name, value)"),
                                 ("__delattr__", "delete", "__delattr__(name)")):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
            args = "(self,name,value)" if name == "__setattr__" else "(self,name)"
            src.add(name, args, [
                f"if type(self) is __dataclass_cls__ or name in {names}:",
                f"  raise FrozenInstanceError(f\"cannot {verb} field {{name!r}}\")",
                f"super(__dataclass_cls__, self).{call}"])
    # __hash__ as the documented table of unsafe_hash, eq, frozen and an explicit __hash__ says
    hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash and has_explicit_hash:
        raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
    if unsafe_hash or (eq and frozen and not has_explicit_hash):
        src.add("__hash__", "(self)", [f"return hash({_tuple_of('self', hashed)})"])
    elif eq and not frozen and not has_explicit_hash:
        cls.__hash__ = None
    src.install()
    if src.annotations is not None and "__init__" in src.made:
        cls.__init__.__annotations__ = src.annotations

    if not getattr(cls, "__doc__"):
        if "__init__" in src.made:
            cls.__doc__ = cls.__name__ + _text_signature(std_fields, kw_fields)
        else:
            try:
                import inspect
                cls.__doc__ = cls.__name__ + str(inspect.signature(cls)).replace(" -> None", "")
            except (TypeError, ValueError):
                cls.__doc__ = ""
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in std_fields)
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _with_slots(cls, real, weakref_slot)
        # the generated methods share src.names as their globals: super() and the frozen checks
        # there name the class, which is now the new one
        src.names["__dataclass_cls__"] = cls
    if getattr(cls, "__abstractmethods__", None):
        import abc  # only a class with abstract methods can have its set change
        abc.update_abstractmethods(cls)
    return cls


def _with_slots(cls, real, weakref_slot):
    """A new class like cls with __slots__ for its fields (a class's slots are fixed when it is made)."""
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    names = tuple(f.name for f in real)
    ns = {k: v for k, v in cls.__dict__.items() if k not in names and k not in ("__dict__", "__weakref__")}
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, "__slots__", ()))
    ns["__slots__"] = tuple(n for n in names if n not in inherited) + (("__weakref__",) if weakref_slot else ())
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = cls.__qualname__
    return new


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds generated special methods to a class with annotated fields."""
    def wrap(c):
        return _process(c, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """A new dataclass named cls_name: fields are names, (name, type) or (name, type, Field)."""
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        import keyword
        if keyword.iskeyword(name):
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns["__annotations__"] = annotations

    import types
    cls = types.new_class(cls_name, bases, {}, exec_body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
