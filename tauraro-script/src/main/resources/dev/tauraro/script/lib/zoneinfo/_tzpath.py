"""The directories searched for TZif files (TZPATH), key validation and available_timezones()."""

import os
import warnings

# Debian's CPython is built with this search path; PYTHONTZPATH replaces it
_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo", "/etc/zoneinfo")


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def _from_environment():
    value = os.environ.get("PYTHONTZPATH")
    if value is None:
        return _DEFAULT_TZPATH
    if not value:
        return ()
    paths = value.split(os.pathsep)
    relative = [p for p in paths if not os.path.isabs(p)]
    if relative:
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      "Paths should be absolute but found the following relative paths:\n    "
                      + "\n    ".join(relative), InvalidTZPathWarning)
    return tuple(p for p in paths if os.path.isabs(p))


def reset_tzpath(to=None):
    """Set TZPATH to the given absolute paths, or back to its default (PYTHONTZPATH or the built-in)."""
    global TZPATH
    if to is None:
        TZPATH = _from_environment()
        return
    if isinstance(to, (str, bytes)):
        raise TypeError("tzpaths must be a list or tuple, not %s: %r" % (type(to), to))
    relative = [p for p in to if not os.path.isabs(p)]
    if relative:
        raise ValueError("Paths should be absolute but found the following relative paths:\n    "
                         + "\n    ".join(str(p) for p in relative))
    TZPATH = tuple(to)


def _validate_key(key):
    # a key names a file under one of the TZPATH directories, never outside them
    key = os.fspath(key)
    if os.path.isabs(key):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % key)
    if os.path.normpath(key) != key:
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)
    if key.split("/")[0] == "..":
        raise ValueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: %s" % key)


def find_tzfile(key):
    """The path of the TZif file for key in the first TZPATH directory that has it, else None."""
    _validate_key(key)
    for directory in TZPATH:
        path = os.path.join(directory, key)
        if "\0" not in path and os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The set of keys of every TZif file under the TZPATH directories."""
    keys = set()
    for directory in TZPATH:
        if not os.path.isdir(directory):
            continue
        for root, dirs, files in os.walk(directory):
            prefix = os.path.relpath(root, directory)
            if prefix == ".":
                # right/ and posix/ repeat every zone (with and without leap seconds)
                dirs[:] = [d for d in dirs if d not in ("right", "posix")]
            for name in files:
                path = os.path.join(root, name)
                try:
                    with open(path, "rb") as f:
                        if f.read(4) != b"TZif":
                            continue
                except OSError:
                    continue
                keys.add(name if prefix == "." else prefix + "/" + name)
    # posixrules is a template file for POSIX TZ strings, not a zone
    keys.discard("posixrules")
    return keys


TZPATH = _from_environment()
