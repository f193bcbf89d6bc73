# Found by the generated-program test: `with` looks __enter__ and __exit__ up on the type, before
# entering, and says so in CPython's words; __getattr__ is never consulted.
import asyncio


class NoProtocol:
    pass


class EnterOnly:
    def __enter__(self):
        print("entered (must not happen)")


class ExitOnly:
    def __exit__(self, *exc):
        return False


class Dynamic:
    def __getattr__(self, name):
        return lambda *a: print("dynamic", name)


class OnInstance:
    def __init__(self):
        self.__enter__ = lambda: print("instance enter")
        self.__exit__ = lambda *a: None


class Real:
    def __enter__(self):
        print("enter")
        return "value"

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True


for factory in (NoProtocol, EnterOnly, ExitOnly, Dynamic, OnInstance):
    try:
        with factory():
            print("body (must not happen)")
    except TypeError as e:
        print(type(e).__name__, e)

with Real() as v:
    print("body", v)
    raise ValueError("swallowed")
print("after")


class AsyncEnterOnly:
    async def __aenter__(self):
        return self


class AsyncReal:
    async def __aenter__(self):
        print("aenter")
        return 1

    async def __aexit__(self, *exc):
        print("aexit", exc[0])


async def main():
    for factory in (NoProtocol, AsyncEnterOnly, Real):
        try:
            async with factory():
                print("body (must not happen)")
        except TypeError as e:
            print(type(e).__name__, e)
    async with AsyncReal() as x:
        print("async body", x)

asyncio.run(main())
