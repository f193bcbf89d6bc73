# One attribute site reading a module's attribute again and again (the site caches what it found):
# every way of rebinding or deleting the attribute shows at the next read.
import math
import sys
import types


def read(m):
    return m.value


def call(m):
    return m.fn(2)


def sqrt_of(x):
    return math.sqrt(x)


def show(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


m = types.ModuleType("mod")
m.value = 1
m.fn = lambda x: x * 10
for i in range(3):
    show("first", read, m)
    show("call", call, m)

# assignment to the module attribute
m.value = 2
m.fn = lambda x: x + 100
show("assigned", read, m)
show("call assigned", call, m)

# setattr and the module's __dict__
setattr(m, "value", 3)
show("setattr", read, m)
m.__dict__["value"] = 4
show("__dict__ store", read, m)
vars(m)["fn"] = lambda x: -x
show("vars store", call, m)
m.__dict__.update(value=5)
show("__dict__ update", read, m)

# del, then a module __getattr__ answering for the missing name, then the name bound again
del m.value
show("deleted", read, m)
m.__getattr__ = lambda name: "from __getattr__ " + name
show("__getattr__", read, m)
show("__getattr__ call", call, m)
m.value = 6
show("bound again", read, m)
del m.__dict__["value"]
show("__dict__ del", read, m)
m.__dict__.pop("__getattr__")
show("no __getattr__", read, m)
m.__dict__.setdefault("value", 7)
show("setdefault", read, m)
m.__dict__.clear()
show("cleared", read, m)

# another module at the same site
other = types.ModuleType("other")
other.value = "other's"
show("other module", read, other)
m.value = 8
show("back to the first", read, m)

# a module's globals written inside it (globals() and global statements)
here = sys.modules[__name__]
counter = 0


def bump():
    global counter
    counter += 1


def rebind_through_globals(v):
    globals()["counter"] = v


for i in range(3):
    show("here", lambda: here.counter)
    bump()
rebind_through_globals(50)
show("globals() store", lambda: here.counter)
del counter
show("global deleted", lambda: here.counter)
counter = 9
show("global bound again", lambda: here.counter)

# a standard module's function replaced and put back
for i in range(3):
    show("sqrt", sqrt_of, 16)
real = math.sqrt
math.sqrt = lambda x: "patched"
show("patched sqrt", sqrt_of, 16)
del math.sqrt
show("deleted sqrt", sqrt_of, 16)
math.sqrt = real
show("restored sqrt", sqrt_of, 16)


# a module of a subclass of ModuleType whose class attribute shadows nothing, then a property
class Sub(types.ModuleType):
    pass


s = Sub("sub")
s.value = "sub's"
show("subclass module", read, s)
Sub.value = property(lambda self: "property wins")
show("subclass property", read, s)
s.__class__ = types.ModuleType
show("class put back", read, s)
