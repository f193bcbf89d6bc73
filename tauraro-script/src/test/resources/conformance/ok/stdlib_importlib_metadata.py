# importlib.metadata over a distribution installed by hand into a temporary sys.path directory.
import importlib.metadata as md
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    info = os.path.join(d, "demo_pkg-1.2.3.dist-info")
    os.makedirs(info)
    os.makedirs(os.path.join(d, "demo_pkg"))
    with open(os.path.join(d, "demo_pkg", "__init__.py"), "w") as f:
        f.write("def main():\n    return 'main ran'\nclass Tools:\n    def run(self):\n        return 1\n")
    with open(os.path.join(info, "METADATA"), "w") as f:
        f.write("Metadata-Version: 2.1\nName: Demo-Pkg\nVersion: 1.2.3\nSummary: A demo\n"
                "Requires-Dist: requests (>=2)\nRequires-Dist: rich ; extra == 'fancy'\n"
                "Classifier: A :: B\nClassifier: C :: D\nKeywords: one two\n\nLong description.\n")
    with open(os.path.join(info, "entry_points.txt"), "w") as f:
        f.write("[console_scripts]\ndemo = demo_pkg:main\n\n[demo.plugins]\ntools = demo_pkg:Tools [fancy]\n")
    with open(os.path.join(info, "RECORD"), "w") as f:
        f.write("demo_pkg/__init__.py,sha256=abc,120\ndemo_pkg-1.2.3.dist-info/METADATA,,\n")
    with open(os.path.join(info, "top_level.txt"), "w") as f:
        f.write("demo_pkg\n")
    sys.path.insert(0, d)
    print(md.version("demo-pkg"), md.version("Demo_Pkg"), md.version("demo.pkg"))
    meta = md.metadata("demo-pkg")
    print(meta["Name"], meta["Summary"], meta.get_all("Classifier"), meta["Missing"])
    print(sorted(meta.json.items()))
    print(md.requires("demo-pkg"))
    dist = md.distribution("demo-pkg")
    print(dist.name, dist.version, type(dist).__name__, dist.read_text("top_level.txt"), dist.read_text("nope"))
    fs = md.files("demo-pkg")
    print([str(p) for p in fs], fs[0].hash, fs[0].size, fs[1].hash, "def main" in fs[0].read_text())
    eps = md.entry_points(group="console_scripts")
    print([ep for ep in eps if ep.value.startswith("demo_pkg")], "demo" in eps.names, eps["demo"].load()())
    plugin = tuple(md.entry_points(group="demo.plugins", name="tools"))[0]
    print(plugin, plugin.module, plugin.attr, plugin.extras, plugin.load()().run(), plugin.group)
    print(sorted(md.entry_points().select(group="demo.plugins").names), list(md.entry_points(name="nothing")))
    print(md.packages_distributions().get("demo_pkg"))
    print([d.name for d in md.distributions() if d.name == "Demo-Pkg"])
    ep = md.EntryPoint(name="j", value="os.path:join", group="g")
    print(repr(ep), ep.load().__name__, ep.matches(group="g"), ep.matches(group="h"))
    try:
        ep.name = "x"
    except AttributeError as e:
        print("AttributeError")
    for bad in ("no-such-dist-xyz",):
        try:
            md.version(bad)
        except md.PackageNotFoundError as e:
            print(type(e).__bases__[0].__name__, str(e), e.name)
    try:
        md.distribution("")
    except ValueError as e:
        print("ValueError:", e)
    sys.path.remove(d)
