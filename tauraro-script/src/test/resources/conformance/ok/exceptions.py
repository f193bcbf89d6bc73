class AppError(Exception):
    pass
class DetailedError(AppError):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
def risky(n):
    if n == 0:
        raise ValueError("zero!")
    if n == 1:
        raise DetailedError(42, "bad one")
    if n == 2:
        return 1 / 0
    if n == 3:
        return [][5]
    if n == 4:
        return {}["k"]
    if n == 5:
        return undefined_name
    if n == 6:
        return "a" + 1
    if n == 7:
        return int("xyz")
    if n == 8:
        return None.attr
    return n
for i in range(10):
    try:
        print("ok", risky(i))
    except DetailedError as e:
        print("detailed", e.code, e, repr(e), e.args)
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
    finally:
        pass
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("wrapped") from None
try:
    g()
except RuntimeError as e:
    print(e, e.__cause__)
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise TypeError("outer") from e
except TypeError as e:
    print(e, repr(e.__cause__))
try:
    raise AppError
except AppError as e:
    print("bare class", repr(e), str(e) == "")
def nested():
    try:
        raise ValueError(1, 2)
    except ValueError:
        raise
try:
    nested()
except ValueError as e:
    print("reraised", e.args, e)
try:
    try:
        pass
    finally:
        print("finally without error")
except Exception:
    print("no")
else_ran = []
try:
    x = 1
except Exception:
    pass
else:
    else_ran.append(True)
print(else_ran)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), isinstance(ValueError("x"), Exception))
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
for cls in (StopIteration, GeneratorExit, KeyboardInterrupt):
    print(cls.__name__, issubclass(cls, Exception))
