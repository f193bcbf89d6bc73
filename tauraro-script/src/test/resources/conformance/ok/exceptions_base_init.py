# A script exception class without __init__ of its own: Base.__init__(self, msg) from a subclass reaches BaseException's.
class Base(Exception):
    pass
class Line(Base):
    def __init__(self, line):
        Base.__init__(self, "got more than %d bytes" % line)
e = Line(5)
print(e, e.args)
class V(ValueError):
    def __init__(self, a, b):
        ValueError.__init__(self, a)
        self.b = b
print(V(1, 2).args)
