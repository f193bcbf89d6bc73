"""pathlib: object-oriented POSIX paths, written from the Python 3.11 documentation and CPython's
observed behaviour. Pure paths are strings split into (root, parts); concrete Path methods go to os,
os.path, glob and open().

Differences from CPython: Windows flavours (PureWindowsPath) are absent; owner(), group(),
is_mount(), readlink(), symlink_to() and hardlink_to() are not provided; touch() does not update
an existing file's time."""

import os
import fnmatch as _fnmatch

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _coerce(a):
    if isinstance(a, PurePath):
        return str(a)
    if isinstance(a, str):
        return a
    fspath = getattr(type(a), "__fspath__", None)
    if fspath is not None:
        r = fspath(a)
        if isinstance(r, str):
            return r
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(a).__name__)


def _parse(text):
    """(root, parts) of a POSIX path: '//' kept as a root, '.' and empty components dropped."""
    root = ""
    if text.startswith("/"):
        root = "//" if text.startswith("//") and not text.startswith("///") else "/"
    parts = [p for p in text.split("/") if p and p != "."]
    return root, parts


class _PathParents:
    """The logical ancestors of a path: p.parents[0] is p.parent."""

    def __init__(self, path):
        self._path = path
        self._count = len(path._parts)

    def __len__(self):
        return self._count

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parts(self._path._root, self._path._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path without file-system access: joining, splitting, comparing."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root = ""
        parts = []
        for a in args:
            text = _coerce(a)
            r, p = _parse(text)
            if r:
                root = r
                parts = p
            else:
                parts = parts + p
        return cls._from_parts(root, parts)

    @classmethod
    def _from_parts(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = None
        return self

    def __reduce__(self):
        return self.__class__, tuple(self.parts)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + "/".join(self._parts)) or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self) if hasattr(os, "fsencode") else str(self).encode()

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return "file://" + quote_from_bytes(str(self).encode("utf-8"))

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __hash__(self):
        return hash(str(self))

    def _cmp_parts(self, other):
        return [self._root] + self._parts, [other._root] + other._parts

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        a, b = self._cmp_parts(other)
        return a < b

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        a, b = self._cmp_parts(other)
        return a <= b

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        a, b = self._cmp_parts(other)
        return a > b

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        a, b = self._cmp_parts(other)
        return a >= b

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + suffix for suffix in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, parts = _parse(name)
        if not name or root or len(parts) != 1 or name[-1] == "/" or parts[0] != name:
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and (not suffix.startswith(".") or suffix == "."):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name[:len(name) - len(old)] + suffix if old else name + suffix
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._parts)
        if self._root != base._root or self._parts[:n] != base._parts:
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute."
                             .format(str(self), str(base)))
        return self._from_parts("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return self._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parts(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Whether the path matches a glob pattern, compared from the right (the whole path if absolute)."""
        root, pat_parts = _parse(path_pattern)
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self._parts
        if root:
            if self._root != root or len(parts) != len(pat_parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path of the POSIX flavour."""

    __slots__ = ()


class Path(PurePath):
    """A path of the file system: PurePath's operations and the I/O methods."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        return os.path.exists(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        raise NotImplementedError("is_mount() is not provided here")

    def is_socket(self):
        return False

    def is_fifo(self):
        return False

    def is_block_device(self):
        return False

    def is_char_device(self):
        return False

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def iterdir(self):
        """The directory's entries as paths (in the order the system lists them)."""
        for name in os.listdir(self):
            yield self._make_child(name)

    def _make_child(self, name):
        return self._from_parts(self._root, self._parts + [name])

    def glob(self, pattern):
        """The paths below this directory matching a relative glob pattern ('**' for any depth)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _parse(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        import glob as _glob
        dirs_only = pattern.endswith("/") or parts and parts[-1] == "**"
        matches = _glob.glob("/".join(parts), root_dir=str(self), recursive=True, include_hidden=True)
        seen = set()
        for match in matches:
            if match.endswith("/"):
                match = match[:-1]
            child = self._from_args((self, match)) if match else self
            if dirs_only and not child.is_dir():
                continue
            if str(child) in seen:
                continue
            seen.add(str(child))
            yield child

    def rglob(self, pattern):
        """glob('**/' + pattern): matches at any depth."""
        return self.glob("**/" + pattern)

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        """The absolute path with '..' and symbolic links resolved."""
        real = getattr(os.path, "realpath", None)
        text = real(str(self)) if real is not None else os.path.normpath(os.path.abspath(str(self)))
        if strict and not os.path.exists(text):
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return type(self)(text)

    def expanduser(self):
        if self._parts and self._parts[0].startswith("~") and not self._root:
            return type(self)(os.path.expanduser(str(self)))
        return self

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        data = data if isinstance(data, bytes) else bytes(data)
        with self.open(mode="wb") as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Creates the file if missing (FileExistsError if it exists and exist_ok is false). Differs
        from CPython: an existing file's modification time is not updated (no os.utime here)."""
        with open(self, "a" if exist_ok else "x"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Creates the directory; parents=True creates missing ancestors; exist_ok=True accepts an existing one."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system (what Path() makes here)."""

    __slots__ = ()
