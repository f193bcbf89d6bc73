# __str__ and __repr__: which one print, str(), repr(), f-strings and containers use.
class Both:
    def __str__(self):
        return "Both-str"

    def __repr__(self):
        return "Both()"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<1>"


class OnlyStr:
    def __str__(self):
        return "only-str"


b = Both()
print(b, str(b), repr(b))
print([b], (b,), {"k": b})
print(f"{b} {b!r} {b!s}")
print("%s %r" % (b, b))
r = OnlyRepr()
print(r, str(r), [r])
s = OnlyStr()
print(s, "<" + repr([s])[1:15])


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __repr__(self):
        return f"Money({self.cents})"

    def __format__(self, spec):
        if spec == "c":
            return f"{self.cents}c"
        return format(str(self), spec)


m = Money(1234)
print(m, repr(m), f"{m:c}", f"[{m:>10}]", "{}".format(m))
print(str([Money(5), Money(100)]))


class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)

    def __repr__(self):
        if not self.children:
            return f"Node({self.v})"
        return f"Node({self.v}, {self.children!r})"


print(Node(1, [Node(2), Node(3, [Node(4)])]))
