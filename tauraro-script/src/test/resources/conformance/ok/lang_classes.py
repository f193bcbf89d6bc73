# Classes: attributes, methods, class vs instance attributes, properties.
class Counter:
    """Counts things."""
    instances = 0

    def __init__(self, start=0):
        self.value = start
        Counter.instances += 1

    def inc(self, by=1):
        self.value += by
        return self

    def __repr__(self):
        return f"Counter({self.value})"


c = Counter()
c.inc().inc(5)
print(c, c.value, Counter.instances)
d = Counter(10)
print(d, Counter.instances, d.instances, type(d).__name__)
d.instances = 99
print(d.instances, Counter.instances)
d.extra = "dynamic"
print(d.extra, hasattr(d, "extra"), hasattr(c, "extra"))
print(getattr(c, "value"), getattr(c, "missing", "default"))
setattr(c, "value", 7)
print(c.value)
delattr(d, "extra")
print(hasattr(d, "extra"))


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9

    @staticmethod
    def unit():
        return "C"

    @classmethod
    def freezing(cls):
        return cls(0)


t = Temperature(100)
print(t.fahrenheit, Temperature.unit(), Temperature.freezing().fahrenheit)
t.fahrenheit = 32
print(t._c)
m = c.inc
m()
print(c.value, Counter.inc(c, 2).value)
print(isinstance(c, Counter), isinstance(c, object), type(c) is Counter)
print(Counter.__name__, Counter.__doc__)


class Empty:
    pass


e = Empty()
e.a = 1
print(e.a, vars(e))
try:
    e.b
except AttributeError as ex:
    print("AttributeError:", ex)
