"""Reading the files that ship beside a package's modules (CPython's importlib.resources).

files(package) is a pathlib.Path for a package from a directory, and a MultiplexedPath over the
directories of a namespace package. The bundled library's packages have files only where
bin/tauraro keeps their sources on disk (its cache directory). The functions before files() (read_text,
open_binary, path, contents, ...) remain, deprecated as in CPython 3.11.
"""
import contextlib
import functools
import os
import pathlib
import tempfile
import types
import warnings
import _importlib
from importlib.resources.abc import ResourceReader, Traversable, TraversableResources

Package = "str | types.ModuleType"
Resource = "str"

__all__ = ["Package", "Resource", "ResourceReader", "as_file", "contents", "files", "is_resource",
           "open_binary", "open_text", "path", "read_binary", "read_text"]


def _package(package):
    import importlib
    module = importlib.import_module(package) if isinstance(package, str) else package
    spec = module.__spec__
    if spec.submodule_search_locations is None:
        raise TypeError(f"{spec.name!r} is not a package")
    return module


def files(package):
    """The package's directory as a Traversable (pathlib.Path, or MultiplexedPath for a namespace package)."""
    module = _package(package)
    spec = module.__spec__
    reader = getattr(spec.loader, "get_resource_reader", None)
    if reader is not None and not isinstance(spec.loader, type):
        found = reader(spec.name)
        if found is not None and hasattr(found, "files"):
            return found.files()
    if spec.origin in ("frozen", "built-in"):
        where = _importlib.library_dir(spec.name)
        if where is None:
            raise ModuleNotFoundError(f"the bundled package {spec.name!r} has no files on disk here", name=spec.name)
        return pathlib.Path(where)
    if spec.has_location and spec.origin:
        return pathlib.Path(spec.origin).parent
    return MultiplexedPath(*spec.submodule_search_locations)


class MultiplexedPath(Traversable):
    """The directories of a namespace package, seen as one."""

    def __init__(self, *paths):
        self._paths = list(map(pathlib.Path, dict.fromkeys(paths)))
        if not self._paths:
            raise FileNotFoundError("MultiplexedPath must contain at least one path")
        if not all(p.is_dir() for p in self._paths):
            raise NotADirectoryError("MultiplexedPath only supports directories")

    def iterdir(self):
        seen = set()
        for p in self._paths:
            for item in p.iterdir():
                if item.name not in seen:
                    seen.add(item.name)
                    yield item

    def read_bytes(self):
        raise FileNotFoundError(f"{self} is not a file")

    def read_text(self, *args, **kwargs):
        raise FileNotFoundError(f"{self} is not a file")

    def is_dir(self):
        return True

    def is_file(self):
        return False

    def joinpath(self, *descendants):
        for p in self._paths:
            candidate = p.joinpath(*descendants)
            if candidate.exists():
                return candidate
        return self._paths[0].joinpath(*descendants)

    __truediv__ = joinpath

    def open(self, *args, **kwargs):
        raise FileNotFoundError(f"{self} is not a file")

    @property
    def name(self):
        return self._paths[0].name

    def __repr__(self):
        paths = ", ".join(f"'{path}'" for path in self._paths)
        return f"MultiplexedPath({paths})"


@contextlib.contextmanager
def as_file(path):
    """A context giving a real file system path for the Traversable path (a temporary copy if it has none)."""
    if isinstance(path, pathlib.Path):
        yield path
        return
    fd, raw = tempfile.mkstemp(suffix=path.name)
    try:
        try:
            os.write(fd, path.read_bytes())
        finally:
            os.close(fd)
        yield pathlib.Path(raw)
    finally:
        try:
            os.remove(raw)
        except FileNotFoundError:
            pass


def _deprecated(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        warnings.warn(f"{func.__name__} is deprecated. Use files() instead. Refer to "
                      "https://importlib-resources.readthedocs.io/en/latest/using.html#migrating-from-legacy "
                      "for migration advice.", DeprecationWarning, stacklevel=2)
        return func(*args, **kwargs)
    return wrapper


def _normalize_path(path):
    parent, file_name = os.path.split(str(path))
    if parent:
        raise ValueError(f"{path!r} must be only a file name")
    return file_name


@_deprecated
def open_binary(package, resource):
    return (files(package) / _normalize_path(resource)).open("rb")


@_deprecated
def read_binary(package, resource):
    return (files(package) / _normalize_path(resource)).read_bytes()


@_deprecated
def open_text(package, resource, encoding="utf-8", errors="strict"):
    return (files(package) / _normalize_path(resource)).open("r", encoding=encoding, errors=errors)


@_deprecated
def read_text(package, resource, encoding="utf-8", errors="strict"):
    with open_text(package, resource, encoding, errors) as fp:
        return fp.read()


@_deprecated
def contents(package):
    return [path.name for path in files(package).iterdir()]


@_deprecated
def is_resource(package, name):
    resource = _normalize_path(name)
    return any(traversable.name == resource and traversable.is_file()
               for traversable in files(package).iterdir())


@_deprecated
def path(package, resource):
    return as_file(files(package) / _normalize_path(resource))
