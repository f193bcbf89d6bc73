# An exception whose __str__ raises: the traceback still prints, with <exception str() failed>.
class E(Exception):
    def __str__(self):
        raise RuntimeError("bad str")


class R(Exception):
    def __repr__(self):
        raise RuntimeError("bad repr")


try:
    print(E("x"))
except RuntimeError as err:
    print("print(e):", err)
try:
    str(E("x"))
except RuntimeError as err:
    print("str(e):", err)
print(str(R("fine")))
try:
    repr(R("x"))
except RuntimeError as err:
    print("repr(e):", err)
print(repr(E("x")))
raise E("x")
