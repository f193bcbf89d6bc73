# os.scandir's entries: each path is the directory as given joined with the name (one '/' added
# unless the directory ends with one), str or bytes as the directory is, for relative, absolute,
# trailing-slash, '.' and PathLike directories; the entries' types and stat results.
import os
import pathlib
import shutil
import tempfile

top = tempfile.mkdtemp()
os.chdir(top)
os.mkdir("d")
os.mkdir("d/sub")
for name in ("a.txt", "b.py"):
    with open(os.path.join("d", name), "w") as f:
        f.write(name)


def show(where):
    with os.scandir(where) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(where), repr(e.name), repr(e.path), e.is_dir(), e.is_file(), e.is_symlink(),
              e.stat().st_size if e.is_file() else "-", os.fspath(e) == e.path, repr(e)[:10])


for where in ("d", "d/", "d//", "./d", pathlib.Path("d"), b"d", b"d/"):
    show(where)
os.chdir("d")
show(".")
with os.scandir() as it:
    print(sorted(e.path for e in it))
print(sorted(e.path for e in os.scandir(os.path.join(top, "d")) if e.name == "sub") == [os.path.join(top, "d", "sub")])
os.chdir("/")
shutil.rmtree(top)
print(os.path.exists(top))
