# Generators, coroutines and exceptions, compared with CPython 3.11: send/throw/close, yield from results, StopIteration after exhaustion, gi_*/cr_* attributes, chaining and groups, exception reprs, context managers, finally with break/continue/return.
import sys, traceback
def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    finally:
        print("fin")
g = gen(); print(next(g), g.send("s"), g.throw(ValueError("v")))
g.close(); print(g.gi_running, g.gi_frame is None)
def g2():
    yield from range(2)
    return "done"
it = g2(); print(list(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
def g3():
    r = yield from g2()
    print("r", r)
print(list(g3()))
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("t")
except TypeError as e:
    print(repr(e.__context__), e.__traceback__ is not None)
e = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
try:
    raise e
except* ValueError as eg:
    print("vg", repr(eg.exceptions))
except* TypeError as eg:
    print("tg", repr(eg.exceptions))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(OSError(2, "no")), str(OSError(2, "no", "f")))
print(repr(StopIteration(1)), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad").reason, repr(SystemExit(3).code))
err = ValueError("x"); err.add_note("note1"); print(err.__notes__)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyErr(1, 2); print(repr(m), str(m), m.args, m.b)
try:
    raise MyErr(1, 2)
except Exception:
    print(traceback.format_exc().splitlines()[-1])
    print(sys.exc_info()[0].__name__)
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None, v); return True
with CM() as c:
    raise RuntimeError("swallowed")
print("after")
from contextlib import suppress, contextmanager, ExitStack, nullcontext, redirect_stdout
import io
with suppress(KeyError): {}["x"]
@contextmanager
def cm(tag):
    print("in", tag)
    try:
        yield tag
    finally:
        print("out", tag)
with ExitStack() as st:
    st.enter_context(cm(1)); st.enter_context(cm(2)); st.callback(print, "cb")
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()), nullcontext(5).__enter__())
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("f", i)
h()
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("AssertionError", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)

import asyncio
def gen():
    yield 1
g = gen()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_code.co_name)
next(g); print(g.gi_suspended, g.gi_frame.f_lineno)
list(g); print(g.gi_frame, g.gi_suspended)
async def co():
    await asyncio.sleep(0)
    return 5
c = co()
print(c.cr_running, c.cr_suspended, c.cr_code.co_name, c.cr_origin, c.cr_frame is not None)
print(asyncio.run(c), c.cr_frame, c.cr_suspended)
