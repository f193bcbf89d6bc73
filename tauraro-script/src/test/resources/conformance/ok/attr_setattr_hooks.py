# A class's own __setattr__/__delattr__ run for every assignment and deletion: plain, inherited,
# through setattr()/delattr(), augmented assignment, and object.__setattr__ / super() inside.
log = []


class Tracked:
    def __setattr__(self, name, value):
        log.append(("set", name, value))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        log.append(("del", name))
        super().__delattr__(name)


t = Tracked()
t.x = 1
setattr(t, "y", 2)
t.x += 10
del t.y
delattr(t, "x")
print(log)
print(t.__dict__)


class Child(Tracked):
    pass


c = Child()
c.a = "inherited"
print(log[-1], c.a)


class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field '{name}'")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field '{name}'")

    def __repr__(self):
        return f"Frozen(x={self.x!r}, y={self.y!r})"


f = Frozen(1, 2)
print(f)
for action in (lambda: setattr(f, "x", 5), lambda: delattr(f, "y")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    f.x += 1
except AttributeError as e:
    print("AttributeError:", e)
print(f)


class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int, not {type(value).__name__}")
        super().__setattr__(name, value * 2)


v = Validated()
v.n = 4
print(v.n)
try:
    v.n = "x"
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("base", value))


class Derived(Base):
    def __setattr__(self, name, value):
        super(Derived, self).__setattr__(name, ("derived", value))


d = Derived()
d.k = 0
print(d.k)


# hooks added to a class after instances exist, and to a base class, take effect
class Late:
    pass


class LateChild(Late):
    pass


obj = LateChild()
obj.before = 1


def late_set(self, name, value):
    object.__setattr__(self, name, -value)


Late.__setattr__ = late_set
obj.after = 1
print(obj.before, obj.after)
del Late.__setattr__
obj.again = 1
print(obj.again)

print(Tracked.__setattr__ is object.__setattr__, Late.__setattr__ is object.__setattr__)
try:
    object.__setattr__(1, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__delattr__(t, "missing")
except AttributeError as e:
    print("AttributeError:", e)
p = object()
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)
