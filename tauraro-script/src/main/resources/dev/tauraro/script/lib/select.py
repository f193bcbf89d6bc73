"""select: select.select over sockets, written from the Python 3.11 documentation over the Java
_socket binding (a java.nio Selector). Only sockets can be waited on: any other file object
(a file, a pipe, a terminal) is refused with ValueError. The exceptional-condition list is never
reported ready (java.nio has no out-of-band data). poll, epoll and devpoll are absent."""

import socket as _socket_module

__all__ = ["select", "error"]

error = OSError


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            meth = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = meth()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def select(rlist, wlist, xlist, timeout=None):
    """(readable, writable, exceptional) subsets of the three lists, waiting at most timeout seconds."""
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be a float or None")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
        timeout = float(timeout)
    rlist = list(rlist)
    wlist = list(wlist)
    xlist = list(xlist)
    masks = {}
    objects = {}
    for objs, bit in ((rlist, 1), (wlist, 2), (xlist, 0)):
        for obj in objs:
            fd = _fileno(obj)
            masks[fd] = masks.get(fd, 0) | bit
            objects.setdefault(fd, obj)
    fds = list(masks)
    ready = {}
    for index, events in _socket_module._poll([(objects[fd], masks[fd]) for fd in fds], timeout):
        ready[fds[index]] = events
    return ([o for o in rlist if ready.get(_fileno(o), 0) & 1],
            [o for o in wlist if ready.get(_fileno(o), 0) & 2],
            [])
