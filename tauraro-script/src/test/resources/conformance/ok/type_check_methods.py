# type.__instancecheck__/__subclasscheck__/mro/__subclasses__: unbound on type, bound on a class, reached from a metaclass through super(), with CPython's argument errors.
print(type.__subclasscheck__(int, bool), type.__instancecheck__(int, True), int.__subclasscheck__(bool), int.__instancecheck__("x"))
class Meta(type):
    def __subclasscheck__(cls, sub):
        print("check", cls.__name__, sub.__name__)
        return super().__subclasscheck__(sub)
    def __instancecheck__(cls, obj):
        return super().__instancecheck__(obj) or obj == 42
class A(metaclass=Meta): pass
class B(A): pass
print(issubclass(B, A), issubclass(int, A), isinstance(42, A), isinstance(B(), A), isinstance(1, A))
print(type.__subclasses__(A), A.__subclasses__())
print(object.__subclasshook__(), type.mro(B)[:2])
for bad in ("type.mro()", "type.mro(5)", "type.__subclasscheck__(int)", "type.__subclasscheck__(int, 5)", "int.mro(1)", "type.__instancecheck__(3, 4)"):
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "->", e)
print(type.mro(type), int.mro(), bool.__subclasses__())
print(type(int.mro).__name__)
for bad in ("type.__subclasscheck__()", "int.__subclasscheck__()", "int.__subclasscheck__(1,2)", "int.mro(1,2)", "type.__subclasses__(int, 1)"):
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "->", e)
