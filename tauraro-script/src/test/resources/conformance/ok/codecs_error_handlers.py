def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

raw = b"caf\xc3\xa9"
for enc in ("utf-8", "ascii", "latin-1", "iso-8859-1", "cp1252", "UTF8", "Latin1", "windows-1252", "us-ascii"):
    for err in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape"):
        show(lambda: raw.decode(enc, err))
show(lambda: raw.decode("ascii", "xmlcharrefreplace"))
show(lambda: raw.decode("ascii", "bogus"))
show(lambda: raw.decode("nope"))
show(lambda: b"ok".decode("ascii", "bogus"))
bad = [b"\xff", b"\xc3", b"a\xc3(", b"\xe2\x82", b"\xe2\x82\x28", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80",
       b"\xf5\x80", b"\xc0\xaf", b"x\x80\x80y", b"\xf4\x90\x80\x80"]
for b in bad:
    show(lambda: b.decode())
    show(lambda: b.decode("utf-8", "replace"))
    show(lambda: b.decode("utf-8", "backslashreplace"))
    show(lambda: b.decode("utf-8", "surrogateescape"))
text = "caf\u00e9 \u20ac \U0001f600 end"
for enc in ("utf-8", "ascii", "latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    for err in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"):
        show(lambda: text.encode(enc, err))
show(lambda: "\u00e9\u00e8x".encode("ascii"))
show(lambda: "x\u20ac".encode("latin-1"))
show(lambda: "\u0100".encode("cp1252"))
show(lambda: "a\udcffb".encode("utf-8"))
show(lambda: "a\udcffb".encode("utf-8", "surrogateescape"))
show(lambda: "a\udcffb".encode("ascii", "surrogateescape"))
show(lambda: "a\ud800b".encode("utf-8", "surrogatepass"))
show(lambda: b"\x81".decode("cp1252"))
show(lambda: bytes(range(128, 256)).decode("cp1252", "replace"))
show(lambda: "h\u00e9llo".encode(encoding="latin-1"))
show(lambda: b"h\xe9llo".decode(errors="replace"))
show(lambda: b"h\xe9llo".decode(encoding="latin-1", errors="strict"))
show(lambda: "x".encode("zzz"))
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    data = text.encode(enc)
    show(lambda: data.decode(enc) == text)
    show(lambda: data[:-1].decode(enc, "replace"))
    show(lambda: data[:-1].decode(enc))
show(lambda: b"\x00\xd8\x41\x00".decode("utf-16-le"))
show(lambda: b"\x00\xdc\x41\x00".decode("utf-16-le"))
show(lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
show(lambda: str(b"caf\xc3\xa9", "utf-8"))
show(lambda: str(b"caf\xc3\xa9", "ascii", "ignore"))
show(lambda: str(b"caf\xc3\xa9", errors="replace"))
show(lambda: bytes("caf\u00e9", "latin-1"))
show(lambda: bytes("caf\u00e9", "ascii", "replace"))
show(lambda: bytes("caf\u00e9"))
try:
    b"ab\xff".decode("ascii")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    "ab\u1234\u1235".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.args)
try:
    "x\u20ac".encode("cp1252", "strict")
    "\u0100".encode("cp1252")
except UnicodeEncodeError as e:
    print(e.args, e)
