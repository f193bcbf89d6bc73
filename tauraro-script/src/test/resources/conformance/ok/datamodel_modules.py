# Module attributes and the implicit __class__ cell of methods.
"""The module docstring."""
import math

print(__name__, __doc__)
print(math.__name__, type(math.__dict__).__name__, math.__dict__["pi"], "sqrt" in math.__dict__)
print(vars(math)["pi"] == math.pi)
print(type(__file__).__name__, __file__.endswith(".py"))
print("__name__" in globals(), globals()["__doc__"])


class S:
    def f(self):
        return __class__

    @classmethod
    def c(cls):
        return __class__

    @staticmethod
    def s():
        return __class__


class T(S):
    pass


print(T().f() is S, T.c() is S, T.s() is S, T().f().__name__)


class K:
    def m():
        return __class__

    try:
        m()
    except NameError as e:
        print(e)
