# multiprocessing.Process under the cluster start method: a target with arguments, a target that
# raises (exit code 1), a subclass overriding run(); each writes a file the parent reads after join().
import multiprocessing
import os
import shutil
import tempfile


def write(path, text, times):
    with open(path, "w") as f:
        f.write(text * times)


def fail():
    raise ValueError("boom")


class Worker(multiprocessing.Process):
    def __init__(self, path):
        super().__init__()
        self.path = path

    def run(self):
        with open(self.path, "w") as f:
            f.write("from a subclass")


if __name__ == "__main__":
    d = tempfile.mkdtemp()
    try:
        a = os.path.join(d, "a.txt")
        p = multiprocessing.Process(target=write, args=(a, "ab"), kwargs={"times": 3}, name="writer")
        print(p.name, p.is_alive(), p.exitcode)
        p.start()
        p.join()
        with open(a) as f:
            print(p.exitcode, p.is_alive(), f.read())
        q = multiprocessing.Process(target=fail)
        q.start()
        q.join()
        print("failed with", q.exitcode)
        b = os.path.join(d, "b.txt")
        w = Worker(b)
        w.start()
        w.join(30)
        with open(b) as f:
            print(type(w).__name__, w.exitcode, f.read())
    finally:
        shutil.rmtree(d)
