"""timeit: time small pieces of code, written from the timeit documentation and the command line
output CPython 3.11 prints.

A Timer compiles its statement into a function whose loop runs it `number` times between two
readings of the timer, so that the loop's cost is all that is added; the setup runs once per
timeit() call, before the first reading. The garbage collector is switched off while timing.

Command line: python -m timeit [-n N] [-r N] [-s S] [-p] [-v] [-u UNIT] [-h] [--] [statement ...]
(CPython also takes the undocumented -t and -c; this one does not).
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"  # the file name of the compiled statements, in tracebacks
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_HELP = """Times a Python statement: python -m timeit [options] [--] [statement ...]

Options:
  -n/--number N: run the statement N times per measurement (default: the
                 first of 1, 2, 5, 10, 20, 50, ... taking at least 0.2 s)
  -r/--repeat N: take N measurements (default 5)
  -s/--setup S: run S once before each measurement, untimed (default 'pass');
                may be given more than once
  -p/--process: measure with time.process_time() instead of time.perf_counter()
  -v/--verbose: print each measurement too; repeat for more digits
  -u/--unit U: print times in U: nsec, usec, msec or sec
  -h/--help: print this message and exit
  --: end the options, for a statement that starts with '-'
  statement: the statement to time (default 'pass'); each further argument
             is a further line, and indented lines may be given in quotes
"""


def _indented(code, spaces):
    """code with every line after the first indented by spaces, to sit in the generated function."""
    return code.replace("\n", "\n" + " " * spaces)


class Timer:
    """Times stmt (a string of statements or a callable of no arguments) after setup (likewise),
    with timer; string statements run in the namespace `globals` (default: this module's)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _module_globals() if globals is None else globals
        parameters = ""
        if isinstance(setup, str):
            # compiled alone first: in the generated function 'return' or 'yield' would be legal
            compile(setup, dummy_src_name, "exec")
            stmt_prefix = setup + "\n"
            setup = _indented(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            parameters += ", _setup=_setup"
            stmt_prefix = ""
            setup = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # after the setup: its line numbers in errors count the setup's lines, as CPython's do
            compile(stmt_prefix + stmt, dummy_src_name, "exec")
            stmt = _indented(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            parameters += ", _stmt=_stmt"
            stmt = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        # the statement's first line is line 6, as in CPython's tracebacks of timed code
        self.src = ("\ndef inner(_it, _timer%s):\n    %s\n    _t0 = _timer()\n    for _i in _it:\n"
                    "        %s\n        pass\n    _t1 = _timer()\n    return _t1 - _t0\n") % (parameters, setup, stmt)
        exec(compile(self.src, dummy_src_name, "exec"), global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Prints the current exception's traceback, with the timed source's lines shown."""
        import linecache
        import traceback
        linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"), dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """The seconds that number runs of the statement took (after one run of the setup)."""
        loops = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat results of timeit(number); the minimum is the one to look at."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number of 1, 2, 5, 10, 20, 50, ... whose timeit() takes
        at least 0.2 s; callback(number, seconds) is called after each try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


def _module_globals():
    # Timer's parameter `globals` hides the built-in there; CPython also runs string statements
    # in this module's namespace when none is given
    return globals()


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)"""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)"""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def main(args=None, *, _wrap_timer=None):
    """The command line: times the statements in args (default sys.argv[1:]) and prints the best
    time per loop. Returns None, or 1 if the statement raised and 2 for a usage error."""
    import getopt
    import os
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:pvh",
                                   ["number=", "setup=", "repeat=", "process", "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0  # 0: found by autorange()
    setup = []
    repeat = default_repeat
    verbose = 0
    unit = None
    precision = 3
    for option, value in opts:
        if option in ("-n", "--number"):
            number = int(value)
        if option in ("-s", "--setup"):
            setup.append(value)
        if option in ("-u", "--unit"):
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
            unit = value
        if option in ("-r", "--repeat"):
            repeat = max(int(value), 1)
        if option in ("-p", "--process"):
            timer = time.process_time
        if option in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if option in ("-h", "--help"):
            print(_HELP, end=" ")  # CPython's help also ends with that space
            return 0
    setup = "\n".join(setup) or "pass"
    # the statements may import modules from the current directory, as the interpreter's own would
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        def report(tried, taken):
            if verbose:
                print("%d loop%s -> %.*g secs" % (tried, "" if tried == 1 else "s", precision, taken))
        try:
            number, _ = t.autorange(report)
        except Exception:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeat, number)
    except Exception:
        t.print_exc()
        return 1

    def format_time(seconds):
        chosen = unit
        if chosen is None:
            # the largest unit the time reaches, else the smallest
            chosen = next((u for u, s in sorted(_UNITS.items(), key=lambda item: -item[1]) if seconds >= s),
                          "nsec")
        return "%.*g %s" % (precision, seconds / _UNITS[chosen], chosen)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw)))
        print()
    per_loop = [dt / number for dt in raw]
    best, worst = min(per_loop), max(per_loop)
    print("%d loop%s, best of %d: %s per loop" % (number, "" if number == 1 else "s", repeat, format_time(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) was more than four "
                               "times slower than the best time (%s)." % (format_time(worst), format_time(best)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
