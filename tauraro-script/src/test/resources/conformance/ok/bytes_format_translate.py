# bytes % args, bytes.translate and bytes.maketrans, with CPython's errors
print(b"%d-%s-%r-%x %c %5.2f %b|%-4s|%4s|%a" % (3, b"s", b"r", 255, 65, 1.5, b"bb", b"l", b"r", "\xe9"))
print(b"%c%c" % (b"x", 10), b"%(a)s=%(b)d" % {b"a": b"key", b"b": 7}, b"100%%" % ())
print(b"%05d|%+d|%o|%X|%e|%g" % (42, 5, 8, 255, 1234.5, 0.0001))


class WithBytes:
    def __bytes__(self):
        return b"custom"


print(b"[%s]" % WithBytes(), b"%r" % "caf\xe9")
for fmt, args in [(b"%s", "str"), (b"%s %s", (1,)), (b"%d", b"x"), (b"%c", 300), (b"%c", "a"), (b"%s", (b"a", b"b")),
                  (b"%d %d", (1,)), (b"%z", 1), (b"%(k)s", (1,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print("%a %5a" % ("\xe9", "x"))

table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc".translate(table), b"abcdef".translate(table, b"de"))
print(b"hello".translate(None, b"l"), b"keep".translate(None), b"x".maketrans(b"x", b"y")[120:121])
for call in [lambda: bytes.maketrans(b"ab", b"x"), lambda: b"a".translate(b"x"), lambda: bytes.maketrans("a", "b"),
             lambda: b"abc".translate(None, "a")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
