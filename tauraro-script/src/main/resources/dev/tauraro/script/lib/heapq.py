"""heapq: binary min-heaps on lists, written in the script language.

The sifting follows CPython's order of comparisons and moves (a leaf-first siftup, then a siftdown
towards the root), so heaps holding equal items end up in CPython's layout. Every comparison is
`<`, as in CPython. push/pop are O(log n), heapify O(n), nsmallest/nlargest O(n log k).
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def _up(heap, top, pos):
    # moves heap[pos] towards the root (index top) while it is smaller than its parent
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _down(heap, pos):
    # the hole at pos falls to a leaf along smaller children, then the item climbs back up:
    # fewer comparisons than stopping early, and the layout CPython produces
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _up(heap, start, pos)


def _check(heap, name, only=False):
    # CPython numbers the argument unless it is the function's only one (heappop, heapify)
    if not isinstance(heap, list):
        raise TypeError(name + "() argument " + ("" if only else "1 ") + "must be list, not " + type(heap).__name__)


def heappush(heap, item):
    _check(heap, "heappush")
    heap.append(item)
    _up(heap, 0, len(heap) - 1)


def heappop(heap):
    _check(heap, "heappop", True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _down(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    _check(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _down(heap, 0)
    return smallest


def heappushpop(heap, item):
    _check(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _down(heap, 0)
    return item


def heapify(x):
    _check(x, "heapify", True)
    for i in reversed(range(len(x) // 2)):
        _down(x, i)


# max-heaps, for nsmallest: the same sifting with the comparison reversed
def _up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if p < item:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _down_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _up_max(heap, start, pos)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _down_max(x, i)


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n] (stable), in O(len * log n)."""
    if n <= 0:
        return []
    it = iter(iterable)
    # entries (key, order, item): order breaks ties so that equal keys keep their input order
    heap = []
    order = 0
    for item in it:
        heap.append((item if key is None else key(item), order, item))
        order += 1
        if order == n:
            break
    _heapify_max(heap)
    for item in it:
        k = item if key is None else key(item)
        if heap and k < heap[0][0]:
            heap[0] = (k, order, item)
            _down_max(heap, 0)
        order += 1
    heap.sort()
    return [entry[2] for entry in heap]


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n] (stable), in O(len * log n)."""
    if n <= 0:
        return []
    it = iter(iterable)
    # a min-heap of (key, -order, item): among equal keys the earliest item counts as largest
    heap = []
    order = 0
    for item in it:
        heap.append((item if key is None else key(item), -order, item))
        order += 1
        if order == n:
            break
    heapify(heap)
    for item in it:
        k = item if key is None else key(item)
        if heap and heap[0][0] < k:
            heap[0] = (k, -order, item)
            _down(heap, 0)
        order += 1
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs lazily into one sorted stream (stable: ties come out in input order)."""
    # entries [key, input number, value, iterator] in a heap ordered by _merge_lt
    heap = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            heap.append([value if key is None else key(value), number, value, it])
            break
    for i in reversed(range(len(heap) // 2)):
        _merge_down(heap, i, reverse)
    while heap:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            _merge_down(heap, 0, reverse)
            break
        else:
            last = heap.pop()
            if heap:
                heap[0] = last
                _merge_down(heap, 0, reverse)


def _merge_lt(a, b, reverse):
    # only the keys' own < is used, as CPython; equal keys keep the inputs' order
    if reverse:
        if b[0] < a[0]:
            return True
        return not a[0] < b[0] and a[1] < b[1]
    if a[0] < b[0]:
        return True
    return not b[0] < a[0] and a[1] < b[1]


def _merge_down(heap, pos, reverse):
    end = len(heap)
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= end:
            break
        if child + 1 < end and _merge_lt(heap[child + 1], heap[child], reverse):
            child += 1
        if not _merge_lt(heap[child], item, reverse):
            break
        heap[pos] = heap[child]
        pos = child
    heap[pos] = item
