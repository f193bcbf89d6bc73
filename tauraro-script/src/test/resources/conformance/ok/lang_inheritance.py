# Inheritance, method overriding, super(), multiple inheritance and MRO.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def intro(self):
        return f"{self.name} says {self.speak()}"


class Dog(Animal):
    def speak(self):
        return "Woof"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + "!" * self.age


for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", 3)]:
    print(a.intro())
print(isinstance(Puppy("p", 1), Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print([c.__name__ for c in Puppy.__mro__])


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class Base:
    kind = "base"

    def describe(self):
        return f"{type(self).__name__}:{self.kind}"


class Child(Base):
    kind = "child"


print(Base().describe(), Child().describe())


class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


print(Square(4).area())
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(issubclass(bool, int), isinstance(True, int), Dog.__bases__[0].__name__)
