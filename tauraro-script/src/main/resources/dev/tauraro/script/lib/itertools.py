"""itertools, written in the script language."""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj


def chain(*iterables):
    for it in iterables:
        for element in it:
            yield element


def _from_iterable(iterables):
    for it in iterables:
        for element in it:
            yield element


chain.from_iterable = _from_iterable


def islice(iterable, *args):
    if len(args) == 1:
        start, stop, step = 0, args[0], 1
    else:
        start, stop = args[0], args[1]
        step = args[2] if len(args) > 2 and args[2] is not None else 1
        start = 0 if start is None else start
    it = iter(iterable)
    if stop is not None and start >= stop:
        # nothing to yield, but the items before start are still taken (as CPython does)
        for _ in zip(range(start), it):
            pass
        return
    # stop is checked after each item, so no item beyond stop is ever taken from the iterator
    i = 0
    next_i = start
    for element in it:
        if i == next_i:
            yield element
            next_i += step
        i += 1
        if stop is not None and i >= stop:
            return


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def product(*iterables, repeat=1):
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    def rec(prefix, remaining):
        if len(prefix) == r:
            yield tuple(prefix)
            return
        for i in range(len(remaining)):
            yield from rec(prefix + [remaining[i]], remaining[:i] + remaining[i + 1:])
    yield from rec([], list(pool))


def _choices(iterable, r, repeat):
    """The r-long picks of iterable's items in order, each item once or (repeat) any number of times."""
    if r < 0:
        raise ValueError("r must be non-negative")
    pool = tuple(iterable)
    n = len(pool)
    def rec(start, prefix):
        if len(prefix) == r:
            yield tuple(prefix)
            return
        for i in range(start, n):
            yield from rec(i if repeat else i + 1, prefix + [pool[i]])
    return rec(0, [])  # not a generator itself: a bad r fails at the call, as CPython's


def combinations(iterable, r):
    return _choices(iterable, r, False)


def combinations_with_replacement(iterable, r):
    return _choices(iterable, r, True)


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    while True:
        values = []
        for i in range(len(iterators)):
            try:
                values.append(next(iterators[i]))
            except StopIteration:
                active -= 1
                iterators[i] = repeat(fillvalue)
                values.append(fillvalue)
        if active <= 0:
            return
        yield tuple(values)


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            return


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def groupby(iterable, key=None):
    keyfunc = (lambda v: v) if key is None else key
    group = []
    current = None
    first = True
    for element in iterable:
        k = keyfunc(element)
        if first:
            current = k
            first = False
        elif k != current:
            yield current, iter(group)
            group = []
            current = k
        group.append(element)
    if not first:
        yield current, iter(group)


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def filterfalse(predicate, iterable):
    for x in iterable:
        if not (bool(x) if predicate is None else predicate(x)):
            yield x


def tee(iterable, n=2):
    items = list(iterable)
    return tuple(iter(list(items)) for _ in range(n))
