class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __str__(self):
        return f"<{self.name}>"
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("Rex", "lab")
a = Animal("Generic")
print(d.speak(), a.speak(), d.kind, a.kind, Animal.count, isinstance(d, Animal), isinstance(a, Dog))
print(repr(d), str(d), [d, a], d.breed, issubclass(Dog, Animal), type(d) is Dog, Dog.__name__)
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
v = Vector(1, 2) + Vector(3, 4)
print(v, v * 2, v == Vector(4, 6), v != Vector(0, 0), len(v), v[0], list(v), sorted([Vector(2, 1), Vector(1, 5)]))
print({Vector(1, 1): "a"}[Vector(1, 1)])
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls):
        return cls()
t = Temp.make()
t.celsius = 25
print(t.celsius, Temp.unit(), t.unit(), type(t).__name__)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
    def __bool__(self):
        return bool(self.items)
s = Stack().push(1).push(2)
print(list(s), 2 in s, 5 in s, bool(Stack()), bool(s), hasattr(s, "items"), getattr(s, "nope", "dflt"))
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
