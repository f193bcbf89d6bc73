# configparser: the parser's options (allow_no_value, delimiters, comment prefixes, empty lines,
# strict, default_section, optionxform, converters, SECTCRE) and the two interpolations.
import configparser
import io
import re

def show(cfg):
    for name in cfg:
        print(" ", repr(name), cfg.items(name, raw=True))

print("allow_no_value")
c = configparser.ConfigParser(allow_no_value=True)
c.read_string("[mysqld]\nuser = mysql\nskip-external-locking\nskip-bdb\nkey =\n")
show(c)
print(c.get("mysqld", "skip-bdb"), c["mysqld"]["skip-bdb"], c.items("mysqld"))
c.set("mysqld", "another", None)
out = io.StringIO(); c.write(out); print(repr(out.getvalue()))

print("delimiters and comment prefixes")
c = configparser.RawConfigParser(delimiters=("->", "=>"), comment_prefixes=("//",), inline_comment_prefixes=("!",))
c.read_string("[s]\na -> 1\nb=>2 ! inline\nc -> x!y\n// full-line comment\n# not a comment -> here\n")
show(c)
out = io.StringIO(); c.write(out); print(repr(out.getvalue()))

c = configparser.ConfigParser(inline_comment_prefixes=("#", ";"))
c.read_string("[s]\na = 1 # comment\nb = x#y ; z\nc = ;all comment\nd = v\t# after tab\n")
show(c)
c = configparser.ConfigParser()
c.read_string("[s]\na = 1 # stays\nb =\n  x\n  # comment line skipped\n  y\n  ; this too\n")
show(c)
c = configparser.ConfigParser(comment_prefixes=())
c.read_string("[s]\n#a = 1\n")
show(c)

print("multi-line values")
c = configparser.ConfigParser()
c.read_string("[s]\nkey = one\n  two\n\n\n    three\n\nnext = x\n[t]\n  indented = yes\n    deeper\n")
show(c)
c = configparser.ConfigParser(empty_lines_in_values=False)
c.read_string("[s]\nkey = one\n  two\n\nnext = x\n  more\n# c\nlast = 1\n")
show(c)

print("strict")
c = configparser.ConfigParser(strict=False)
c.read_string("[a]\nx = 1\nx = 2\n[b]\n[a]\ny = 3\n")
show(c)
c = configparser.ConfigParser()
c.read_string("[a]\nx = 1\n")
c.read_string("[a]\nx = 2\n")  # another source may repeat a section
show(c)

print("default_section")
c = configparser.ConfigParser(default_section="common")
c.read_string("[common]\nshared = s\n[DEFAULT]\nplain = p\n[x]\nown = o\n")
print(c.sections(), c.defaults(), list(c), c.items("x"))

print("optionxform")
c = configparser.ConfigParser()
c.optionxform = str
c.read_string("[s]\nCamelCase = 1\nlower = 2\n")
print(c.options("s"), c.has_option("s", "camelcase"), c.has_option("s", "CamelCase"))
class Upper(configparser.RawConfigParser):
    def optionxform(self, s):
        return s.upper()
c = Upper()
c.read_dict({"s": {"key": "v"}})
print(c.items("s"), c.get("s", "kEy"))

print("converters")
c = configparser.ConfigParser(converters={"list": lambda v: [p.strip() for p in v.split(",")]})
c.read_string("[s]\nnames = a, b ,c\nn = 5\n")
print(c.getlist("s", "names"), c["s"].getlist("names"), c["s"].getlist("missing"), c.getlist("s", "x", fallback="fb"))
print(sorted(c.converters), c.converters["list"] is not None, c.converters["int"])
c.converters["twice"] = lambda v: v * 2
print(c.gettwice("s", "n"), c["s"].gettwice("n"), c.getint("s", "n"))
del c.converters["twice"]
print(hasattr(c, "gettwice"), hasattr(c["s"], "gettwice"), sorted(c.converters))
for bad in ("", 5):
    try:
        c.converters[bad] = str
    except ValueError as e:
        print("ValueError", e)
try:
    del c.converters[""]
except KeyError as e:
    print("KeyError", e)

class Booleans(configparser.ConfigParser):
    BOOLEAN_STATES = {"sure": True, "nope": False}
c = Booleans()
c.read_string("[s]\na = Sure\nb = nope\nc = yes\n")
print(c.getboolean("s", "a"), c.getboolean("s", "b"))
try:
    c.getboolean("s", "c")
except ValueError as e:
    print("ValueError", e)

class Sections(configparser.ConfigParser):
    SECTCRE = re.compile(r"\[ *(?P<header>[^]]+?) *\]")
c = Sections()
c.read_string("[  spaced  ]\nk = v\n")
print(c.sections())
c = configparser.ConfigParser()
c.read_string("[a]b]\nx=1\n[ sp ]\ny=2\n[t] trailing\nz=3\n")
print(c.sections())

print("basic interpolation")
c = configparser.ConfigParser()
c.read_string("""
[DEFAULT]
home = /home/%(user)s
user = nobody
[paths]
user = alice
bin = %(home)s/bin
percent = 100%%
chain = %(bin)s/tool
CamelRef = %(USER)s
""")
print(c.items("paths"))
print(c.get("paths", "bin", raw=True), c.get("paths", "bin", vars={"home": "/opt"}), c.get("paths", "percent", raw=True))
print(c.items("paths", vars={"user": "bob"}))
print(c.get("DEFAULT", "home"))
c.set("paths", "ok", "50%% and %(user)s")
print(c.get("paths", "ok"))

print("extended interpolation")
c = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
c.read_string("""
[DEFAULT]
base = /srv
[common]
home_dir: /Users
library_dir: ${home_dir}/library
system_dir: /System/Library
[frameworks]
Python: 3.2
path: ${common:system_dir}/Frameworks/Python/${Python}
dollar: cost $$5
from_default: ${base}/x
deep: ${path}/deeper
""")
print(c.items("common"))
print(c.items("frameworks"))

print("no interpolation")
for cls, kw in ((configparser.RawConfigParser, {}), (configparser.ConfigParser, {"interpolation": None})):
    c = cls(**kw)
    c.read_string("[s]\na = %(b)s ${c} 100%\n")
    print(cls.__name__, c.get("s", "a"), c.items("s"))
try:
    configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation)
except TypeError as e:
    print("TypeError", str(e).split(";")[0])
class Upper(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()
c = configparser.ConfigParser(interpolation=Upper())
c.read_string("[s]\na = quiet\n")
print(c.get("s", "a"), c.get("s", "a", raw=True))
