"""Module specs and the loaders that describe where tauraro found a module.

BuiltinImporter stands for the Java bindings (CPython's built-in modules), FrozenImporter for the
bundled library written in script (CPython's frozen modules), SourceFileLoader for a .py file,
NamespaceLoader for a directory without __init__.py. There is no bytecode: cached is None, as
CPython reports when sys.implementation.cache_tag is None.
"""
import sys
import _importlib

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
DEBUG_BYTECODE_SUFFIXES = [".pyc"]
OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows about a module before running it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"{self.__class__.__name__}({', '.join(args)})"

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)

    __hash__ = None

    @property
    def cached(self):
        return None

    @cached.setter
    def cached(self, value):
        if value is not None:
            raise NotImplementedError("tauraro writes no bytecode caches")

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class _NoCode:
    """The loader methods of modules that have no source to give (built-in and frozen)."""
    _kind = None

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _importlib.find(fullname)   # a library module is imported as it is found
        if found is None or found[0] is None or _importlib.kind(found[0]) != cls._kind:
            return None
        return found[0].__spec__

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return _importlib.is_package(fullname)

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class BuiltinImporter(_NoCode):
    """Stands for the modules tauraro implements in Java."""
    _kind = "built-in"


class FrozenImporter(_NoCode):
    """Stands for the library modules tauraro ships written in script."""
    _kind = "frozen"


class SourceFileLoader:
    """Loads a module from a .py file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        self._check(name)
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, fullname):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.get_filename(fullname)))

    def get_code(self, fullname):
        return compile(self.get_source(fullname), self.get_filename(fullname), "exec", dont_inherit=True)

    def is_package(self, fullname):
        import os
        filename = os.path.split(self.get_filename(fullname))[1]
        return filename.rsplit(".", 1)[0] == "__init__"

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, fullname):
        """Deprecated in CPython: loads (or reloads) fullname and returns it."""
        from importlib.util import spec_from_loader, module_from_spec
        module = sys.modules.get(fullname)
        if module is None:
            module = module_from_spec(spec_from_loader(fullname, self, origin=self.path))
            sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]

    def _check(self, name):
        if name is not None and name != self.name:
            raise ImportError(f"loader for {self.name} cannot handle {name}", name=name)


class NamespaceLoader:
    """The loader of a namespace package (a directory without __init__.py): nothing to run."""

    def __init__(self, name, path, path_finder=None):
        self._path = path

    @staticmethod
    def is_package(fullname):
        return True

    @staticmethod
    def get_source(fullname):
        return ""

    @staticmethod
    def get_code(fullname):
        return compile("", "<string>", "exec", dont_inherit=True)

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        pass


class PathFinder:
    """Finds modules on sys.path, or on a package's __path__ given as path."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        from importlib.util import find_spec, _spec_from_found
        if path is None:
            return find_spec(fullname)
        return _spec_from_found(fullname, _importlib.find(fullname, list(path)))

    @classmethod
    def invalidate_caches(cls):
        pass
