# The codecs module: lookup and CodecInfo, encode/decode (text codecs and the bytes-to-bytes ones),
# the stateless functions, incremental encoders and decoders, iterencode/iterdecode, stream readers
# and writers, codecs.open, the error handlers, utf-8-sig, unicode_escape and the BOM constants.
import codecs
import io
import os
import tempfile

info = codecs.lookup("UTF8")
print(info.name, type(info).__name__, isinstance(info, tuple), len(info), info[0] is info.encode,
      info._is_text_encoding, codecs.lookup("base64")._is_text_encoding)
print(repr(info).startswith("<codecs.CodecInfo object for encoding utf-8 at 0x"))
for name in ["latin-1", "utf_16_LE", " UTF--8 ", "utf-8-sig", "U8", "unicode_escape", "raw-unicode-escape",
             "ascii", "646", "hex", "base64", "rot13", "zip", "nope", "utf-8.sig"]:
    try:
        print(repr(name), "->", codecs.lookup(name).name)
    except LookupError as e:
        print(repr(name), "LookupError", e)
try:
    codecs.lookup(1)
except TypeError as e:
    print("TypeError", e)

print(codecs.encode("é", "utf-8"), codecs.decode(b"\xc3\xa9"), codecs.encode("é", "latin-1", "strict"))
print(codecs.encode(b"hi", "hex"), codecs.decode(b"6869", "hex"), codecs.encode(b"hello", "base64"),
      codecs.decode(b"aGVsbG8=\n", "base64"), codecs.encode("Hello", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.decode(codecs.encode(b"abc" * 10, "zlib"), "zlib"), codecs.encode(b"", "base64"))
for call in [lambda: codecs.encode(b"x", "utf-8"), lambda: codecs.decode("x", "utf-8"),
             lambda: codecs.encode("x", "hex"), lambda: codecs.decode(b"zz", "hex"),
             lambda: codecs.encode(b"x", "cp437"), lambda: codecs.encode(1, "ascii"),
             lambda: codecs.encode("é", "ascii"), lambda: codecs.decode(b"\xff", "utf-8"),
             lambda: codecs.encode("x", "utf-8", "nope"), lambda: "abc".encode("hex"),
             lambda: b"abc".decode("base64"), lambda: codecs.encode(b"x", "hex", "ignore")]:
    try:
        print("ok", call())
    except Exception as e:
        print(type(e).__name__, e)

print(codecs.utf_8_decode(b"ab\xc3", "strict", False), codecs.utf_8_decode(b"ab\xc3\xa9"),
      codecs.utf_8_encode("é"), codecs.latin_1_encode("é"), codecs.latin_1_decode(b"\xe9"),
      codecs.ascii_decode(b"ab"), codecs.utf_16_le_decode(b"a\x00b"), codecs.utf_16_decode(b"\xff\xfea\x00"),
      codecs.unicode_escape_decode(b"a\\tb\\x4", "strict", False), codecs.unicode_escape_encode("\t\xe9"),
      codecs.raw_unicode_escape_decode(b"\\u00e9x"), codecs.utf_32_be_encode("a"))
print(codecs.utf_8_decode.__name__, codecs.utf_16_encode.__name__)

for name in ["utf-8", "utf-16", "utf-16-be", "utf-32", "utf-8-sig", "latin-1", "cp1252", "unicode_escape"]:
    data = "añ€\U0001F600z".encode(name, "backslashreplace")
    decoder = codecs.getincrementaldecoder(name)()
    pieces = [decoder.decode(data[i:i + 1]) for i in range(len(data))]
    pieces.append(decoder.decode(b"", True))
    encoder = codecs.getincrementalencoder(name)("backslashreplace")
    encoded = b"".join([encoder.encode(c) for c in "añ€"] + [encoder.encode("", True)])
    print(name, ascii("".join(pieces)), sum(1 for p in pieces if p), encoded == "añ€".encode(name, "backslashreplace"))
decoder = codecs.getincrementaldecoder("utf-8")()
try:
    decoder.decode(b"a\xc3")
    decoder.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("final", e)
decoder = codecs.getincrementaldecoder("utf-8-sig")()
print(ascii(decoder.decode(b"a")), ascii(decoder.decode(b"\xef\xbb")), ascii(decoder.decode(b"\xbfb")))
print(list(codecs.iterdecode([b"\xc3", b"\xa9x", b"", b"\xe2\x82", b"\xac"], "utf-8")),
      list(codecs.iterencode(["a", "", "b"], "utf-16")), list(codecs.iterencode(["a"], "utf-8-sig")))

raw = io.BytesIO()
writer = codecs.getwriter("utf-16")(raw)
writer.write("ab")
writer.writelines(["c", "d\n"])
print(raw.getvalue(), writer.closed is False)
raw.seek(0)
reader = codecs.getreader("utf-16")(raw)
print(ascii(reader.read()))
reader = codecs.getreader("utf-8")(io.BytesIO("one\ntwo\r\nthree\rfour é\u2028five".encode()))
print([ascii(line) for line in reader])
reader = codecs.getreader("utf-8")(io.BytesIO("x\ny\nz".encode()))
print(ascii(reader.readline()), ascii(reader.readline(keepends=False)), reader.readlines())
reader = codecs.getreader("utf-8")(io.BytesIO("αβγδε".encode()))
print(ascii(reader.read(3)), ascii(reader.read(chars=2)), ascii(reader.read()))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "t.txt")
    with codecs.open(path, "w", "utf-16") as f:
        f.write("line1\r\nline2\n")
        print(type(f).__name__, f.encoding, f.name == path)
    print(open(path, "rb").read())
    with codecs.open(path, "r", encoding="utf-16") as f:
        print(ascii(f.read()))
    with codecs.open(path, "r", "utf-16") as f:
        print([ascii(line) for line in f])
    f = codecs.open(path, "w")
    print(type(f).__name__, f.mode)
    f.close()
    with codecs.open(path, "a", "utf-8") as f:
        f.write("é")
    print(open(path, "rb").read())
    try:
        codecs.open(path, "r", "nope")
    except LookupError as e:
        print("LookupError", e)
    with open(path, "wb") as f:
        f.write(codecs.BOM_UTF8 + "x".encode())
    print(ascii(open(path, encoding="utf-8-sig").read()), ascii(open(path, encoding="utf-8").read()))

raw = io.BytesIO()
recoder = codecs.EncodedFile(raw, "utf-8", "latin-1")
recoder.write("é".encode("utf-8"))
print(raw.getvalue())

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE,
      codecs.BOM == codecs.BOM_UTF16_LE, codecs.BOM_LE, codecs.BOM64_BE)
e = UnicodeEncodeError("ascii", "aé€b", 1, 3, "ordinal not in range(128)")
for name in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(name, codecs.lookup_error(name)(e))
d = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "invalid start byte")
for name in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    try:
        print(name, codecs.lookup_error(name)(d))
    except TypeError as x:
        print(name, "TypeError", x)
try:
    codecs.lookup_error("strict")(e)
except UnicodeEncodeError as x:
    print("strict", x)
try:
    codecs.lookup_error("nope")
except LookupError as x:
    print("LookupError", x)
print("a\\tb".encode().decode("unicode_escape"), "é\n".encode("unicode_escape"), "é\\".encode("raw_unicode_escape"))
