# try/except/else/finally ordering, return in finally, re-raise, nested handlers.
def run(fail):
    try:
        print("try", fail)
        if fail:
            raise ValueError("bad")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")


run(False)
run(True)


def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")


print(ret_in_try())


def finally_overrides():
    try:
        return 1
    finally:
        return 2


print(finally_overrides())


def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally return swallows exception"


print(swallow())


def reraise():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            print("handling, then re-raise")
            raise
    except ValueError as e:
        print("outer got", e)


reraise()
try:
    try:
        raise TypeError("t")
    finally:
        print("cleanup")
except TypeError as e:
    print("propagated", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)


def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("second")


try:
    handler_raises()
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError:
    print("except-as name is deleted after the handler")
