# Ranges over several lines are marked to the end of their first line, without operator anchors;
# a call's markers follow it into the function; a parenthesised operation is marked inside its
# parentheses; two statements on one line are told apart.
def add(a,
        b):
    return a + b


def spread():
    value = (1 +
             None)


def call_over_lines():
    add(1,
        None)


def parenthesised():
    ratio = (2 / 0)


def two_statements():
    pairs = {"a": 1}; pairs["a"]["b"]


def attribute():
    missing = None
    print(missing.attr.other)


previous = None
for case in [spread, call_over_lines, parenthesised, two_statements, attribute]:
    try:
        case()
    except Exception as e:
        e.__cause__ = previous
        previous = e
print("run")
raise previous
