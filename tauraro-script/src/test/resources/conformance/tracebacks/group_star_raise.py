# A handler of except* raising a new exception, and an unmatched rest.
def work():
    raise ExceptionGroup("jobs", [ValueError("v"), KeyError("k"), TypeError("t")])


try:
    work()
except* ValueError:
    raise RuntimeError("handler failed")
except* KeyError:
    pass
