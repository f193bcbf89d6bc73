# object.__init__ reached by name: a no-op that refuses extra arguments as CPython's object_init.
class A:
    def __init__(self):
        object.__init__(self)
        self.x = 1
print(A().x)
class Extra:
    def __init__(self):
        object.__init__(self, 1)
class B:
    pass
class C:
    def __new__(cls, *a):
        return object.__new__(cls)
for f in (lambda: Extra(), lambda: object.__init__(B(), 1), lambda: object.__init__(C(), 1),
          lambda: object.__init__(B()), lambda: B().__init__(), lambda: object.__init__()):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(hasattr(B(), "__init__"), callable(object.__init__), object.__init__.__name__)
