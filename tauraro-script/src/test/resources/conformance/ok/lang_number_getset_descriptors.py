# int.real and friends are getset descriptors on the class, as CPython's; instances read them directly
import inspect
import types

print(int.real, int.imag, int.numerator, int.denominator)
print(float.real, float.imag, bool.real)
print(type(int.real).__name__, type(int.real) is types.GetSetDescriptorType)
print(inspect.isgetsetdescriptor(float.imag), inspect.isgetsetdescriptor(int.bit_length))
print('real' in int.__dict__, 'numerator' in float.__dict__, int.__dict__['real'] is int.real)
print(int.real.__name__, int.real.__qualname__, int.real.__objclass__, int.numerator.__doc__)
print(int.real.__get__(7), int.imag.__get__(True), float.imag.__get__(2.5), int.real.__get__(None, int))


class I(int):
    pass


print(I(3).real, type(I(3).real).__name__, int.numerator.__get__(I(4)), I.denominator)
print((5).real, (5).imag, True.numerator, (7).denominator, (2.5).real, (2.5).imag)

for stmt in ["int.real.__get__('x')", "float.real.__get__(3)", "int.real.__set__(5, 3)",
             "int.real.__delete__(5)"]:
    try:
        print(stmt, "->", eval(stmt))
    except (TypeError, AttributeError) as e:
        print(stmt, "->", type(e).__name__, e)
x = 5
try:
    x.real = 3
except AttributeError as e:
    print("x.real = 3 ->", e)
try:
    (1.5).imag = 0.0
except AttributeError as e:
    print("(1.5).imag = 0.0 ->", e)
