# Built-in exception attributes and notes survive the trip back from a pool worker.
import errno
from multiprocessing import Pool


def fail(n):
    e = OSError(errno.ECONNREFUSED, "Connection refused", "host:%d" % n)
    e.add_note("worker note")
    raise e


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            pool.apply_async(fail, (7,)).get()
        except ConnectionRefusedError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename, e.__notes__, e)
