"""shutil: high-level file operations (copying files and trees, removing trees, moving, which),
written for Tauraro from the Python 3.11 documentation over open() and os. File contents are
copied in chunks of COPY_BUFSIZE bytes; permission bits with os.chmod.

Differences from CPython: copystat copies permission bits but not timestamps or extended
attributes; no archives (make_archive, unpack_archive), disk_usage or chown."""

import fnmatch
import os
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move", "rmtree",
           "Error", "SpecialFileError", "ExecError", "ignore_patterns", "which", "SameFileError",
           "get_terminal_size"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """Raised by copytree (with the list of (src, dst, reason) failures) and move."""


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when an operation cannot be done on a special file (a named pipe, say)."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


# ---------------------------------------------------------------- single files

def copyfileobj(fsrc, fdst, length=0):
    """Copy everything fsrc.read() yields to fdst.write, length (default COPY_BUFSIZE) at a time."""
    size = length if length else COPY_BUFSIZE
    chunk = fsrc.read(size)
    while chunk:
        fdst.write(chunk)
        chunk = fsrc.read(size)


def _is_same_file(first, second):
    try:
        return os.path.samefile(first, second)
    except (OSError, AttributeError):
        # one of them does not exist (or samefile is missing): compare the normalised paths
        def canonical(p):
            return os.path.normcase(os.path.abspath(p))
        return canonical(first) == canonical(second)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (created or replaced); returns dst."""
    if _is_same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, "rb") as reader, open(dst, "wb") as writer:
        copyfileobj(reader, writer)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the metadata of src to dst; here only the permission bits (see the module's notes)."""
    copymode(src, dst, follow_symlinks=follow_symlinks)


def _file_target(src, dst):
    # copying into a directory keeps the source's file name
    return os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory. Returns the new file's path."""
    target = _file_target(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """As copy(), copying the metadata with copystat."""
    target = _file_target(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


# ---------------------------------------------------------------- trees

def ignore_patterns(*patterns):
    """An ignore callable for copytree: the names matching any of the glob-style patterns."""
    def matching(directory, names):
        return {name for name in names if any(fnmatch.fnmatch(name, p) for p in patterns)}
    return matching


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Copy the directory tree src to dst (which must not exist unless dirs_exist_ok) and return dst.

    Failures do not stop the copy: they are gathered as (source, destination, reason) and raised
    together at the end as Error(list)."""
    listing = list(os.scandir(src))
    skipped = set(ignore(os.fspath(src), [e.name for e in listing])) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    failures = []
    for entry in listing:
        if entry.name in skipped:
            continue
        origin, target = os.path.join(src, entry.name), os.path.join(dst, entry.name)
        try:
            if entry.is_dir():
                copytree(origin, target, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                         dirs_exist_ok)
            else:
                copy_function(origin, target)
        except Error as nested:
            failures += nested.args[0]
        except OSError as problem:
            failures.append((origin, target, str(problem)))
    try:
        copystat(src, dst)
    except OSError as problem:
        failures.append((src, dst, str(problem)))
    if failures:
        raise Error(failures)
    return dst


def _remove_tree(top, report):
    """Delete top's contents and then top, reporting each failing call as (function, path)."""
    try:
        entries = list(os.scandir(top))
    except OSError:
        report(os.scandir, top)
        entries = []
    for entry in entries:
        try:
            is_directory = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_directory = False
        if is_directory:
            _remove_tree(entry.path, report)
            continue
        try:
            os.unlink(entry.path)
        except OSError:
            report(os.unlink, entry.path)
    try:
        os.rmdir(top)
    except OSError:
        report(os.rmdir, top)


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete a directory tree. A failure calls onerror(function, path, sys.exc_info()); with no
    onerror it is raised, and with ignore_errors it is skipped."""
    def report(function, where):
        if ignore_errors:
            return
        if onerror is None:
            raise
        onerror(function, where, sys.exc_info())

    try:
        os.lstat(path)
    except OSError:
        report(os.lstat, path)
        return
    # a link to a directory is refused rather than followed out of the tree
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        report(os.path.islink, path)
        return
    _remove_tree(path, report)


# ---------------------------------------------------------------- moving

def _inside(directory, path):
    """Whether path is directory itself or lies below it."""
    def with_sep(p):
        p = os.path.abspath(p)
        return p if p.endswith(os.path.sep) else p + os.path.sep
    return with_sep(path).startswith(with_sep(directory))


def move(src, dst, copy_function=copy2):
    """Move a file or tree to dst (into it, if it is a directory) and return where it went.
    A rename is tried first; across file systems the source is copied and then deleted."""
    target = dst
    if os.path.isdir(dst):
        if _is_same_file(src, dst):
            # a case-only rename on a case-insensitive file system
            os.rename(src, dst)
            return None
        stripped = src.rstrip(os.path.sep + (os.path.altsep or ""))
        target = os.path.join(dst, os.path.basename(stripped))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if not os.path.isdir(src):
        copy_function(src, target)
        os.unlink(src)
        return target
    if _inside(src, dst):
        raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
    copytree(src, target, copy_function=copy_function, symlinks=True)
    rmtree(src)
    return target


# ---------------------------------------------------------------- commands and the terminal

def _runnable(candidate, mode):
    return os.path.exists(candidate) and os.access(candidate, mode) and not os.path.isdir(candidate)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the file cmd would run (searched along path, default $PATH), or None."""
    if os.path.dirname(cmd):
        # a command with a directory part is checked as given, not searched for
        return cmd if _runnable(cmd, mode) else None
    search = path if path is not None else os.environ.get("PATH", os.defpath)
    if not search:
        return None
    tried = set()
    for directory in search.split(os.pathsep):
        key = os.path.normcase(directory)
        if key in tried:
            continue
        tried.add(key)
        candidate = os.path.join(directory, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


def get_terminal_size(fallback=(80, 24)):
    """The terminal size: COLUMNS and LINES from the environment where set and positive, else
    the terminal on stdout, else fallback."""
    def from_environment(variable):
        try:
            return int(os.environ[variable])
        except (KeyError, ValueError):
            return 0
    columns = from_environment("COLUMNS")
    lines = from_environment("LINES")
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(1)
        except (OSError, ValueError):
            size = os.terminal_size(fallback)
        columns = columns if columns > 0 else size.columns or fallback[0]
        lines = lines if lines > 0 else size.lines or fallback[1]
    return os.terminal_size((columns, lines))
