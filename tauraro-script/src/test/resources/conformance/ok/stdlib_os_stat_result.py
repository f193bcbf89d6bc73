# os.stat_result is a struct sequence: a tuple of ten items with more fields read by name
import copy
import os
import pickle
import re
import tempfile

d = tempfile.mkdtemp()
name = os.path.join(d, "f.txt")
with open(name, "wb") as f:
    f.write(b"x" * 5000)
os.utime(name, ns=(1_700_000_000_123_456_789, 1_600_000_000_987_654_321))
s = os.stat(name)

print(type(s), type(s).__name__, type(s).__module__, type(s).__mro__)
print(isinstance(s, tuple), len(s), os.stat_result.n_fields, os.stat_result.n_sequence_fields,
      os.stat_result.n_unnamed_fields)
print(s.st_size, s[6], s[-4], s.st_mode == s[0], s.st_ino == s[1], s.st_dev == s[2], s.st_nlink, s[3])
print(s[7], s[8], s[9] == int(s.st_ctime), s[7:9], s[::4][:2] == (s.st_mode, s.st_uid))
print(s.st_atime, s.st_mtime, s.st_atime_ns, s.st_mtime_ns, type(s.st_ctime), type(s.st_ctime_ns))
print(s.st_ctime_ns // 10**9 == s[9], type(s.st_blksize), type(s.st_blocks), s.st_rdev)
print(os.path.getmtime(name) == s.st_mtime, os.path.getatime(name) == s.st_atime, os.path.getctime(name) == s.st_ctime,
      os.path.getsize(name) == s.st_size)
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = s
print(size, atime, mtime, (mode, ino) == s[:2])
t = tuple(s)
print(s == t, t == s, s != t, hash(s) == hash(t), s == os.stat(name), s[:] == t, type(s[:]), type(s + ()))
print(list(s) == list(t), s.count(5000), s.index(5000), 5000 in s, sorted(s) == sorted(t))
masked = re.sub(r"=\d+", "=N", repr(s))
print(masked)
print(repr(s).count("st_atime="), "st_atime=1700000000," in repr(s), "st_mtime=1600000000," in repr(s))
fields = [k for k in dir(s) if k.startswith("st_")]
print(fields)
print(os.stat_result.st_mode.__get__(s) == s.st_mode, os.stat_result.st_blksize.__get__(s) == s.st_blksize)

for attr in ["st_size", "st_atime_ns", "nope"]:
    try:
        setattr(s, attr, 1)
    except AttributeError as e:
        print("set", attr, e)
    try:
        delattr(s, attr)
    except AttributeError as e:
        print("del", attr, e)

# lstat, fstat and a path object agree with stat on a plain file
with open(name, "rb") as f:
    print(os.fstat(f.fileno()) == s, os.fstat(fd=f.fileno()).st_mtime_ns)
import pathlib
print(os.lstat(name) == s, pathlib.Path(name).stat() == s, os.stat(name.encode()) == s,
      os.stat(path=name, follow_symlinks=False) == s, os.stat(name, dir_fd=None) == s)
link = os.path.join(d, "link")
os.symlink(name, link)
print(os.stat(link) == s, os.lstat(link) == s, os.stat(link, follow_symlinks=False) == os.lstat(link),
      oct(os.lstat(link).st_mode & 0o170000), oct(s.st_mode & 0o170000), oct(os.stat(d).st_mode & 0o170000))

# made from a sequence: 10 to 19 items; the float times default to the integer ones
r = os.stat_result(range(10))
print(r, r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize, r.st_rdev)
r = os.stat_result(tuple(range(13)))
print(r.st_atime, r.st_ctime, r.st_atime_ns)
r = os.stat_result(tuple(range(19)))
print(r, r.st_atime, r.st_atime_ns, r.st_blksize, r.st_blocks, r.st_rdev, len(r))
r = os.stat_result(list("abcdefghij"), {"st_blksize": 7, "st_atime": 1.5, "other": 0})
print(r, r.st_blksize, r.st_atime, r.st_mtime, r.st_blocks)
for args in [((),), ((1,) * 9,), ((1,) * 20,), (5,), (None,), (range(10), 5), (range(10), None), ()]:
    try:
        print(os.stat_result(*args))
    except TypeError as e:
        print("TypeError:", e)
for kwargs in [{"x": 1}, {"sequence": range(10), "x": 1}, {"sequence": range(10), "dict": {"st_rdev": 3}}]:
    try:
        print(os.stat_result(**kwargs).st_rdev)
    except TypeError as e:
        print("TypeError:", e)
for args in [(range(10), {}, {}), (range(10), {}, 1, 2)]:
    try:
        os.stat_result(*args)
    except TypeError as e:
        print("TypeError:", e)

# pickling and copying keep every field
for c in [pickle.loads(pickle.dumps(s)), copy.copy(s), copy.deepcopy(s)]:
    print(type(c).__name__, c == s, c.st_atime_ns == s.st_atime_ns, c.st_blksize == s.st_blksize,
          c.st_mtime == s.st_mtime)
print(s.__reduce__()[0] is os.stat_result, s.__reduce__()[1][0] == t, sorted(s.__reduce__()[1][1]))

# errors
for call in [lambda: os.stat(os.path.join(d, "missing")), lambda: os.stat(3.5), lambda: os.stat(),
             lambda: os.stat(name, name), lambda: os.stat(name, x=1), lambda: os.lstat(name, follow_symlinks=True),
             lambda: os.stat(name, path=name), lambda: os.fstat(), lambda: os.fstat(1, 2), lambda: os.fstat("1")]:
    try:
        call()
    except (OSError, TypeError) as e:
        print(type(e).__name__, str(e).replace(d, "DIR"))

os.remove(link)
os.remove(name)
os.rmdir(d)
