# with statement: __enter__/__exit__, several items, suppression, exceptions.
class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Res("a") as v:
    print("body", v)
with Res("a") as x, Res("b") as y:
    print("both", x, y)
with Res("outer", suppress=True):
    with Res("inner"):
        raise ValueError("boom")
    print("not reached")
print("after suppress")
try:
    with Res("c"), Res("d"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))


def early():
    with Res("ret"):
        return "returned"


print(early())
for i in range(2):
    with Res(f"loop{i}"):
        if i == 0:
            continue
        break
with (Res("p1") as p1,
      Res("p2") as p2):
    print(p1, p2)
