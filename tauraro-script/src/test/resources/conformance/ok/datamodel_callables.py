# Data model audit: callable objects and the special attributes of functions, methods,
# classmethod/staticmethod objects, generators, coroutines, asynchronous iterators and exceptions. Expected output from
# CPython 3.11.
import asyncio


def check(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


class Adder:
    def __init__(self, base):
        self.base = base

    def __call__(self, x, *, twice=False):
        return self.base + x * (2 if twice else 1)

    def method(self):
        return self.base

    @classmethod
    def make(cls):
        return cls(0)

    @staticmethod
    def helper(v):
        return v


add = Adder(10)
check("__call__", lambda: (add(1), add(2, twice=True), callable(add), callable(Adder.method)))
check("call error", lambda: add())


def outer(a, b=2, *args, c, d=4, **kw):
    "Outer doc."
    x = a

    def inner():
        return x
    return inner


check("function attributes", lambda: (outer.__name__, outer.__qualname__, outer.__module__, outer.__doc__))
check("defaults", lambda: (outer.__defaults__, outer.__kwdefaults__))
check("annotations", lambda: outer.__annotations__)


def defaulted(a, b=1, *, k=2):
    return a, b, k


defaulted.__defaults__ = (10,)
defaulted.__kwdefaults__ = {"k": 20}
check("defaults writable", lambda: (defaulted(0), defaulted.__defaults__, defaulted.__kwdefaults__))
defaulted.__defaults__ = None
check("defaults removed", lambda: defaulted(0))

bound = add.method
check("bound method", lambda: (bound.__self__ is add, bound.__func__ is Adder.method, bound()))
check("classmethod binding", lambda: (Adder.make.__self__ is Adder, type(Adder.make()).__name__))
check("staticmethod", lambda: (Adder.helper(3), add.helper(4)))
check("raw descriptors", lambda: (type(Adder.__dict__["make"]).__name__, type(Adder.__dict__["helper"]).__name__,
                                  Adder.__dict__["helper"].__func__(5)))


def gen():
    received = yield 1
    print("gen received", received)
    try:
        yield 2
    except KeyError as e:
        print("gen caught", repr(e))
        yield 3
    finally:
        print("gen finally")


g = gen()
check("generator attributes", lambda: (g.__name__, g.__qualname__))
check("next", lambda: next(g))
check("send", lambda: g.send("hello"))
check("throw", lambda: g.throw(KeyError("k")))
check("close", lambda: g.close())
check("after close", lambda: next(g))


async def coro(v):
    await asyncio.sleep(0)
    return v * 2


c = coro(4)
check("coroutine attributes", lambda: (c.__name__, c.__qualname__, c.cr_running))
try:
    for _ in range(5):
        c.send(None)   # what it yields is the awaited object: asyncio's own, not compared
except StopIteration as e:
    print("coroutine finished with", e.value)
c2 = coro(1)
check("coroutine close", lambda: c2.close())


class Ticker:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return self.n


async def main():
    print("__aiter__/__anext__", [t async for t in Ticker()])

asyncio.run(main())


def chained():
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("converted") from e


try:
    chained()
except ValueError as e:
    print("cause", repr(e.__cause__), "context", repr(e.__context__), e.__suppress_context__)
    print("traceback", type(e.__traceback__).__name__, e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
    e.add_note("a note")
    print("notes", e.__notes__, e.args)
    print("with_traceback", e.with_traceback(None).__traceback__)
