# __len__, __getitem__, __setitem__, __contains__, __iter__/__next__, __bool__.
class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("squares index out of range")
        return i * i


sq = Squares(5)
print(len(sq), sq[2], sq[-1], sq[1:4], list(sq), 9 in sq, 10 in sq)
for v in sq:
    print(v, end=" ")
print()


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(3)), sum(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))


class Grid:
    def __init__(self):
        self.cells = {}

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __getitem__(self, key):
        return self.cells.get(key, ".")

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def __bool__(self):
        return bool(self.cells)


g = Grid()
print(bool(g), (0, 0) in g)
g[0, 0] = "X"
g[1, 2] = "O"
print(g[0, 0], g[1, 2], g[5, 5], (1, 2) in g, bool(g))
del g[0, 0]
print((0, 0) in g, len(g.cells))


class Sized:
    def __len__(self):
        return 0


print(bool(Sized()), "empty" if not Sized() else "full")
