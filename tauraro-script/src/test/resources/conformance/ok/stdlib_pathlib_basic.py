# pathlib: pure path operations and the file-system methods over a temporary directory
import os
import tempfile
from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = PurePath("/usr/local/lib/python3.11/site.tar.gz")
print(repr(p), str(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root, repr(p.drive))
print(p.parent, list(p.parents)[:3], len(p.parents), p.parents[-1], p.parents[1], p.parents[0:2])
print(p.with_suffix(".zip"), p.with_name("other.txt"), p.with_stem("archive"), p.with_suffix(""))
print(PurePath("a", "b/c", "d"), PurePath("a", "/b", "c"), PurePath("a//b/./c/"), PurePath(), PurePath("//x/y"), PurePath("../a/.."))
q = PurePosixPath("/etc") / "ssl" / "certs"
print(repr(q), "/root" / PurePath("x"), q.joinpath("a", "b"), q.is_absolute(), PurePath("rel").is_absolute())
print(q.relative_to("/etc"), q.relative_to("/etc/ssl/certs"), q.is_relative_to("/etc"), q.is_relative_to("/usr"))
print(PurePath("a/b.py").match("*.py"), PurePath("/a/b/c.py").match("b/*.py"), PurePath("/a/b/c.py").match("a/*.py"),
      PurePath("/a/b.py").match("/a/*.py"), PurePath("a/b.py").match("/*.py"))
print(PurePath("a") == PurePath("a/"), PurePath("a") < PurePath("b"), sorted([PurePath("b"), PurePath("a/c"), PurePath("a")]),
      hash(PurePath("x/y")) == hash(PurePath("x//y")), PurePath("a") == "a", os.fspath(PurePath("a/b")))
print(PurePath(".bashrc").suffix, PurePath("a.").suffix, PurePath("x.tar.gz").suffixes, PurePath("/").name, PurePath("/").parent)
print(type(Path("x")).__name__, type(PurePath("x")).__name__, isinstance(Path("x"), PurePath), Path("a").as_posix())
for bad in [lambda: PurePath("/").with_name("x"), lambda: p.with_suffix("zip"), lambda: p.with_name("a/b"),
            lambda: q.relative_to("/usr"), lambda: PurePath(5), lambda: q / 5]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    rel = lambda path: path.relative_to(base).as_posix()
    (base / "pkg" / "sub").mkdir(parents=True)
    (base / "pkg" / "sub").mkdir(parents=True, exist_ok=True)
    try:
        (base / "pkg").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    try:
        (base / "x" / "y").mkdir()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    print((base / "pkg" / "a.py").write_text("print('a')\n"), (base / "pkg" / "sub" / "b.py").write_text("b = 2\n"))
    print((base / "pkg" / "data.bin").write_bytes(b"\x00\x01\x02"), (base / "pkg" / "data.bin").read_bytes())
    (base / "pkg" / "notes.txt").write_text("héllo", encoding="utf-8")
    (base / "pkg" / ".hidden").touch()
    print((base / "pkg" / "notes.txt").read_text(encoding="utf-8"), (base / "pkg" / "a.py").read_text())
    print(sorted(rel(x) for x in (base / "pkg").iterdir()))
    print(sorted(rel(x) for x in base.glob("pkg/*.py")), sorted(rel(x) for x in base.rglob("*.py")))
    print(sorted(rel(x) for x in base.glob("**/*.py")), sorted(rel(x) for x in base.glob("**")), sorted(rel(x) for x in base.glob("pkg/*")))
    f = base / "pkg" / "a.py"
    print(f.exists(), f.is_file(), f.is_dir(), f.parent.is_dir(), (base / "nope").exists(), f.stat().st_size, f.is_symlink())
    with f.open() as fh:
        print(fh.readline().strip())
    with (base / "log.txt").open("w") as fh:
        fh.write("line\n")
    moved = (base / "log.txt").rename(base / "moved.txt")
    print(rel(moved), (base / "log.txt").exists(), moved.exists())
    replaced = moved.replace(base / "final.txt")
    print(rel(replaced), replaced.read_text())
    replaced.unlink()
    replaced.unlink(missing_ok=True)
    try:
        replaced.unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
    (base / "empty").mkdir()
    (base / "empty").rmdir()
    print((base / "empty").exists(), (base / "pkg" / ".." / "pkg").resolve() == (base / "pkg").resolve(), Path(".").resolve() == Path.cwd())
    print(Path("rel/x").absolute() == Path.cwd() / "rel" / "x", Path.home() == Path(os.path.expanduser("~")), Path("~").expanduser() == Path.home())
    try:
        (base / "pkg" / "a.py").write_text(b"bytes")
    except TypeError as e:
        print(e)
    try:
        (base / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        (base / "pkg" / ".hidden").touch(exist_ok=False)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    print(os.path.exists(str(base / "pkg")), open(base / "pkg" / "sub" / "b.py").read().strip())
