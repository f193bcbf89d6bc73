# tarfile: writing and reading ustar, GNU and pax archives (long names, non-ASCII names, big
# numbers), the compressed modes, append, add with filter, extractfile, extractall (3.11.2's:
# no filter argument), is_tarfile, and the errors of misuse.
import io
import os
import tarfile
import tempfile

TMP = [""]


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(TMP[0], "TMP"))


def member(name, data=b"", **fields):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 1600000000
    for k, v in fields.items():
        setattr(info, k, v)
    return info, io.BytesIO(data)


def fill(tf):
    tf.addfile(*member("short.txt", b"short file\n", uname="alice", gname="staff", uid=1000, gid=100))
    tf.addfile(*member("dir", type=tarfile.DIRTYPE, mode=0o755))
    tf.addfile(*member("dir/" + "deep/" * 25 + "long.txt", b"long name\n"))
    tf.addfile(*member("dir/link", type=tarfile.SYMTYPE, linkname="../short.txt"))
    tf.addfile(*member("hard", type=tarfile.LNKTYPE, linkname="short.txt"))
    tf.addfile(*member("empty.bin"))
    tf.addfile(*member("block.bin", bytes(range(256)) * 4))


def show(tf):
    for m in tf.getmembers():
        print(" ", m.name, m.size, oct(m.mode), m.type, m.linkname, m.uid, m.gid, m.uname, m.gname,
              m.mtime, m.isfile(), m.isdir(), m.issym(), m.islnk(), sorted(m.pax_headers))


with tempfile.TemporaryDirectory() as tmp:
    TMP[0] = tmp
    for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w", format=fmt) as tf:
            fill(tf)
            if fmt != tarfile.USTAR_FORMAT:
                tf.addfile(*member("n" * 120, b"very long flat name"))
                tf.addfile(*member("ünïcödé.txt", b"utf-8 name"))
                tf.addfile(*member("biguid", uid=8 ** 8))
        raw = buf.getvalue()
        print("format", fmt, len(raw), len(raw) % tarfile.RECORDSIZE, raw[257:265])
        buf.seek(0)
        with tarfile.open(fileobj=buf) as tf:
            show(tf)
            print(tf.getnames())
            print(tf.extractfile("dir/link").read(), tf.extractfile("hard").read(), tf.extractfile("dir"))
            print(tf.extractfile("block.bin").read() == bytes(range(256)) * 4)

    # compressed modes through files, append, r:* detection
    for comp in ("", "gz", "bz2", "xz"):
        path = os.path.join(tmp, "a.tar" + ("." + comp if comp else ""))
        with tarfile.open(path, "w:" + comp) as tf:
            fill(tf)
        with tarfile.open(path) as tf:
            print("comp", comp or "tar", tf.getnames()[:3], tf.extractfile("short.txt").read())
        with tarfile.open(path, "r:" + comp) as tf:
            print("  explicit", len(tf.getmembers()), tarfile.is_tarfile(path))
        if not comp:
            with tarfile.open(path, "a") as tf:
                tf.addfile(*member("appended.txt", b"appended"))
            with tarfile.open(path) as tf:
                print("  appended", tf.getnames()[-2:], tf.extractfile("appended.txt").read())
    attempt("a:gz", lambda: tarfile.open(os.path.join(tmp, "a.tar.gz"), "a:gz"))
    attempt("r:gz on bz2", lambda: tarfile.open(os.path.join(tmp, "a.tar.bz2"), "r:gz"))
    attempt("unknown comp", lambda: tarfile.open(os.path.join(tmp, "a.tar"), "r:zz"))
    attempt("bad mode", lambda: tarfile.open(os.path.join(tmp, "a.tar"), "q"))
    junk = os.path.join(tmp, "junk")
    with open(junk, "wb") as f:
        f.write(b"this is not a tar archive" * 40)
    attempt("not tar", lambda: tarfile.open(junk))
    attempt("not tar r:", lambda: tarfile.open(junk, "r:"))
    print("is_tarfile", tarfile.is_tarfile(junk), tarfile.is_tarfile(os.path.join(tmp, "a.tar.xz")))

    # add() from disk with a filter, then extractall
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    for rel, data in (("top.txt", b"top\n"), ("sub/inner.txt", b"inner\n"), ("sub/skip.log", b"log\n")):
        with open(os.path.join(src, rel), "wb") as f:
            f.write(data)
    os.chmod(os.path.join(src, "top.txt"), 0o640)
    os.symlink("top.txt", os.path.join(src, "ln"))

    def only_txt(info):
        if info.name.endswith(".log"):
            return None
        info.uname = info.gname = "someone"
        info.mtime = 1500000000
        return info

    disk = os.path.join(tmp, "disk.tar")
    with tarfile.open(disk, "w") as tf:
        tf.add(src, arcname="pkg", filter=only_txt)
        attempt("extractfile in w", lambda: tf.extractfile("pkg"))
    with tarfile.open(disk) as tf:
        for m in tf:
            print(" ", m.name, m.type, m.size, oct(m.mode & 0o777), m.uname, m.mtime, m.linkname)
        out = os.path.join(tmp, "out")
        tf.extractall(out)
        tf.extract("pkg/top.txt", os.path.join(tmp, "one"))
        attempt("getmember", lambda: tf.getmember("missing"))
    for root, dirs, files in sorted(os.walk(out)):
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(root, name)
            print(" ", os.path.relpath(full, out), os.path.islink(full), oct(os.stat(full).st_mode & 0o777),
                  int(os.stat(full).st_mtime), open(full, "rb").read())
    print(os.path.exists(os.path.join(tmp, "one", "pkg", "top.txt")))

    # a member named with .. lands outside the target, as 3.11.2 does it
    esc = io.BytesIO()
    with tarfile.open(fileobj=esc, mode="w") as tf:
        tf.addfile(*member("../escaped.txt", b"outside"))
    esc.seek(0)
    os.mkdir(os.path.join(tmp, "target"))  # 3.11.2's makedirs would fail on target/.. otherwise
    with tarfile.open(fileobj=esc) as tf:
        tf.extractall(os.path.join(tmp, "target"))
    print("escaped", open(os.path.join(tmp, "escaped.txt"), "rb").read())

    with tarfile.open(fileobj=io.BytesIO(), mode="w", format=tarfile.USTAR_FORMAT) as tf:
        attempt("ustar long", lambda: tf.addfile(*member("x" * 120)))
        attempt("ustar split", lambda: tf.addfile(*member("d/" * 60 + "f")))
        attempt("ustar uid", lambda: tf.addfile(*member("u", uid=8 ** 8)))
    tf = tarfile.open(fileobj=io.BytesIO(), mode="w")
    tf.close()
    attempt("closed", tf.getmembers)
    attempt("nothing", lambda: tarfile.open())
    info = tarfile.TarInfo("x")
    print(info.mode, info.type, info.mtime, info.size, info.uname, info.pax_headers, len(info.tobuf()))
    info.mtime = 1.5
    print(len(info.tobuf(tarfile.PAX_FORMAT)), len(info.tobuf(tarfile.GNU_FORMAT)))
    print(tarfile.RECORDSIZE, tarfile.BLOCKSIZE, tarfile.DEFAULT_FORMAT, tarfile.ENCODING)
    print(issubclass(tarfile.ReadError, tarfile.TarError), tarfile.REGTYPE, tarfile.DIRTYPE)

# the archive bytes themselves, for members whose fields are all given
import hashlib
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w", format=fmt) as tf:
        for name, data in (("a.txt", b"abc"), ("d/" + "q" * 150, b"long"), ("é", b"x")):
            if fmt == tarfile.USTAR_FORMAT and len(name) > 100:
                continue
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mtime = 1234567890
            ti.uname = "u"
            tf.addfile(ti, io.BytesIO(data))
        ti = tarfile.TarInfo("f")
        ti.mtime = 12.25
        tf.addfile(ti)
    print("bytes", fmt, len(b.getvalue()), hashlib.sha256(b.getvalue()).hexdigest()[:16])
