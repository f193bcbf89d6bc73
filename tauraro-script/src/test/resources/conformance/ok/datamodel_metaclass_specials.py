# special methods of a class object come from its metaclass (as enum's EnumType needs them)
class Meta(type):
    def __iter__(cls):
        return iter([1, 2])

    def __len__(cls):
        return 2

    def __contains__(cls, x):
        return x == 1

    def __getitem__(cls, k):
        return k * 2

    def __repr__(cls):
        return "<Meta %s>" % cls.__name__

    def __call__(cls, *a):
        return "called with %r" % (a,)

    def __setattr__(cls, k, v):
        if k.startswith("locked"):
            raise AttributeError("cannot set " + k)
        type.__setattr__(cls, k, v)

    def __delattr__(cls, k):
        raise AttributeError("cannot delete " + k)

    def __reversed__(cls):
        return iter([2, 1])

    def __bool__(cls):
        return False

    def __dir__(cls):
        return ["b", "a"]


class C(metaclass=Meta):
    x = 1

    def __class_getitem__(cls, item):
        return "class_getitem"


class Plain:
    def __class_getitem__(cls, item):
        return "plain %s" % (item,)


checks = [("len", lambda: len(C)), ("in", lambda: 1 in C), ("not in", lambda: 3 in C),
          ("getitem", lambda: C["a"]), ("repr", lambda: repr(C)), ("str", lambda: str(C)),
          ("call", lambda: C(3)), ("iter", lambda: list(C)), ("reversed", lambda: list(reversed(C))),
          ("bool", lambda: bool(C)), ("not", lambda: not C), ("fmt", lambda: f"{C}"), ("dir", lambda: dir(C)),
          ("list of", lambda: [C]), ("plain getitem", lambda: Plain[int.__name__]),
          ("setattr", lambda: setattr(C, "y", 1) or C.y), ("locked", lambda: setattr(C, "locked_z", 1)),
          ("delattr", lambda: delattr(C, "x")), ("still", lambda: C.x)]
for name, f in checks:
    try:
        print(name, f())
    except Exception as e:
        print(name, "error:", type(e).__name__, e)


class Sub(C):
    pass


print(len(Sub), list(Sub), repr(Sub), type(Sub).__name__)
