# __call__, arithmetic dunders, reflected and in-place operators, __neg__, __abs__.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), a == Vec(1, 2))
c = a
c += b
print(c, a, c is a)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

    def __call__(self, *args, **kwargs):
        return f"called with {args} {kwargs}"


acc = Acc()
ref = acc
acc += 1
acc += 2
print(acc.items, ref is acc, acc(1, k=2), callable(acc), callable(a))


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


print(list(map(Adder(10), [1, 2, 3])))


class Weird:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return f"radd({o})"


print(5 + Weird())
try:
    Weird() + Weird()
except TypeError as e:
    print("TypeError:", e)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
