# os.fspath and the os functions taking paths ask the type for __fspath__ (an instance attribute
# is not consulted), and Path.stat passes follow_symlinks on as given.
import os
import pathlib
import shutil
import tempfile


class P:
    def __init__(self, text):
        self.text = text

    def __fspath__(self):
        return self.text


base = tempfile.mkdtemp()
target = os.path.join(base, "file.txt")
with open(target, "w") as f:
    f.write("12345")
os.symlink(target, os.path.join(base, "link"))

p = P(target)
p.__fspath__ = lambda: "/nonexistent/instance/attribute"
print(os.fspath(p) == target, os.stat(p).st_size, os.path.exists(p))
with open(p) as f:
    print(f.read())


class Bad:
    def __fspath__(self):
        return 42


class NoneHook:
    __fspath__ = None


for obj in [Bad(), NoneHook(), 3.5]:
    for call in [os.fspath, os.stat, open]:
        try:
            call(obj)
        except TypeError as e:
            print(call.__name__, type(obj).__name__, "TypeError", e)


class Sub(pathlib.PosixPath):
    def __fspath__(self):
        return super().__fspath__() + ".missing"


link = pathlib.Path(base, "link")
for kw in [{}, {"follow_symlinks": True}, {"follow_symlinks": False}, {"follow_symlinks": 1},
           {"follow_symlinks": 0}, {"follow_symlinks": None}, {"follow_symlinks": "yes"}]:
    st = link.stat(**kw)
    print(kw, st.st_size == 5, os.path.basename(str(link)))
try:
    Sub(target).stat()
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename == target + ".missing")
try:
    link.stat(True)
except TypeError as e:
    print("TypeError", e)
try:
    pathlib.Path(base, "missing").stat()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename == os.path.join(base, "missing"))
shutil.rmtree(base)
