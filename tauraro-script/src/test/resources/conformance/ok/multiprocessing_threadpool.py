"""multiprocessing.pool.ThreadPool and multiprocessing.dummy: the Pool interface on threads; multiprocessing.TimeoutError."""
from multiprocessing.pool import ThreadPool, Pool
import multiprocessing, time, threading
def sq(x):
    return x * x
def boom(x):
    if x == 3:
        raise KeyError(x)
    return x
with ThreadPool(3) as p:
    print(repr(p).split(' ')[0], p.map(sq, range(10)))
    print(p.map(sq, range(10), chunksize=3), p.starmap(pow, [(2, 3), (3, 2)]))
    print(list(p.imap(sq, range(5))), sorted(p.imap_unordered(sq, range(5), 2)))
    print(p.apply(sq, (7,)), p.apply_async(sq, (8,)).get(timeout=5))
    r = p.map_async(sq, [1, 2, 3], callback=lambda v: print("cb", v))
    r.wait(); print(r.ready(), r.successful(), r.get())
    try:
        p.map(boom, range(6))
    except KeyError as e:
        print("map raised", repr(e))
    it = p.imap(boom, range(6))
    out = []
    try:
        for v in it:
            out.append(v)
    except KeyError as e:
        print("imap raised", repr(e), out)
    r = p.apply_async(boom, (3,), error_callback=lambda e: print("errcb", repr(e)))
    r.wait()
    print(r.successful())
    r = p.apply_async(time.sleep, (0.3,))
    try:
        r.get(timeout=0.01)
    except multiprocessing.TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, multiprocessing.ProcessError))
    print(r.get())
    shared = []
    p.map(shared.append, range(4))
    print(sorted(shared))
p = ThreadPool(2)
try:
    p.join()
except ValueError as e:
    print(e)
p.close()
try:
    p.apply_async(sq, (1,))
except ValueError as e:
    print(e)
p.join()
try:
    ThreadPool(0)
except ValueError as e:
    print(e)
names = set()
def who(x):
    names.add(threading.current_thread().name.split('-')[0])
    return x
with ThreadPool(2, initializer=print, initargs=("init",)) as p:
    p.map(who, range(4))
from multiprocessing.dummy import Pool as DPool
with DPool(2) as p:
    print(p.map(sq, [5, 6]))
