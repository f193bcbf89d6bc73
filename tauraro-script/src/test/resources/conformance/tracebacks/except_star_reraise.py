# A naked exception through except* is wrapped for handlers but re-raised as itself.
def f():
    try:
        raise KeyError("naked")
    except* ValueError:
        pass


try:
    f()
except KeyError as e:
    print("caught plain", repr(e))
try:
    raise TypeError("t")
except* TypeError as eg:
    print(type(eg).__name__, eg.exceptions)
def g():
    try:
        raise ExceptionGroup("a", [ValueError(1), ValueError(2), KeyError(3)])
    except* ValueError as eg:
        raise
g()
