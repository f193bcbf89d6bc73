# A ProcessPoolExecutor whose worker dies (os._exit in the call) is broken, never hung: every
# unfinished future fails with BrokenProcessPool and later submissions raise it.
import os
import time
import concurrent.futures
from concurrent.futures import ProcessPoolExecutor, BrokenExecutor
from concurrent.futures.process import BrokenProcessPool


def die(code):
    os._exit(code)
    print('not reached')


def nap(seconds):
    time.sleep(seconds)
    return seconds


def plus_one(x):
    return x + 1


def outcome(f):
    try:
        return f'result {f.result(timeout=60)!r}'
    except BrokenProcessPool as e:
        return f'{type(e).__name__}: {e}'


if __name__ == '__main__':
    print(issubclass(BrokenProcessPool, BrokenExecutor), issubclass(BrokenProcessPool, RuntimeError))
    print(BrokenProcessPool.__module__, BrokenExecutor.__module__)

    # one worker: the call that kills it and everything queued behind it fail (all are submitted
    # while the worker naps, so that none of the submissions comes after the death)
    with ProcessPoolExecutor(1) as ex:
        print(ex.submit(plus_one, 1).result())
        first = ex.submit(nap, 0.5)
        fs = [ex.submit(die, 3)] + [ex.submit(plus_one, i) for i in range(3)]
        print(outcome(first))
        for f in fs:
            print(outcome(f))
        for call in (lambda: ex.submit(plus_one, 2), lambda: list(ex.map(plus_one, [1, 2]))):
            try:
                call()
            except BrokenProcessPool as e:
                print('later:', type(e).__name__, e)
        print(all(f.done() for f in fs), [f.exception().__class__.__name__ for f in fs])

    # two workers: a long call on the other worker is failed at once, not waited for
    with ProcessPoolExecutor(2) as ex:
        long_call = ex.submit(nap, 30)
        time.sleep(0.2)
        dying = ex.submit(die, 0)
        print(outcome(dying))
        print(outcome(long_call))
        print(long_call.done(), long_call.running(), long_call.cancelled())
    print('left the with block')

    # wait() and as_completed() see the broken futures complete
    ex = ProcessPoolExecutor(1)
    fs = [ex.submit(nap, 0.5), ex.submit(die, 1), ex.submit(plus_one, 5)]
    done, not_done = concurrent.futures.wait(fs, timeout=60)
    print(len(done), len(not_done))
    print(sorted(type(f.exception()).__name__ for f in concurrent.futures.as_completed(fs[1:], timeout=60)))
    print(fs[0].result())
    ex.shutdown()
    print('end')
