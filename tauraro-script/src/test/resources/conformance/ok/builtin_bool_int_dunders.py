# int's special methods and attributes called explicitly on bools and ints: bool is a subclass of
# int, so True.__index__() is 1, True.real is the int 1, ~True is -2.
for v in (True, False, 0, 7, -3, 2 ** 70):
    print(repr(v), v.__index__(), v.__int__(), v.__float__(), v.__abs__(), v.__neg__(), v.__invert__(),
          v.__bool__(), v.__pos__())
    print(type(v.__index__()).__name__, type(v.__int__()).__name__, type(v.__abs__()).__name__,
          type(v.__pos__()).__name__, type(v.__neg__()).__name__)
    print(v.__trunc__(), v.__floor__(), v.__ceil__(), v.__lshift__(2), v.__rshift__(1))
    print(repr(v.real), repr(v.imag), repr(v.numerator), repr(v.denominator), repr(v.conjugate()))
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio(), type(v.as_integer_ratio()[0]).__name__)
print(True.__add__(1), True.__and__(False), True.__or__(False), True.__xor__(True))
print(type(True.__and__(False)).__name__, type(True.__add__(True)).__name__)
print(True.__eq__(1), True.__hash__() == hash(1), True.__repr__(), True.__str__(), True.__format__("d"))
print(True.to_bytes(1, "big"), False.to_bytes(2, "little"))
print(bool.__index__(True), bool.__int__(False), bool.__neg__(True), int.__index__(False), int.__neg__(True))
print(bool.__invert__(False), int.__invert__(5), int.__lshift__(3, 4))
import operator
print(operator.index(True), [1, 2][True], hex(True), bin(False), (10).__index__())
for name in ("__index__", "__invert__", "__lshift__"):
    try:
        getattr(1.5, name)
    except AttributeError as e:
        print("AttributeError", e)
