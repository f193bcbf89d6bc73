# Calling an instance whose class defines __call__ as a plain function: every parameter shape,
# the errors of bad calls, and a __call__ rebound on the class (or set on the instance) later.


def show(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


class Plain:
    def __call__(self, u, v=2):
        return ("plain", u, v)


class Star:
    def __call__(*args, **kwargs):
        return ("star", len(args), type(args[0]).__name__, args[1:], kwargs)


class KwOnly:
    def __call__(self, *, key):
        return ("kwonly", key)


class Gen:
    def __call__(self, n):
        yield from range(n)


class Sub(Plain):
    pass


p = Plain()
for i in range(3):
    show("plain", p, 1)
    show("plain two", p, 1, 3)
    show("plain keyword", p, v=5, u=4)
    show("sub", Sub(), "s")
show("star", Star(), 1, 2, k=3)
show("star none", Star())
show("kwonly", KwOnly(), key="k")
show("generator", lambda: list(Gen()(3)))

show("too many", p, 1, 2, 3)
show("missing", p)
show("unknown keyword", p, 1, w=2)
show("duplicate", p, 1, u=2)
show("kwonly positional", KwOnly(), 1)
show("kwonly missing", KwOnly())

# a __call__ on the instance is not what calling it uses
p.__call__ = lambda *a: "instance attribute"
show("instance __call__", p, 1)
show("instance __call__ direct", p.__call__, 1)

# rebinding the class's __call__ after the calls above
Plain.__call__ = lambda self, *a: ("replaced", a)
show("replaced", p, 1)
show("replaced sub", Sub(), 1)
Plain.__call__ = staticmethod(lambda *a: ("static", a))
show("staticmethod", p, 1)
Plain.__call__ = classmethod(lambda cls, *a: ("classmethod", cls.__name__, a))
show("classmethod", p, 1)
del Plain.__call__
show("deleted", p, 1)
