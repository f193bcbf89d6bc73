# Slotted and dict instances keep their slots and attributes across pool transfers (both ways).
from multiprocessing import Pool

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"P({self.x}, {self.y})"

class Q:
    def __init__(self, v):
        self.v = v
        self.w = [v]
    def __repr__(self):
        return f"Q({self.v}, {self.w})"

def make(i):
    return P(i, i * 2)

def bump(p):
    p.x += 100
    return p

def mk(i):
    return Q(i)

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(make, range(3)))
        print(pool.map(bump, [P(1, 2), P(3, 4)]))
        print(pool.map(mk, range(3)))
        r = pool.apply_async(make, (5,)).get()
        print(r, type(r).__name__, hasattr(r, "__dict__"))
