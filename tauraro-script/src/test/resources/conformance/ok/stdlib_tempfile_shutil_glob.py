# tempfile, shutil and glob over a temporary tree (paths printed relative to it)
import glob
import os
import shutil
import stat
import tempfile

with tempfile.TemporaryDirectory(prefix="conf-") as tmp:
    print(os.path.isdir(tmp), os.path.basename(tmp).startswith("conf-"), os.path.isabs(tmp))
    print(os.path.dirname(tmp) == tempfile.gettempdir(), tempfile.gettempprefix())
    rel = lambda p: os.path.relpath(p, tmp)
    os.makedirs(os.path.join(tmp, "src", "sub", "deep"))
    for name, text in [("a.txt", "alpha"), ("b.log", "beta"), ("sub/c.txt", "gamma"), ("sub/deep/d.txt", "delta"),
                       (".hidden.txt", "hidden")]:
        with open(os.path.join(tmp, "src", name), "w") as f:
            f.write(text)
    src = os.path.join(tmp, "src")
    print(sorted(rel(p) for p in glob.glob(os.path.join(src, "*.txt"))))
    print(sorted(rel(p) for p in glob.glob(os.path.join(src, "**", "*.txt"), recursive=True)))
    print(sorted(rel(p) for p in glob.glob(os.path.join(src, "**"), recursive=True)))
    print(sorted(glob.glob("*.txt", root_dir=src)), sorted(glob.glob("?.*", root_dir=src)), sorted(glob.glob("[ab].*", root_dir=src)))
    print(sorted(glob.glob("*", root_dir=src, include_hidden=True)), glob.glob(os.path.join(src, "nothing*")))
    print(glob.has_magic("a*"), glob.has_magic("abc"), glob.escape("a*b?[c]"), sorted(glob.iglob("sub/*", root_dir=src)))

    copied = shutil.copy(os.path.join(src, "a.txt"), os.path.join(tmp, "copy.txt"))
    print(rel(copied), open(copied).read())
    into = shutil.copy(os.path.join(src, "b.log"), tmp)
    print(rel(into))
    os.chmod(os.path.join(src, "a.txt"), 0o640)
    shutil.copy2(os.path.join(src, "a.txt"), os.path.join(tmp, "copy2.txt"))
    print(oct(stat.S_IMODE(os.stat(os.path.join(tmp, "copy2.txt")).st_mode)) if hasattr(stat, "S_IMODE")
          else oct(os.stat(os.path.join(tmp, "copy2.txt")).st_mode & 0o777))
    shutil.copyfile(os.path.join(src, "b.log"), os.path.join(tmp, "cf.txt"))
    try:
        shutil.copyfile(copied, copied)
    except shutil.SameFileError as e:
        print("SameFileError", rel(str(e).split("'")[1]))
    dst = shutil.copytree(src, os.path.join(tmp, "tree"), ignore=shutil.ignore_patterns("*.log", ".*"))
    print(rel(dst), sorted(rel(os.path.join(d, f)) for d, _, fs in os.walk(dst) for f in fs))
    try:
        shutil.copytree(src, dst)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    shutil.copytree(src, dst, dirs_exist_ok=True)
    print(sorted(os.listdir(dst)))
    moved = shutil.move(os.path.join(tmp, "tree"), os.path.join(tmp, "moved"))
    print(rel(moved), os.path.exists(os.path.join(tmp, "tree")), sorted(os.listdir(moved)))
    shutil.move(os.path.join(tmp, "copy.txt"), os.path.join(tmp, "moved"))
    print(sorted(os.listdir(os.path.join(tmp, "moved"))))
    shutil.rmtree(os.path.join(tmp, "moved"))
    print(os.path.exists(os.path.join(tmp, "moved")))
    try:
        shutil.rmtree(os.path.join(tmp, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    shutil.rmtree(os.path.join(tmp, "missing"), ignore_errors=True)
    errors = []
    shutil.rmtree(os.path.join(tmp, "missing"), onerror=lambda fn, p, info: errors.append((fn.__name__, info[0].__name__)))
    print(errors)
    print(shutil.which("sh") is not None, shutil.which("no-such-command-here"), shutil.which("sh", path=""))
    with open(os.path.join(tmp, "obj.txt"), "w") as out, open(os.path.join(src, "sub", "c.txt")) as inp:
        shutil.copyfileobj(inp, out)
    print(open(os.path.join(tmp, "obj.txt")).read())

    with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=tmp) as f:
        f.write("named")
        f.seek(0)
        print(f.read(), f.name.endswith(".txt"), os.path.exists(f.name), os.path.dirname(f.name) == tmp)
        name = f.name
    print(os.path.exists(name))
    f = tempfile.NamedTemporaryFile(dir=tmp, delete=False, prefix="keep")
    f.write(b"bytes")
    f.close()
    print(open(f.name, "rb").read(), os.path.basename(f.name).startswith("keep"), len(os.path.basename(f.name)))
    d = tempfile.mkdtemp(dir=tmp, suffix="-x")
    print(os.path.isdir(d), d.endswith("-x"), oct(os.stat(d).st_mode & 0o777))
    with tempfile.TemporaryFile(dir=tmp) as t:
        t.write(b"anonymous")
        t.seek(0)
        print(t.read())
    td = tempfile.TemporaryDirectory(dir=tmp)
    print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
    td.cleanup()
    print(os.path.exists(td.name))
print(os.path.exists(tmp))
