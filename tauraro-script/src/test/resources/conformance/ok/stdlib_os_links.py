# Symbolic and hard links: os.symlink/readlink/link, os.path.islink/lexists/realpath and the
# pathlib methods, with CPython's OSError subclasses and messages. Paths print relative to a
# temporary directory.
import os
import pathlib
import tempfile


def err(f, *args):
    try:
        r = f(*args)
        print("ok", r if r is None or isinstance(r, (bool, str, bytes)) else type(r).__name__)
    except OSError as e:
        print(type(e).__name__, e.errno, e)


with tempfile.TemporaryDirectory() as d:
    base = os.path.realpath(d)
    rel = lambda p: os.path.relpath(p, base)
    os.chdir(base)
    with open("file.txt", "w") as f:
        f.write("hello\n")
    os.mkdir("sub")
    os.symlink("file.txt", "ln")
    os.symlink("sub", "lnsub", target_is_directory=True)
    os.symlink("missing", "dangling")
    os.symlink("loop2", "loop1")
    os.symlink("loop1", "loop2")
    os.symlink("../file.txt", "sub/up")
    os.symlink(os.path.join(base, "sub"), "abs")
    print(os.readlink("ln"), os.readlink("dangling"), os.readlink(b"ln"), os.readlink("sub/up"))
    print(os.readlink("abs") == os.path.join(base, "sub"))
    for p in ["ln", "lnsub", "dangling", "loop1", "file.txt", "sub", "nothing"]:
        print(p, os.path.islink(p), os.path.lexists(p), os.path.exists(p), os.path.isfile(p),
              os.path.isdir(p), rel(os.path.realpath(p)))
    for p in ["lnsub/up", "sub/up", "lnsub/../file.txt", "abs/up", "dangling/x", "loop1/x/y",
              "./ln", "sub/../ln", ""]:
        print(repr(p), rel(os.path.realpath(p)))
    with open("ln") as f:
        print(f.read().strip())
    print(sorted(os.listdir(".")))
    print(os.lstat("ln").st_size, os.stat("ln").st_size)

    os.link("file.txt", "hard")
    print(os.stat("hard").st_nlink, os.stat("file.txt").st_ino == os.stat("hard").st_ino)
    print(os.path.islink("hard"), os.path.samefile("hard", "ln"))

    err(os.symlink, "file.txt", "ln")
    err(os.symlink, "x", "nodir/y")
    err(os.link, "file.txt", "hard")
    err(os.link, "missing", "hard2")
    err(os.readlink, "file.txt")
    err(os.readlink, "nothing")
    err(os.readlink, "sub")
    print(rel(os.path.realpath("loop1")), rel(os.path.realpath("loop2/../sub")))
    err(os.stat, pathlib.Path("nothing"))
    try:
        os.path.realpath("loop1", strict=True)
    except OSError as e:
        print(type(e).__name__, e.errno)

    P = pathlib.Path
    q = P("plink")
    q.symlink_to("file.txt")
    print(q.is_symlink(), q.readlink(), type(q.readlink()).__name__, q.read_text().strip())
    print(P("file.txt").is_symlink(), P("dangling").is_symlink(), P("dangling").exists())
    h = P("phard")
    h.hardlink_to("file.txt")
    print(h.is_symlink(), h.stat().st_nlink, h.read_text().strip())
    print(rel(P("lnsub/up").resolve()), rel(P("dangling").resolve()))
    err(q.symlink_to, "other")
    err(h.hardlink_to, "file.txt")
    err(P("file.txt").readlink)
    P("sub/dirlink").symlink_to(P(".."), target_is_directory=True)
    print(P("sub/dirlink").readlink(), sorted(x.name for x in P("sub/dirlink").iterdir())[:3])
    os.remove("ln")
    os.unlink("dangling")
    print(os.path.lexists("ln"), os.path.exists("file.txt"))
    os.chdir("/")
