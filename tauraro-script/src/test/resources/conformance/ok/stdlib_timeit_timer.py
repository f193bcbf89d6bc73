# timeit: Timer/timeit/repeat/autorange with a fake clock that the timed statement advances, so
# every time is exact; main() (the command line) with a wrapped timer; errors as CPython's
import contextlib
import io
import re
import time
import timeit

print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat, timeit.__all__)


class Clock:
    """A timer that only moves when tick() runs: tick is the statement being timed."""

    def __init__(self, step):
        self.now = 0.0
        self.step = step
        self.reads = 0

    def __call__(self):
        self.reads += 1
        return self.now

    def tick(self):
        self.now += self.step


clock = Clock(0.25)
t = timeit.Timer(clock.tick, timer=clock)
print(t.timeit(4), t.timeit(number=0), clock.reads)
print(t.repeat(3, 2), t.repeat(repeat=2, number=1))
calls = []
clock = Clock(0.001)
print(timeit.Timer(clock.tick, timer=clock).autorange(lambda n, s: calls.append((n, round(s, 6)))))
print(calls)
clock = Clock(0.05)
print(timeit.Timer(clock.tick, timer=clock).autorange())

# string statements: setup runs once per timeit() call, in the given globals
ns = {"log": []}
t = timeit.Timer("log.append(x)", "x = len(log)", globals=ns)
t.timeit(3)
t.timeit(2)
print(ns["log"])
print(timeit.timeit("n += 1", "n = 0", number=5, globals={}) >= 0)
print(len(timeit.repeat("pass", repeat=4, number=10)))
print(timeit.timeit("for i in range(3):\n    s += i\nassert s >= 0", setup="s = 0\nx = 1", number=2) >= 0)
setups = []
print(timeit.timeit(lambda: None, setup=lambda: setups.append(1), number=3) >= 0, setups)
print(timeit.timeit("itertools", number=1) >= 0)  # the default globals are timeit's own

for args in ((1,), ("pass", 2), (None,)):
    try:
        timeit.Timer(*args)
    except ValueError as e:
        print("ValueError:", e)
for stmt, setup in (("return 1", "pass"), ("x = (", "pass"), ("pass", "return"), ("break", "pass"),
                    ("yield 1", "pass"), ("pass", "a\nb\nreturn"), ("  x = 1", "pass")):
    try:
        timeit.Timer(stmt, setup)
    except SyntaxError as e:
        print(type(e).__name__ + ":", e)

# an exception in the statement propagates; print_exc shows the timed line
t = timeit.Timer("1 / zero", "zero = 0")
try:
    t.timeit(1)
except ZeroDivisionError:
    out = io.StringIO()
    t.print_exc(out)
    lines = out.getvalue().splitlines()
    print([line for line in lines if "<timeit-src>" in line or "zero" in line])


# main(): the command line, on a timer that advances one second per reading
def fake(timer):
    state = {"now": 0.0}

    def read():
        state["now"] += 1.0
        return state["now"]
    return read


def run(args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = timeit.main(args, _wrap_timer=fake)
    print(args, "->", code)
    print(out.getvalue(), end="")


run(["-n", "10", "-r", "3", "pass"])
run(["--number=1", "--repeat=2", "--unit=msec", "x = 1"])
run(["-n", "2000", "-u", "usec", "pass"])
run(["-n", "1", "-u", "nsec", "pass"])
run(["-r", "1", "pass"])
run(["-v", "-r", "2", "pass"])
run(["-v", "-v", "-n", "3", "-r", "2", "-s", "a = 1", "-s", "b = 2", "a", "b"])
run(["-u", "hours", "pass"])
run(["-x"])
run(["--number"])
run(["-n", "1", "1/0"])
run(["-n", "1", "--", "-1"])
out = io.StringIO()
with contextlib.redirect_stdout(out):
    print(timeit.main(["-h"]), "-n/--number" in out.getvalue(), "-u/--unit" in out.getvalue())
print(out.getvalue().splitlines()[-1])  # the help text itself is not CPython's

# without a fake timer only the shape of the line can be checked
out = io.StringIO()
with contextlib.redirect_stdout(out):
    timeit.main(["-n", "100", "-r", "2", "x = 1"])
print(re.fullmatch(r"100 loops, best of 2: [0-9.e+-]+ (nsec|usec|msec|sec) per loop\n", out.getvalue()) is not None)
