"""AsyncResult.get(timeout) raises multiprocessing.TimeoutError (a ProcessError), as CPython."""
import multiprocessing
import time


def slow(x):
    time.sleep(0.5)
    return x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as p:
        r = p.apply_async(slow, (1,))
        try:
            r.get(timeout=0.05)
        except multiprocessing.TimeoutError as e:
            print(type(e).__name__, type(e).__module__, isinstance(e, multiprocessing.ProcessError))
        print(r.ready(), r.get())
