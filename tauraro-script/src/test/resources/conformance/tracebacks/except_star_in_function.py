# except* inside a function: the unhandled rest propagates through the callers.
def work():
    try:
        raise ExceptionGroup("jobs", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("values handled")


def main():
    work()


main()
