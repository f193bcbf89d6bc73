# enum: Flag and IntFlag: combining, containment, iteration over a value, pseudo-members, boundaries
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), list(Perm), len(Perm))
print(Perm.R in (Perm.R | Perm.W), Perm.X in Perm.RW, repr(~Perm.R), repr(Perm(0)), bool(Perm(0)))
print(repr(Perm(7)), str(Perm(7)), format(Perm(5)), list(Perm.R | Perm.X), len(Perm.R | Perm.X))
print(repr(Perm.R & Perm.W), str(Perm.R & Perm.W), repr(Perm.RW ^ Perm.W), Perm(6) is Perm.RW)
print(repr(Perm.RW), list(Perm.RW), bool(Perm.R))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    NONE = 0
    WHITE = RED | GREEN | BLUE


print(list(Color), [c.value for c in Color], repr(Color.NONE), repr(Color.WHITE), repr(Color(3)))
print(repr(~Color.RED), repr(~Color.WHITE), Color.RED | Color.GREEN | Color.BLUE is Color.WHITE)


class Access(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Access.R | Access.W), str(Access.R | Access.W), Access.R | 8, repr(Access.R | 8))
print(repr(~Access.R), Access.R + 1, repr(Access(0)), str(Access(0)), Access.W == 2, Access.R | Access.W == 6)
print(repr(Access(4 | 8 | 16)), repr(Access(96)), isinstance(Access.R, int), sorted(Access))


class Small(IntFlag):
    A = 4
    B = 2


print(repr(~Small(0)), repr(Small(5)), repr(~Small.A))


class Sparse(Flag):
    A = 1
    C = 4


print(repr(~Sparse.A), repr(~Sparse(0)))


class Loose(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Loose(7)), Eject(7), type(Eject(7)).__name__, repr(Keep(7)), repr(Eject(3)))


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("strict", lambda: Perm(8))
attempt("sparse", lambda: Sparse(2))
attempt("or int", lambda: Perm.R | 1)
attempt("in int", lambda: 1 in Perm.RW)
attempt("str value", lambda: Perm("x"))
print(STRICT, repr(KEEP))
