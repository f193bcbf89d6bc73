"""tempfile: temporary files and directories, written from the Python 3.11 documentation over
open() (exclusive creation) and os. Names are the prefix, eight random characters from
"abcdefghijklmnopqrstuvwxyz0123456789_" and the suffix, as CPython's.

Differences from CPython: mkstemp returns the descriptor of an open file object kept by this
module (os has no descriptor-level functions here); SpooledTemporaryFile is absent."""

import os
import random as _random
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
           "TMP_MAX", "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb", "template"]

TMP_MAX = 10000
template = "tmp"
tempdir = None
_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.Random()


def _random_name():
    return "".join(_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def _candidate_dirs():
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = os.getenv(name)
        if value:
            yield value
    yield "/tmp"
    yield "/var/tmp"
    yield "/usr/tmp"
    yield os.getcwd()


def gettempdir():
    """The directory temporary files go to: TMPDIR, TEMP or TMP if set, else /tmp."""
    global tempdir
    if tempdir is None:
        for d in _candidate_dirs():
            d = os.path.abspath(d)
            if os.path.isdir(d):
                tempdir = d
                break
        else:
            raise FileNotFoundError(2, "No usable temporary directory found in %s" % list(_candidate_dirs()))
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, os.fspath(dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory (mode 0o700) and returns its absolute path."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        os.chmod(file, 0o700)   # os.mkdir here does not apply its mode argument
        return os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def _create(dir, prefix, suffix, mode, **kwargs):
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            return open(name, mode, **kwargs), os.path.abspath(name)
        except FileExistsError:
            continue
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file readable and writable by its owner only; returns (descriptor, absolute path)."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(name)
    raise FileExistsError(17, "No usable temporary file name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe, as documented)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.exists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file with a name that is deleted when closed (delete=True); attributes go to the file."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object at 0x%x>" % id(self)


def _exclusive(mode):
    # the file must be new: 'w+b' opens as 'x+b' (CPython opens with O_EXCL, then wraps the descriptor)
    return "x" + "".join(c for c in mode if c in "+bt")


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (its .name), deleted on close unless delete=False."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    f, name = _create(dir, prefix, suffix, _exclusive(mode), buffering=buffering, encoding=encoding,
                      newline=newline, errors=errors)
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                  *, errors=None):
    """An anonymous temporary file: created, then unlinked at once (POSIX keeps it while open)."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    f, name = _create(dir, prefix, suffix, _exclusive(mode), buffering=buffering, encoding=encoding,
                      newline=newline, errors=errors)
    os.unlink(name)
    return f


class TemporaryDirectory:
    """A directory removed with its contents by cleanup() or at the end of a with block, whose
    __enter__ returns its path."""
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and os.path.exists(self.name):
            self._done = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._done = True
