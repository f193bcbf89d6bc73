# The CJK multibyte codecs shift_jis, euc_jp, gb2312 and big5: every one- and two-byte sequence
# decoded and every BMP character encoded (checksums of the tables), errors with their ranges,
# error handlers, incremental decoding across chunks, and their names.
import codecs
import zlib

for name in ["shift_jis", "euc_jp", "gb2312", "big5"]:
    decoded = []
    for lead in range(256):
        seqs = [bytes([lead])] + ([bytes([lead, trail]) for trail in range(0x40, 0x100)] if lead >= 0x80 else [])
        for s in seqs:
            try:
                decoded.append(s.decode(name))
            except UnicodeDecodeError as e:
                decoded.append("!%d%d%s" % (e.start, e.end, e.reason[:3]))
    encoded = []
    for c in range(0x10000):
        if 0xD800 <= c < 0xE000:
            continue
        try:
            encoded.append(chr(c).encode(name).hex())
        except UnicodeEncodeError as e:
            encoded.append("!")
    print(name, codecs.lookup(name).name, len(decoded), zlib.crc32("|".join(decoded).encode()),
          zlib.crc32("|".join(encoded).encode()), sum(1 for x in encoded if x != "!"))
    for data in [b"\x82", b"a\x82 b", b"\xff", b"\x80", b"\xa0", b"\xa1 ", b"\xa1", b"\xa1\xa1", b"\xfd\xfe",
                 b"\x8f\xa1", b"\x8e", b"ok\xa4\xa2\xa4"]:
        try:
            print(" ", data, ascii(data.decode(name)))
        except UnicodeDecodeError as e:
            print(" ", data, e.encoding, e.start, e.end, e.reason, "|", ascii(data.decode(name, "replace")),
                  ascii(data.decode(name, "backslashreplace")), ascii(data.decode(name, "ignore")))
    text = "日本語 中文 한국어 ―—～\u00e9"
    print(" ", text.encode(name, "replace"), text.encode(name, "backslashreplace"))
    try:
        text.encode(name)
    except UnicodeEncodeError as e:
        print(" ", e.encoding, e.start, e.end, e.reason)
    sample = "漢字かな交じり文，中文標點！".encode(name, "ignore")
    decoder = codecs.getincrementaldecoder(name)()
    pieces = [decoder.decode(sample[i:i + 1]) for i in range(len(sample))] + [decoder.decode(b"", True)]
    print(" ", ascii("".join(pieces)), ascii(sample.decode(name)) == ascii("".join(pieces)))
for alias in ["sjis", "Shift-JIS", "s_jis", "ujis", "EUC-JP", "euc-cn", "chinese", "csbig5", "big5-tw",
              "big-5"]:
    try:
        print(alias, "->", codecs.lookup(alias).name)
    except LookupError as e:
        print(alias, "LookupError", e)
