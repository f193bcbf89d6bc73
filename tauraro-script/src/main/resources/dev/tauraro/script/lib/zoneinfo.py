"""zoneinfo: IANA time zones read from the system's TZif files, written in the script language from
the Python 3.11 documentation and CPython's observed behaviour.

zoneinfo/_tzpath.py finds the files (TZPATH, key checks, available_timezones), zoneinfo/_common.py
parses them (RFC 8536), zoneinfo/_rule.py evaluates the POSIX TZ footer, zoneinfo/_zoneinfo.py is
the tzinfo class. Differences from CPython: no pickling, no tzdata package fallback."""

from zoneinfo import _tzpath
from zoneinfo._common import ZoneInfoNotFoundError
from zoneinfo._tzpath import InvalidTZPathWarning, available_timezones, reset_tzpath
from zoneinfo._zoneinfo import ZoneInfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH", "ZoneInfoNotFoundError",
           "InvalidTZPathWarning"]


def __getattr__(name):
    # TZPATH is read from _tzpath each time: reset_tzpath replaces it there
    if name == "TZPATH":
        return _tzpath.TZPATH
    raise AttributeError("module 'zoneinfo' has no attribute '%s'" % name)


def __dir__():
    return sorted(list(globals()) + ["TZPATH"])
