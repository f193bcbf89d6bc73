# str methods given a non-str argument: CPython's TypeError messages
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = "a-b-c"
for name in ["find", "rfind", "index", "rindex", "count", "partition", "rpartition", "split", "rsplit",
             "removeprefix", "removesuffix", "strip", "lstrip", "rstrip", "startswith", "endswith"]:
    for arg in (3, b"-", ["-"], None):
        show(name + " " + type(arg).__name__, lambda: getattr(s, name)(arg))
show("replace 1", lambda: s.replace(3, "x"))
show("replace 2", lambda: s.replace("-", 3))
show("replace both", lambda: s.replace(None, None))
show("split sep kw", lambda: s.split(sep=1))
show("split sep None", lambda: s.split(None, 1))
show("rsplit ok", lambda: s.rsplit("-", 1))
