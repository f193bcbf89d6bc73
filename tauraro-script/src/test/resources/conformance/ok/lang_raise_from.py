# raise ... from ..., __cause__, __context__, __suppress_context__, exception chaining.
class ConfigError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e


try:
    parse("x1")
except ConfigError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__, e.__context__ is e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ConfigError("no key") from None
except ConfigError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    try:
        [][1]
    except IndexError:
        raise ConfigError("implicit")
except ConfigError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise ConfigError("direct") from RuntimeError("root")
except ConfigError as e:
    print(e, repr(e.__cause__), e.__context__)


def chain(depth):
    if depth == 0:
        raise ValueError("bottom")
    try:
        chain(depth - 1)
    except Exception as e:
        raise RuntimeError(f"level {depth}") from e


try:
    chain(3)
except RuntimeError as e:
    cur = e
    while cur is not None:
        print("-", type(cur).__name__, cur)
        cur = cur.__cause__
err = ValueError("v")
try:
    raise err
except ValueError as caught:
    print(caught is err)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
