# __call__ of functions, built-ins, bound methods and classes: calling it calls the object.
def f(x, *, scale=1):
    return (x + 1) * scale


class C:
    def __init__(self, v=0):
        self.v = v

    def m(self, n):
        return self.v + n


class Callable:
    def __call__(self, n):
        return n * 2


print(hasattr(f, "__call__"), f.__call__(1), f.__call__(1, scale=10))
print(hasattr(len, "__call__"), len.__call__([1, 2]))
c = C(5)
print(hasattr(c.m, "__call__"), c.m.__call__(1))
print(hasattr(C, "__call__"), C.__call__(7).v, type(C.__call__(3)).__name__)
print(hasattr(C(), "__call__"), hasattr(Callable(), "__call__"), Callable().__call__(4))
print(type(f).__call__(f, 2), int.__call__("12"))
print(callable(f.__call__), f.__call__.__call__(4))
try:
    type(f).__call__()
except TypeError as e:
    print("TypeError")
