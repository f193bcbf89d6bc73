# os.DirEntry keeps the stat results it got (each asked once, as CPython's); Path.iterdir reads the
# directory when the first entry is asked for
import os
import pathlib
import tempfile

d = tempfile.mkdtemp()
f = os.path.join(d, "f")
with open(f, "w") as out:
    out.write("abc")
os.mkdir(os.path.join(d, "sub"))
os.symlink(f, os.path.join(d, "to_f"))
os.symlink(os.path.join(d, "sub"), os.path.join(d, "to_sub"))
os.symlink(os.path.join(d, "gone"), os.path.join(d, "broken"))

entries = {e.name: e for e in os.scandir(d)}
e = entries["f"]
first = e.stat()
with open(f, "a") as out:
    out.write("more")
print(e.stat().st_size, e.stat() is first, os.stat(f).st_size, e.stat(follow_symlinks=False).st_size)
for name in sorted(entries):
    e = entries[name]
    print(name, e.is_dir(), e.is_dir(follow_symlinks=False), e.is_file(), e.is_file(follow_symlinks=False),
          e.is_symlink(), e.stat(follow_symlinks=False) is e.stat(follow_symlinks=False))
link = entries["to_f"]
print(link.stat().st_size, link.stat(follow_symlinks=False).st_size == len(f), link.stat() is link.stat())
try:
    entries["broken"].stat()
except FileNotFoundError as err:
    print("FileNotFoundError", err.strerror)

it = pathlib.Path(d, "missing").iterdir()
print("iterdir made")
try:
    next(it)
except FileNotFoundError as err:
    print("FileNotFoundError", err.strerror)
print(sorted(p.name for p in pathlib.Path(d).iterdir()), sorted(str(p)[len(d):] for p in pathlib.Path(d).glob("*o*")))
print(list(pathlib.Path(d).glob("f")) == [pathlib.Path(f)], list(pathlib.Path(d).glob("nothing")))
cwd = os.getcwd()
os.chdir(d)
print(sorted(map(str, pathlib.Path().iterdir())), sorted(map(str, pathlib.Path("sub").iterdir())))
os.chdir(cwd)

for name in ["to_f", "to_sub", "broken", "f"]:
    os.remove(os.path.join(d, name))
os.rmdir(os.path.join(d, "sub"))
os.rmdir(d)
