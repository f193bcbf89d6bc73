# list.index and tuple.index: start and stop as slice bounds, and their messages
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
t = (1, 2, 3, 2)
attempt("index start", lambda: t.index(2, 2))
attempt("index start stop", lambda: t.index(2, 0, 1))
attempt("index neg", lambda: t.index(2, -1))
attempt("index big", lambda: t.index(2, -100, 100))
attempt("index none", lambda: t.index())
attempt("index many", lambda: t.index(1, 2, 3, 4))
attempt("index kw", lambda: t.index(1, start=0))
attempt("index bad start", lambda: t.index(1, 'a'))
attempt("index none start", lambda: t.index(1, None))
attempt("count none", lambda: t.count())
attempt("count two", lambda: t.count(1, 2))
attempt("count kw", lambda: t.count(x=1))
attempt("tuple.index unbound", lambda: tuple.index(t, 3))
attempt("tuple.count unbound", lambda: tuple.count(t, 2))
m = t.index
attempt("bound index kw", lambda: m(1, start=0))
attempt("fromkeys kw", lambda: dict.fromkeys([1], value=2))
attempt("fromkeys kw2", lambda: dict.fromkeys(iterable=[1]))
attempt("fromkeys none", lambda: dict.fromkeys())
attempt("fromkeys three", lambda: dict.fromkeys(1, 2, 3))
attempt("list index kw", lambda: [1].index(1, start=0))
attempt("list index start", lambda: [1, 2, 1].index(1, 1))
for seq in ([1, 2, 3, 2], (1, 2, 3, 2)):
    attempt("start str", lambda: seq.index(1, 'a'))
    attempt("start None", lambda: seq.index(1, None))
    attempt("stop None", lambda: seq.index(1, 0, None))
    attempt("start huge", lambda: seq.index(1, 10**30))
    attempt("start -huge", lambda: seq.index(2, -10**30))
    attempt("stop huge", lambda: seq.index(2, 0, 10**30))
    attempt("start float", lambda: seq.index(1, 1.0))
    attempt("start bool", lambda: seq.index(2, True))
    attempt("missing", lambda: seq.index(9))
    attempt("missing str", lambda: seq.index('x'))
    class I:
        def __index__(self):
            return 2
    attempt("start __index__", lambda: seq.index(2, I()))
