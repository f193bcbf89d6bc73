# subclasses of property, classmethod and staticmethod bind as their bases do
class Prop(property):
    pass


class CM(classmethod):
    pass


class SM(staticmethod):
    pass


class T:
    def __init__(self):
        self._v = 1

    @CM
    def make(cls):
        return cls.__name__

    @SM
    def plain(x):
        return x * 2

    @Prop
    def value(self):
        return self._v


class U(T):
    pass


t = T()
print(T.make(), t.make(), U.make(), T.plain(4), t.plain(5), t.value, U().value)
print(isinstance(T.__dict__["value"], property), type(T.__dict__["value"]).__name__,
      isinstance(T.__dict__["make"], classmethod), type(T.__dict__["plain"]).__name__)
try:
    t.value = 3
except AttributeError as e:
    print("AttributeError", e)


class Loud(property):
    def __get__(self, obj, cls=None):
        return "loud:" + str(super().__get__(obj, cls))


class V:
    @Loud
    def x(self):
        return 7


print(V().x)
