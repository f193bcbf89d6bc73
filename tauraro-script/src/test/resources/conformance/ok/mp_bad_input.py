# Bad arguments to pools, threads and queues raise CPython's errors (map's chunksize=0 is left out:
# CPython quietly returns a list of None there, Tauraro raises imap's ValueError).
import multiprocessing
import queue
import threading


def sq(x):
    return x * x


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


if __name__ == "__main__":
    attempt("Pool(0)", lambda: multiprocessing.Pool(0))
    attempt("Pool(-1)", lambda: multiprocessing.Pool(-1))
    with multiprocessing.Pool(2) as p:
        attempt("map int", lambda: p.map(sq, 5))
        attempt("map str arg", lambda: p.map(sq, ["a"]))
        attempt("apply not callable", lambda: p.apply(5))
        attempt("imap chunksize 0", lambda: list(p.imap(sq, [1], 0)))
        attempt("imap_unordered chunksize -2", lambda: list(p.imap_unordered(sq, [1], -2)))
        attempt("starmap non-tuple", lambda: p.starmap(sq, [1]))
        attempt("map chunksize 2", lambda: p.map(sq, [1, 2, 3], 2))
    attempt("Thread target int", lambda: threading.Thread(target=5, args=()).run())
    attempt("Semaphore(-1)", lambda: threading.Semaphore(-1))
    attempt("queue timeout -1", lambda: queue.Queue().get(timeout=-1))
    attempt("queue get_nowait", lambda: queue.Queue().get_nowait())
    attempt("Event.wait bad", lambda: threading.Event().wait("x"))
    p = multiprocessing.Process(target=sq, args=(1,))
    p.start()
    p.join()
    attempt("Process start twice", p.start)
    attempt("join unstarted", multiprocessing.Process(target=sq).join)
    pool = multiprocessing.Pool(1)
    attempt("join running pool", pool.join)
    pool.terminate()
    attempt("map after terminate", lambda: pool.map(sq, [1]))
