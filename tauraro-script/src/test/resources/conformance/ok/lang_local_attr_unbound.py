# Attribute reads, stores and method calls on a plain local read its slot directly: an unbound
# (or deleted) local must still raise UnboundLocalError, and a rebound one give the new object.

class A:
    def __init__(self):
        self.v = 1

    def m(self):
        return "m", self.v


def read(flag):
    if flag:
        a = A()
    return a.v


def store(flag):
    if flag:
        a = A()
    a.v = 5
    return a.v


def call(flag):
    if flag:
        a = A()
    return a.m()


def deleted():
    a = A()
    del a
    return a.v


def rebound():
    a = A()
    out = [a.v, a.m()]
    a = "text"
    out.append(a.upper())
    try:
        a.v
    except AttributeError as e:
        out.append(str(e))
    try:
        a.v = 1
    except AttributeError as e:
        out.append(str(e))
    return out


for f in (read, store, call):
    print(f(True))
    try:
        f(False)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(rebound())
