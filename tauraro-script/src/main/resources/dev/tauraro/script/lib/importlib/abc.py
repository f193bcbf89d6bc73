"""The abstract bases of finders and loaders (CPython's importlib.abc), for classes that implement
them. Tauraro's import system does not consult sys.meta_path, so a finder written on these is
used only where a script calls it."""
from abc import ABC, abstractmethod


class Finder(ABC):
    pass


class MetaPathFinder(ABC):
    def find_spec(self, fullname, path, target=None):
        return None

    def invalidate_caches(self):
        pass


class PathEntryFinder(ABC):
    def find_spec(self, fullname, target=None):
        return None

    def invalidate_caches(self):
        pass


class Loader(ABC):
    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        if not hasattr(self, "exec_module"):
            raise ImportError
        from importlib.util import spec_from_loader, module_from_spec
        import sys
        module = module_from_spec(spec_from_loader(fullname, self))
        sys.modules[fullname] = module
        self.exec_module(module)
        return sys.modules[fullname]


class ResourceLoader(Loader):
    @abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path="<string>"):
        return compile(data, path, "exec", dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f"cannot load module {module.__name__!r} when get_code() returns None")
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    @abstractmethod
    def get_filename(self, fullname):
        raise ImportError


class FileLoader(ResourceLoader, ExecutionLoader):
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()


class SourceLoader(ResourceLoader, ExecutionLoader):
    def get_source(self, fullname):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.get_filename(fullname)))


from importlib.machinery import SourceFileLoader as _SourceFileLoader, NamespaceLoader as _NamespaceLoader
FileLoader.register(_SourceFileLoader)
SourceLoader.register(_SourceFileLoader)
Loader.register(_NamespaceLoader)
