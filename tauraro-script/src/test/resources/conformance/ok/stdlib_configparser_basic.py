# configparser: reading, typed getters with fallbacks, the mapping protocol, editing and writing.
import configparser
import io
import os
import tempfile

TEXT = """\
# a comment
; another comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
ratio: 0.75
multi = first line
    second line

    after a blank line
empty =
"""

cfg = configparser.ConfigParser()
cfg.read_string(TEXT)
print(cfg.sections(), cfg.defaults())
print(cfg.has_section("forge.example"), cfg.has_section("DEFAULT"), cfg.has_section("nope"))
print(cfg.options("topsecret.server.example"))
print(cfg.has_option("forge.example", "USER"), cfg.has_option("forge.example", "compression"),
      cfg.has_option("nope", "user"), cfg.has_option("DEFAULT", "compression"), cfg.has_option("", "x"))
print(repr(cfg.get("topsecret.server.example", "multi")), repr(cfg.get("topsecret.server.example", "empty")))
print(cfg.getint("topsecret.server.example", "port"), cfg.getfloat("topsecret.server.example", "ratio"),
      cfg.getboolean("topsecret.server.example", "forwardx11"), cfg.getboolean("forge.example", "ForwardX11"))
print(cfg.get("forge.example", "missing", fallback="fb"), cfg.getint("nosection", "x", fallback=-1),
      cfg.getboolean("forge.example", "missing", fallback=None), cfg.get("forge.example", "user", vars={"user": "v"}))
print(cfg.items("forge.example"))
print(cfg.items("DEFAULT"))
print([(name, type(proxy).__name__) for name, proxy in cfg.items()])
for value in ("1", "yes", "true", "on", "0", "no", "false", "off", "TRUE", "Off"):
    cfg.set("forge.example", "flag", value)
    print(value, cfg.getboolean("forge.example", "flag"))

# mapping protocol
sec = cfg["topsecret.server.example"]
print(repr(sec), sec.name, sec.parser is cfg, len(sec), list(sec), "port" in sec, "PORT" in sec, "nope" in sec)
print(sec["Port"], sec.get("port"), sec.get("nope"), sec.get("nope", "dflt"), sec.getint("port"),
      sec.getfloat("ratio"), sec.getboolean("forwardx11"), sec.getint("nope", 7))
print(list(cfg), len(cfg), "DEFAULT" in cfg, "forge.example" in cfg, "x" in cfg)
print(dict(cfg["DEFAULT"]), repr(cfg["DEFAULT"]))
sec["newkey"] = "new value"
del sec["ratio"]
print(sec.get("newkey"), sec.get("ratio"))
for bad in (lambda: cfg["nope"], lambda: sec["nope"], lambda: sec.__delitem__("compression")):
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)
cfg["added"] = {"a": 1, "B": 2.5}
print(cfg.items("added", raw=True))
cfg["added"] = cfg["added"]  # assigning a section to itself keeps it
print(cfg.items("added", raw=True))
cfg["DEFAULT"] = {"only": "this"}
print(cfg.defaults())
del cfg["added"]
print(cfg.sections())
try:
    del cfg["DEFAULT"]
except ValueError as e:
    print("ValueError", e)

# editing
cfg.add_section("new")
cfg.set("new", "Key", "Value")
print(cfg.remove_option("new", "KEY"), cfg.remove_option("new", "KEY"), cfg.remove_option("DEFAULT", "only"))
print(cfg.remove_section("new"), cfg.remove_section("new"), cfg.sections())
print(cfg.popitem()[0], cfg.sections())

# write and read back
out = io.StringIO()
cfg.write(out)
print(out.getvalue())
out = io.StringIO()
cfg.write(out, space_around_delimiters=False)
print(out.getvalue())
again = configparser.ConfigParser()
again.read_string(out.getvalue())
print({s: dict(again[s]) for s in again})

# read() skips files it cannot open and returns those it read
with tempfile.TemporaryDirectory() as d:
    p1 = os.path.join(d, "one.ini")
    with open(p1, "w") as f:
        f.write("[one]\nx = 1\n")
    p2 = os.path.join(d, "two.ini")
    with open(p2, "w", encoding="utf-8") as f:
        f.write("[two]\nname = Zoë\n")
    c = configparser.ConfigParser()
    got = c.read([p1, os.path.join(d, "missing.ini"), p2], encoding="utf-8")
    print([os.path.basename(g) for g in got], c.sections(), c["two"]["name"])
    print(configparser.ConfigParser().read(os.path.join(d, "missing.ini")))
    import pathlib
    print([os.path.basename(g) for g in c.read(pathlib.Path(p1))], type(c.read(pathlib.Path(p1))[0]).__name__)
    with open(p1) as f:
        c2 = configparser.ConfigParser()
        c2.read_file(f)
        print(c2.sections())

# read_file takes any iterable of lines; read_dict converts keys and values to strings
c = configparser.RawConfigParser()
c.read_file(["[s]", "a = 1", "  continued", "b=2"], source="<list>")
print(c.items("s"))
c.read_dict({"s": {"C": 3, "d": None}, 4: {"x": True}, "DEFAULT": {"def": "v"}})
print(c.sections(), c.items("s"), c.items("4"), c.defaults())
c = configparser.ConfigParser(defaults={"Home": "/home/%(user)s", "user": "me"})
c.read_string("[paths]\nbin = %(home)s/bin\n")
print(c.get("paths", "bin"), c.get("paths", "bin", raw=True), c.defaults())
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
