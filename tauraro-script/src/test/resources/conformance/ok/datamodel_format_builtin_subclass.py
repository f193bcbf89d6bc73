"""format() and f-strings of instances of script subclasses of built-in types: str and int subclasses
format as their base; the others have object.__format__, which is str(self) (their own __repr__ or
__str__) and refuses a non-empty spec."""
import itertools


class L(list):
    def __repr__(self):
        return 'L!'


class D(dict):
    def __str__(self):
        return 'D-str'


class T(tuple):
    pass


class S(str):
    def __repr__(self):
        return 'S!'


class I(int):
    def __str__(self):
        return 'I-str'


class C(itertools.count):
    pass


for v in (L([1]), D(a=1), T((1, 2)), S('ab'), I(5), C(3)):
    print(type(v).__name__, f"{v}", format(v), str(v), "%s" % (v,))
print(f"{S('ab'):>4}|{I(5):03d}|{I(5)}")
for v in (L(), D(), T(), C()):
    try:
        format(v, '>5')
    except TypeError as e:
        print(type(v).__name__, e)
