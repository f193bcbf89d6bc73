# atexit: callbacks run after the script (last registered first), with their arguments; unregister;
# a failing callback is reported on stderr and the others still run
import atexit


def bye(name, punct="!"):
    print("bye", name + punct)


atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")


@atexit.register
def decorated():
    print("decorated runs first")


def never():
    print("never printed")


atexit.register(never)
atexit.unregister(never)


def broken():
    raise ValueError("ignored after the report")


atexit.register(broken)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
print("script ends")
