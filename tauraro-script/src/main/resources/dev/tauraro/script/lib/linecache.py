"""linecache: lines of source files, cached, as tracebacks and warnings show them. Files are read
with open() (UTF-8); frozen library modules, which have no file, come from the interpreter's copy."""

__all__ = ["getline", "clearcache", "checkcache", "getlines", "lazycache", "updatecache"]

# filename -> (size, mtime, lines, fullname), CPython's shape, which programs also write to (timeit
# puts its generated source here so that tracebacks show it). mtime is None here: checkcache only
# drops the files that no longer exist.
cache = {}


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of filename with its newline, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    if filename.startswith("<frozen ") and lineno >= 1:
        import _traceback
        text = _traceback.source_line(filename, lineno)
        return text + "\n" if text else ""
    return ""


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:  # CPython's 1-tuples are lazy entries, not lines
        return entry[2]
    return updatecache(filename, module_globals)


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or filename.startswith("<") and filename.endswith(">"):
        return []
    try:
        with open(filename, encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
    except (OSError, UnicodeError, ValueError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = (sum(map(len, lines)), None, lines, filename)
    return lines


def clearcache():
    cache.clear()


def checkcache(filename=None):
    """Drops cached files that no longer exist."""
    import os
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        try:
            os.stat(name)
        except OSError:
            cache.pop(name, None)


def lazycache(filename, module_globals):
    return False
