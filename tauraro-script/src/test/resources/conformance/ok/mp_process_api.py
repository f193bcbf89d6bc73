# multiprocessing.Process: subclassing, name/daemon, repr, errors of the life cycle.
import multiprocessing

results = []


class Squarer(multiprocessing.Process):
    def __init__(self, n, q):
        super().__init__()
        self.n = n
        self.q = q

    def run(self):
        results.append(self.n)  # the child's copy of results
        self.q.put((self.name.split("-")[0], self.n * self.n, len(results)))


class Loud(multiprocessing.Process):
    def run(self):
        print("Loud.run, then the target:")
        super().run()


def hello(who):
    print("hello", who)


def pid_free(p):
    return " ".join(w for w in repr(p).split() if not w.startswith(("pid=", "parent=")))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    s = Squarer(7, q)
    print(type(s).__name__, isinstance(s, multiprocessing.Process), s.daemon)
    s.start()
    print(q.get())
    s.join()
    print("parent results:", results, s.exitcode)

    loud = Loud(target=hello, args=("world",), name="loud")
    loud.start()
    loud.join()

    p = multiprocessing.Process(target=hello, args=("renamed",))
    p.name = "renamed-process"
    p.daemon = True
    print(p.name, p.daemon, p.pid, p.exitcode)
    print(pid_free(p))
    p.start()
    p.join()
    print(pid_free(p))
    try:
        p.daemon = False
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        multiprocessing.Process(target=hello).join()
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        multiprocessing.Process(group=1)
    except AssertionError as e:
        print("AssertionError:", e)
    p.close()
    print(pid_free(p), p.name)
    try:
        p.exitcode
    except ValueError as e:
        print("ValueError:", e)
