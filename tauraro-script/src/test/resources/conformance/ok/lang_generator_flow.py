# Control flow around yield points in generators and coroutines: break, continue and else in nested
# loops, return, try/finally, throw() and send() at yields inside loops, errors and their lines.
import sys, traceback


def report():
    e = sys.exc_info()[1]
    print(type(e).__name__, e, [(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)])


def g1(n):
    for i in range(n):
        if i == 5:
            break
        if i % 2:
            continue
        yield i
    else:
        yield "else1"
    yield "after"

print(list(g1(3)), list(g1(10)))

def g2():
    i = 0
    while i < 6:
        i += 1
        for j in range(3):
            if j == 1:
                continue
            if i == 4:
                break
            yield (i, j)
        else:
            yield ("inner-else", i)
            continue
        yield ("broke", i)
    else:
        yield "while-else"

print(list(g2()))

def g3():
    for x in [1, 2, 3]:
        try:
            yield x
            if x == 2:
                return "ret"
        finally:
            print("finally", x)

gen = g3()
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("stop", e.value)

def g4():
    for x in range(3):
        try:
            yield x
        except ValueError as e:
            print("caught", e)
            yield "recovered"

gen = g4()
print(next(gen), gen.throw(ValueError("v")), next(gen), list(gen))

def g5():
    for x in range(3):
        yield x
        yield 10 / (x - 1)

try:
    print(list(g5()))
except ZeroDivisionError:
    report()

def g6():
    it = iter(range(100))
    for a in it:
        for b in it:
            yield a, b
            if b > 6:
                return
print(list(g6()))

def g7(xs):
    for x in xs:
        if x:
            yield x
        elif x == 0:
            yield "zero"
        else:
            yield "none"
        v = yield
        if v is not None:
            yield ("sent", v)

gen = g7([1, 0, None])
print(next(gen), next(gen), gen.send(5), next(gen), next(gen), list(gen))

def g8():
    while True:
        x = yield
        if x is None:
            break
        yield x * 2
    yield "done"
gen = g8(); next(gen)
print(gen.send(3), next(gen), gen.send(4), next(gen), gen.send(None))

def g9():
    for i in range(3):
        with open(__file__) as f:
            yield i
        for j in range(2):
            yield from [i, j]
print(list(g9()))

import asyncio
async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        if i == 1:
            continue
        yield i
    while True:
        await asyncio.sleep(0)
        break
    yield "end"

async def main():
    out = []
    async for v in agen():
        out.append(v)
    total = 0
    for i in range(5):
        await asyncio.sleep(0)
        if i == 3:
            break
        total += i
    else:
        total = -1
    return out, total
print(asyncio.run(main()))

def g10():
    for i in range(3):
        yield i
gen = g10(); next(gen); gen.close(); print(list(gen))

def g11():
    x = 0
    while x < 3:
        x += 1
        yield x
    return x
def outer():
    r = yield from g11()
    yield ("r", r)
print(list(outer()))

def g12():
    for i in range(2):
        yield
print(list(g12()))

def g13():
    for (a, b) in [(1, 2), (3, 4)]:
        yield a + b
    for k in {}:
        yield k
    else:
        yield "empty-else"
print(list(g13()))

def g14():
    for x in 5:
        yield x
try:
    list(g14())
except TypeError:
    report()

def g15():
    yield 1
    while undefined_name:
        yield 2
try:
    list(g15())
except NameError:
    report()
