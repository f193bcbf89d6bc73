# Generator expressions stepped by consumers (loops, set/tuple/sum/any/min/sorted/str.join/dict):
# the corners their direct stepping must keep as the generator protocol gives them.
import sys
import traceback


def stop(x):
    if x == 2:
        raise StopIteration("inner")
    return x


# StopIteration raised in the expression or the condition becomes RuntimeError, cause kept
for consume in (set, tuple, list, sum, sorted, frozenset, any, all, min, max):
    try:
        consume(stop(x) for x in range(4))
    except RuntimeError as e:
        print(consume.__name__, type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
try:
    "".join(str(x) for x in range(4) if stop(x))
except RuntimeError as e:
    print("join", e, repr(e.__cause__))
try:
    for v in (x for x in range(4) if stop(x) > 0):
        print("loop", v)
except RuntimeError as e:
    print("loop", e)

# a StopIteration from the iterated object ends the loop, as any for loop's
class Three:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(sum(x for x in Three()), set(x * 2 for x in Three()))

# other exceptions keep their type, from the expression, the condition or the iterated object
def boom(x):
    raise KeyError(x)


def failing():
    yield 1
    raise ValueError("from the source")


for make in (lambda: (boom(x) for x in [7]), lambda: (x for x in [7] if boom(x)),
             lambda: (x for x in failing())):
    try:
        print(tuple(make()))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)

# the first iterable is evaluated and iter() called on it where the expression is written
try:
    g = (x for x in 5)
except TypeError as e:
    print("eager", e)
order = []


def source():
    order.append("source")
    return [1, 2]


def consumer(g):
    order.append("consumer")
    return list(g)


print(consumer(x for x in source()), order)

# exceptions a consumer raises itself are not the generator's
class Bad:
    def __lt__(self, other):
        raise StopIteration("from __lt__")


try:
    min(b for b in [Bad(), Bad()])
except StopIteration as e:
    print("consumer's", type(e).__name__, e)
try:
    sum(x for x in ["a"])
except TypeError as e:
    print(e)

# the generator is running while its body runs, and stepping it from inside fails
g = (g.gi_running for _ in range(2))
print(list(g), g.gi_running)
g = (next(g) for _ in range(2))
try:
    list(g)
except ValueError as e:
    print(e)

# stepped by a loop, then by next(), send() and throw(), then by a consumer
g = (x * 10 for x in range(6))
for v in g:
    print("first", v, g.gi_suspended)
    break
print(next(g), g.send(None))
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("throw", e, g.gi_frame)
print(list(g))
g = (x for x in range(6))
print(any(v > 1 for v in g), list(g))
g = (x for x in range(3))
print(g.gi_suspended, next(iter(g)), g.gi_suspended, list(g), g.gi_frame, g.gi_running)

# nested generator expressions, and a rebound consumer
print(sum(sum(y for y in range(x)) for x in range(5)))
print(tuple(tuple(c for c in w if c != "a") for w in ["abc", "aa", ""]))
print(dict((k, sorted(k for k in range(k))) for k in range(3)))


def sum(g):
    return type(g).__name__ + ":" + ",".join(str(v) for v in g)


print(sum(x for x in range(3)))
del sum
import builtins
real_set = builtins.set
builtins.set = lambda g: ("patched", list(g))
print(set(x for x in "ab"))
builtins.set = real_set
print(sorted(set(x for x in "ab")))

# the loop variable stays inside; the expression's frame is on the stack while it runs
x = "outer"
print(list(x for x in range(2)), x)


def names():
    return [(sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name) for _ in range(1)]


print(next(sys._getframe().f_code.co_name for _ in range(1)), list(names()))
print(tuple((sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name) for _ in range(1)))

# a traceback through the expression names its frame
def traced():
    return set(boom(x) for x in [1])


try:
    traced()
except KeyError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
