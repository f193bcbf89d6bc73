# shutil: errors of move and copy (os.symlink is absent here, so rmtree's link refusal is untested), copytree's gathered failures, ignore_patterns, which
# with an explicit path, get_terminal_size from the environment, copyfileobj's chunking
import io
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    def rel(text):
        return str(text).replace(tmp, "T")

    def attempt(action):
        try:
            print("ok", rel(action()))
        except OSError as e:
            print(type(e).__name__, rel(e))

    os.makedirs(os.path.join(tmp, "a", "inner"))
    for name in ("a/x.txt", "a/y.log", "a/inner/z.txt", "f.txt"):
        with open(os.path.join(tmp, name), "w") as f:
            f.write(name * 3)
    attempt(lambda: shutil.move(os.path.join(tmp, "a"), os.path.join(tmp, "a", "inner", "b")))
    attempt(lambda: shutil.move(os.path.join(tmp, "f.txt"), os.path.join(tmp, "a")))
    attempt(lambda: shutil.move(os.path.join(tmp, "a", "f.txt"), tmp))
    with open(os.path.join(tmp, "a", "f.txt"), "w") as f:
        f.write("again")
    attempt(lambda: shutil.move(os.path.join(tmp, "f.txt"), os.path.join(tmp, "a")))
    attempt(lambda: shutil.move(os.path.join(tmp, "f.txt"), os.path.join(tmp, "renamed.txt")))
    attempt(lambda: shutil.copytree(os.path.join(tmp, "nope"), os.path.join(tmp, "z")))
    attempt(lambda: shutil.copy(os.path.join(tmp, "a"), os.path.join(tmp, "q")))
    attempt(lambda: shutil.copyfile(os.path.join(tmp, "missing"), os.path.join(tmp, "q")))
    attempt(lambda: shutil.copyfile(os.path.join(tmp, "renamed.txt"), os.path.join(tmp, "renamed.txt")))

    def refuse_logs(src, dst):
        if src.endswith(".log"):
            raise OSError("refusing " + os.path.basename(src))
        return shutil.copy2(src, dst)

    try:
        shutil.copytree(os.path.join(tmp, "a"), os.path.join(tmp, "c"), copy_function=refuse_logs)
    except shutil.Error as e:
        print("Error", [(rel(s), rel(d), why) for s, d, why in e.args[0]])
    print(sorted(os.listdir(os.path.join(tmp, "c"))))
    keep = shutil.ignore_patterns("*.log", "in*")
    print(sorted(keep("dir", ["x.txt", "y.log", "inner", "win"])))

    shutil.rmtree(os.path.join(tmp, "a"))
    print(sorted(os.listdir(tmp)))

    tool = os.path.join(tmp, "tool")
    with open(tool, "w") as f:
        f.write("#!/bin/sh\n")
    print(rel(shutil.which("tool", path=tmp)), shutil.which("renamed.txt", path=tmp))
    os.chmod(tool, 0o755)
    print(rel(shutil.which("tool", path=tmp + os.pathsep + tmp)), rel(shutil.which(tool)),
          shutil.which("tool", path=""), rel(shutil.which("renamed.txt", os.F_OK, path=tmp)))

os.environ["COLUMNS"] = "123"
os.environ["LINES"] = "x"
size = shutil.get_terminal_size((10, 20))
print(size.columns, size.lines, tuple(size), size)


class Counting:
    def __init__(self, data):
        self.inner = io.BytesIO(data)
        self.reads = 0

    def read(self, n=-1):
        self.reads += 1
        return self.inner.read(n)


src, dst = Counting(b"0123456789"), io.BytesIO()
shutil.copyfileobj(src, dst, 4)
print(dst.getvalue(), src.reads, shutil.COPY_BUFSIZE)
