# Cause, context, suppressed context and the three-frame chain.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("cannot parse " + s) from e


def load():
    try:
        parse("abc")
    except RuntimeError:
        raise KeyError("config")


def quiet():
    try:
        load()
    except KeyError as k:
        raise LookupError("quiet") from None


try:
    quiet()
except LookupError as e:
    print(e.__suppress_context__, type(e.__context__).__name__, e.__cause__)
    print(type(e.__context__.__context__).__name__, type(e.__context__.__context__.__cause__).__name__)
load()
