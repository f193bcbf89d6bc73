"""Finding modules without running them, and making modules from specs (CPython's importlib.util).

find_spec asks tauraro's import system where a module is; a library module (built in or frozen)
is imported as it is found, since it has no file to describe. There is no bytecode: the cache
functions raise NotImplementedError as CPython's do when sys.implementation.cache_tag is None.
"""
import sys
import _importlib
from importlib.machinery import (ModuleSpec, SourceFileLoader, BuiltinImporter, FrozenImporter,
                                 NamespaceLoader, SOURCE_SUFFIXES)

_POPULATE = object()


def resolve_name(name, package):
    """The absolute name of a relative module name ('..mod') in package."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name[level:]}" if name[level:] else base


def find_spec(name, package=None):
    """The spec of the module an import of name would run, or None; the parent package is imported."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f"{name}.__spec__ is not set") from None
        if spec is None:
            raise ValueError(f"{name}.__spec__ is None")
        return spec
    return _spec_from_found(fullname, _importlib.find(fullname))


def _spec_from_found(fullname, found):
    """The spec of what _importlib.find reported: None, or (module, origin, search locations)."""
    if found is None:
        return None
    module, origin, locations = found
    if module is not None:
        return module.__spec__
    if origin is None:
        return _namespace_spec(fullname, locations)
    return spec_from_file_location(fullname, origin, submodule_search_locations=locations)


def _namespace_spec(name, locations, loader=None):
    """A namespace package's spec: find_spec gives it no loader (as CPython 3.11), an imported one has its loader."""
    spec = ModuleSpec(name, loader, is_package=True)
    spec.submodule_search_locations = list(locations)
    return spec


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """A spec for the module name in the file location (a .py file unless a loader is given)."""
    if location is None:
        location = "<unknown>"
        if loader is not None and hasattr(loader, "get_filename"):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        import os
        location = os.fspath(location)
    if loader is None:
        if not any(location.endswith(suffix) for suffix in SOURCE_SUFFIXES):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, "is_package"):
            try:
                if loader.is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == [] and location:
        import os
        spec.submodule_search_locations.append(os.path.split(location)[0])
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for name loaded by loader (a file location when the loader has get_filename)."""
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if not origin and hasattr(loader, "get_filename"):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, "is_package"):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module for spec, not yet run (spec.loader.exec_module(module) runs it)."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _init_module_attrs(spec, module):
    module.__name__ = spec.name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        module.__cached__ = spec.cached


def decode_source(source_bytes):
    """The text of a module's source bytes: its coding cookie's encoding (UTF-8 by default), universal newlines."""
    import io
    import re
    encoding = "utf-8"
    for line in source_bytes.split(b"\n", 2)[:2]:
        found = re.match(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", line)
        if found:
            encoding = found.group(1).decode("ascii")
            break
        if line.strip() and not line.lstrip().startswith(b"#"):
            break
    text = source_bytes.decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    return io.StringIO(text, newline=None).read()


def cache_from_source(path, debug_override=None, *, optimization=None):
    raise NotImplementedError("sys.implementation.cache_tag is None")


def source_from_cache(path):
    raise NotImplementedError("sys.implementation.cache_tag is None")


def _spec_of(module):
    """The spec of an imported module that has none yet: what module.__spec__ first reads."""
    kind = _importlib.kind(module)
    name = module.__name__
    if kind == "built-in":
        return ModuleSpec(name, BuiltinImporter, origin="built-in")
    if kind == "frozen":
        return ModuleSpec(name, FrozenImporter, origin="frozen", is_package=_importlib.is_package(name))
    locations = getattr(module, "__path__", None)
    if kind == "file":
        return spec_from_file_location(name, module.__file__,
                                       submodule_search_locations=None if locations is None else list(locations))
    if locations is not None:
        return _namespace_spec(name, locations, NamespaceLoader(name, locations))
    return None


def _set_spec(module):
    """Gives an imported module its __spec__ and __loader__ the first time either is read."""
    spec = _spec_of(module)
    module.__spec__ = spec
    module.__loader__ = None if spec is None else spec.loader


def _main_spec(name, filename):
    """The spec of a module that -m runs as __main__: it keeps the module's own name."""
    if filename.startswith("<frozen "):
        return ModuleSpec(name, FrozenImporter, origin="frozen")
    return spec_from_file_location(name, filename)


def _rerun(module):
    """importlib.reload's work: the module's code run again in its namespace."""
    kind = _importlib.kind(module)
    if kind == "built-in":
        return
    if kind == "frozen":
        name = module.__name__
        exec(compile(_importlib.source(name), f"<frozen {name}>", "exec", dont_inherit=True), module.__dict__)
        return
    spec = module.__dict__.get("__spec__")
    loader = getattr(spec, "loader", None)
    if loader is not None and hasattr(loader, "exec_module"):
        loader.exec_module(module)
        return
    filename = getattr(module, "__file__", None)
    if filename is None:
        raise ModuleNotFoundError(f"spec not found for the module {module.__name__!r}", name=module.__name__)
    SourceFileLoader(module.__name__, filename).exec_module(module)
