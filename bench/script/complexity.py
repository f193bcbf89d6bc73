# How each container operation's cost grows with size: every operation runs on a container of size
# n and of size 10n, and the ratio of the two times is printed ("growth"). CPython's documented
# complexity (https://wiki.python.org/moin/TimeComplexity) predicts the ratio: about 1 for O(1)
# operations and O(log n) ones, about 10 for O(n), a little over 10 for O(n log n), 100 for O(n^2).
# Not a timed test: complexity.sh runs this under /usr/bin/python3 and bin/tauraro side by side.
#   python3 complexity.py [N] [filter]   -> lines "name<TAB>expected<TAB>seconds per run at n<TAB>growth"
import sys
import time
from collections import deque

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
ONLY = sys.argv[2] if len(sys.argv) > 2 else ""
REPS = 2000  # per-element operations repeated this many times at either size


def timed(run, k):
    t = time.perf_counter()
    for _ in range(k):
        run()
    return time.perf_counter() - t


def best(f, n, k):
    """Best of up to three timings of k runs (one when a timing takes over a second)."""
    run = f(n)
    times = [timed(run, k)]
    while len(times) < 3 and times[-1] < 1.0:
        times.append(timed(f(n), k))
    return min(times)


def measure(name, expected, f):
    if ONLY and ONLY not in name:
        return
    try:
        run = f(N)
    except ImportError as e:
        print("%s\t%s\tabsent: %s\t-" % (name, expected, e))
        return
    # warm-up and calibration: repeat the operation until one timing at size n takes 20 ms, so
    # that the timer's resolution and the JIT's first compilations do not decide the ratio
    k = 1
    while timed(run, k) < 0.02 and k < 1 << 20:
        k *= 2
        run = f(N)
    small = best(f, N, k)
    large = best(f, 10 * N, k)
    # once more at n after 10n: a JIT still compiling during the first timing would otherwise
    # make the small size look slow and the growth small
    small = min(small, best(f, N, k))
    print("%s\t%s\t%.6f\t%.1f" % (name, expected, small / k, large / small))


# ------------------------------------------------------------------ str
def str_build(n):
    def run():
        s = ""
        for i in range(n):
            s += "ab"
        return s
    return run


def str_build_numbers(n):
    def run():
        s = ""
        for i in range(n):
            s += str(i)
        return s
    return run


def str_join(n):
    parts = [str(i) for i in range(n)]
    return lambda: "".join(parts)


def str_index(n):
    s = "x" * n

    def run():
        for i in range(REPS):
            s[i]
    return run


def str_len(n):
    s = "\u20ac" * n  # not Latin-1: length in code points must not be a scan

    def run():
        for i in range(REPS):
            len(s)
    return run


def str_slice_small(n):
    s = "x" * n

    def run():
        for i in range(REPS):
            s[i:i + 10]
    return run


def str_find(n):
    s = "a" * n + "b"
    return lambda: s.find("ab")


def str_find_long_needle(n):
    s = "a" * n
    needle = "a" * (n // 10) + "b"
    return lambda: s.find(needle)


def str_in(n):
    s = "a" * n + "b"
    return lambda: "ab" in s


def str_count(n):
    s = "ab" * n
    return lambda: s.count("ab")


def str_replace(n):
    s = "ab" * n
    return lambda: s.replace("a", "c")


def str_split(n):
    s = "a b " * n
    return lambda: s.split()


def str_rsplit(n):
    s = "a b " * n
    return lambda: s.rsplit()


def str_eq(n):
    s = "x" * n
    t = "x" * n

    def run():
        for i in range(20):
            s == t
    return run


# ------------------------------------------------------------------ bytes
def bytes_build(n):
    def run():
        b = b""
        for i in range(n):
            b += b"ab"
        return b
    return run


def bytes_index(n):
    b = b"x" * n

    def run():
        for i in range(REPS):
            b[i]
    return run


def bytes_slice_small(n):
    b = b"x" * n

    def run():
        for i in range(REPS):
            b[i:i + 10]
    return run


def bytes_find(n):
    b = b"a" * n + b"b"
    return lambda: b.find(b"ab")


def bytes_decode(n):
    b = b"abc\xc3\xa9" * n
    return lambda: b.decode("utf-8")


# ------------------------------------------------------------------ list
def list_ops(body):
    """A list of size n, then REPS operations given by body(l, i)."""
    def make(n):
        l = list(range(n))

        def run():
            for i in range(REPS):
                body(l, i)
        return run
    return make


def _append_pop(l, i):
    l.append(i)
    l.pop()


def _insert0(l, i):
    l.insert(0, i)
    l.pop(0)


def _get(l, i):
    l[i]


def _set(l, i):
    l[i] = i


def _slice_small(l, i):
    l[i:i + 10]


def _len(l, i):
    len(l)


def list_slice_tail(n):
    l = list(range(n))

    def run():
        for i in range(0, n, n // 20):
            l[i:]
    return run


def list_in(n):
    l = list(range(n))
    return lambda: (n - 1) in l


def list_sort(n):
    import random
    r = random.Random(1)
    data = [r.random() for _ in range(n)]
    return lambda: list(data).sort()


def list_sorted(n):
    import random
    r = random.Random(2)
    data = [r.randrange(n) for _ in range(n)]
    return lambda: sorted(data)


def list_copy(n):
    l = list(range(n))
    return lambda: l.copy()


def list_del_slice(n):
    def run():
        l = list(range(n))
        del l[:n // 2]
        del l[::2]
    return run


def list_extend(n):
    l = list(range(n))
    ten = list(range(10))

    def run():
        for i in range(REPS):
            l.extend(ten)
            del l[-10:]
    return run


def list_index_last(n):
    l = list(range(n))
    return lambda: l.index(n - 1)


# ------------------------------------------------------------------ tuple
def tuple_ops(body):
    def make(n):
        t = tuple(range(n))

        def run():
            for i in range(REPS):
                body(t, i)
        return run
    return make


def tuple_in(n):
    t = tuple(range(n))
    return lambda: (n - 1) in t


# ------------------------------------------------------------------ dict
def dict_ops(body):
    def make(n):
        d = {i: i for i in range(n)}

        def run():
            for i in range(REPS):
                body(d, i)
        return run
    return make


def _dget(d, i):
    d[i]


def _dset_del(d, i):
    d[-i - 1] = i
    del d[-i - 1]


def _din(d, i):
    i in d


def _dkeys_in(d, i):
    i in d.keys()


def _dpopitem(d, i):
    k, v = d.popitem()
    d[k] = v


def dict_iter(n):
    d = {i: i for i in range(n)}

    def run():
        for k in d:
            pass
    return run


def dict_copy(n):
    d = {i: i for i in range(n)}
    return lambda: d.copy()


# ------------------------------------------------------------------ set
def set_ops(body):
    def make(n):
        s = set(range(n))

        def run():
            for i in range(REPS):
                body(s, i)
        return run
    return make


def _sadd_discard(s, i):
    s.add(-i - 1)
    s.discard(-i - 1)


def _sin(s, i):
    i in s


def _spop(s, i):
    s.add(s.pop())


def set_small_ops(op):
    """A big set (size n) against a small one (10 items): CPython's cost follows the small one."""
    def make(n):
        big = set(range(n))
        small = set(range(10))

        def run():
            for i in range(REPS // 10):
                op(big, small)
        return run
    return make


def set_union(n):
    a = set(range(n))
    b = set(range(n // 2, n + n // 2))
    return lambda: a | b


# ------------------------------------------------------------------ deque
def deque_ops(body):
    def make(n):
        d = deque(range(n))

        def run():
            for i in range(REPS):
                body(d, i)
        return run
    return make


def _dq_right(d, i):
    d.append(i)
    d.pop()


def _dq_left(d, i):
    d.appendleft(i)
    d.popleft()


def _dq_end_index(d, i):
    d[0]
    d[-1]


def _dq_rotate_small(d, i):
    d.rotate(3)


def deque_fifo(n):
    def run():
        d = deque()
        for i in range(n):
            d.append(i)
        while d:
            d.popleft()
    return run


# ------------------------------------------------------------------ heapq
def heap_ops(n):
    import heapq
    import random
    r = random.Random(3)
    h = [r.random() for _ in range(n)]
    heapq.heapify(h)

    def run():
        for i in range(REPS):
            heapq.heappush(h, r.random())
            heapq.heappop(h)
    return run


def heapify(n):
    import heapq
    import random
    r = random.Random(4)
    data = [r.random() for _ in range(n)]
    return lambda: heapq.heapify(list(data))


def main():
    measure("str: s += t (n times)", "O(n) total", str_build)
    measure("str: s += str(i) (n times)", "O(n) total", str_build_numbers)
    measure("str: ''.join(n parts)", "O(n)", str_join)
    measure("str: s[i]", "O(1)", str_index)
    measure("str: len(s), non-Latin-1", "O(1)", str_len)
    measure("str: s[i:i+10]", "O(1)", str_slice_small)
    measure("str: s.find(short)", "O(n)", str_find)
    measure("str: s.find(long needle)", "O(n)", str_find_long_needle)
    measure("str: sub in s", "O(n)", str_in)
    measure("str: s.count", "O(n)", str_count)
    measure("str: s.replace", "O(n)", str_replace)
    measure("str: s.split()", "O(n)", str_split)
    measure("str: s.rsplit()", "O(n)", str_rsplit)
    measure("str: s == t", "O(n)", str_eq)
    measure("bytes: b += t (n times)", "O(n^2) in CPython", bytes_build)
    measure("bytes: b[i]", "O(1)", bytes_index)
    measure("bytes: b[i:i+10]", "O(1)", bytes_slice_small)
    measure("bytes: b.find", "O(n)", bytes_find)
    measure("bytes: b.decode()", "O(n)", bytes_decode)
    measure("list: append + pop()", "O(1)", list_ops(_append_pop))
    measure("list: insert(0) + pop(0)", "O(n)", list_ops(_insert0))
    measure("list: l[i]", "O(1)", list_ops(_get))
    measure("list: l[i] = x", "O(1)", list_ops(_set))
    measure("list: l[i:i+10]", "O(1)", list_ops(_slice_small))
    measure("list: len(l)", "O(1)", list_ops(_len))
    measure("list: l[i:] (20 times)", "O(n)", list_slice_tail)
    measure("list: x in l", "O(n)", list_in)
    measure("list: l.index(last)", "O(n)", list_index_last)
    measure("list: l.sort()", "O(n log n)", list_sort)
    measure("sorted(l)", "O(n log n)", list_sorted)
    measure("list: l.copy()", "O(n)", list_copy)
    measure("list: del l[:n/2], del l[::2]", "O(n)", list_del_slice)
    measure("list: extend(10) + del l[-10:]", "O(1)", list_extend)
    measure("tuple: t[i]", "O(1)", tuple_ops(_get))
    measure("tuple: t[i:i+10]", "O(1)", tuple_ops(_slice_small))
    measure("tuple: x in t", "O(n)", tuple_in)
    measure("dict: d[k]", "O(1)", dict_ops(_dget))
    measure("dict: d[k] = v + del d[k]", "O(1)", dict_ops(_dset_del))
    measure("dict: k in d", "O(1)", dict_ops(_din))
    measure("dict: k in d.keys()", "O(1)", dict_ops(_dkeys_in))
    measure("dict: popitem + d[k] = v", "O(1)", dict_ops(_dpopitem))
    measure("dict: iterate", "O(n)", dict_iter)
    measure("dict: d.copy()", "O(n)", dict_copy)
    measure("set: add + discard", "O(1)", set_ops(_sadd_discard))
    measure("set: x in s", "O(1)", set_ops(_sin))
    measure("set: pop + add", "O(1)", set_ops(_spop))
    measure("set: big & small", "O(len(small))", set_small_ops(lambda a, b: a & b))
    measure("set: big.intersection(small)", "O(len(small))", set_small_ops(lambda a, b: a.intersection(b)))
    measure("set: small <= big", "O(len(small))", set_small_ops(lambda a, b: b <= a))
    measure("set: big.isdisjoint(small)", "O(len(small))", set_small_ops(lambda a, b: a.isdisjoint(b)))
    measure("set: small - big", "O(len(small))", set_small_ops(lambda a, b: b - a))
    measure("set: big.difference_update(small)", "O(len(small))",
            set_small_ops(lambda a, b: (a.difference_update(b), a.update(b))))
    measure("set: union of two size-n sets", "O(n)", set_union)
    measure("deque: append + pop", "O(1)", deque_ops(_dq_right))
    measure("deque: appendleft + popleft", "O(1)", deque_ops(_dq_left))
    measure("deque: d[0], d[-1]", "O(1)", deque_ops(_dq_end_index))
    measure("deque: rotate(3)", "O(1)", deque_ops(_dq_rotate_small))
    measure("deque: n append, n popleft", "O(n) total", deque_fifo)
    measure("heapq: heappush + heappop", "O(log n)", heap_ops)
    measure("heapq: heapify", "O(n)", heapify)


main()
