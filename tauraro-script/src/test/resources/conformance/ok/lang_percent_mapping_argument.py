# str % x and bytes % x where x is not a tuple: anything with __getitem__ (but a str, or for bytes
# a bytes or bytearray) counts as a mapping, so no positional argument is left unconverted
from collections import defaultdict


class Items:
    def __getitem__(self, key):
        return "<" + str(key) + ">"


class NoItems:
    pass


class Missing(dict):
    def __missing__(self, key):
        return key * 2


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: "abc" % [1])
show(lambda: "%s" % [1])
show(lambda: "x" % {})
show(lambda: "x" % range(3))
show(lambda: "x" % b"y")
show(lambda: "%(k)s and %(j)r" % Items())
show(lambda: "plain" % Items())
show(lambda: "%s" % Items() if False else "%s" % NoItems() and "ok")
show(lambda: "plain" % NoItems())
show(lambda: "%(a)s %(b)s" % defaultdict(lambda: "dflt", a=1))
show(lambda: "%(zz)s" % Missing())
show(lambda: b"abc" % [1])
show(lambda: b"x" % {})
show(lambda: b"abc" % memoryview(b"x"))
show(lambda: b"abc" % bytearray(b"x"))
show(lambda: b"abc" % b"x")
show(lambda: "%(a)s" % [1])
show(lambda: "abc" % 5)
show(lambda: "abc" % "x")
show(lambda: "ab" % (1,))
show(lambda: "%(a)s" % 3)
show(lambda: "%s %s" % [1])
show(lambda: "%s" % ())
