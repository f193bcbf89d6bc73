# An exception whose context is a group, raised in a function.
def handler():
    try:
        raise ExceptionGroup("ctx", [OSError(2, "gone"), ValueError("v")])
    except ExceptionGroup:
        raise RuntimeError("while handling")


def outer():
    handler()


outer()
