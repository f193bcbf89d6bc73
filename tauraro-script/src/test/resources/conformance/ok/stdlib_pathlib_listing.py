# Path.iterdir and one-name Path.glob patterns: the children's str, hidden names, a name without
# wildcards, a directory that does not exist, the root and '.' as parents, equality and hashing.
import os
import pathlib
import tempfile

d = tempfile.mkdtemp()
for name in ["a.py", "b.txt", ".hidden.py", "c.tar.gz", "noext", "x[1].py"]:
    with open(os.path.join(d, name), "w") as f:
        f.write("x")
os.mkdir(os.path.join(d, "sub.py"))
base = pathlib.Path(d)


def rel(paths):
    return sorted(str(p)[len(d):] for p in paths)


print(rel(base.iterdir()))
print(rel(base.glob("*.py")))
print(rel(base.glob("*")) == rel(base.iterdir()))
print(rel(base.glob("?.*")), rel(base.glob("[ab].*")), rel(base.glob("x[[]1].py")))
print(rel(base.glob("noext")), rel(base.glob("missing")), rel(base.glob("sub.py")))
print(rel(base.glob("*/")), rel(base.glob("sub.py/*")))
print(list(pathlib.Path(d, "missing").glob("*")), list(pathlib.Path(d, "noext").glob("*")))
child = next(p for p in base.iterdir() if p.name == "a.py")
print(child == base / "a.py", hash(child) == hash(base / "a.py"), child.parent == base, os.fspath(child) == d + "/a.py")
print(type(child).__name__, child.suffix, child.stem, child.parts[-2:] == (os.path.basename(d), "a.py"))
os.chdir(d)
print(sorted(str(p) for p in pathlib.Path().glob("*.py")), sorted(str(p) for p in pathlib.Path(".").iterdir())[:2])
root = sorted(str(p) for p in pathlib.Path("/").iterdir())
print(all(p.startswith("/") and not p.startswith("//") for p in root), "/tmp" in root)
print(str(pathlib.Path("//").joinpath("x")), [str(p) for p in pathlib.PurePosixPath("/", "usr").parents])
for p in sorted(base.iterdir()):
    if p.is_dir():
        os.rmdir(p)
    else:
        p.unlink()
base.rmdir()
print(base.exists())
