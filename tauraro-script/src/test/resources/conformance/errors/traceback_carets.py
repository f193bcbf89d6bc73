# Tracebacks mark the failing operation under its source line as CPython 3.11 does: ~ under the
# operands and ^ under the operator of a binary operation or the brackets of a subscript, ^ under
# calls, names, attributes, comparisons and unary operations, nothing when the range is the whole
# line. Each case fails in its own function; the errors are chained as causes so all are printed.
class Box:
    def __init__(self, items):
        self.items = items

    def first(self):
        return self.items[0]


def total(values):
    return sum(values) + None  # a comment after the failing operation


def lookup(table, key):
    value = table [ key ]
    return value


def method_chain():
    b = Box([])
    print("first:", b.first())


def power():
    n = 2 **   None


def compare():
    flag = 1 < None


def negate():
    y = -None


def convert():
    z = int("nope")


def name():
    w = undefined_name + 1


def whole_line():
    1 + None


def comprehension():
    return [1/x for x in range(3)]


cases = [lambda: total([1, 2]), lambda: lookup({}, "missing"), method_chain, power, compare, negate, convert,
         name, whole_line, comprehension]
previous = None
for case in cases:
    try:
        case()
    except Exception as e:
        e.__cause__ = previous
        previous = e
print("start")
raise previous
