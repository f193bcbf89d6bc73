"""abc: abstract base classes, written in the script language over metaclasses."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _isabstract(value):
    """Whether a class attribute is abstract: a marked function, or a classmethod, staticmethod or
    property wrapping one (CPython's descriptors forward __isabstractmethod__ so)."""
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False) for f in (value.fget, value.fset, value.fdel))
    return False


def _lookup(cls, key):
    for klass in cls.__mro__:
        if key in klass.__dict__:
            return klass.__dict__[key]
    return None


def _compute_abstracts(cls):
    abstracts = {key for key, value in cls.__dict__.items() if _isabstract(value)}
    for base in cls.__bases__:
        for key in getattr(base, "__abstractmethods__", ()):
            if _isabstract(_lookup(cls, key)):
                abstracts.add(key)
    return frozenset(abstracts)


# Bumped by every register(): a class's negative cache is good only while the count is the one it
# was filled under (a registration can make any "no" a "yes"; a "yes" stays one).
_invalidation = [0]
# A cache holding more classes than this is emptied: classes are held strongly (this interpreter's
# weak references do not compare by referent), so a program making classes without end keeps at
# most this many alive per ABC.
_CACHE_LIMIT = 4096


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = []
        # what __subclasscheck__ found, as CPython's ABCMeta caches it: isinstance(x, Iterable)
        # otherwise walks the subclass hook, the registry and every subclass on each call
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _invalidation[0]
        return cls

    def __call__(cls, *args, **kwargs):
        # CPython refuses in object.__new__; here the metaclass call is the one place all creations pass.
        if cls.__abstractmethods__:
            missing = sorted(cls.__abstractmethods__)
            raise TypeError("Can't instantiate abstract class " + cls.__name__ + " with abstract method"
                            + ("s " if len(missing) > 1 else " ") + ", ".join(missing))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = type(instance)
        if subclass in cls._abc_cache:
            return True
        return cls.__subclasscheck__(subclass)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        cache = cls._abc_cache
        if subclass in cache:
            return True
        negative = cls._abc_negative_cache
        if cls._abc_negative_cache_version != _invalidation[0]:
            negative.clear()
            cls._abc_negative_cache_version = _invalidation[0]
        elif subclass in negative:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is NotImplemented:
            ok = cls in subclass.__mro__ or any(issubclass(subclass, registered) for registered in cls._abc_registry) \
                or any(issubclass(subclass, child) for child in cls.__subclasses__())
        ok = bool(ok)
        found = cache if ok else negative
        if len(found) >= _CACHE_LIMIT:
            found.clear()
        found.add(subclass)
        return ok


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    """Recomputes an abstract class's __abstractmethods__ after methods were added or replaced."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


# The deprecated decorators: functions here (classmethod, staticmethod and property cannot be
# subclassed in this interpreter), giving the same marked descriptors.
def abstractclassmethod(callable):
    """Deprecated: classmethod(abstractmethod(f))."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated: staticmethod(abstractmethod(f))."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: property(abstractmethod(f))."""
    for f in (fget, fset, fdel):
        if f is not None:
            f.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)
