# open() of a directory (and of names ending in '/') in every mode: the error comes from open(2)
# itself for the writing modes and from the check after a read-only open, as CPython's FileIO.
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
os.mkdir(os.path.join(base, "d"))
with open(os.path.join(base, "f"), "w") as f:
    f.write("text")
names = ["d", "d/", "missing/", "missing/x", "f/", "f"]
for mode in ["w", "a", "wb", "ab", "r+", "w+", "a+", "x", "xb", "r", "rb", "rb+"]:
    for name in names:
        path = os.path.join(base, name)
        try:
            with open(path, mode) as f:
                print(mode, name, "opened", type(f).__name__)
        except OSError as e:
            print(mode, name, type(e).__name__, e.errno, e.strerror, e.filename == path)
        if name == "f" and os.path.exists(path) and mode[0] in "wx":
            with open(path, "w") as f:
                f.write("text")
print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, "f")))
shutil.rmtree(base)
