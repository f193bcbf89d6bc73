# a class's __annotations__ is its own (an empty dict made on first read), never a base's, as CPython 3.10+
class B:
    x: int


class A(B):
    pass


class C:
    y: str = 'v'


print(B.__annotations__, A.__annotations__, C.__annotations__)
print('__annotations__' in A.__dict__, A.__annotations__ is A.__annotations__)
A.__annotations__['z'] = float
print(A.__annotations__, B.__annotations__)
print(A().__annotations__, B().__annotations__)


class D(B):
    pass


print(D().__annotations__)
for t in (int, object):
    try:
        t.__annotations__
    except AttributeError as e:
        print(e)
import typing
print(typing.get_type_hints(A), typing.get_type_hints(C))
