# Decorators: plain, with arguments, stacked, on methods, class decorators.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"-> {result}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


@trace
def add(a, b):
    """Add two numbers."""
    return a + b


add(2, 3)
print(add.__name__, add.__doc__)


def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("x"))


def tag(label):
    def deco(fn):
        def wrapper():
            return f"<{label}>{fn()}</{label}>"
        return wrapper
    return deco


@tag("b")
@tag("i")
def text():
    return "t"


print(text())
registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


@register
class Alpha:
    pass


@register
class Beta:
    @staticmethod
    def s():
        return "static"

    @classmethod
    def c(cls):
        return "class " + cls.__name__

    @property
    def p(self):
        return "prop"


print(registry, Beta.s(), Beta.c(), Beta().p)
calls = 0


def counted(fn):
    def wrapper(*a):
        global calls
        calls += 1
        return fn(*a)
    return wrapper


@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(10), calls)
