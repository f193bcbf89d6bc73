"""pathlib: object-oriented POSIX paths, written from the Python 3.11 documentation and the
behaviour CPython shows. A pure path is an anchor ('' , '/' or '//') and a tuple of names, with
'.' and empty names dropped; concrete Path methods hand the path's text to os, os.path, glob and
open().

Differences from CPython: Windows flavours (PureWindowsPath) are absent; owner(), group() and
is_mount() are not provided; touch() does not update an existing file's time."""

import operator as _operator
import os
import fnmatch as _fnmatch

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _text_of(arg):
    """The str an argument of a path constructor stands for (a path, a str or an os.PathLike)."""
    if isinstance(arg, str):
        return arg
    if isinstance(arg, PurePath):
        return str(arg)
    hook = getattr(type(arg), "__fspath__", None)
    if hook is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(arg).__name__)
    text = hook(arg)
    if not isinstance(text, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(arg).__name__)
    return text


def _split(text):
    """(anchor, names) of POSIX path text. Exactly two leading slashes stay a distinct anchor
    ('//host'), as POSIX allows; one or three and more mean '/'."""
    if not text.startswith("/"):
        anchor = ""
    elif text[:2] == "//" and text[2:3] != "/":
        anchor = "//"
    else:
        anchor = "/"
    return anchor, tuple(name for name in text.split("/") if name not in ("", "."))


def _ordering(compare):
    def method(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return compare(self._order(), other._order())
    return method


class _Parents:
    """The read-only sequence of a path's ancestors, nearest first: p.parents[0] is p.parent."""

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._names)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        size = len(self)
        if not -size <= index < size:
            raise IndexError(index)
        keep = size - 1 - (index % size)
        return self._path._with_names(self._path._names[:keep])

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def __repr__(self):
        return "<%s.parents>" % type(self._path).__name__


class PurePath:
    """A path without file-system access: joining, splitting, comparing."""

    def __new__(cls, *args):
        return (PurePosixPath if cls is PurePath else cls)._join(args)

    @classmethod
    def _join(cls, args):
        anchor, names = "", ()
        for arg in args:
            part_anchor, part_names = _split(_text_of(arg))
            if part_anchor:  # an absolute piece discards everything before it
                anchor, names = part_anchor, part_names
            else:
                names += part_names
        return cls._create(anchor, names)

    @classmethod
    def _create(cls, anchor, names, text=None):
        """The path of an anchor and names; text: its str when the caller has it (kept, as CPython
        keeps a path's str: every file operation asks for it)."""
        path = object.__new__(cls)
        path._anchor = anchor
        path._names = names = tuple(names)
        path._str = text if text is not None else anchor + "/".join(names) or "."
        return path

    def _children(self, names=None):
        """The paths of entries of this directory, their strs made from this one's: those called
        names, or (None) the directory's listing, read when the first path is asked for (as
        CPython's iterdir)."""
        create = self._create
        anchor = self._anchor
        parent_names = self._names
        text = self._str
        prefix = "" if text == "." else text + "/" if parent_names else text  # an anchor alone ends with '/'
        for name in os.listdir(text) if names is None else names:
            yield create(anchor, parent_names + (name,), prefix + name)

    def _with_names(self, names):
        return self._create(self._anchor, names)

    def _order(self):
        # CPython orders by parts, so '/a' < 'a' ('/' sorts before letters) and 'a/b' < 'a.b'
        return self.parts

    def __reduce__(self):
        return type(self), self.parts

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def as_posix(self):
        return self._str

    def __bytes__(self):
        return os.fsencode(str(self)) if hasattr(os, "fsencode") else str(self).encode()

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def as_uri(self):
        if not self._anchor:
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return "file://" + quote_from_bytes(str(self).encode("utf-8"))

    def __eq__(self, other):
        if isinstance(other, PurePath):
            return self._str == other._str
        return NotImplemented

    def __hash__(self):
        return hash(self._str)

    __lt__ = _ordering(_operator.lt)
    __le__ = _ordering(_operator.le)
    __gt__ = _ordering(_operator.gt)
    __ge__ = _ordering(_operator.ge)

    drive = property(lambda self: "", doc="Always '' for POSIX paths.")
    root = property(lambda self: self._anchor)
    anchor = property(lambda self: self._anchor)

    @property
    def parts(self):
        return ((self._anchor,) if self._anchor else ()) + self._names

    @property
    def name(self):
        return self._names[-1] if self._names else ""

    def _dot(self):
        """Index of the dot starting the final suffix in name, or -1: a leading dot (.bashrc) or a
        trailing one (a.) starts no suffix."""
        name = self.name
        at = name.rfind(".")
        return at if 0 < at < len(name) - 1 else -1

    @property
    def suffix(self):
        at = self._dot()
        return self.name[at:] if at >= 0 else ""

    @property
    def stem(self):
        at = self._dot()
        return self.name[:at] if at >= 0 else self.name

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        pieces = name.lstrip(".").split(".")
        return ["." + piece for piece in pieces[1:]]

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._with_names(self._names[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and (suffix[0] != "." or suffix == ".")):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        return self._with_names(self._names[:-1] + (self.stem + suffix,))

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        depth = len(base._names)
        if base._anchor != self._anchor or self._names[:depth] != base._names:
            # the base is shown as written, '' (not '.') when it has no names
            shown = base._anchor + "/".join(base._names)
            raise ValueError("%r is not in the subpath of %r OR one path is relative and the other is absolute."
                             % (str(self), shown))
        return self._create("", self._names[depth:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def joinpath(self, *args):
        return self._join((self,) + args)

    def __truediv__(self, key):
        try:
            return self._join((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._join((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        return self._with_names(self._names[:-1]) if self._names else self

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return self._anchor != ""

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Whether the path matches a glob pattern, compared name by name from the right; an
        absolute pattern must match the whole path."""
        anchor, patterns = _split(path_pattern)
        if not anchor and not patterns:
            raise ValueError("empty pattern")
        names = self._names
        if anchor and (anchor != self._anchor or len(names) != len(patterns)):
            return False
        if len(patterns) > len(names):
            return False
        tail = names[len(names) - len(patterns):]
        return all(_fnmatch.fnmatchcase(name, pattern) for name, pattern in zip(tail, patterns))


class PurePosixPath(PurePath):
    """A pure path of the POSIX flavour."""

    __slots__ = ()


class Path(PurePath):
    """A path of the file system: PurePath's operations and the I/O methods."""

    def __new__(cls, *args, **kwargs):
        return (PosixPath if cls is Path else cls)._join(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    # -- queries ------------------------------------------------------------------------------

    def stat(self, *, follow_symlinks=True):
        # os.stat is looked up on each call (a script may replace it); the keyword is passed only
        # when it changes something: a call without keywords is the cheaper one for the common case
        if follow_symlinks is True:
            return os.stat(self)
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

    # special files are not reported by this os module: none of these paths is one
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

    # -- links --------------------------------------------------------------------------------

    def symlink_to(self, target, target_is_directory=False):
        """Makes this path a symbolic link holding target (as written)."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Makes this path a hard link to the file target."""
        os.link(target, self)

    def readlink(self):
        """The path this symbolic link holds."""
        return type(self)(os.readlink(self))

    # -- listing ------------------------------------------------------------------------------

    def iterdir(self):
        """The directory's entries as paths (in the order the system lists them)."""
        return self._children()

    def glob(self, pattern):
        """The paths below this directory matching a relative glob pattern ('**' for any depth,
        a trailing '/' or '**' for directories only), each once."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        anchor, names = _split(pattern)
        if anchor:
            raise NotImplementedError("Non-relative patterns are unsupported")
        import glob as _glob
        if len(names) == 1 and names[0] != "**" and not pattern.endswith("/"):
            yield from self._glob_names(names[0], _glob.has_magic(names[0]))
            return
        want_dirs = pattern.endswith("/") or (names and names[-1] == "**")
        found = _glob.glob("/".join(names), root_dir=str(self), recursive=True, include_hidden=True)
        given = set()
        for hit in found:
            path = self._join((self, hit.rstrip("/"))) if hit.rstrip("/") else self
            if (want_dirs and not path.is_dir()) or str(path) in given:
                continue
            given.add(str(path))
            yield path

    def _glob_names(self, pattern, magic):
        """glob() of a one-name pattern, as CPython's selectors: the entries whose names match
        (hidden ones too, in the order the system lists them), or the one named entry if it exists."""
        if not self.is_dir():
            return ()
        if not magic:
            child, = self._children((pattern,))
            return (child,) if child.exists() else ()
        match = _fnmatch._compiled(pattern)
        try:
            names = os.listdir(self._str)
        except PermissionError:
            return ()
        return self._children([name for name in names if match(name)])

    def rglob(self, pattern):
        """glob('**/' + pattern): matches at any depth."""
        return self.glob("**/" + pattern)

    # -- transformations ----------------------------------------------------------------------

    def absolute(self):
        return self if self._anchor else self._join((os.getcwd(), self))

    def resolve(self, strict=False):
        """The absolute path with '..' and symbolic links resolved."""
        if hasattr(os.path, "realpath"):
            text = os.path.realpath(str(self))
        else:
            text = os.path.normpath(os.path.abspath(str(self)))
        if strict and not os.path.exists(text):
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return type(self)(text)

    def expanduser(self):
        if not self._anchor and self._names and self._names[0][:1] == "~":
            return type(self)(os.path.expanduser(str(self)))
        return self

    # -- contents -----------------------------------------------------------------------------

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open("rb") as stream:
            return stream.read()

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as stream:
            return stream.read()

    def write_bytes(self, data):
        payload = bytes(data) if not isinstance(data, bytes) else data
        with self.open("wb") as stream:
            return stream.write(payload)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as stream:
            return stream.write(data)

    # -- changes to the file system ---------------------------------------------------------

    def touch(self, mode=0o666, exist_ok=True):
        """Creates the file if missing (FileExistsError if it exists and exist_ok is false). Differs
        from CPython: an existing file's modification time is not updated (no os.utime here)."""
        open(self, "a" if exist_ok else "x").close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Creates the directory; parents=True creates missing ancestors first; exist_ok=True
        accepts a directory that is already there."""
        if parents and self.parent != self and not self.parent.is_dir():
            self.parent.mkdir(parents=True, exist_ok=True)  # default mode, as mkdir -p
        try:
            os.mkdir(self, mode)
        except FileExistsError:
            if not (exist_ok and self.is_dir()):
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
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system (what Path() makes here)."""

    __slots__ = ()
