# importlib.util/machinery, importlib.reload and pkgutil over modules written to a temporary directory.
import importlib
import importlib.machinery
import importlib.util
import os
import pkgutil
import sys
import tempfile

print(__spec__, __name__)
with tempfile.TemporaryDirectory() as d:
    root = os.path.realpath(d)
    def write(rel, text):
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        return path
    plugin = write("plugin.py", "X = 5\ndef f():\n    return X + 1\n")
    write("pkg/__init__.py", "V = 1\n")
    write("pkg/mod.py", "W = 2\n")
    write("pkg/sub/__init__.py", "")
    write("pkg/sub/deep.py", "D = 3\n")
    write("pkg/data/info.txt", "hello data\n")
    os.makedirs(os.path.join(root, "nsdir", "inner"))
    write("nsdir/inner/leaf.py", "L = 4\n")
    write("notpkg/readme.txt", "x")
    sys.path.insert(0, root)

    def show(spec):
        if spec is None:
            print("  None")
            return
        rel = lambda p: p if p is None else os.path.relpath(p, root)
        print("  name", spec.name, "origin", rel(spec.origin), "parent", repr(spec.parent), "has_location", spec.has_location,
              "loader", type(spec.loader).__name__,
              "locations", None if spec.submodule_search_locations is None else [rel(p) for p in spec.submodule_search_locations])

    for name in ("plugin", "pkg", "pkg.mod", "pkg.sub.deep", "nsdir", "nothere", "pkg.nothere"):
        print(name)
        show(importlib.util.find_spec(name))
    print("pkg imported by find_spec of pkg.mod:", "pkg" in sys.modules, "pkg.mod" in sys.modules)
    print(importlib.util.find_spec(".mod", "pkg").name, importlib.util.resolve_name("..x", "a.b.c"),
          importlib.util.resolve_name("abs", None))
    for bad in (("..x", "a"), (".x", None)):
        try:
            importlib.util.resolve_name(*bad)
        except ImportError as e:
            print("ImportError:", e)
    try:
        importlib.util.find_spec("nopkg.x")
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError:", e)

    spec = importlib.util.spec_from_file_location("loaded_plugin", plugin)
    show(spec)
    m = importlib.util.module_from_spec(spec)
    print(m.__name__, m.__spec__ is spec, m.__loader__ is spec.loader, os.path.relpath(m.__file__, root), repr(m.__package__), hasattr(m, "X"))
    spec.loader.exec_module(m)
    print(m.X, m.f(), m.f.__globals__ is m.__dict__)
    print(importlib.util.spec_from_file_location("x", os.path.join(root, "data.txt")))
    print(spec == importlib.util.spec_from_file_location("loaded_plugin", plugin), isinstance(spec.loader, importlib.machinery.SourceFileLoader))
    print(os.path.relpath(spec.loader.get_filename(), root), spec.loader.is_package("loaded_plugin") == False, spec.loader.get_source("loaded_plugin").splitlines()[0])

    import plugin as p1, pkg, pkg.sub.deep
    show(p1.__spec__)
    show(pkg.__spec__)
    print(os.path.relpath(p1.__loader__.path, root), pkg.__spec__.loader.is_package("pkg"))
    write("plugin.py", "X = 50\nY = 7\n")
    p2 = importlib.reload(p1)
    print(p2 is p1, p1.X, p1.Y, p1.f())
    for bad in (42, type(sys)("floating")):
        try:
            importlib.reload(bad)
        except (TypeError, ImportError) as e:
            print(type(e).__name__ + ":", e)

    print(sorted((i.name, i.ispkg) for i in pkgutil.iter_modules([root])))
    print(sorted((i.name, i.ispkg) for i in pkgutil.iter_modules(pkg.__path__, "pkg.")))
    print(repr(next(iter(pkgutil.iter_modules([os.path.join(root, "pkg")]))).module_finder).replace(root, "ROOT"))
    print(sorted(i.name for i in pkgutil.walk_packages([root]) if not i.name.startswith("plugin")))
    print(pkgutil.get_data("pkg", "data/info.txt"))
    print(pkgutil.resolve_name("pkg.sub.deep:D"), pkgutil.resolve_name("pkg.mod.W"), pkgutil.resolve_name("os.path:join").__name__)
    try:
        pkgutil.resolve_name("3bad")
    except ValueError as e:
        print("ValueError:", e)
    try:
        list(pkgutil.iter_modules("notalist"))
    except ValueError as e:
        print("ValueError:", e)
    print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.EXTENSION_SUFFIXES == [] or True)
    print(type(sys)("m").__spec__, importlib.import_module("..mod", "pkg.sub") is sys.modules["pkg.mod"])
    sys.path.remove(root)
    for name in list(sys.modules):
        if name.split(".")[0] in ("plugin", "pkg", "nsdir"):
            del sys.modules[name]
