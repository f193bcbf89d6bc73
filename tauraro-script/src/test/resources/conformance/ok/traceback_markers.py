# The traceback module's text is the display's: ^^^^ markers (and ~~^~~ for operators and
# subscripts) under each entry, chains with their separators, and, as in 3.11, no "Did you mean".
import traceback


def short(text):
    # file paths differ between machines: keep the base name
    import re
    return re.sub(r'File "[^"]*/', 'File "', text)


def divide(a, b):
    return a / b


def lookup(table, key):
    return table[key]["inner"]


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("cannot parse " + s) from e


try:
    divide(1, 0)
except ZeroDivisionError:
    print(short(traceback.format_exc()))

try:
    lookup({"a": {}}, "a")
except KeyError as e:
    print(short("".join(traceback.format_exception(e))))

try:
    try:
        parse("abc")
    except RuntimeError:
        {}["missing"]
except KeyError as e:
    print(short("".join(traceback.format_exception(type(e), e, e.__traceback__))))
    print(short("".join(traceback.format_tb(e.__traceback__))))
    te = traceback.TracebackException.from_exception(e)
    print(short("".join(te.format(chain=False))))
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])

counter = 1
try:
    countr
except NameError as e:
    print(short("".join(traceback.format_exception(e))))


class Box:
    content = None


try:
    Box().contnet
except AttributeError:
    print(short(traceback.format_exc(limit=1)))

try:
    divide(
        1,
        0)
except ZeroDivisionError as e:
    print(short("".join(traceback.format_exception(e))))
