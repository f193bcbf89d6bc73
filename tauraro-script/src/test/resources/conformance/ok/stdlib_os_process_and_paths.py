# os: utime, truncate, renames, the process ids and times, getloadavg, system, popen, PathLike,
# and os.path's commonpath, expandvars, splitdrive, ismount (values that vary are not printed).
import os
import pathlib
import tempfile

with tempfile.TemporaryDirectory() as d:
    f = os.path.join(d, "a.txt")
    with open(f, "w") as out:
        out.write("hello world")
    os.utime(f, (1_000_000_000, 1_500_000_000))
    st = os.stat(f)
    print(st.st_atime, st.st_mtime, st.st_mtime_ns)
    os.utime(f, ns=(2_000_000_000_123_456_789, 1_234_567_891_234_567_891))
    print(os.stat(f).st_mtime_ns, os.stat(f).st_atime_ns)
    os.utime(f, (1.5, 2.25))
    print(os.stat(f).st_mtime, os.stat(f).st_atime)
    os.utime(f)
    print(abs(os.stat(f).st_mtime - __import__("time").time()) < 60)
    for args, kwargs in (((f, (1, 2)), {"ns": (1, 2)}), ((f, 5), {}), ((f,), {"ns": 5}), ((f, (1,)), {})):
        try:
            os.utime(*args, **kwargs)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        os.utime(os.path.join(d, "missing"), (1, 2))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    os.truncate(f, 5)
    print(open(f).read(), os.path.getsize(f))
    os.truncate(f, 8)
    print(open(f, "rb").read())
    for bad in ((os.path.join(d, "missing"), 1), (f, -1)):
        try:
            os.truncate(*bad)
        except OSError as e:
            print(type(e).__name__, e.errno, os.path.basename(e.filename))
    os.renames(f, os.path.join(d, "x", "y", "b.txt"))
    print(sorted(os.listdir(d)), os.listdir(os.path.join(d, "x", "y")))
    os.makedirs(os.path.join(d, "p", "q"))
    os.rename(os.path.join(d, "x", "y", "b.txt"), os.path.join(d, "p", "q", "c.txt"))
    os.renames(os.path.join(d, "p", "q", "c.txt"), os.path.join(d, "top.txt"))
    print(sorted(os.listdir(d)))
    print(os.path.ismount("/"), os.path.ismount(d), os.path.ismount(os.path.join(d, "none")))

print(type(os.getppid()).__name__, os.getppid() != os.getpid(), os.getuid() >= 0, os.geteuid() >= 0,
      os.getgid() >= 0, os.getegid() >= 0, os.EX_OK)
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t.system >= 0, t.elapsed > 0, t[0] == t.user, repr(t).startswith("posix.times_result(user="))
print(len(os.getloadavg()), all(x >= 0 for x in os.getloadavg()))

print(os.system("exit 0"), os.system("exit 2"))
p = os.popen("echo hi; echo there")
print(repr(p.read()), p.close())
p = os.popen("exit 3")
print(repr(p.read()), p.close())
with os.popen("printf 'a\\nb\\n'") as lines:
    print([line.rstrip() for line in lines])
w = os.popen("cat > /dev/null", "w")
print(w.write("data"), w.close())
for bad in ((["ls"],), ("ls", "x"), ("ls", "r", 0)):
    try:
        os.popen(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class P:
    def __fspath__(self):
        return "p"


class Q(os.PathLike):
    def __fspath__(self):
        return "q"


class R:
    pass


os.PathLike.register(R)
print(isinstance(pathlib.Path("."), os.PathLike), isinstance(P(), os.PathLike), isinstance("s", os.PathLike),
      isinstance(b"b", os.PathLike), issubclass(P, os.PathLike), isinstance(Q(), os.PathLike), os.fspath(Q()),
      issubclass(R, os.PathLike), issubclass(int, os.PathLike), os.PathLike[str])

os.environ["TAURARO_T1"] = "v"
for t in ["$TAURARO_T1", "${TAURARO_T1}", "$TAURARO_T1x", "${TAURARO_T1}x", "$", "${", "a$$TAURARO_T1",
          "$1E", "${}", "$TAURARO_NOPE", "x${TAURARO_NOPE}y", "no vars"]:
    print(repr(t), repr(os.path.expandvars(t)))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/./b", "a/b/c"]),
      repr(os.path.commonpath(["/", "/a"])), repr(os.path.commonpath(["a", "b"])),
      os.path.commonpath([pathlib.PurePath("x/y"), "x/z"]))
for bad in ([], ["/a", "b"]):
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print("ValueError", e)
print(os.path.splitdrive("/a/b"), os.path.splitdrive("c:x"))
