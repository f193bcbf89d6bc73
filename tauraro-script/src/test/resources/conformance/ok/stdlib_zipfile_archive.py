# zipfile: writing (w, x, a), reading, the four methods, members opened as streams, ZipInfo
# fields, comments, testzip, is_zipfile, and the errors of misuse.
import io
import os
import tempfile
import warnings
import zipfile
import zlib

TMP = [""]


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(TMP[0], "TMP"))


def show(info):
    print(" ", info.filename, info.date_time, info.compress_type, info.file_size, hex(info.CRC),
          info.flag_bits, info.create_system, info.create_version, info.extract_version,
          hex(info.external_attr), info.is_dir(), info.comment, info.extra)


text = b"".join(b"line %d: the quick brown fox\n" % i for i in range(400))
with tempfile.TemporaryDirectory() as tmp:
    TMP[0] = tmp
    path = os.path.join(tmp, "a.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
            info = zipfile.ZipInfo("m%d.txt" % method, (2020, 5, 17, 13, 45, 30))
            info.compress_type = method
            info.external_attr = 0o644 << 16
            zf.writestr(info, text)
        info = zipfile.ZipInfo("dir/", (2021, 1, 2, 3, 4, 6))
        zf.writestr(info, b"")
        info = zipfile.ZipInfo("dir/ünïcode.txt", (2022, 12, 31, 23, 59, 58))
        info.comment = b"member comment"
        zf.writestr(info, "text as str")
        with zf.open(zipfile.ZipInfo("stream.bin", (2023, 3, 3, 3, 3, 3)), "w") as w:
            w.write(b"written ")
            w.write(b"through a stream")
        zf.comment = b"archive comment"
        print("writer repr", repr(zf).replace(tmp, "TMP"))
    print("repr closed", repr(zf))
    print("is_zipfile", zipfile.is_zipfile(path), zipfile.is_zipfile(io.BytesIO(b"not a zip")))

    with zipfile.ZipFile(path) as zf:
        print(zf.namelist())
        print(zf.comment, zf.mode)
        for info in zf.infolist():
            show(info)
            # XZ for Java's LZMA encoder makes other (valid) bytes than liblzma's: no size for it
            print("  repr", repr(info) if info.compress_type != zipfile.ZIP_LZMA else info.compress_type)
        for method in (0, 8, 12, 14):
            print("read", method, zf.read("m%d.txt" % method) == text)
        print(zf.read("dir/ünïcode.txt"), zf.getinfo("dir/ünïcode.txt").comment)
        print(zf.read("stream.bin"))
        with zf.open("m8.txt") as f:
            print("open", f.readline(), f.read(10), f.tell(), repr(f))
            f.seek(0)
            print("lines", len(f.readlines()))
        print("closed repr", repr(f))
        with zf.open("m0.txt") as f:
            print("iter", sum(1 for _ in f))
        print("testzip", zf.testzip())
        attempt("getinfo missing", lambda: zf.getinfo("nope"))
        attempt("read missing", lambda: zf.read("nope"))
        attempt("writestr in r", lambda: zf.writestr("x", b"y"))
        attempt("open mode", lambda: zf.open("m0.txt", "a"))
        out = io.StringIO()
        zf.printdir(out)
        print(out.getvalue())
    attempt("read closed", lambda: zf.read("m0.txt"))
    attempt("write closed", lambda: zf.writestr("x", b"y"))

    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(zipfile.ZipInfo("added.txt", (2024, 2, 29, 12, 0, 0)), b"appended member")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            zf.writestr(zipfile.ZipInfo("added.txt", (2024, 2, 29, 12, 0, 0)), b"again")
            print("warning", [str(w.message) for w in caught], [w.category.__name__ for w in caught])
    with zipfile.ZipFile(path) as zf:
        print("after append", zf.namelist(), zf.comment, zf.read("added.txt"), zf.testzip())

    # extraction, with names that try to leave the target directory
    evil = os.path.join(tmp, "evil.zip")
    with zipfile.ZipFile(evil, "w") as zf:
        for name in ("../up.txt", "/abs/root.txt", "a/./b/../c.txt", "ok/plain.txt", "emptydir/", "x//y.txt"):
            zf.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), name.encode())
    out_dir = os.path.join(tmp, "out")
    with zipfile.ZipFile(evil) as zf:
        print("extract", zf.extract("../up.txt", out_dir).replace(tmp, "TMP"))
        zf.extractall(out_dir)
        print("extract member", zf.extract(zf.getinfo("ok/plain.txt"), os.path.join(tmp, "one")).replace(tmp, "TMP"))
    for root, dirs, files in sorted(os.walk(out_dir)):
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(root, name)
            with open(full, "rb") as f:
                print(" ", os.path.relpath(full, out_dir), f.read())
        for d in dirs:
            print(" ", os.path.relpath(os.path.join(root, d), out_dir) + "/")

    # write() and ZipInfo.from_file
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "sub", "f.txt"), "wb") as f:
        f.write(b"file on disk\n" * 10)
    os.chmod(os.path.join(src, "sub", "f.txt"), 0o640)
    info = zipfile.ZipInfo.from_file(os.path.join(src, "sub", "f.txt"), "stored/name.txt")
    print("from_file", info.filename, info.file_size, oct(info.external_attr >> 16), info.is_dir())
    info = zipfile.ZipInfo.from_file(os.path.join(src, "sub"), "/lead/dir")
    print("from_file dir", info.filename, info.file_size, hex(info.external_attr & 0xFFFF), info.is_dir())
    wpath = os.path.join(tmp, "w.zip")
    with zipfile.ZipFile(wpath, "w", compression=zipfile.ZIP_BZIP2, compresslevel=5) as zf:
        zf.write(os.path.join(src, "sub"), "sub")
        zf.write(os.path.join(src, "sub", "f.txt"), "sub/f.txt")
        zf.write(os.path.join(src, "sub", "f.txt"), "sub/g.txt", compress_type=zipfile.ZIP_STORED)
        zf.mkdir("made", 0o750)
    with zipfile.ZipFile(wpath) as zf:
        for info in zf.infolist():
            print(" ", info.filename, info.compress_type, info.file_size, oct(info.external_attr >> 16),
                  info.external_attr & 0xFFFF, info.is_dir())
        print(zf.read("sub/f.txt")[:13], zf.read("sub/g.txt") == zf.read("sub/f.txt"))
    attempt("exclusive", lambda: zipfile.ZipFile(wpath, "x"))
    attempt("bad mode", lambda: zipfile.ZipFile(wpath, "q"))
    attempt("bad method", lambda: zipfile.ZipFile(wpath, "r", compression=99))
    notzip = os.path.join(tmp, "not.zip")
    with open(notzip, "wb") as f:
        f.write(b"PK but not really a zip file at all" * 3)
    attempt("not a zip", lambda: zipfile.ZipFile(notzip))
    attempt("missing", lambda: zipfile.ZipFile(os.path.join(tmp, "missing.zip")))
    print("is_zipfile bad", zipfile.is_zipfile(notzip), zipfile.is_zipfile(os.path.join(tmp, "missing.zip")))

    # a damaged member: testzip names it, reading it raises BadZipFile
    with zipfile.ZipFile(path) as zf:
        offset = zf.getinfo("m0.txt").header_offset + 30 + len("m0.txt") + 5
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(b"X")
    with zipfile.ZipFile(path) as zf:
        print("testzip damaged", zf.testzip())
        attempt("read damaged", lambda: zf.read("m0.txt"))

    # in memory, and the comment setter's checks
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mem.txt", (1999, 9, 9, 9, 9, 9)), b"in memory")
        attempt("comment type", lambda: setattr(zf, "comment", "str"))
        with zf.open("stream", "w") as w:
            attempt("write while open", lambda: zf.writestr("x", b"y"))
            w.write(b"data")
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        print("memory", zf.namelist(), zf.read("mem.txt"), zf.getinfo("mem.txt").date_time)
    attempt("before 1980", lambda: zipfile.ZipInfo("old", (1979, 12, 31, 0, 0, 0)))
    print(zipfile.ZipInfo("nul\x00name").filename, repr(zipfile.ZipInfo()))
    print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile,
          issubclass(zipfile.LargeZipFile, Exception))
    print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
