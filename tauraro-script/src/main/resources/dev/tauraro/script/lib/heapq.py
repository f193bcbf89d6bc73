"""heapq: binary min-heaps on lists; the sifting is the Java _heapq's.

The sifting follows CPython's order of comparisons and moves (a leaf-first siftup, then a siftdown
towards the root), so heaps holding equal items end up in CPython's layout. Every comparison is
`<`, as in CPython. push/pop are O(log n), heapify O(n), nsmallest/nlargest O(n log k).
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


# The sifting is Java's (_heapq), as CPython's is C: in the script a push and a pop cost 40
# times CPython's. _heapify_max and _heapreplace_max are the max-heap variants nsmallest uses.
from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop, _heapify_max, _heappop_max,
                    _heapreplace_max)


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
            _heapreplace_max(heap, (k, order, item))
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
            heapreplace(heap, (k, -order, item))
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
