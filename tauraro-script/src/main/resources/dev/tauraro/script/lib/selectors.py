"""selectors: high-level I/O multiplexing, written from the Python 3.11 documentation over the Java
_socket binding (a java.nio Selector per select() call). DefaultSelector is SelectSelector; it
waits on sockets only (or objects whose fileno() is a socket's): registering any other file object
raises ValueError. PollSelector, EpollSelector, DevpollSelector and KqueueSelector are absent."""

from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping
import socket as _socket_module

__all__ = ["EVENT_READ", "EVENT_WRITE", "SelectorKey", "BaseSelector", "SelectSelector", "DefaultSelector"]

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

SelectorKey = namedtuple("SelectorKey", ["fileobj", "fd", "events", "data"])
SelectorKey.__doc__ = "The registration of a file object: its descriptor, the events watched and its data."


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


class _SelectorMapping(Mapping):
    """get_map()'s read-only view: file objects to their keys."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        fd = self._selector._fileobj_lookup(fileobj)
        try:
            return self._selector._fd_to_key[fd]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector(metaclass=ABCMeta):
    """The selector interface: register file objects for events, then select() the ready ones."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError("Selector is closed")
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class SelectSelector(BaseSelector):
    """The selector over _socket's readiness poll (a java.nio Selector)."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            # a closed socket's fileno() is -1: find it by the object it was registered as
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError("{!r} (FD {}) is already registered".format(fileobj, key.fd))
        _socket_module._channel(fileobj if not isinstance(fileobj, int) else key.fd)  # sockets only
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        if events != key.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def select(self, timeout=None):
        """[(key, events)] of the registered file objects that are ready, waiting at most timeout seconds."""
        if timeout is not None:
            timeout = max(timeout, 0)
        keys = list(self._fd_to_key.values())
        ready = []
        for index, events in _socket_module._poll([(k.fileobj, k.events) for k in keys], timeout):
            key = keys[index]
            ready.append((key, events & key.events))
        return ready

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map


DefaultSelector = SelectSelector
