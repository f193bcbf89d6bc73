# Truth tests of instances: __bool__ and __len__ found through the MRO, and found again after a
# class (or a base) gains, changes or loses them.
class Plain:
    pass


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class Both(Sized):
    def __bool__(self):
        return True


class Child(Sized):
    pass


p = Plain()
print(bool(p), bool(Sized(0)), bool(Sized(2)), bool(Flag(False)), bool(Both(0)), bool(Child(0)))
print("yes" if p else "no", "yes" if Child(0) else "no", not Flag(True))

# the class changes after instances were tested
Plain.__len__ = lambda self: 0
print(bool(p))
Plain.__bool__ = lambda self: True
print(bool(p))
del Plain.__bool__
print(bool(p))
del Plain.__len__
print(bool(p))

# a base changes: subclasses see it
c = Child(0)
print(bool(c))
Sized.__bool__ = lambda self: True
print(bool(c), bool(Sized(0)))
del Sized.__bool__
print(bool(c))

# __bool__ = None makes the truth test fail
class NoBool:
    __bool__ = None


try:
    bool(NoBool())
except TypeError as e:
    print("TypeError:", e)

# bad results
class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


for obj in (BadBool(), BadLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# subclasses of built-in types
class MyList(list):
    pass


class MyInt(int):
    pass


class MyStr(str):
    def __len__(self):
        return 5


print(bool(MyList()), bool(MyList([1])), bool(MyInt(0)), bool(MyInt(3)), bool(MyStr("")))
print(all([Sized(1), Flag(True), Plain()]), any([Sized(0), Flag(False)]))
