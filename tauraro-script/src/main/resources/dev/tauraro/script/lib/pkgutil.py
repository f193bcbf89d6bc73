"""Utilities over packages (CPython's pkgutil): listing the modules in directories and packages,
reading data files beside a package's modules, resolving dotted names to objects.

Only directories are listed: the bundled library (the sys.path entry that stands for it) is not,
as CPython lists no module of a path entry it has no finder for.
"""
import os
import sys
import importlib
from collections import namedtuple

__all__ = ["get_importer", "iter_importers", "get_loader", "find_loader", "walk_packages",
           "iter_modules", "get_data", "ImpImporter", "ImpLoader", "read_code", "extend_path",
           "ModuleInfo", "resolve_name"]

ModuleInfo = namedtuple("ModuleInfo", "module_finder name ispkg")
ModuleInfo.__doc__ = "A namedtuple with minimal info about a module."


class FileFinder:
    """Finds modules in one directory (what iter_modules reports as each module's finder)."""

    def __init__(self, path):
        self.path = path or "."

    def __repr__(self):
        return f"FileFinder({self.path!r})"

    def find_spec(self, fullname, target=None):
        from importlib.machinery import PathFinder
        return PathFinder.find_spec(fullname, [self.path])

    def invalidate_caches(self):
        pass

    def iter_modules(self, prefix=""):
        try:
            names = sorted(os.listdir(self.path))
        except OSError:
            return
        seen = set()
        for fn in names:
            modname = _module_name(fn)
            if modname == "__init__" or modname in seen:
                continue
            path = os.path.join(self.path, fn)
            ispkg = False
            if not modname and os.path.isdir(path) and "." not in fn:
                modname = fn
                try:
                    contents = os.listdir(path)
                except OSError:
                    contents = []
                if not any(_module_name(sub) == "__init__" for sub in contents):
                    continue   # a directory without __init__ is not listed
                ispkg = True
            if modname and "." not in modname:
                seen.add(modname)
                yield prefix + modname, ispkg


def _module_name(filename):
    from importlib.machinery import all_suffixes
    for suffix in sorted(all_suffixes(), key=len, reverse=True):
        if filename.endswith(suffix):
            return filename[:-len(suffix)]
    return None


def get_importer(path_item):
    """The finder for a sys.path entry: a FileFinder for a directory, else None."""
    path_item = os.fsdecode(path_item)
    return FileFinder(path_item) if os.path.isdir(path_item or ".") else None


def iter_importers(fullname=""):
    """The finders for fullname's parent package's __path__ (sys.path for a top-level name)."""
    if fullname.startswith("."):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    if "." in fullname:
        pkg_name = fullname.rpartition(".")[0]
        pkg = importlib.import_module(pkg_name)
        path = getattr(pkg, "__path__", None)
        if path is None:
            return
    else:
        path = sys.path
    for item in path:
        finder = get_importer(item)
        if finder is not None:
            yield finder


def iter_modules(path=None, prefix=""):
    """ModuleInfo for each module and package in the directories of path (sys.path when None)."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = map(get_importer, path)
    yielded = set()
    for finder in importers:
        if finder is None:
            continue
        for name, ispkg in finder.iter_modules(prefix):
            if name not in yielded:
                yielded.add(name)
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix="", onerror=None):
    """iter_modules, recursively: each package is imported and its own modules follow it."""
    def seen(p, m={}):
        if p in m:
            return True
        m[p] = True

    for info in iter_modules(path, prefix):
        yield info
        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                subpath = getattr(sys.modules[info.name], "__path__", None) or []
                subpath = [p for p in subpath if not seen(p)]
                yield from walk_packages(subpath, info.name + ".", onerror)


def get_loader(module_or_name):
    """The loader of a module or of the module with that name (None when it has none)."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, type(sys)):
        loader = getattr(module_or_name, "__loader__", None)
        if loader is not None:
            return loader
        if getattr(module_or_name, "__spec__", None) is None:
            return None
        fullname = module_or_name.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """The loader of the module fullname, found as importlib.util.find_spec finds it."""
    if fullname.startswith("."):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    import importlib.util
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        raise ImportError(f"Error while finding loader for {fullname!r} ({type(ex)}: {ex})") from ex
    return spec.loader if spec is not None else None


def extend_path(path, name):
    """A package's __path__ extended with the same-named directories on sys.path (pkgutil-style namespace packages)."""
    if not isinstance(path, list):
        return path
    sname_pkg = name + ".pkg"
    path = path[:]
    parent_package, _, final_name = name.rpartition(".")
    if parent_package:
        try:
            search_path = sys.modules[parent_package].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search_path = sys.path
    for dir in search_path:
        if not isinstance(dir, str) or not os.path.isdir(dir):
            continue
        subdir = os.path.join(dir, final_name)
        if os.path.isdir(subdir) and subdir not in path and os.path.isfile(os.path.join(subdir, "__init__.py")):
            path.append(subdir)
        pkgfile = os.path.join(dir, sname_pkg)
        if os.path.isfile(pkgfile):
            with open(pkgfile) as f:
                for line in f:
                    line = line.rstrip("\n")
                    if not line or line.startswith("#"):
                        continue
                    path.append(line)
    return path


def get_data(package, resource):
    """The bytes of resource, a '/'-separated path relative to package's directory (None when the package has no files)."""
    import importlib.util
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, "get_data"):
        return None
    mod = sys.modules.get(package) or importlib.import_module(package)
    if mod is None or not hasattr(mod, "__file__"):
        return None
    parts = resource.split("/")
    parts.insert(0, os.path.dirname(mod.__file__))
    return loader.get_data(os.path.join(*parts))


def read_code(stream):
    """CPython reads a code object from a .pyc stream here; tauraro has no bytecode files."""
    raise NotImplementedError("tauraro has no bytecode files")


_NAME_PATTERN = None


def resolve_name(name):
    """The object named 'pkg.mod:attr.sub' (or 'pkg.mod.attr.sub', importing as far as it can)."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        dotted_words = r"(?!\d)(\w+)(\.(?!\d)(\w+))*"
        _NAME_PATTERN = re.compile(f"^(?P<pkg>{dotted_words})(?P<cln>:(?P<obj>{dotted_words})?)?$", re.UNICODE)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f"invalid format: {name!r}")
    gd = m.groupdict()
    if gd.get("cln"):
        mod = importlib.import_module(gd["pkg"])
        parts = gd.get("obj")
        parts = parts.split(".") if parts else []
    else:
        parts = name.split(".")
        modname = parts.pop(0)
        mod = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = f"{modname}.{p}"
            try:
                mod = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    result = mod
    for p in parts:
        result = getattr(result, p)
    return result
