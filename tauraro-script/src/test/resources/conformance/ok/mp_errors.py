# Exceptions cross back to the parent as the parent's classes; terminate/kill exit codes.
import multiprocessing


class BadInput(ValueError):
    def __init__(self, value):
        super().__init__(value)
        self.value = value

    def __str__(self):
        return "bad input: %r" % (self.value,)


def check(x):
    if x == 3:
        raise BadInput(x)
    return x


def wait_forever(q):
    q.get()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(check, [1, 2, 3, 4])
        except BadInput as e:
            print("caught", type(e).__name__, e, e.value, type(e) is BadInput)
        r = pool.apply_async(check, (3,))
        try:
            r.get()
        except ValueError as e:
            print("caught as base class:", repr(e), r.successful())
        print(pool.apply(check, (5,)))

    q = multiprocessing.Queue()
    for how in ("terminate", "kill"):
        p = multiprocessing.Process(target=wait_forever, args=(q,), name="waiter")
        p.start()
        getattr(p, how)()
        p.join()
        print(how, p.exitcode, p.is_alive())
    try:
        p.close()
        p.is_alive()
    except ValueError as e:
        print("ValueError:", e)
