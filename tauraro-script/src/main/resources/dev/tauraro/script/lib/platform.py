"""platform: the basics of Python 3.11's platform module (system, node, release, version, machine,
uname, python_version and friends), from os.uname() and sys.

Differences from CPython: python_implementation() is 'Tauraro'; platform() omits the C library
version; processor() is the machine name; libc_ver, freedesktop_os_release and the Windows and
macOS functions are absent."""

import os
import sys

__all__ = ["uname", "system", "node", "release", "version", "machine", "processor", "platform",
           "python_version", "python_version_tuple", "python_implementation", "architecture"]


class uname_result(tuple):
    _fields = ("system", "node", "release", "version", "machine")

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    @property
    def processor(self):
        return processor()

    def __repr__(self):
        return "uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)" % tuple(self)


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().machine


def architecture(executable=None, bits="", linkage=""):
    return ("64bit" if sys.maxsize > 2 ** 32 else "32bit"), "ELF"


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return "%s-%s" % (u.system, u.release)
    return "%s-%s-%s" % (u.system, u.release, u.machine)


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_version():
    return ".".join(python_version_tuple())


def python_implementation():
    return "Tauraro"

