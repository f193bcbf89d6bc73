"""The abstract bases of resource access (CPython's importlib.resources.abc)."""
import abc
import pathlib
from typing import Protocol, runtime_checkable


class ResourceReader(metaclass=abc.ABCMeta):
    """Reads the resources of one package (a loader's get_resource_reader gives one)."""

    @abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        raise FileNotFoundError


@runtime_checkable
class Traversable(Protocol):
    """An object with a subset of pathlib.Path's methods, for walking a package's files."""

    @abc.abstractmethod
    def iterdir(self):
        """The objects in this directory."""

    def read_bytes(self):
        with self.open("rb") as strm:
            return strm.read()

    def read_text(self, encoding=None):
        with self.open(encoding=encoding) as strm:
            return strm.read()

    @abc.abstractmethod
    def is_dir(self):
        """Whether this is a directory."""

    @abc.abstractmethod
    def is_file(self):
        """Whether this is a file."""

    @abc.abstractmethod
    def joinpath(self, *descendants):
        """The Traversable at the path below this one."""

    def __truediv__(self, child):
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode="r", *args, **kwargs):
        """The file opened, in text mode unless mode has 'b'."""

    @property
    @abc.abstractmethod
    def name(self):
        """The base name of this object without any parent references."""


class TraversableResources(ResourceReader):
    """A ResourceReader answered from its files() Traversable."""

    @abc.abstractmethod
    def files(self):
        """A Traversable for the package's resources."""

    def open_resource(self, resource):
        return self.files().joinpath(resource).open("rb")

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (item.name for item in self.files().iterdir())
