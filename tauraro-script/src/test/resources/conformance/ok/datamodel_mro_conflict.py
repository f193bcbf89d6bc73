# C3 linearization: single and multiple inheritance, and CPython's message when no order exists.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([c.__name__ for c in D.__mro__])
print([c.__name__ for c in B.__mro__], [c.__name__ for c in object.__mro__])
print([c.__name__ for c in KeyError.__mro__])
try:
    class E(A, B): pass
except TypeError as e:
    print(e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print(e)
try:
    class W(A, A): pass
except TypeError as e:
    print(e)
