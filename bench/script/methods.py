# Method-call-heavy workload: a class with __slots__ and properties, 10M method calls and
# property reads/writes (attribute access through the class's descriptors).
class Vec:
    __slots__ = ("_x", "_y")

    def __init__(self, x, y):
        self._x = x
        self._y = y

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v

    @property
    def y(self):
        return self._y

    def step(self, d):
        self.x = self.x + d
        return self.y


def run(n):
    v = Vec(0, 1)
    total = 0
    for i in range(n):
        total += v.step(1)
    return v.x + total


print(run(10_000_000))
