# importlib.resources over a package written to a temporary directory: files(), Traversable, as_file, the deprecated functions.
import importlib.resources as resources
import importlib.resources.abc as rabc
import os
import pathlib
import sys
import tempfile
import warnings

with tempfile.TemporaryDirectory() as d:
    root = os.path.realpath(d)
    def write(rel, data):
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    write("respkg/__init__.py", b"")
    write("respkg/res.txt", "caf\u00e9 top\n".encode())
    write("respkg/data/info.bin", b"\x00\x01\x02")
    write("plainmod.py", b"")
    write("ns1/nspkg/a.txt", b"A")
    write("ns2/nspkg/b.txt", b"B")
    sys.path[:0] = [root, os.path.join(root, "ns1"), os.path.join(root, "ns2")]
    import respkg
    p = resources.files("respkg")
    print(type(p).__name__, p.name, sorted(x.name for x in p.iterdir() if x.name != "__pycache__"))
    print(p == resources.files(respkg), isinstance(p, rabc.Traversable), p.is_dir(), (p / "res.txt").is_file())
    print(repr((p / "res.txt").read_text(encoding="utf-8")), (p / "data" / "info.bin").read_bytes(), p.joinpath("data", "info.bin").read_bytes())
    with resources.as_file(p / "res.txt") as f:
        print(type(f).__name__, f.exists(), os.path.relpath(f, root))
    for bad in ("plainmod",):
        try:
            resources.files(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        resources.files("no_such_package_here")
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError:", e)
    ns = resources.files("nspkg")
    print(type(ns).__name__, ns.name, sorted(x.name for x in ns.iterdir()), ns.joinpath("b.txt").read_text(), ns.is_dir())
    print(repr(ns).replace(root, "ROOT"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(repr(resources.read_text("respkg", "res.txt")), resources.read_binary("respkg", "res.txt")[:3])
        with resources.open_binary("respkg", "res.txt") as f:
            print(f.read(4))
        with resources.open_text("respkg", "res.txt", encoding="latin-1") as f:
            print(repr(f.read(5)))
        print(resources.is_resource("respkg", "res.txt"), resources.is_resource("respkg", "data"), sorted(n for n in resources.contents("respkg") if n != "__pycache__"))
        with resources.path("respkg", "res.txt") as f:
            print(f.name, f.exists())
        try:
            resources.read_text("respkg", "data/info.bin")
        except ValueError as e:
            print("ValueError:", e)
    print(len(caught), sorted({str(w.message).split(" is deprecated")[0] for w in caught}), {w.category.__name__ for w in caught})
    class Reader(rabc.TraversableResources):
        def files(self):
            return p
    r = Reader()
    print(r.is_resource("res.txt"), sorted(n for n in r.contents() if n != "__pycache__"), r.open_resource("res.txt").read(3))
    del sys.path[:3]
    for name in ("respkg", "plainmod", "nspkg"):
        sys.modules.pop(name, None)
