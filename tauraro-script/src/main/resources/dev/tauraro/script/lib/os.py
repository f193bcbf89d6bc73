"""Miscellaneous operating system interfaces: the part of CPython's os module that ordinary file
programs use, over the Java binding _os (paths resolve against the interpreter's working
directory). walk, makedirs and the scandir entries follow CPython's os.py.

Differences from CPython: os.environ is a plain dict copied at import (changing it does not
change the environment of processes the script starts); no file descriptor functions. The JDK does
not give stat's st_blocks: it counts the whole blocks the file's size takes (a sparse file takes
fewer), and st_blksize is the file system's block size. A DirEntry learns its file type from an
lstat when first asked (CPython has it from the listing)."""

import _os
import posixpath as path
from _os import getcwd, chdir, listdir, mkdir, rmdir, remove, rename, getpid, cpu_count, urandom, fspath, strerror
from _os import chmod, access
from _os import symlink, readlink, link
from _os import _exit
from _os import getppid, getloadavg, truncate
from _os import open, close, closerange, read, write, lseek, ftruncate, fsync  # descriptors (OsFds)
from _os import O_RDONLY, O_WRONLY, O_RDWR, O_ACCMODE, O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND
from _os import O_NONBLOCK, O_NDELAY, O_DSYNC, O_NOFOLLOW, O_CLOEXEC, O_SYNC, O_RSYNC

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
linesep = "\n"
devnull = "/dev/null"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

environ = _os.environ()
unlink = remove
replace = rename  # rename(2) replaces an existing target on POSIX, so both are the same call



def fsencode(filename):
    """A path as bytes, encoded as the file system's encoding says (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    """A path as str, decoded as the file system's encoding says (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename

def getenv(key, default=None):
    return environ.get(key, default)


def getcwdb():
    return getcwd().encode()


# os.stat_result's fields in CPython's order on Linux: the tuple is the first ten, with the times as
# integers (unnamed); the float and nanosecond times and the block fields are read by name only
_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", None, None, None,
                "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
                "st_blksize", "st_blocks", "st_rdev")


def _complete_stat(items):
    # as CPython's statresult_new: a float time not given is the integer one
    for i in (7, 8, 9):
        if items[i + 3] is None:
            items[i + 3] = items[i]


def _make_stat_result():
    global stat_result
    from _structseq import struct_sequence
    stat_result = struct_sequence("os.stat_result", _STAT_FIELDS, 10, complete=_complete_stat)


EX_OK = 0


# Device numbers as glibc packs them into a 64-bit dev_t (gnu_dev_major/minor/makedev): the major's
# low 12 bits at bit 8 and the rest from bit 32, the minor's low 8 bits at bit 0 and the rest from
# bit 12. The arguments are converted as CPython converts them: a dev_t must be an int in
# [0, 2**64), a major or minor a C int (negative ones taken as unsigned, as C does).
def _dev_t(device):
    if not isinstance(device, int):
        raise TypeError("an integer is required")
    if device < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if device >= 1 << 64:
        raise OverflowError("int too big to convert")
    return int(device)


def _c_unsigned(number):
    from operator import index
    number = index(number)
    if not -(1 << 31) <= number < 1 << 31:
        raise OverflowError("Python int too large to convert to C int")
    return number & 0xFFFFFFFF


def major(device):
    """Extracts a device major number from a raw device number."""
    device = _dev_t(device)
    return ((device >> 8) & 0xFFF) | ((device >> 32) & 0xFFFFF000)


def minor(device):
    """Extracts a device minor number from a raw device number."""
    device = _dev_t(device)
    return (device & 0xFF) | ((device >> 12) & 0xFFFFFF00)


def makedev(major, minor):
    """Composes a raw device number from the major and minor device numbers."""
    major, minor = _c_unsigned(major), _c_unsigned(minor)
    device = ((major & 0xFFF) << 8) | ((major & 0xFFFFF000) << 32) | (minor & 0xFF) | ((minor & 0xFFFFFF00) << 12)
    return device - (1 << 64) if device >= 1 << 63 else device  # CPython returns dev_t as a signed long long


def getuid():
    return _os._ids()[0]


def geteuid():
    return _os._ids()[1]


def getgid():
    return _os._ids()[2]


def getegid():
    return _os._ids()[3]


def _make_times_result():
    global times_result

    class times_result(tuple):
        """os.times(): user, system, children_user, children_system, elapsed (seconds)."""

        n_fields = 5
        n_sequence_fields = 5
        user = property(lambda self: self[0])
        system = property(lambda self: self[1])
        children_user = property(lambda self: self[2])
        children_system = property(lambda self: self[3])
        elapsed = property(lambda self: self[4])

        def __repr__(self):
            return ("posix.times_result(user=%r, system=%r, children_user=%r, children_system=%r, elapsed=%r)"
                    % tuple(self))


def times():
    return _made("times_result")(_os._times())


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Sets a file's access and modification times: (atime, mtime) seconds, ns= nanoseconds, or now."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime, mtime = (int(t * 1_000_000_000) if isinstance(t, float) else _index(t) * 1_000_000_000
                        for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        atime, mtime = (_index(t) for t in ns)
    else:
        import time
        atime = mtime = time.time_ns()
    _os._utime(path, atime, mtime, follow_symlinks)


def _index(n):
    if not hasattr(type(n), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    return type(n).__index__(n)


def _make_pathlike():
    global _PathLikeMeta, PathLike

    class _PathLikeMeta(type):
        """What abc.ABCMeta does for os.PathLike, without importing abc with os: any class with an
        __fspath__ (not None) is a virtual subclass, as are classes given to register()."""

        def __instancecheck__(cls, instance):
            return cls.__subclasscheck__(type(instance))

        def __subclasscheck__(cls, subclass):
            if not isinstance(subclass, type):
                raise TypeError("issubclass() arg 1 must be a class")
            if cls in subclass.__mro__:
                return True
            if cls is PathLike and any(vars(k).get("__fspath__") is not None for k in subclass.__mro__):
                return True
            return any(issubclass(subclass, r) for r in cls._registered)

        def register(cls, subclass):
            cls._registered.append(subclass)
            return subclass

    class PathLike(metaclass=_PathLikeMeta):
        """The abstract base of objects that give a path through __fspath__ (str and bytes are not)."""

        _registered = []
        __abstractmethods__ = frozenset({"__fspath__"})

        def __fspath__(self):
            raise NotImplementedError

        def __class_getitem__(cls, item):
            import types
            return types.GenericAlias(cls, item)


from _os import stat, lstat, fstat  # the os.stat_result of one system call, made in Java (OsStat)


def _isdir_mode(mode):
    return mode & 0o170000 == 0o040000


class DirEntry:
    """An entry of scandir(): its name and path. As CPython's, it keeps the stat results it asked
    the file system for (the link's own on first need, then the target's if it is a link), so each
    is asked once; CPython has the file type from the listing, here it comes from that lstat."""
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __init__(self, entry_path, name):
        self.name = name
        self.path = entry_path
        self._lstat = None
        self._stat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path) if self.is_symlink() else self.stat(follow_symlinks=False)
        return self._stat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return _isdir_mode(self._mode(follow_symlinks))

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000


class _ScandirIterator:
    def __init__(self, dirpath):
        self._names = iter(listdir(dirpath))
        # each entry's path is this prefix and its name, as os.path.join(dirpath, name) makes it
        # (a name holds no '/'), without a call of join per entry
        slash = "/" if isinstance(dirpath, str) else b"/"
        self._prefix = dirpath if not dirpath or dirpath.endswith(slash) else dirpath + slash

    def __iter__(self):
        return self

    def __next__(self):
        name = next(self._names)
        return DirEntry(self._prefix + name, name)

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path="."):
    """The entries of a directory (listed at once: the listing is not read lazily)."""
    return _ScandirIterator(fspath(path))


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir; create a leaf directory and all intermediate ones (CPython's os.makedirs)."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def renames(old, new):
    """rename() that makes the new path's directories first and prunes the old one's emptied ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def system(command):
    """Runs command in a shell with this process's standard streams; the wait status (code << 8)."""
    import subprocess
    import sys
    sys.stdout.flush()
    sys.stderr.flush()
    return subprocess.call(command, shell=True) << 8


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """open() of a descriptor (this module's open is os.open)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def popen(cmd, mode="r", buffering=-1):
    """A file object reading the output of (mode 'r') or writing the input of (mode 'w') a shell command."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE)
        return _made("_wrap_close")(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE)
    return _made("_wrap_close")(proc.stdin, proc)


def _make_wrap_close():
    global _wrap_close

    class _wrap_close:
        """popen()'s file: the stream, whose close() waits for the command and gives None or its status."""

        def __init__(self, stream, proc):
            self._stream = stream
            self._proc = proc

        def close(self):
            self._stream.close()
            code = self._proc.wait()
            return None if code == 0 else code << 8

        def __enter__(self):
            return self

        def __exit__(self, *args):
            self.close()

        def __getattr__(self, name):
            return getattr(self._stream, name)

        def __iter__(self):
            return iter(self._stream)


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator (CPython's os.walk): yields (dirpath, dirnames, filenames)."""
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            is_dir = entry.is_dir()
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks or not entry.is_symlink():
                    walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


class uname_result(tuple):
    """os.uname(): sysname, nodename, release, version, machine."""

    n_fields = 5
    n_sequence_fields = 5
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return "posix.uname_result(sysname=%r, nodename=%r, release=%r, version=%r, machine=%r)" % tuple(self)


def uname():
    return uname_result(_os.uname())


class terminal_size(tuple):
    """os.get_terminal_size(): columns, lines; built from one (columns, lines) sequence."""

    n_fields = 2
    n_sequence_fields = 2
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __new__(cls, sequence):
        values = tuple(sequence)
        if len(values) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)" % len(values))
        return super().__new__(cls, values)

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % tuple(self)


def get_terminal_size(fd=1):
    """The size of the terminal on descriptor fd (stdout): OSError when it is not a terminal."""
    return terminal_size(_os.get_terminal_size(fd))


# Classes made on first use, through the module's __getattr__ (PEP 562) or _made: making a class
# is a cost of every import of os, and most programs that import os use none of these.
_MAKERS = {"stat_result": _make_stat_result, "times_result": _make_times_result, "PathLike": _make_pathlike,
           "_PathLikeMeta": _make_pathlike,
           "_wrap_close": _make_wrap_close}


def __getattr__(name):
    make = _MAKERS.get(name)
    if make is not None:
        make()
        return globals()[name]
    if name == "__all__":
        # from os import *: the public names, the lazy classes among them, as before they were lazy
        # (python3's os lists its own; times_result is among them)
        global __all__
        __all__ = [n for n in globals() if n[0] != "_" and n not in _MAKERS] + ["PathLike", "stat_result",
                                                                                "times_result"]
        return __all__
    raise AttributeError("module 'os' has no attribute %r" % name)


def _made(name):
    """The lazily made class called name, made now if it is not yet."""
    cls = globals().get(name)
    return cls if cls is not None else __getattr__(name)


def __dir__():
    return list(set(globals()) | set(_MAKERS) | {"__all__"})
