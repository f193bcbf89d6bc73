# Slice assignment whose value (a generator) changes the list while it is read: the bounds come from
# the list's length before, a step-1 slice is clamped to the list as it is after (CPython 3.11).
# An extended slice that the list shrinks under is left out: 3.11 writes past the end there.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def case(label, body):
    a = list(range(6))
    def run():
        body(a)
        return a
    attempt(label, run)

def pop2(a):
    a[1:4] = (a.pop() for _ in range(2))
case("pop", pop2)

def pop_step_short(a):
    a[::2] = (a.pop() for _ in range(2))
case("pop step short", pop_step_short)

def pop_step_many(a):
    a[::2] = (a.pop() for _ in range(4))
case("pop step many", pop_step_many)

def clear_gen(a):
    def g():
        yield 10
        a.clear()
        yield 11
    a[1:4] = g()
case("clear", clear_gen)

def append_gen(a):
    def g():
        for i in range(3):
            a.append(100 + i)
            yield i
    a[1:4] = g()
case("append", append_gen)

def append_step(a):
    def g():
        for i in range(3):
            a.append(100 + i)
            yield i
    a[::2] = g()
case("append step", append_step)

def append_step4(a):
    def g():
        for i in range(4):
            a.append(100 + i)
            yield i
    a[::2] = g()
case("append step 4", append_step4)

def extend_gen(a):
    def g():
        a.extend(range(10, 20))
        yield 'x'
    a[2:] = g()
case("extend", extend_gen)

def extend_step(a):
    def g():
        a.extend([7, 8])
        yield from 'abcd'
    a[1::2] = g()
case("extend step", extend_step)

def extend_neg(a):
    def g():
        a.extend([7, 8])
        yield from 'abcd'
    a[-1::-2] = g()
case("extend step neg", extend_neg)

def insert_front(a):
    def g():
        a.insert(0, 'f')
        yield 'y'
    a[-2:] = g()
case("insert", insert_front)

def neg_bounds(a):
    a[-3:-1] = (a.pop(0) for _ in range(4))
case("neg bounds pop0", neg_bounds)

def past_end(a):
    a[4:10] = (a.pop() for _ in range(5))
case("past end", past_end)

def del_inside(a):
    def g():
        del a[:]
        yield 1
    a[2:5:1] = g()
case("del slice step 1", del_inside)

def self_ref(a):
    a[1:3] = a
case("self", self_ref)

def self_step(a):
    a[::2] = a[::2][::-1]
case("self step", self_step)

def self_step_bad(a):
    a[::2] = a
case("self step bad", self_step_bad)

def raise_mid(a):
    def g():
        a.pop()
        yield 1
        raise ValueError("boom")
    a[1:3] = g()
case("raise", raise_mid)

def sort_gen(a):
    def g():
        a.reverse()
        yield 1
    a[0:2] = g()
case("reverse", sort_gen)

def shrink_step_fits(a):
    a.extend(range(6, 10))
    a[0:4:2] = (a.pop() for _ in range(2))
case("shrink step fits", shrink_step_fits)

def neg_step_grow(a):
    def g():
        a.append('z')
        yield from 'pq'
    a[4:0:-3] = g()
case("neg step grow", neg_step_grow)

def del_step_live(a):
    del a[::2]
    a[::3] = (a.pop() for _ in range(1))
case("del then step", del_step_live)

def aug(a):
    a[1:2] += (a.pop() for _ in range(2))
case("augmented", aug)

def bytearray_gen(_):
    b = bytearray(b'abcdef')
    b[1:4] = (b.pop() for _ in range(2))
    return b
attempt("bytearray", lambda: bytearray_gen(None) or None)
b = bytearray(b'abcdef')
def ba():
    b[1:4] = (b.pop() for _ in range(2))
    return b
attempt("bytearray2", ba)
b2 = bytearray(b'abcdef')
def ba_step():
    b2[::2] = (b2.pop() for _ in range(3))
    return b2
attempt("bytearray step", ba_step)
b3 = bytearray(b'abcdef')
def ba_clear():
    def g():
        b3.clear()
        yield 65
        yield 66
        yield 67
    b3[::2] = g()
    return b3
attempt("bytearray clear step", ba_clear)
