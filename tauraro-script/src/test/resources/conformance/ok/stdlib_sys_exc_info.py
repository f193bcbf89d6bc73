# sys.exc_info() and sys.exception(): the exception an except block of this thread is handling,
# seen from the handler and from functions it calls; None outside handlers
import sys


def show(label):
    t, v, tb = sys.exc_info()
    print(label, t.__name__ if t else t, repr(v), tb is not None, repr(sys.exception()))


show("outside")
try:
    raise ValueError("first")
except ValueError:
    show("handler")
    try:
        raise KeyError("inner")
    except KeyError:
        show("nested")
    show("after nested")
show("after")


def fails():
    raise TypeError("deep")


try:
    fails()
except TypeError as e:
    t, v, tb = sys.exc_info()
    print(v is e, tb.tb_next.tb_frame.f_code.co_name)


def gen():
    try:
        raise OSError("in generator")
    except OSError:
        yield repr(sys.exception())
    yield repr(sys.exception())


print(list(gen()))
try:
    try:
        raise ValueError("a")
    finally:
        print("finally", repr(sys.exc_info()[1]), repr(sys.exception()))
except ValueError:
    pass


def reraise():
    raise   # re-raises the exception the caller's except block handles


try:
    try:
        raise LookupError("handled by the caller")
    except LookupError:
        reraise()
except LookupError as e:
    print("re-raised", repr(e))
try:
    reraise()
except RuntimeError as e:
    print(e)
