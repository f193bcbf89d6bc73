# The Pool API under a start method that pickles (functions by reference, arguments and results
# by value): run unchanged by CPython (fork) and by tauraro with TAURARO_START_METHOD=cluster.
import multiprocessing


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Oops(Exception):
    pass


tags = []


def init(tag, n):
    global base
    base = n
    tags.append(tag)


def square(x):
    return x * x


def add(a, b):
    return a + b


def point(x):
    return Point(x, -x)


def fail(x):
    if x == 3:
        raise Oops(f"bad {x}")
    return x


def seen(x):
    return (tags, base + x)


def kw(a, b=0, *, c=1):
    return a * 100 + b * 10 + c


if __name__ == "__main__":
    print(multiprocessing.get_context("fork").get_start_method())
    with multiprocessing.Pool(3, initializer=init, initargs=("ready", 40)) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(10), chunksize=3))
        print(list(pool.imap(square, [1, 2, 3])))
        print(sorted(pool.imap_unordered(square, [4, 5, 6])))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(pool.map(point, [1, 2]))
        print(pool.apply(kw, (1,), {"b": 2, "c": 3}))
        r = pool.apply_async(square, (7,), callback=lambda v: print("callback", v))
        print(r.get(timeout=30))
        print(pool.map(seen, [2]))
        try:
            pool.map(fail, range(5))
        except Oops as e:
            print("caught", type(e).__name__, e)
        errors = []
        r = pool.map_async(fail, [3], error_callback=lambda e: errors.append(repr(e)))
        r.wait(30)
        print(r.successful(), errors)
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print("a lambda:", type(e).__name__)
        data = {"k": [1, (2, 3)], "s": {4}}
        print(pool.apply(len, (data,)), pool.map(sorted, [[3, 1, 2]]))
