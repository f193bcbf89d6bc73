# terminate()/kill() end a process wherever it is: in a busy loop, a sleep, a lock or queue wait.
import multiprocessing
import time


def spin(started):
    started.set()
    n = 0
    while True:
        n += 1


def call_forever(started):
    def step(x):
        return x + 1

    started.set()
    x = 0
    while x >= 0:
        x = step(x)


def sleep_long(started):
    started.set()
    time.sleep(600)


def wait_for_lock(started, lock):
    started.set()
    lock.acquire()


def wait_for_item(started, q):
    started.set()
    q.get()


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    lock.acquire()
    q = multiprocessing.Queue()
    cases = [
        ("busy loop", spin, ()),
        ("calls in a loop", call_forever, ()),
        ("sleep", sleep_long, ()),
        ("lock wait", wait_for_lock, (lock,)),
        ("queue wait", wait_for_item, (q,)),
    ]
    for how in ("terminate", "kill"):
        for name, target, extra in cases:
            started = multiprocessing.Event()
            p = multiprocessing.Process(target=target, args=(started,) + extra)
            p.start()
            started.wait()
            getattr(p, how)()
            p.join(30)
            print(how, name, p.exitcode, p.is_alive())
