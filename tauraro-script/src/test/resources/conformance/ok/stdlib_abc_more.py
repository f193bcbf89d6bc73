# abc: abstract methods, properties, class and static methods, register, __subclasshook__, errors
# (the hook looks at script classes: built-in classes' __dict__ does not list their dunders here)
import abc
from abc import ABC, ABCMeta, abstractmethod


class Base(ABC):
    @abstractmethod
    def run(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(e)


class Partial(Base):
    def run(self):
        return "run"


print(sorted(Partial.__abstractmethods__))


class Full(Partial):
    @property
    def name(self):
        return "full"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


f = Full.make()
print(f.run(), f.name, Full.helper(), isinstance(f, Base), issubclass(Full, Base), Full.__abstractmethods__)


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Box:
    def __len__(self):
        return 0


class Deeper(Box):
    pass


print(issubclass(Box, Sized), isinstance(Deeper(), Sized), isinstance(3, Sized), issubclass(object, Sized))


class Plugin(ABC):
    pass


@Plugin.register
class External:
    pass


print(issubclass(External, Plugin), isinstance(External(), Plugin), Plugin.register(int) is int, isinstance(5, Plugin))
print(type(abc.get_cache_token()).__name__, isinstance(Base, ABCMeta), type(ABC) is ABCMeta)


class Legacy(metaclass=ABCMeta):
    @abc.abstractproperty
    def old(self):
        pass


print(sorted(Legacy.__abstractmethods__))
try:
    Plugin.register("x")
except TypeError as e:
    print(e)
