# CPython 3.11's limit on digits in int/str conversions (sys.set_int_max_str_digits).
import decimal
import fractions
import json
import pickle
import sys


def attempt(label, f):
    try:
        r = f()
    except ValueError as e:
        print(label, "ValueError:", e)
    else:
        print(label, "ok", len(r) if isinstance(r, str) else type(r).__name__)


print(sys.get_int_max_str_digits(), sys.int_info, type(sys.int_info).__name__)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, len(sys.int_info))
print(sys.flags.int_max_str_digits)

big = 10 ** 5000
edge = 10 ** 4299  # 4300 digits: the most the default allows
over = 10 ** 4300  # 4301 digits
for label, f in [
    ("str", lambda: str(big)), ("repr", lambda: repr(big)), ("negative", lambda: str(-big)),
    ("f-string", lambda: f"{big}"), ("f-string d", lambda: f"{big:d}"), ("format ,", lambda: format(big, ",")),
    ("format n", lambda: format(big, "n")), ("format _", lambda: format(big, "_")),
    ("%d", lambda: "%d" % big), ("%i", lambda: "%i" % big), ("%5d", lambda: "%5d" % big),
    ("%s", lambda: "%s" % big), ("%r", lambda: "%r" % big), ("str.format", lambda: "{}".format(big)),
    ("in a list", lambda: str([big])), ("json.dumps", lambda: json.dumps(big)),
    ("json.dumps key", lambda: json.dumps({big: 1})),
    ("edge", lambda: str(edge)), ("-edge", lambda: str(-edge)), ("over", lambda: str(over)),
    ("hex", lambda: hex(big)), ("oct", lambda: oct(big)), ("bin", lambda: bin(big)),
    ("%x", lambda: "%x" % big), ("format x", lambda: format(big, "x")), ("format #o", lambda: format(big, "#o")),
    ("int", lambda: int("1" * 5000)), ("int base 10", lambda: int("1" * 5000, 10)),
    ("int -", lambda: int("-" + "1" * 4301)), ("int -edge", lambda: int("-" + "1" * 4300)),
    ("int spaces", lambda: int("  " + "1" * 4300 + "  ")), ("int zeros", lambda: int("0" * 5000)),
    ("int underscores", lambda: int("1_" * 2500 + "1")), ("int underscores over", lambda: int("1_" * 4400 + "1")),
    ("int bytes", lambda: int(b"1" * 5000)), ("int base 7", lambda: int("1" * 5000, 7)),
    ("int base 36", lambda: int("z" * 5000, 36)),
    ("int base 16", lambda: int("f" * 5000, 16)), ("int base 2", lambda: int("1" * 5000, 2)),
    ("int base 8", lambda: int("7" * 5000, 8)), ("int base 32", lambda: int("v" * 5000, 32)),
    ("int base 0 hex", lambda: int("0x" + "f" * 5000, 0)), ("int base 0", lambda: int("1" * 5000, 0)),
    ("float", lambda: float("1" * 5000)),
    ("json.loads", lambda: json.loads("1" * 5000)), ("json.loads -", lambda: json.loads("-" + "1" * 5000)),
    ("json.loads list", lambda: json.loads("[" + "2" * 4301 + "]")), ("json.loads edge", lambda: json.loads("3" * 4300)),
    ("json.loads float", lambda: json.loads("1" * 5000 + ".5")),
    ("Fraction", lambda: fractions.Fraction("1" * 5000)), ("str Fraction", lambda: str(fractions.Fraction(big, 3))),
    ("Decimal", lambda: str(decimal.Decimal("1" * 5000))), ("int Decimal", lambda: int(decimal.Decimal("1" * 5000))),
    ("Decimal of int", lambda: decimal.Decimal(big).adjusted()), ("int.__repr__", lambda: int.__repr__(big)),
    ("__str__", lambda: big.__str__()), ("int subclass", lambda: str(type("I", (int,), {})(big))),
    ("ascii", lambda: ascii(big)), ("%a", lambda: "%a" % big), ("{!r}", lambda: "{!r}".format(big)),
    ("format >", lambda: format(big, ">10")), ("pickle", lambda: pickle.loads(pickle.dumps(big)) == big),
]:
    attempt(label, f)

# the limit is settable: 0 turns it off, 1..639 are refused
for n in [0, 639, 640, 1, -1, True, 4300, 5000]:
    try:
        sys.set_int_max_str_digits(n)
        print("set", n, sys.get_int_max_str_digits())
    except ValueError as e:
        print("set", n, "ValueError:", e)
for args, kwargs in [(("5",), {}), ((), {}), ((), {"maxdigits": 700})]:
    try:
        sys.set_int_max_str_digits(*args, **kwargs)
        print("set", args, kwargs, sys.get_int_max_str_digits())
    except TypeError as e:
        print("TypeError:", e)
attempt("limit 700 str", lambda: str(10 ** 700))
attempt("limit 700 str edge", lambda: str(10 ** 699))
attempt("limit 700 int", lambda: int("9" * 701))
sys.set_int_max_str_digits(640)
attempt("limit 640", lambda: str(10 ** 640))
attempt("limit 640 edge", lambda: str(-10 ** 639))
attempt("limit 640 int", lambda: int("9" * 641))
sys.set_int_max_str_digits(0)
attempt("no limit str", lambda: str(big))
attempt("no limit int", lambda: int("7" * 5000))
attempt("no limit json", lambda: json.loads("7" * 5000))
print(int(str(big)) == big, sys.flags.int_max_str_digits, sys.int_info.default_max_str_digits)
sys.set_int_max_str_digits(sys.int_info.default_max_str_digits)
attempt("default again", lambda: str(big))

# sys.int_info's type makes others from a sequence of four (sys.flags' refuses)
T = type(sys.int_info)
print(T((1, 2, 3, 4)), T([5, 6, 7, 8]).bits_per_digit, isinstance(sys.int_info, tuple))
for bad in [(), ((1, 2, 3),), ((1, 2, 3, 4, 5),), (5,)]:
    try:
        T(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    type(sys.flags)()
except TypeError as e:
    print("TypeError:", e)

# decimal literals meet the limit when compiled (not hexadecimal ones, nor 0 written with many zeros)
for src in ["x = " + "1" * 5000, "y = 2\nz = [0x" + "f" * 5000 + ", " + "9" * 4301 + "]", "1_" * 2200 + "1",
            "0" * 5000, "1" * 4300 + ".5", "1" * 5000 + "j", "-" + "1" * 4301, "0x" + "f" * 5000]:
    try:
        compile(src, "lit", "exec")
        print("compiled", len(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
try:
    eval("7" * 4400)
except SyntaxError as e:
    print("SyntaxError:", e.msg)
sys.set_int_max_str_digits(0)
print(eval("7" * 4400) % 10, type(compile("x = " + "1" * 5000, "lit", "exec")).__name__)
sys.set_int_max_str_digits(4300)
