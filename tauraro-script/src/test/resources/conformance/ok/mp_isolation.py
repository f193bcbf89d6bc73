# Pool workers and processes run in a copy of the module state taken at fork time.
import multiprocessing
import queue

counter = 0
seen = []
factor = 2
worker_tag = None


def bump(x):
    global counter
    counter += 1
    seen.append(x)
    return counter


def scaled(x):
    return x * factor


def set_tag(tag):
    global worker_tag
    worker_tag = tag


def tagged(x):
    return (worker_tag, x)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


def move(p):
    p.x += 100  # the caller's object is a copy: not changed
    return p.moved(1)


def child(q, n):
    global counter
    counter += n
    seen.append("child")
    q.put((counter, list(seen)))


def add(x, extra=10, *, scale=1):
    return (x + extra) * scale


def make_reporter(q, k):
    hits = []

    def report(x):
        hits.append(x)  # the child's copy of the closure cell
        q.put((k, x, len(hits)))
    return report, hits


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        print(pool.map(bump, [10, 20, 30]))
        print(pool.apply(bump, (40,)))
    print("parent counter:", counter, "seen:", seen)

    with multiprocessing.Pool(1, maxtasksperchild=1) as pool:
        # each task gets a fresh worker, forked from the parent's state: counter starts at 0
        print(pool.map(bump, [1, 2, 3], chunksize=1))

    with multiprocessing.Pool(2) as pool:
        factor = 1000  # after the fork: the workers keep factor = 2
        print(pool.map(scaled, [1, 2, 3]))
    print("parent factor:", factor)

    with multiprocessing.Pool(1, initializer=set_tag, initargs=("init",)) as pool:
        print(pool.map(tagged, [1, 2]))
    print("parent tag:", worker_tag)

    p = Point(1, 2)
    with multiprocessing.Pool(2) as pool:
        moved = pool.map(move, [p, Point(5, 6)])
    print(p, moved, isinstance(moved[0], Point), type(moved[1]).__name__)

    q = multiprocessing.Queue()
    counter = 7
    proc = multiprocessing.Process(target=child, args=(q, 3))
    counter = 8  # before start(): the child forks at start and sees 8
    proc.start()
    print("from child:", q.get())
    proc.join()
    print("exit code:", proc.exitcode, "parent counter:", counter, "seen:", seen)

    with multiprocessing.Pool(2) as pool:
        print(pool.map(add, [1, 2]))
        print(pool.starmap(add, [(1, 0), (2, 1)]))
        print(pool.apply(add, (1,), {"scale": 3}))

    report, hits = make_reporter(q, "k")
    proc = multiprocessing.Process(target=report, args=(5,))
    proc.start()
    proc.join()
    print("closure in child:", q.get(), "parent hits:", hits)

    try:
        q.get_nowait()
    except queue.Empty:
        print("queue.Empty")
