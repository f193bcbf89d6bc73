# Found by the generated-program test: a call's keyword arguments are matched (and their errors
# raised) before too many positional arguments are reported, and that report counts the
# keyword-only arguments given, in CPython 3.11's words.


def show(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)


def f0(a):
    return a


def f1(a, b=2):
    return a, b


def f2(a, *, k=1):
    return a, k


def f3(*, k):
    return k


def f4():
    return 0


class C:
    def m(self):
        return "m"

    def n(self, a, *, k=1):
        return a, k


show(1, lambda: f0(1, 2, d=4))
show(2, lambda: f0(1, 2, a=3))
show(3, lambda: f1(1, 2, 3))
show(4, lambda: f1(1, 2, 3, z=0))
show(5, lambda: f2(1, 2, k=3))
show(6, lambda: f2(1, 2, 3, k=3))
show(7, lambda: f3(1, k=2))
show(8, lambda: f3(1, 2, k=2))
show(9, lambda: f4(1))
show(10, lambda: f4(1, k=2))
show(11, lambda: C().m(1))
show(12, lambda: C().m(k=1))
show(13, lambda: C().n(1, 2, k=3))
show(14, lambda: C().n(1, 2, 3))
show(15, lambda: C().n(1, a=2))
show(16, lambda: f1(**{"a": 1, "b": 2, "c": 3}))
show(17, lambda: f0(*[1, 2], **{"k": 4}))
