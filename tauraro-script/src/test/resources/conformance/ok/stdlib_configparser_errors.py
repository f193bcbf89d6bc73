# configparser: every exception with CPython's message, args and attributes, from parsing, lookups,
# editing and interpolation.
import configparser as cp

def attempt(label, f):
    try:
        result = f()
    except (cp.Error, ValueError, TypeError, KeyError) as e:
        attrs = {k: getattr(e, k) for k in ("section", "option", "source", "lineno", "line", "reference", "errors")
                 if hasattr(e, k)}
        print(label, type(e).__name__, repr(str(e)), e.args, attrs)
        if isinstance(e, cp.Error):
            assert repr(e) == str(e) == e.message
    else:
        print(label, "->", repr(result))

def parse(text, **kw):
    c = cp.ConfigParser(**kw)
    c.read_string(text)
    return {s: c.items(s, raw=True) for s in c.sections()}

print("parsing")
attempt("dup section", lambda: parse("[a]\nx=1\n[a]\n"))
attempt("dup option", lambda: parse("[a]\nx=1\nX=2\n"))
attempt("dup option file", lambda: cp.ConfigParser().read_string("[a]\nx=1\nx : 2\n", source="app.ini"))
attempt("no header", lambda: parse("x=1\n"))
attempt("no header later", lambda: parse("\n# c\n  key = v\n[s]\n"))
attempt("bad lines", lambda: parse("[a]\nx=1\n  \nbadline\n[b]\n=3\nk=v\n"))
attempt("bad line no newline", lambda: parse("[a]\nnovalue"))
attempt("empty header", lambda: parse("[]\n"))
attempt("read_dict dup", lambda: cp.ConfigParser().read_dict({"a": {"x": 1, "X": 2}}))
attempt("read_dict dup section", lambda: cp.ConfigParser().read_dict({"a": {"x": 1}, "A": {}}))
c = cp.ConfigParser()
try:
    c.read_string("[a]\nx=1\nbad\n[b]\n=3\nk=v\n", source="f.ini")
except cp.ParsingError as e:
    print(e.errors, e.source)
print("after errors the rest is read:", c.sections(), dict(c["b"]))

print("lookups")
c = cp.ConfigParser()
c.read_string("[s]\nnum = 12x\nflag = maybe\nok = 1\n")
attempt("no section", lambda: c.get("nosec", "o"))
attempt("no option", lambda: c.get("s", "Missing"))
attempt("options", lambda: c.options("nosec"))
attempt("items", lambda: c.items("nosec"))
attempt("getint", lambda: c.getint("s", "num"))
attempt("getfloat", lambda: c.getfloat("s", "num"))
attempt("getboolean", lambda: c.getboolean("s", "flag"))
attempt("getint fallback", lambda: c.getint("s", "num", fallback=0))
attempt("proxy missing", lambda: c["nosec"])
attempt("proxy key", lambda: c["s"]["nokey"])
attempt("set no section", lambda: c.set("nosec", "x", "1"))
attempt("remove_option no section", lambda: c.remove_option("nosec", "x"))

print("editing")
attempt("add dup", lambda: c.add_section("s"))
attempt("add default", lambda: c.add_section("DEFAULT"))
attempt("add int", lambda: c.add_section(3))
attempt("raw add int", lambda: cp.RawConfigParser().add_section(3))
attempt("set int value", lambda: c.set("s", "x", 1))
attempt("set int key", lambda: c.set("s", 1, "x"))
attempt("proxy set int", lambda: c["s"].__setitem__("x", 2))
attempt("set bad %", lambda: c.set("s", "x", "50%"))
attempt("set bad % later", lambda: c.set("s", "x", "%(ok)s and %d"))
attempt("del default", lambda: c.__delitem__("DEFAULT"))
attempt("del missing", lambda: c.__delitem__("nosec"))
attempt("popitem empty", lambda: cp.ConfigParser().popitem())

print("basic interpolation")
c = cp.ConfigParser()
c.read_string("[s]\na=%(b)s\nb=%(c)s\nd=100%%\ne=%z\nf=%(a\ng=%(g)s\nh=x %\n")
for opt in "abdefgh":
    attempt(opt, lambda: c.get("s", opt))
attempt("items", lambda: c.items("s"))
attempt("raw", lambda: c.get("s", "e", raw=True))

print("extended interpolation")
e = cp.ConfigParser(interpolation=cp.ExtendedInterpolation())
e.read_string("[s]\na=${b}\nb=${o:x}\nc=$$\nd=$x\nf=${nos:x}\ng=${a:b:c}\nh=${o:nokey}\ni=${i}\nj=${unclosed\n[o]\nx=1\n")
for opt in "abcdfghij":
    attempt(opt, lambda: e.get("s", opt))
attempt("set bad $", lambda: e.set("s", "z", "a $ b"))
attempt("set ok $", lambda: e.set("s", "z", "a $$ ${b}"))

print("constructed")
for x in [cp.NoSectionError("s"), cp.NoOptionError("o", "s"), cp.DuplicateSectionError("s"),
          cp.DuplicateSectionError("s", "f", 3), cp.DuplicateSectionError("s", "f"),
          cp.DuplicateOptionError("s", "o"), cp.DuplicateOptionError("s", "o", "f", 2),
          cp.InterpolationMissingOptionError("o", "s", "raw", "ref"), cp.InterpolationSyntaxError("o", "s", "msg"),
          cp.InterpolationDepthError("o", "s", "raw"), cp.MissingSectionHeaderError("f", 1, "line"),
          cp.ParsingError("src"), cp.Error("plain"), cp.Error()]:
    print(type(x).__name__, repr(str(x)), repr(x), x.args)
p = cp.ParsingError("src")
p.append(7, "'bad'")
print(str(p), p.errors)
print([c.__name__ for c in cp.InterpolationMissingOptionError.__mro__])
print([c.__name__ for c in cp.MissingSectionHeaderError.__mro__])
print(issubclass(cp.DuplicateOptionError, cp.Error), issubclass(cp.NoOptionError, cp.Error))
