# The single-byte ('charmap') codecs: every byte decoded, a round trip, the encoding of characters
# the codec lacks, and the names each codec answers to.
import codecs
import zlib

CODECS = ["cp037", "cp273", "cp424", "cp437", "cp500", "cp737", "cp775", "cp850", "cp852", "cp855", "cp856",
          "cp857", "cp858", "cp860", "cp861", "cp862", "cp863", "cp864", "cp865", "cp866", "cp869", "cp874",
          "cp875", "cp1006", "cp1026", "cp1140", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255",
          "cp1256", "cp1257", "cp1258", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6",
          "iso8859_7", "iso8859_8", "iso8859_9", "iso8859_11", "iso8859_13", "iso8859_15", "iso8859_16",
          "koi8_r", "koi8_u", "mac_cyrillic", "mac_greek", "mac_iceland", "mac_latin2", "mac_roman",
          "mac_turkish", "tis_620", "mac_arabic", "mac_croatian", "mac_romanian"]
everything = bytes(range(256))
for name in CODECS:
    text = everything.decode(name, "replace")
    undefined = [b for b in range(256) if text[b] == "\ufffd"]
    defined = bytes(b for b in range(256) if b not in undefined)
    back = defined.decode(name).encode(name)
    # a checksum of the table keeps the output short; the undefined bytes are listed
    print(name, codecs.lookup(name).name, zlib.crc32(text.encode("utf-8")), undefined, back == defined)

print("mac_arabic space", " ".join(hex(b) for b in " ".encode("mac_arabic")))
for name in ["cp1252", "koi8-r", "iso-8859-15", "latin9", "IBM437", "437", "Windows-1251", "macintosh",
             "MacRoman", "thai", "tis620", "ISO_8859-5", "cyrillic", "greek", "latin2", "L5", "cp-437"]:
    try:
        print(name, "->", codecs.lookup(name).name)
    except LookupError as e:
        print(name, "LookupError", e)
for name, text in [("cp1252", "a\u0100b"), ("koi8_r", "€"), ("cp437", "x\u20acy\u20ac")]:
    try:
        text.encode(name)
    except UnicodeEncodeError as e:
        print(name, e.encoding, e.start, e.end, e.reason, e)
    print(name, text.encode(name, "replace"), text.encode(name, "xmlcharrefreplace"),
          text.encode(name, "backslashreplace"), text.encode(name, "ignore"))
for name, data in [("cp1252", b"a\x81b"), ("cp874", b"\xdb\xff"), ("iso8859_6", b"\xa1")]:
    try:
        data.decode(name)
    except UnicodeDecodeError as e:
        print(name, e.encoding, e.start, e.end, e.reason, e)
    print(name, ascii(data.decode(name, "replace")), ascii(data.decode(name, "ignore")),
          ascii(data.decode(name, "backslashreplace")))
print("\u0416\u0430\u0440".encode("cp1251"), b"\xc6\xe0\xf0".decode("cp1251"), "héllo".encode("mac_roman"))
