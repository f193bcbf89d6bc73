"""typing, written in the script language from the module's documentation.

Annotations are not checked; what exists is what programs use at run time: the names annotations
subscript (List[int], Optional[str], Callable[[int], str], ...) with CPython's reprs, TypeVar,
Generic, Protocol with runtime_checkable isinstance checks, NamedTuple and TypedDict in class and
functional syntax, Literal, Final, ClassVar, Annotated, overload, final, cast, NewType and
get_type_hints. Differences from CPython: subscripted aliases such as List[int] cannot be used as
base classes (Generic[T] and Protocol[T] can), and isinstance() with them raises as CPython's does
only for the common cases.
"""

import collections as _collections
import collections.abc as _abc
import sys as _sys
import _typing
from _generic_alias import GenericAlias as _PEP585Alias, UnionType as _UnionType, _parameters

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    if isinstance(obj, str):
        return obj
    return repr(obj)


class _GenericAlias:
    """A subscripted special name: List[int], Optional[str], Literal['a']; origin and arguments kept."""

    def __init__(self, origin, args, name, literal=False):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._literal = literal
        self.__parameters__ = () if literal else _parameters(args)

    def __repr__(self):
        shown = [repr(a) for a in self.__args__] if self._literal else [_type_repr(a) for a in self.__args__]
        return "typing." + self._name + "[" + ", ".join(shown) + "]"

    def __eq__(self, other):
        if self.__origin__ is Union and isinstance(other, _UnionType):
            return set(self.__args__) == set(other.__args__)  # Union[int, str] == int | str
        return isinstance(other, _GenericAlias) and self.__origin__ == other.__origin__ \
            and self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash(frozenset(self.__args__))  # equal to the int | str it equals
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, type):
            return self.__origin__(*args, **kwargs)
        raise TypeError("Cannot instantiate " + repr(self))

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, self.__args__ + (params if isinstance(params, tuple) else (params,)),
                             self._name, self._literal)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else ()


class _SpecialForm:
    """A name such as Any, List or Optional: subscriptable, not instantiable."""

    def __init__(self, name, origin=None, literal=False, subscript=None):
        self._name = name
        self.__origin__ = origin
        self._literal = literal
        self._subscript = subscript

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        args = params if isinstance(params, tuple) else (params,)
        if self._subscript is not None:
            return self._subscript(args)
        return _GenericAlias(self.__origin__ if self.__origin__ is not None else self, args, self._name,
                             self._literal)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate " + repr(self))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(repr(self) + " cannot be used with isinstance()")

    def __reduce__(self):
        return self._name


def _union(args):
    flat = []
    for a in args:
        a = type(None) if a is None else a
        union = isinstance(a, _UnionType) or isinstance(a, _GenericAlias) and a._name in ("Union", "Optional")
        members = a.__args__ if union else (a,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        other = flat[0] if flat[1] is type(None) else flat[1]
        return _OptionalAlias(Union, tuple(flat), other)
    return _GenericAlias(Union, tuple(flat), "Union")


class _OptionalAlias(_GenericAlias):
    def __init__(self, origin, args, other):
        super().__init__(origin, args, "Optional")
        self._other = other

    def __repr__(self):
        return "typing.Optional[" + _type_repr(self._other) + "]"


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Union = _SpecialForm("Union", subscript=_union)
Optional = _SpecialForm("Optional", subscript=lambda args: _union(args + (None,)))
Literal = _SpecialForm("Literal", literal=True)
Annotated = _SpecialForm("Annotated")
Concatenate = _SpecialForm("Concatenate")
TypeAlias = _SpecialForm("TypeAlias")
TypeGuard = _SpecialForm("TypeGuard")
Required = _SpecialForm("Required")
NotRequired = _SpecialForm("NotRequired")
Unpack = _SpecialForm("Unpack")

List = _SpecialForm("List", list)
Dict = _SpecialForm("Dict", dict)
Set = _SpecialForm("Set", set)
FrozenSet = _SpecialForm("FrozenSet", frozenset)
Tuple = _SpecialForm("Tuple", tuple)
Type = _SpecialForm("Type", type)
DefaultDict = _SpecialForm("DefaultDict", _collections.defaultdict)
OrderedDict = _SpecialForm("OrderedDict", _collections.OrderedDict)
Counter = _SpecialForm("Counter", _collections.Counter)
Deque = _SpecialForm("Deque", _collections.deque)
ChainMap = _SpecialForm("ChainMap")


class _AbcAlias(_SpecialForm):
    """A deprecated alias of a collections.abc class (typing.Iterable, typing.Mapping, ...):
    usable with isinstance/issubclass and as a base class, as that class."""

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


for _name in ["Callable", "Iterable", "Iterator", "Awaitable", "Coroutine", "Sequence", "MutableSequence",
              "Mapping", "MutableMapping", "AbstractSet", "MutableSet", "AsyncIterator", "AsyncIterable",
              "Generator", "AsyncGenerator", "Collection", "Container", "Hashable", "Sized", "Reversible",
              "KeysView", "ValuesView", "ItemsView", "MappingView"]:
    globals()[_name] = _AbcAlias(_name, getattr(_abc, "Set" if _name == "AbstractSet" else _name))
for _name in ["ContextManager", "AsyncContextManager",
              "Pattern", "Match", "IO", "TextIO", "BinaryIO", "SupportsInt", "SupportsFloat", "SupportsIndex",
              "SupportsAbs", "SupportsRound", "SupportsBytes", "SupportsComplex"]:
    globals()[_name] = _SpecialForm(_name)
del _name
Text = str


def _caller_module(depth=2):
    try:
        return _sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        self.__module__ = _caller_module()

    def __repr__(self):
        return ("+" if self.__covariant__ else "-" if self.__contravariant__ else "~") + self.__name__

    def __typing_subst__(self, arg):
        # what marks a type variable for types.GenericAlias: list[T].__parameters__ and list[T][int]
        return arg

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    pass


class TypeVarTuple(TypeVar):
    pass


AnyStr = TypeVar("AnyStr", bytes, str)


class _UserAlias(_GenericAlias):
    """A generic class subscripted, Box[int]: shown as the class with its arguments, callable to make
    an instance (which remembers the alias as __orig_class__), and a base class standing for the class."""

    def __repr__(self):
        return _type_repr(self.__origin__) + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass  # a class with __slots__ or a frozen one keeps no record, as in CPython
        return result

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class Generic:
    """Base of generic classes: Box[int] is an alias of Box that instantiates Box."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _UserAlias(cls, params, cls.__name__)


_SPECIAL_NAMES = frozenset({"__module__", "__qualname__", "__doc__", "__dict__", "__weakref__",
                            "__annotations__", "__init__", "__parameters__", "__abstractmethods__", "__slots__",
                            "__class_getitem__", "__init_subclass__", "__subclasshook__", "__orig_bases__",
                            "__match_args__", "__new__", "_is_protocol", "_is_runtime_protocol",
                            "__protocol_attrs__", "__non_callable_proto_members__"})


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if not cls.__dict__.get("_is_protocol", False):
            return cls in type(instance).__mro__
        if not cls.__dict__.get("_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if cls in type(instance).__mro__:
            return True
        # the members: the names of base.__dict__ and base.__dict__.get("__annotations__", {}) for
        # each base of cls.__mro__[:-1] not named Protocol or Generic, but _abc_* and _SPECIAL_NAMES;
        # for each, hasattr(instance, name), and a member callable on cls must not be None on
        # instance (which blocks it). In Java (_typing), as every isinstance walks them again.
        return _typing._has_protocol_members(cls, instance, _SPECIAL_NAMES)


class Protocol(metaclass=_ProtocolMeta):
    """Base of structural types; with @runtime_checkable, isinstance checks the members exist."""
    _is_protocol = True

    def __init_subclass__(cls, **kwargs):
        cls._is_protocol = any(b is Protocol for b in cls.__bases__)

    def __class_getitem__(cls, params):
        return cls


def runtime_checkable(cls):
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got " + repr(cls))
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: " + repr(arg))


def _overload_dummy(*args, **kwds):
    raise NotImplementedError("You should not call an overloaded function. A series of @overload-decorated "
                              "functions outside a stub module should always be followed by an implementation "
                              "that is not @overload-ed.")


def overload(func):
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def type_check_only(func):
    return func


def reveal_type(obj):
    print("Runtime type is " + repr(type(obj).__name__), file=_sys.stderr)
    return obj


class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __repr__(self):
        return self.__module__ + "." + self.__qualname__

    def __call__(self, x):
        return x


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _PEP585Alias)):
        return tp.__origin__
    if isinstance(tp, _UnionType):
        return _UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _OptionalAlias):
        return tp.__args__
    if isinstance(tp, (_GenericAlias, _PEP585Alias, _UnionType)):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, method, class (its MRO merged) or module, strings evaluated."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ns = globalns
            if ns is None:
                ns = getattr(_sys.modules.get(base.__module__), "__dict__", {})
            for name, value in base.__dict__.get("__annotations__", {}).items():
                hints[name] = _evaluate(value, ns, localns if localns is not None else dict(vars(obj)))
        return hints
    annotations = getattr(obj, "__annotations__", None)
    if annotations is None:
        if callable(obj) or hasattr(obj, "__dict__"):
            return {}
        raise TypeError(repr(obj) + " is not a module, class, method, or function.")
    if globalns is None:
        module = getattr(obj, "__module__", None)
        globalns = getattr(_sys.modules.get(module), "__dict__", {}) if module else getattr(obj, "__dict__", {})
    return {name: _evaluate(value, globalns, localns) for name, value in annotations.items()}


def _evaluate(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


# ---------------------------------------------------------------- NamedTuple

_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
                         "_make", "_replace", "_asdict", "_source"})
_special = frozenset({"__module__", "__name__", "__annotations__", "__qualname__"})


class _NamedTupleMeta(type):
    def __new__(mcs, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(mcs, typename, bases, ns)
        annotations = ns.get("__annotations__", {})
        fields = list(annotations)
        defaults = []
        for name in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                with_default = [f for f in fields if f in ns]
                raise TypeError("Non-default namedtuple field " + name + " cannot follow default field"
                                + ("s " if len(with_default) > 1 else " ") + ", ".join(with_default))
        nt = _collections.namedtuple(typename, fields, defaults=defaults, module=ns["__module__"])
        nt.__annotations__ = dict(annotations)
        for key, value in ns.items():
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _special and key not in fields and not (key == "__doc__" and value is None):
                setattr(nt, key, value)
        return nt

    def __call__(cls, typename=None, fields=None, **kwargs):
        # the functional form: NamedTuple("Point", [("x", int), ("y", int)])
        if fields is None:
            fields = list(kwargs.items())
        nt = _collections.namedtuple(typename, [name for name, _ in fields], module=_caller_module())
        nt.__annotations__ = dict(fields)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


# ---------------------------------------------------------------- TypedDict

class _TypedDictMeta(type):
    def __new__(mcs, name, bases, ns, total=True):
        if ns.get("_root", False):
            return super().__new__(mcs, name, bases, ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        for key in own:
            (required if total else optional).add(key)
        ns = dict(ns)
        ns["__annotations__"] = annotations
        ns["__required_keys__"] = frozenset(required)
        ns["__optional_keys__"] = frozenset(optional)
        ns["__total__"] = total
        return super().__new__(mcs, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get("_root", False):
            # the functional form: TypedDict("Movie", {"title": str}, total=False)
            name, fields = args[0], args[1] if len(args) > 1 else {}
            ns = {"__annotations__": dict(fields), "__module__": _caller_module()}
            return _TypedDictMeta(name, (), ns, total=kwargs.get("total", True))
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


class TypedDict(metaclass=_TypedDictMeta):
    _root = True
