# A call site inst.append(x) on an instance of a list subclass calls list's method directly and
# keeps that answer per class (and instance dict layout): every way the answer can change must
# still be seen at the same site.


class Coll(list):
    pass


class Other(list):
    def append(self, x):
        list.append(self, ("other", x))


class Plain:
    def append(self, x):
        self.got = x


def add(c, x):
    c.append(x)  # one site, reached by several classes
    return c


def pop_first(c):
    return c.pop(0)


a = Coll()
for i in range(5):
    add(a, i)
print(a, pop_first(a), a)

# another class at the same site: its own method, then a plain class, then list itself
o = Other()
add(o, 1)
p = Plain()
add(p, 2)
print(o, p.got, add([], 3))
add(a, 9)
print(a)

# an instance attribute shadows the method for that instance only
b = Coll()
b.append = lambda x: print("instance append", x)
add(b, 1)
add(a, 10)
print(a, b)
del b.append
add(b, 2)
print(b)

# the class gets (or loses) the method later
Coll.append = lambda self, x: list.append(self, x * 100)
add(a, 1)
print(a)
del Coll.append
add(a, 2)
print(a)

# a base class of the subclass overrides it later
class Base(list):
    pass


class Sub(Base):
    pass


s = Sub()
add(s, 1)
Base.append = lambda self, x: list.append(self, -x)
add(s, 2)
print(s)
del Base.append
add(s, 3)
print(s)

# __getattribute__ on the class intercepts the lookup
class Hooked(list):
    def __getattribute__(self, name):
        if name == "append":
            return lambda x: print("hooked", x)
        return list.__getattribute__(self, name)


h = Hooked()
add(h, 5)
print(h)

# __getattr__ is not consulted: list has the method
class Fallback(list):
    def __getattr__(self, name):
        return lambda *a: print("fallback", name)


fb = Fallback()
add(fb, 6)
fb.nothing(1)
print(fb)

# a property or a non-method class attribute of the name
class Prop(list):
    @property
    def append(self):
        return lambda x: print("property", x)


add(Prop(), 7)

class NotCallable(list):
    append = 5


try:
    add(NotCallable(), 8)
except TypeError as e:
    print("TypeError", e)

# __slots__ subclass of list (no instance dict), keyword and wrong arguments
class Slotted(list):
    __slots__ = ("x",)


sl = Slotted()
add(sl, 1)
sl.x = 2
add(sl, 3)
print(sl, sl.x)
try:
    sl.pop(0, 1)
except TypeError as e:
    print("TypeError", e)
try:
    Coll().pop()
except IndexError as e:
    print("IndexError", e)
c = Coll([3, 1, 2])
c.sort(key=lambda v: -v)
c.insert(0, 7)
print(c, c.index(1), c.count(3))

# __class__ assignment between list subclasses
class Again(list):
    def append(self, x):
        print("Again.append", x)


m = Coll()
add(m, 1)
m.__class__ = Again
add(m, 2)
m.__class__ = Coll
add(m, 3)
print(m)
