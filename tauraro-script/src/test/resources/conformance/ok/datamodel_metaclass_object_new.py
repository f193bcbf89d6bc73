# C.__new__ and C.__init__ of a class whose metaclass defines its own: the class's (object's, when it
# defines none) come first, as CPython's lookup finds them in the class's MRO before the metaclass
import abc
import copy
import pickle


class Meta(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.made_by = "Meta"

    def hello(cls):
        return "hello from " + cls.__name__


class Plain(metaclass=Meta):
    pass


class Point(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x


print(Plain.__new__ is object.__new__, Plain.__init__ is object.__init__, Plain.made_by, Plain.hello())
p = Plain.__new__(Plain)
print(type(p).__name__, isinstance(p, Plain))
q = Point.__new__(Point)
Point.__init__(q, 5)
print(q.x, Point.__init__ is Point.__dict__["__init__"])
print(type(Meta.__new__(Meta, "Made", (), {})).__name__, Meta("Other", (), {}).made_by)


class Base(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Base):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


s = Square.__new__(Square)
print(type(s).__name__, hasattr(s, "side"))
sq = Square(3)
print(pickle.loads(pickle.dumps(sq)).area(), copy.copy(sq).side, copy.deepcopy(sq).area())
