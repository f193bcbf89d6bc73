# Generator expressions with several for clauses, stepped directly by consumers and loops: the
# corners the nested clauses must keep as the generator protocol and CPython 3.11 give them.
import sys
import traceback

a, b = [1, 2, 3], [10, 20]
print(sum(x * y for x in a for y in b), list((x, y) for x in a for y in b))
print(list((x, y, z) for x in range(3) if x for y in range(x) for z in 'ab' if z != 'a' or y))
print(list(y for x in [[1, 2], [], [3]] for y in x), list(x for x in [] for y in 1))
print(tuple(x + y for x in 'ab' if x != 'b' for y in 'cd' if y != 'c'), max(x - y for x in a for y in b))
print(any(x * y > 20 for x in a for y in b), all(x < 3 for x in a for y in b), set(x % 2 for x in a for y in a))
print(''.join(c * n for n in range(3) for c in 'xy'), sorted((y, x) for x in a for y in [x, -x]))
print(list(p for x, y in [(1, 2), (3, 4)] for p in (x, y) if p != 3), dict((x, y) for x in a for y in b))

# the inner iterables are evaluated in the expression's frame, once per outer item, lazily
order = []


def inner(x):
    order.append(x)
    return range(x)


g = (x * 10 + y for x in a for y in inner(x))
print(order, next(g), order, list(g), order)

# errors from the inner iterable, the inner target, a condition and the element
for make in (lambda: (y for x in a for y in x), lambda: (y for x in a for y, z in [x]),
             lambda: (y for x in a for y in b if y / (x - 2)), lambda: (1 / (y - 20) for x in a for y in b),
             lambda: (y for x in a for y in {}[x])):
    try:
        print(list(make()))
    except (TypeError, ValueError, ZeroDivisionError, KeyError) as e:
        print(type(e).__name__, e)


def stop(x):
    if x == 2:
        raise StopIteration('inner')
    return x


for consume in (list, sum, any, min):
    try:
        consume(stop(y) for x in a for y in [x])
    except RuntimeError as e:
        print(consume.__name__, type(e).__name__, e, repr(e.__cause__))

# stepped by a loop, next(), send() and throw(), then a consumer; early exits keep the rest
g = (x * y for x in a for y in b)
for v in g:
    print('first', v, g.gi_suspended)
    break
print(next(g), g.send(None), g.gi_running)
try:
    g.throw(KeyError('thrown'))
except KeyError as e:
    print('throw', e, g.gi_frame, list(g))
g = (x * y for x in a for y in b)
print(any(v > 20 for v in g), list(g))
g = (x * y for x in a for y in b)
print(next(g), list(g), list(g))
g = (g.gi_running for x in a for y in b)
print(list(g))
g = (x for x in a for y in b)
g.close()
print(list(g))

# three levels, names shadowed, the loop variables stay inside
x = 'outer'
print(sum(i * j * k for i in range(1, 4) for j in range(i) for k in range(j, 3)), x)
print(list(x for x in range(2) for x in [x, x * 10]), x)

# a traceback through the expression names its frame and line
def traced():
    return sum(1 for x in a
               for y in [x]
               if {}[y])


try:
    traced()
except KeyError as e:
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
print(next(sys._getframe().f_code.co_name for x in a for y in b))
