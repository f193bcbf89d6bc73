"""runpy: runs a module or a file as a script and returns its globals (CPython's run_module, run_path).

A module is found as `tauraro -m` finds it (_importlib.main_source: its parent packages are imported,
the module itself is not, a package runs its __main__ submodule), so run_module and -m agree on what
runs and on the messages, which runpy raises as ImportError.
"""

import sys
import _importlib

__all__ = ["run_module", "run_path"]

_MISSING = object()


class _RunningAs:
    """While the code runs, sys.modules[name] is a fresh module whose dict the code fills and sys.argv[0]
    names its file; both are put back afterwards."""

    def __init__(self, name, argv0):
        self.name = name
        self.argv0 = argv0
        self.module = type(sys)(name)

    def __enter__(self):
        self._saved_module = sys.modules.get(self.name, _MISSING)
        self._saved_argv0 = sys.argv[0]
        sys.modules[self.name] = self.module
        sys.argv[0] = self.argv0
        return self.module.__dict__

    def __exit__(self, *exc):
        sys.argv[0] = self._saved_argv0
        if self._saved_module is _MISSING:
            del sys.modules[self.name]
        else:
            sys.modules[self.name] = self._saved_module


def _run_code(code, run_globals, init_globals, name, spec, filename, package):
    """Runs code in run_globals with the module attributes a script run as name sees."""
    if init_globals is not None:
        run_globals.update(init_globals)
    run_globals.update(__name__=name, __file__=filename, __cached__=None if spec is None else spec.cached,
                       __doc__=None, __loader__=None if spec is None else spec.loader, __package__=package,
                       __spec__=spec)
    exec(code, run_globals)
    return run_globals


def _module_details(mod_name):
    """(name, spec, code, file name) of what run_module(mod_name) runs."""
    if mod_name.startswith("."):
        raise ImportError("Relative module names not supported")
    try:
        name, filename, source, package = _importlib.main_source(mod_name)
    except ModuleNotFoundError as e:
        if e.name != mod_name and not (e.name or "").startswith(mod_name + "."):
            raise   # an import in a parent package's body failed: its own error
        raise ImportError(*e.args) from e.__cause__
    parent = mod_name.rpartition(".")[0]
    existing = sys.modules.get(mod_name)
    if parent and existing is not None and not hasattr(existing, "__path__"):
        import warnings
        warnings.warn(RuntimeWarning(f"{mod_name!r} found in sys.modules after import of package {parent!r}, "
                                     f"but prior to execution of {mod_name!r}; this may result in unpredictable "
                                     "behaviour"))
    from importlib.util import _main_spec
    code = compile(source, filename, "exec", dont_inherit=True)
    return name, _main_spec(name, filename), code, filename


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs the module mod_name (a package: its __main__) as a script named run_name (default: the module's
    name) and returns its globals. With alter_sys, sys.modules[run_name] and sys.argv[0] name it while it runs."""
    name, spec, code, filename = _module_details(mod_name)
    if run_name is None:
        run_name = name
    package = spec.parent
    if not alter_sys:
        return _run_code(code, {}, init_globals, run_name, spec, filename, package)
    with _RunningAs(run_name, filename) as run_globals:
        _run_code(code, run_globals, init_globals, run_name, spec, filename, package)
    return run_globals.copy()   # the module's own dict may be cleared once it goes away


def run_path(path_name, init_globals=None, run_name=None):
    """Runs the script file path_name, or the __main__ module of the directory path_name, as a script named
    run_name (default '<run_path>') and returns its globals."""
    import os
    if run_name is None:
        run_name = "<run_path>"
    package = run_name.rpartition(".")[0]
    path = os.fsdecode(path_name)
    if not os.path.isdir(path):
        with open(os.path.abspath(path), "rb") as f:
            code = compile(f.read(), path_name, "exec")
        with _RunningAs(run_name, path_name) as run_globals:
            _run_code(code, run_globals, init_globals, run_name, None, path_name, package)
        return run_globals.copy()
    sys.path.insert(0, path_name)
    try:
        name, spec, code, filename = _main_details()
        with _RunningAs(run_name, path_name) as run_globals:
            _run_code(code, run_globals, init_globals, run_name, spec, filename, package)
        return run_globals.copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass


def _main_details():
    """_module_details of the __main__ module at sys.path[0] (the current __main__ set aside to find it)."""
    saved_main = sys.modules.pop("__main__", _MISSING)
    try:
        return _module_details("__main__")
    except ImportError as e:
        if "__main__" in str(e):
            raise ImportError(f"can't find '__main__' module in {sys.path[0]!r}") from e
        raise
    finally:
        if saved_main is not _MISSING:
            sys.modules["__main__"] = saved_main
