# The special methods of built-in values called by name: a binary one returns NotImplemented for an
# operand its type does not handle (so a subclass delegating to it can defer to the other operand),
# the reflected ones compute "other op self", and the rounding, divmod, pow, reversed and getnewargs
# methods exist on the types that have them in CPython.
tests = ["(5).__add__(2.0)", "(5).__add__('a')", "(5).__radd__('a')", "(5.0).__radd__(1)", "(5.0).__add__('x')",
         "[1].__add__((2,))", "'a'.__add__(1)", "{1}.__or__([2])", "(5).__truediv__(2)", "(5).__lt__(2.5)",
         "(5).__eq__(5.0)", "(2.5).__eq__(2)", "(2.5).__lt__('a')", "'%s-%s'.__mod__((1, 2))", "(7).__divmod__(2)",
         "(7).__rdivmod__(20)", "(7.0).__divmod__(2)", "(2).__rpow__(3)", "(2).__pow__(10, 1000)", "(3).__rpow__(2.0)",
         "(7.5).__round__()", "(7.5).__round__(0)", "(6.5).__round__(None)", "(1234).__round__(-2)", "True.__round__()",
         "(2.5).__floor__()", "(-2.5).__ceil__()", "(-2.7).__trunc__()", "(1e300).__floor__() > 0", "(5).__floor__()",
         "(5).__getnewargs__()", "True.__getnewargs__()", "'ab'.__getnewargs__()", "(1, 2).__getnewargs__()",
         "(1.5).__getnewargs__()", "list([1, 2].__reversed__())", "list({1: 2, 3: 4}.__reversed__())",
         "{1}.__rsub__({1, 2})", "{1}.__rand__({1, 2})", "{1}.__rand__([1])", "{1}.__lt__({1, 2})", "{1}.__eq__(frozenset({1}))",
         "{1: 2}.__ror__({3: 4})", "{1: 2}.__or__([(3, 4)])", "{1: 2}.__lt__({})", "{1: 2}.__eq__([])",
         "(6).__rand__(3)", "(1).__rlshift__(3)", "(2).__rrshift__(8)", "(6).__ror__(1.0)",
         "(3).__rtruediv__(1)", "(3).__rfloordiv__(10)", "(3).__rmod__(10)", "'x'.__rmod__(1)", "'x'.__rmod__('<%s>')",
         "b'%d'.__mod__(5)", "b'x'.__rmod__(b'[%s]')", "(3.0).__rtruediv__(1)", "[1].__eq__((1,))", "[1].__lt__([2])",
         "(1,).__ge__([1])", "'a'.__ne__(1)", "b'a'.__eq__(bytearray(b'a'))", "[2].__rmul__(3)", "(5).__rmul__([1])",
         "bool.from_bytes(b'\\x01', 'big')", "bool.from_bytes(b'\\x00', 'big')", "bool.bit_length(True)", "True.bit_length()",
         "(5).__init__()", "range(3).__len__()", "range(3).__contains__(2)", "list(range(3).__reversed__())",
         "range(3).__getitem__(1)", "range(0, 3).__eq__(range(3))", "range(3).__eq__([0, 1, 2])", "range(3).__lt__(range(4))",
         "range(0).__bool__()", "int.__rsub__(1, 10)", "float.__round__(2.675, 2)", "int.__add__(True, 2.0)",
         "(5).__add__()", "(5).__neg__(1)", "(5).__round__(1, 2)", "(5).__add__(other=1)"]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)


class Meters(int):
    """An int subclass whose operators keep their type and defer to the other operand when int does."""
    def __add__(self, other):
        r = super().__add__(other)
        return r if r is NotImplemented else Meters(r)
    __radd__ = __add__

    def __repr__(self):
        return f"Meters({int(self)})"


class Half:
    def __radd__(self, other):
        return f"Half.__radd__({other!r})"


print(Meters(3) + 4, 4 + Meters(3), Meters(3) + Half(), Meters(3) + 2.5)
print([n for n in ("__round__", "__divmod__", "__rmod__", "__getnewargs__", "__floor__") if n in dir(1.5)])
print([n for n in ("__reversed__", "__len__", "__contains__", "count", "__bool__") if n in dir(range(2))])
print([n for n in ("__reversed__", "__ror__") if n in dir({})], "bit_length" in dir(bool))
print(range.count(range(5), 3), range.index(range(2, 9), 4), range.start, range.stop.__get__(range(2, 7)))
print(sorted(set(dir(range)) - set(dir(object))))


# object.__init_subclass__ as a class attribute, and reached through a subclass's own hook
class Registered:
    names = []

    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registered.names.append(cls.__name__)


class Tagged(Registered, tag="t"):
    pass


print(Tagged.tag, Registered.names, object.__init_subclass__.__name__, int.__init_subclass__(), object.__subclasshook__(int))
for call in (lambda: object.__init_subclass__(1), lambda: object.__init_subclass__(x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
