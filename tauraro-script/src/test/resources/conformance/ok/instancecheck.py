# __instancecheck__/__subclasscheck__ on metaclasses, and the abc module built on them.
from abc import ABC, ABCMeta, abstractmethod


class Even(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub in (int, bool)


class EvenNumber(metaclass=Even):
    pass


print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance("x", (str, EvenNumber)))
print(isinstance(EvenNumber(), EvenNumber))  # exact type: the hook is not asked
print(issubclass(bool, EvenNumber), issubclass(str, EvenNumber), issubclass(EvenNumber, EvenNumber))
print(issubclass(str, (int, EvenNumber)))
for args in [(1, int), (int, 1), (int, (int, 1))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return type(self).__name__ + " of area " + str(self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


for make in (lambda: Shape(), lambda: Square(2)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class FullSquare(Square):
    def perimeter(self):
        return 4 * self.side


print(FullSquare(3).describe(), FullSquare(3).perimeter(), sorted(Shape.__abstractmethods__),
      sorted(Square.__abstractmethods__), FullSquare.__abstractmethods__ == frozenset())
print(isinstance(FullSquare(1), Shape), issubclass(FullSquare, Shape), type(Shape).__name__, type(Shape))


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Sized:
            return hasattr(other, "__len__")
        return NotImplemented


class Box:
    def __len__(self):
        return 0


print(isinstance(Box(), Sized), isinstance(3, Sized), issubclass(Box, Sized), issubclass(int, Sized))


class Readable(ABC):
    pass


Readable.register(str)
print(isinstance("s", Readable), issubclass(str, Readable), isinstance(b"b", Readable),
      Readable.register(bytes) is bytes, isinstance(b"b", Readable))


@Readable.register
class Stream:
    pass


print(isinstance(Stream(), Readable), Stream.__name__)


class WithProperty(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...


try:
    WithProperty()
except TypeError as e:
    print("TypeError:", e)


class Concrete(WithProperty):
    @property
    def name(self):
        return "concrete"

    @classmethod
    def make(cls):
        return cls()


print(Concrete.make().name)
