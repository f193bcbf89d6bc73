import struct

for fmt, vals in [("<i", (1,)), (">i", (-2,)), ("!H", (258,)), ("=q", (-(2 ** 63),)), ("<Q", (2 ** 64 - 1,)),
                  ("@bq", (1, 2)), ("<bBhHiIlLqQ", (-1, 255, -300, 65535, -7, 4000000000, -9, 9, -10, 10)),
                  ("@nNP", (-5, 5, 12345)), ("<?c", (True, b"z")), ("<3s", (b"abcdef",)), ("<5p", (b"abcdef",)),
                  ("<2s2x3s", (b"ab", b"cd")), ("<fde", (1.5, -2.25, 0.5)), (">d", (float("inf"),)),
                  ("<e", (65504.0,)), ("<e", (1e-7,)), ("<e", (-0.0,)), ("<f", (0.1,)), ("ci", (b"a", 7)),
                  ("ic", (7, b"a")), ("<0s", (b"x",)), ("4b", (1, 2, 3, 4)), (b"<h", (5,)), ("< i  h ", (1, 2))]:
    packed = struct.pack(fmt, *vals)
    print(fmt, struct.calcsize(fmt), packed, struct.unpack(fmt, packed))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\x04"), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.unpack(">?", b"\x02"), struct.unpack("<5p", b"\x09abcd"), struct.unpack_from("<h", b"xxab", 2))
print(struct.unpack_from("<h", b"abcd", offset=-2), list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")))
print(struct.calcsize("q5xi"), struct.calcsize("@ci"), struct.calcsize("<ci"), struct.calcsize("0s"), struct.calcsize("P"))
s = struct.Struct("<ih")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"), s.unpack_from(b"..\x01\x00\x00\x00\x02\x00", 2))
print(list(s.iter_unpack(bytes(12))), struct.Struct(b"<h").format, type(s).__name__)
errors = [("b", 200), ("B", -1), ("h", 70000), ("H", -1), ("i", 2 ** 31), ("I", -1), ("l", 2 ** 63), ("L", -1),
          ("q", 2 ** 63), ("Q", -1), ("n", 2 ** 63), ("N", -1), ("<b", 200), ("<B", 300), ("<h", 70000),
          ("<H", -1), ("<i", 2 ** 31), ("<I", 2 ** 32), ("<l", 2 ** 31), ("<L", -1), ("<q", 2 ** 63), ("<Q", -1),
          (">Q", 2 ** 64), ("i", "x"), ("i", 1.5), ("f", "x"), ("c", b"ab"), ("c", "a"), ("s", "a"),
          ("<f", 1e300), ("<e", 1e10), ("e", 70000.0), ("<d", "1"), ("i", 2 ** 100), ("<I", -2 ** 40)]
for fmt, v in errors:
    try:
        print(fmt, struct.pack(fmt, v))
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for call in [lambda: struct.pack("ii", 1), lambda: struct.pack("i", 1, 2), lambda: struct.unpack("i", b"ab"),
             lambda: struct.calcsize("3"), lambda: struct.calcsize("z"), lambda: struct.calcsize("<n"),
             lambda: struct.calcsize("<P"), lambda: struct.unpack_from("i", b"abcd", 2),
             lambda: list(struct.iter_unpack("i", b"abcde")), lambda: list(struct.iter_unpack("", b"")),
             lambda: struct.calcsize("2 i"), lambda: struct.pack("2"), lambda: struct.unpack("i", "abcd"),
             lambda: struct.pack(1, 2)]:
    try:
        print(call())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__module__)
