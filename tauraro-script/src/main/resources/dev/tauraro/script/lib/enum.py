"""enum: enumerations, written in the script language from the Python 3.11 documentation and the
behaviour of CPython 3.11 (reprs, str()/format() of the mixed-in types, messages).

How it is built: EnumType.__prepare__ gives the class body an _EnumDict, which records the member
names in order and resolves auto(); EnumType.__new__ makes the class without its members, then makes
each member (an instance of the class, or of its data type such as int for IntEnum), detects
aliases (a second name for an equal value) and fills _member_names_, _member_map_ and
_value2member_map_. Calling the class looks a value up (Enum.__new__), with _missing_ as the
fallback; Flag values that are combinations of members become pseudo-members on demand.

Differences from CPython: no pickling support, no _order_ check, no verify()/EnumCheck or
global_enum(), and the functional API names the new class's module '__main__' unless module= is
given."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique", "property", "member", "nonmember",
           "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP"]

_builtin_property = property


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Stands for a value that _generate_next_value_ computes when the class is made."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an attribute to be a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


class property:
    """The descriptor behind a member's name and value: read-only on members."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc
        self.name = None
        self.owner = None

    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except (KeyError, AttributeError, TypeError):
                raise AttributeError("%r has no attribute %r" % (ownerclass, self.name))
        if self.fget is None:
            raise AttributeError("%r has no attribute %r" % (ownerclass, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("%r cannot set attribute %r" % (self.owner, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("%r cannot delete attribute %r" % (self.owner, self.name))
        self.fdel(instance)


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_%s__" % (cls_name.lstrip("_"),)
    return name.startswith(prefix) and not name.endswith("__")


def _is_single_bit(value):
    return value != 0 and value & (value - 1) == 0


def _bits(value, width):
    # CPython's flag error messages show a sign digit, a space and the bits padded to a common width
    return "0b%d %s" % (1 if value < 0 else 0, bin(abs(value))[2:].zfill(width))


class _EnumDict(dict):
    """The namespace of an enum class body: remembers which names are members, resolves auto()."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._generate = generate

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == "_ignore_":
                if isinstance(value, str):
                    value = value.replace(",", " ").split()
                else:
                    value = list(value)
                self._ignore = value
                for name in value:
                    if name in self._member_names:
                        raise ValueError("_ignore_ cannot specify already set names: %r" % (name,))
            elif key == "_generate_next_value_":
                if self._member_names:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                items = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
                        v = v.value
                    items.append(v)
                value = tuple(items)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        generate = first_enum._generate_next_value_ if first_enum is not None else None
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            # type(name, bases, dict) style: replay the namespace through an _EnumDict
            replay = metacls.__prepare__(cls, bases)
            for key, value in classdict.items():
                replay[key] = value
            classdict = replay
        ignore = classdict._ignore
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        names = list(classdict._member_names)
        values = [classdict[name] for name in names]
        namespace = {}
        for key, value in classdict.items():
            if key not in classdict._member_names and key not in ignore and key != "_ignore_":
                namespace[key] = value
        custom_new = None
        if first_enum is not None:  # Enum's own __new__ is the value lookup, not a member constructor
            custom_new = namespace.pop("__new__", None)
            if isinstance(custom_new, staticmethod):
                custom_new = custom_new.__func__
            if custom_new is None:
                custom_new = first_enum._new_member_
        namespace["_new_member_"] = custom_new
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_unhashable_values_"] = []
        namespace["_member_type_"] = member_type
        namespace["_value_repr_"] = None
        is_flag = first_enum is not None and Flag is not None and issubclass(first_enum, Flag)
        if is_flag:
            if boundary is None:
                boundary = getattr(first_enum, "_boundary_", None) or STRICT
            namespace["_boundary_"] = boundary
        invalid = [name for name in names if name in ("mro", "")]
        if invalid:
            raise ValueError("invalid enum member name(s) %s" % (",".join(repr(n) for n in invalid),))
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        metacls._pick_methods_(enum_class, classdict, member_type, first_enum, bases)

        flag_mask = 0
        for name, value in zip(names, values):
            if isinstance(value, tuple) and member_type is not tuple:
                args = value
            else:
                args = (value,)
            if custom_new is not None:
                new_member = custom_new(enum_class, *args)
            elif member_type is object:
                new_member = object.__new__(enum_class)
            else:
                new_member = member_type.__new__(enum_class, *args)
            if not hasattr(new_member, "_value_"):
                if member_type is object:
                    new_member._value_ = value
                else:
                    try:
                        new_member._value_ = member_type(*args)
                    except Exception:
                        new_member._value_ = value
            value = new_member._value_
            new_member._name_ = name
            new_member.__objclass__ = enum_class
            new_member.__init__(*args)
            new_member._sort_order_ = len(enum_class._member_names_)
            canonical = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
            if canonical is not None:
                new_member = canonical
            elif not is_flag or _is_single_bit(value):
                enum_class._member_names_.append(name)
            if is_flag and isinstance(value, int):
                flag_mask |= value
            # a member named like an inherited attribute (name, value, a method) still wins on the class
            type.__setattr__(enum_class, name, new_member)
            enum_class._member_map_[name] = new_member
            try:
                if value not in enum_class._value2member_map_:
                    enum_class._value2member_map_[value] = new_member
            except TypeError:
                enum_class._unhashable_values_.append(value)
        if is_flag:
            type.__setattr__(enum_class, "_flag_mask_", flag_mask)
            type.__setattr__(enum_class, "_all_bits_", 2 ** flag_mask.bit_length() - 1)
        if Enum is not None:
            # calling the class looks a value up; the member constructor stays reachable for subclasses
            type.__setattr__(enum_class, "__new__", Enum.__new__)
        return enum_class

    @classmethod
    def _pick_methods_(metacls, enum_class, classdict, member_type, first_enum, bases):
        """Enum's repr/str/format win over the data type's (int's repr would show 1, not <N.A: 1>);
        ReprEnum subclasses (IntEnum, StrEnum, IntFlag) keep the data type's str() and format()."""
        if first_enum is None:
            return
        repr_enum = ReprEnum is not None and ReprEnum in bases
        if repr_enum:
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)")
            if "__format__" not in classdict:
                type.__setattr__(enum_class, "__format__", member_type.__format__)
            if "__str__" not in classdict:
                type.__setattr__(enum_class, "__str__",
                                 member_type.__repr__ if member_type in (int, float) else member_type.__str__)
        for name in ("__repr__", "__str__", "__format__"):
            if name in classdict or repr_enum and name != "__repr__":
                continue
            for klass in enum_class.__mro__[1:]:
                if name in klass.__dict__:
                    if not isinstance(klass, EnumType) and klass in (member_type, object):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
                    break

    @staticmethod
    def _get_mixins_(class_name, bases):
        """(data type, first enum base) for a new enum class: (object, None) for Enum itself."""
        if not bases or Enum is None:
            return object, None
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError("new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`")
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (class_name, base))
        member_type = object
        for chain in bases:
            found = None
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType) and base._member_type_ is object:
                    continue
                if isinstance(base, EnumType):
                    found = base._member_type_
                    break
                if "__new__" in base.__dict__ or base in (int, str, float, tuple, bytes):
                    found = base
                    break
            if found is not None:
                member_type = found
                break
        return member_type, last

    def __call__(cls, value=_auto_null, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            if value is _auto_null:
                raise TypeError("EnumType.__call__() missing 1 required positional argument: 'value'")
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: Enum('Name', 'a b c'), a list of names or pairs, or a mapping."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict["__module__"] = module if module is not None else "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (builtins_type(member).__qualname__, builtins_type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        names = ["__class__", "__contains__", "__doc__", "__getitem__", "__init_subclass__", "__iter__",
                 "__len__", "__members__", "__module__", "__name__", "__qualname__"]
        names += cls._member_names_
        if cls._new_member_ is not None:
            names.append("__new__")
        for klass in cls.__mro__:
            if klass is object or klass is cls._member_type_ or klass in (Enum, ReprEnum, Flag, IntEnum,
                                                                          StrEnum, IntFlag):
                continue
            for key, value in klass.__dict__.items():
                if not key.startswith("_") and key not in cls._member_map_:
                    names.append(key)
        return sorted(set(names))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType
builtins_type = type


_MappingProxy = builtins_type(EnumType.__dict__)  # types.MappingProxyType


Enum = None
ReprEnum = None
Flag = None
IntEnum = None
StrEnum = None
IntFlag = None


class Enum(metaclass=EnumType):
    """Generic enumeration. Derive from this class to define new enumerations."""

    def __new__(cls, value):
        if builtins_type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        for klass in self.__class__.__mro__:
            if klass in (Enum, ReprEnum, Flag, IntEnum, StrEnum, IntFlag, object, self._member_type_):
                continue
            for key, value in klass.__dict__.items():
                if not key.startswith("_") and key not in self.__class__._member_map_:
                    names.append(key)
        for key in self.__dict__:
            if not key.startswith("_"):
                names.append(key)
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator refusing aliases (two names for one value)."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


class FlagBoundary(StrEnum):
    """What Flag does with values outside its members' bits."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with | & ^ ~."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(v for v in last_values if isinstance(v, int)) if last_values else 0
        return 2 ** last.bit_length() if last > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        if value & ~flag_mask:
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value if neg_value is None else neg_value, _bits(value, width),
                                    _bits(flag_mask, width)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value if neg_value is None else neg_value
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        if value:
            names = [m._name_ for m in cls._iter_bits_(value)]
            extra = value & ~flag_mask
            if extra:
                names.append(str(extra) if names else None)
            pseudo._name_ = "|".join(names) if None not in names else None
        else:
            pseudo._name_ = None
        existing = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_.setdefault(neg_value, existing)
        return existing

    @classmethod
    def _iter_bits_(cls, value):
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ & value == member._value_ and member._value_:
                yield member

    def __iter__(self):
        return iter(list(self.__class__._iter_bits_(self._value_)))

    def __len__(self):
        return len(list(self.__class__._iter_bits_(self._value_)))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (builtins_type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = (self._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, value_repr)
        return "<%s.%s: %s>" % (cls_name, self._name_, value_repr)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = self.__class__
        if cls._boundary_ is KEEP:
            return cls(cls._all_bits_ ^ self._value_)
        return cls(cls._flag_mask_ ^ self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based flags."""
