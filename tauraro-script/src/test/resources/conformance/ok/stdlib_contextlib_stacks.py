# contextlib as documented, compared with CPython 3.11: ExitStack and AsyncExitStack (enter_context, push, callback, pop_all, close, suppression, exceptions raised by callbacks and their context), ContextDecorator and @contextmanager functions as decorators, the generator managers error cases, chdir, closing/aclosing, nullcontext as async, AbstractContextManager subclass checks; and __exit__/__aexit__ running while the exception is handled.
import asyncio, contextlib, os, sys
from contextlib import (ExitStack, AsyncExitStack, contextmanager, asynccontextmanager, suppress, closing, aclosing,
                        nullcontext, chdir, AbstractContextManager, ContextDecorator, redirect_stdout)
log = []
@contextmanager
def tag(name, fail=False):
    log.append("enter " + name)
    try:
        yield name
    except KeyError as e:
        log.append(f"{name} saw {e!r}")
        raise
    finally:
        log.append("exit " + name)
with ExitStack() as st:
    names = [st.enter_context(tag(n)) for n in "abc"]
    st.callback(log.append, "callback")
print(names, log); log.clear()
try:
    with ExitStack() as st:
        st.enter_context(tag("x"))
        st.push(lambda *e: log.append(("push", e[0].__name__ if e[0] else None)))
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
print(log); log.clear()
with ExitStack() as st:
    st.push(lambda *e: True)
    raise ValueError("suppressed by push")
print("after suppression")
def boom(*e):
    raise RuntimeError("in callback")
try:
    with ExitStack() as st:
        st.push(boom)
        raise ValueError("block")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
with ExitStack() as outer:
    inner = ExitStack()
    inner.callback(print, "moved callback")
    moved = inner.pop_all()
    print("inner empty", len(inner._exit_callbacks))
moved.close()
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError", e)
@contextmanager
def deco():
    print("deco in"); yield; print("deco out")
@deco()
def f(x):
    print("f", x); return x * 2
print(f(1), f(2), f.__name__)
class MyCM(ContextDecorator):
    def __enter__(self): print("my in"); return self
    def __exit__(self, *e): print("my out"); return False
@MyCM()
def g(): print("g body")
g()
print(issubclass(MyCM, AbstractContextManager), isinstance(nullcontext(), AbstractContextManager), issubclass(int, AbstractContextManager))
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield(): pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields(): pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        pass
with swallow():
    1 / 0
print("swallowed")
try:
    with tag("s"):
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration passes", e)
cwd = os.getcwd()
with chdir("/"):
    print(os.getcwd())
print(os.getcwd() == cwd)
class Res:
    def close(self): print("closed")
    async def aclose(self): print("aclosed")
with closing(Res()): pass
async def main():
    @asynccontextmanager
    async def atag(n):
        print("ain", n); yield n; print("aout", n)
    async with AsyncExitStack() as st:
        a = await st.enter_async_context(atag(1))
        b = st.enter_context(tag("sync"))
        async def acb(x): print("acb", x)
        st.push_async_callback(acb, 5)
        print(a, b)
    async with aclosing(Res()): pass
    async with nullcontext(7) as v: print("v", v)
    @atag(9)
    async def h(): print("h body"); return 3
    print(await h())
asyncio.run(main())
print(log)

import sys
class C:
    def __enter__(self): pass
    def __exit__(self, *e):
        print("exc_info in exit:", sys.exc_info()[0])
        raise RuntimeError("x")
try:
    with C(): raise ValueError("v")
except RuntimeError as e: print(repr(e.__context__))
class D:
    async def __aenter__(self): pass
    async def __aexit__(self, *e):
        print("exc_info in aexit:", sys.exc_info()[0])
        raise RuntimeError("y")
import asyncio
async def m():
    try:
        async with D(): raise ValueError("w")
    except RuntimeError as e: print(repr(e.__context__))
asyncio.run(m())
