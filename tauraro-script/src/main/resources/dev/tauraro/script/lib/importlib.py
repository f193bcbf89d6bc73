"""The import system's public face: import_module, reload, invalidate_caches, and the submodules
machinery, util and abc.

Tauraro's import system is its own (Java) and consults no sys.meta_path or path hooks; these
modules give scripts what they use of CPython's: finding a module without running it, loading one
from a file path, reloading, and the spec and loader objects that describe modules.
"""
import sys
from _importlib import import_module, invalidate_caches


def reload(module):
    """Runs the module's code again in its own namespace and returns the module from sys.modules."""
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    parent = name.rpartition(".")[0]
    if parent and parent not in sys.modules:
        raise ImportError(f"parent {parent!r} not in sys.modules", name=parent)
    from importlib import util
    util._rerun(module)
    return sys.modules[name]


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    import builtins
    return builtins.__import__(name, globals, locals, fromlist, level)
