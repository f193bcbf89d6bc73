# inspect: predicates, signature() of functions/methods/classes with str() and bind(), getdoc,
# cleandoc, getmembers, getsource, currentframe and stack
import asyncio
import functools
import inspect


def plain(a, b=2, *args, c, d=4, **kwargs):
    """Plain function.

        Indented detail.
    """
    return a


def annotated(x: int, y: str = "s", *, z: float = 1.5) -> bool:
    return True


def posonly(a, b, /, c, *, d):
    pass


async def coro(n):
    await asyncio.sleep(0)


def gen():
    yield 1


async def agen():
    yield 1


class Shape:
    """A shape."""

    def __init__(self, name, sides=0):
        self.name = name

    def area(self, scale=1.0):
        return 0

    @classmethod
    def make(cls, kind):
        return cls(kind)

    @staticmethod
    def helper(value, *, strict=False):
        return value

    def __call__(self, factor):
        return factor


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper


@deco
def wrapped(p, q=1):
    pass


for f in [plain, annotated, posonly, coro, gen, agen, Shape, Shape.area, Shape().area if False else Shape("s").area,
          Shape.make, Shape.helper, Shape("t"), wrapped]:
    name = getattr(f, "__name__", type(f).__name__)
    flags = [inspect.isfunction(f), inspect.ismethod(f), inspect.isclass(f), inspect.isbuiltin(f),
             inspect.isroutine(f), inspect.iscoroutinefunction(f), inspect.isgeneratorfunction(f),
             inspect.isasyncgenfunction(f)]
    try:
        sig = str(inspect.signature(f))
    except ValueError as e:
        sig = "ValueError"
    print(name, flags, sig)
sig = inspect.signature(plain)
print(list(sig.parameters), [str(p.kind) for p in sig.parameters.values()], sig.parameters["b"].default,
      sig.parameters["a"].default is inspect.Parameter.empty, repr(sig.parameters["args"]))
print(inspect.signature(annotated).parameters["x"].annotation, inspect.signature(annotated).return_annotation)
bound = sig.bind(1, 2, 3, c=5, e=6)
print(bound.arguments, bound.args, bound.kwargs)
bound.apply_defaults()
print(bound.arguments)
for call in [lambda: sig.bind(), lambda: sig.bind(1, c=1, b=2, x=3, y=4), lambda: inspect.signature(posonly).bind(1, 2, 3)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(repr(inspect.signature(lambda x, *, y=1: None)), inspect.signature(lambda: None))
print(inspect.getdoc(plain))
print(repr(inspect.cleandoc("  First.\n      indented\n    less\n")), inspect.getdoc(Shape), inspect.getdoc(Shape.area))
co = coro(1)
print(inspect.iscoroutine(co), inspect.isawaitable(co), inspect.isgenerator(gen()), inspect.isasyncgen(agen()))
co.close()
members = inspect.getmembers(Shape, inspect.isfunction)
print([name for name, _ in members])
print(inspect.getsource(posonly), end="")
print(inspect.getsource(wrapped), end="")


def where():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name, [info.function for info in inspect.stack()][:2]


def outer():
    return where()


print(outer())
print(inspect.getfullargspec(plain))
print(inspect.ismodule(inspect), inspect.isclass(int), inspect.isabstract(Shape))
