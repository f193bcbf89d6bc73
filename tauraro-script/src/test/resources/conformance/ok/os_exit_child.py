# os._exit in a multiprocessing child ends it at once with the code: no except, finally or
# with-exit runs, and the parent sees the exit code.
import multiprocessing
import os
import sys


class Noisy:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print('__exit__ not run')


def child(code):
    try:
        with Noisy():
            print('child', code, flush=True)
            os._exit(code)
    except BaseException:
        print('except not run')
    finally:
        print('finally not run')
    print('after not run')


if __name__ == '__main__':
    for code in (0, 5, 255):
        sys.stdout.flush()
        p = multiprocessing.Process(target=child, args=(code,))
        p.start()
        p.join()
        print('exitcode', p.exitcode)
    for args, kwargs in [((), {}), ((1, 2), {}), (('x',), {}), ((), {'foo': 1}), ((1.5,), {})]:
        try:
            os._exit(*args, **kwargs)
        except TypeError as e:
            print('TypeError:', e)
    print('end')
