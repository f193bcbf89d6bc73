# Exception.__init__ called explicitly from a subclass's __init__ sets args
class E(Exception):
    def __init__(self, msg, opt=""):
        self.opt = opt
        Exception.__init__(self, msg, opt)


print(E("m", "o").args, str(E("m", "o")), repr(E("m")))


class K(KeyError):
    def __init__(self, key):
        BaseException.__init__(self, key, "extra")
        LookupError.__init__(self, key)


print(K("k").args, str(K("k")))
for call in (lambda: Exception.__init__(1, 2), lambda: ValueError.__init__(E("x"), 1),
             lambda: Exception.__init__(E("x"), a=1), lambda: Exception.__init__()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
e = E("a")
Exception.__init__(e)
print(e.args)
