"""os.path on POSIX: CPython's posixpath and genericpath functions for str paths (bytes paths are
not supported), over os.stat."""

import _os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
devnull = "/dev/null"
supports_unicode_filenames = False


def _fs(p):
    p = _os.fspath(p)
    if isinstance(p, bytes):
        raise TypeError("bytes paths are not supported by os.path here")
    return p


def isabs(s):
    return _fs(s).startswith(sep)


def join(a, *p):
    a = _fs(a)
    path = a
    for b in map(_fs, p):
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    p = _fs(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fs(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """POSIX paths have no drive: ('', p)."""
    p = _fs(p)
    return p[:0], p


def basename(p):
    p = _fs(p)
    return p[p.rfind(sep) + 1:]


def dirname(p):
    p = _fs(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    path = _fs(path)
    if path == "":
        return curdir
    initial_slashes = path.startswith(sep)
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in ("", curdir):
            continue
        if (comp != pardir or (not initial_slashes and not new_comps)
                or (new_comps and new_comps[-1] == pardir)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    comps = new_comps
    path = sep.join(comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or curdir


def abspath(path):
    path = _fs(path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fs(path)
    start = curdir if start is None else _fs(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths (all absolute or all relative)."""
    paths = tuple(map(_fs, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    absolute = {p.startswith(sep) for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split = [[part for part in p.split(sep) if part and part != curdir] for p in paths]
    low, high = min(split), max(split)
    common = low
    for i, part in enumerate(low):
        if part != high[i]:
            common = low[:i]
            break
    return (sep if absolute.pop() else "") + sep.join(common)


def expandvars(path):
    """$name and ${name} replaced by os.environ's values; unknown names are left as written."""
    path = _fs(path)
    if "$" not in path:
        return path
    import os
    import re
    def value(m):
        name = m.group(1) or m.group(2)
        return os.environ.get(name, m.group(0))
    return re.sub(r"\$(?:(\w+)|\{([^}]*)\})", value, path)


def ismount(path):
    """Whether path is a mount point: its parent is on another device, or is the same directory."""
    try:
        mode, ino, dev = _os.lstat(path)[:3]
    except (OSError, ValueError):
        return False
    if mode & 0o170000 == 0o120000:
        return False  # a symbolic link is never a mount point
    try:
        parent_ino, parent_dev = _os.lstat(join(_fs(path), pardir))[1:3]
    except (OSError, ValueError):
        return False
    return dev != parent_dev or ino == parent_ino


def expanduser(path):
    path = _fs(path)
    if not path.startswith("~"):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user: the password database is not read
    home = _os.environ().get("HOME")
    if home is None:
        return path
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def _mode(path, follow=True):
    try:
        return (_os.stat(path) if follow else _os.lstat(path))[0]
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isfile(path):
    m = _mode(path)
    return m is not None and m & 0o170000 == 0o100000


def isdir(s):
    m = _mode(s)
    return m is not None and m & 0o170000 == 0o040000


def islink(path):
    m = _mode(path, False)
    return m is not None and m & 0o170000 == 0o120000


def getsize(filename):
    return _os.stat(filename)[6]


def getmtime(filename):
    return _os.stat(filename).st_mtime


def getatime(filename):
    return _os.stat(filename).st_atime


def getctime(filename):
    return _os.stat(filename).st_ctime


def normcase(s):
    """POSIX paths are case-sensitive: unchanged."""
    return _fs(s)


def samefile(f1, f2):
    """Whether two paths name the same file (same device and inode)."""
    import os
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def realpath(filename, *, strict=False):
    """The canonical path: absolute, normalised, symbolic links resolved (where the path exists)."""
    if strict:
        import os
        os.stat(filename)
    return _os.realpath(_fs(filename))
