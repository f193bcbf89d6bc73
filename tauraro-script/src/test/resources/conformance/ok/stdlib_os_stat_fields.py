# Every field of os.stat_result, from the one system call: the file type in st_mode, st_nlink and st_ino of hard links, st_rdev of a device,
# lstat of a symbolic link, the owner's ids, and the times in their three forms agreeing.
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as d:
    f = os.path.join(d, "f.txt")
    with open(f, "w") as out:
        out.write("twelve bytes")
    os.chmod(f, 0o754)
    os.link(f, os.path.join(d, "hard"))
    os.symlink(f, os.path.join(d, "ln"))
    s = os.stat(f)
    print(oct(s.st_mode), stat.S_ISREG(s.st_mode), s.st_size, s.st_nlink)
    h = os.stat(os.path.join(d, "hard"))
    print(h.st_ino == s.st_ino, h.st_dev == s.st_dev, h.st_nlink, s.st_rdev)
    print(s.st_uid == os.getuid(), s.st_gid == os.getgid(), s.st_dev == os.stat(d).st_dev)
    lk = os.lstat(os.path.join(d, "ln"))
    print(stat.S_ISLNK(lk.st_mode), oct(stat.S_IMODE(lk.st_mode)), lk.st_ino != s.st_ino,
          os.stat(os.path.join(d, "ln")).st_ino == s.st_ino)
    print(stat.S_ISDIR(os.stat(d).st_mode), os.stat(d).st_nlink)
    for t in ("atime", "mtime", "ctime"):
        ns = getattr(s, "st_" + t + "_ns")
        print(t, ns // 10**9 == int(getattr(s, "st_" + t)), abs(getattr(s, "st_" + t) - ns / 1e9) < 1e-6)
null = os.stat("/dev/null")
print(oct(null.st_mode), stat.S_ISCHR(null.st_mode), null.st_rdev, null.st_size)
