"""base64's encoders and decoders over edge lengths and every byte value, with each option."""
import base64
import binascii

samples = [bytes(range(n)) for n in range(10)] + [bytes(range(256 - n, 256)) for n in range(1, 10)]
samples += [bytes(range(256)), bytes(range(255, -1, -1)), b"\0" * 9, b" " * 9, b"\0\0\0\0 ", b"    \0\0\0\0",
            b"\xfb\xff\xfe\xfb\xef", b"\x00\x00\x00\x01\x00\x00\x00"]

encoders = [
    ("b64", base64.b64encode, base64.b64decode),
    ("std", base64.standard_b64encode, base64.standard_b64decode),
    ("url", base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    ("alt", lambda s: base64.b64encode(s, altchars=b"*!"), lambda s: base64.b64decode(s, b"*!")),
    ("altstr", lambda s: base64.b64encode(s, b".,"), lambda s: base64.b64decode(s.decode(), ".,", True)),
    ("b32", base64.b32encode, base64.b32decode),
    ("b32hex", base64.b32hexencode, base64.b32hexdecode),
    ("b16", base64.b16encode, base64.b16decode),
    ("a85", base64.a85encode, base64.a85decode),
    ("a85pad", lambda s: base64.a85encode(s, pad=True), base64.a85decode),
    ("a85fold", lambda s: base64.a85encode(s, foldspaces=True), lambda s: base64.a85decode(s, foldspaces=True)),
    ("a85adobe", lambda s: base64.a85encode(s, adobe=True), lambda s: base64.a85decode(s, adobe=True)),
    ("a85wrap", lambda s: base64.a85encode(s, wrapcol=5), base64.a85decode),
    ("a85wrapadobe", lambda s: base64.a85encode(s, wrapcol=7, adobe=True), lambda s: base64.a85decode(s, adobe=True)),
    ("b85", base64.b85encode, base64.b85decode),
    ("b85pad", lambda s: base64.b85encode(s, pad=True), base64.b85decode),
    ("lines", base64.encodebytes, base64.decodebytes),
]
for name, enc, dec in encoders:
    for s in samples:
        e = enc(s)
        d = dec(e)
        print(name, len(s), type(e).__name__, e if len(s) < 40 else (len(e), e[:50], e[-30:]),
              "ok" if d == s.rstrip(b"\0") or d == s else d)

# bytearray and memoryview in, str in for the decoders, bytes out
for s in [bytearray(b"abcde"), memoryview(b"abcde")]:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s),
          base64.b16encode(s), base64.a85encode(s), base64.b85encode(s), base64.encodebytes(s))
for f, s in [(base64.b64decode, "YWJjZGU="), (base64.urlsafe_b64decode, "-_-_"), (base64.b32decode, "MFRGGZDF"),
             (base64.b32hexdecode, "C5H66P35"), (base64.b16decode, "6162"), (base64.a85decode, "@:E_WAH"),
             (base64.b85decode, "VPazdUu")]:
    for arg in [s, s.encode(), bytearray(s.encode()), memoryview(s.encode())]:
        r = f(arg)
        print(f.__name__, type(arg).__name__, type(r).__name__, r)

# options of the decoders
print(base64.b32decode("mfrggzdf", casefold=True), base64.b32decode(b"MfRgGzDf", True), base64.b32hexdecode("c5h66p35", casefold=True))
print(base64.b32decode("0O======", map01=b"L"), base64.b32decode("1I======", map01="I"), base64.b32decode("L1======", map01=b"L"))
print(base64.b32decode("me======", casefold=True, map01=b"I"), base64.b16decode("abcdef", casefold=True), base64.b16decode(b"ABCDEF"))
print(base64.b64decode("YW Jj\nZG\tU=!!"), base64.b64decode(b"YWJj-_8=", altchars=b"-_"), base64.b64decode("YWJj+/8=", altchars="-_"))
print(base64.b64decode(b"YQ==YQ=="), base64.b64decode(b"YQ=*="), base64.b64decode(b"YWJ=j"))
print(base64.b64decode(b"a+b/", altchars=b"+-"), base64.b64decode(b"ab--", altchars=b"--"), base64.b64decode(b"ab==", altchars=b"=+"))
print(base64.a85decode(b"<~~>", adobe=True), base64.a85decode(b"~>", adobe=True), base64.a85decode(b"<~>", adobe=True), base64.a85decode(b"z z"))
print(base64.a85decode(b"@:E_W\x0bAH", ignorechars=b"\x0b"), base64.a85decode("@:E _WAH", ignorechars=bytearray(b" ")),
      base64.a85decode(b"@:E_W AH", ignorechars=[32]), base64.a85decode(b"y!!", foldspaces=True), base64.a85decode(b"!"), base64.a85decode(b"!!"))
print(base64.a85encode(b"abcdefghij", wrapcol=1), base64.a85encode(b"abcdefghij", wrapcol=-3, adobe=True), base64.a85encode(b"", adobe=True, wrapcol=1))
print(base64.a85encode(b"abcdefgh", wrapcol=True), base64.a85encode(b"abcd" * 5, wrapcol=2.5 > 2 and 4, adobe=1), base64.a85encode(b"", wrapcol=3))
print(base64.a85encode(b"abcdefgh", wrapcol=10, adobe=True), base64.a85encode(b"abcdefgh", wrapcol=12, adobe=True), base64.a85encode(b"abcdefgh", wrapcol=11, adobe=True))
print(base64.a85encode(b"\0\0\0\0", foldspaces=True, pad=True), base64.a85encode(b"    \0", pad=True, foldspaces=True), base64.b85encode(b"\0\0\0\0\0", pad=True))
print(base64.b85decode(b"{{{{"), base64.b85decode(b"|NsC0"), base64.b85decode(b"0"), base64.b85decode(""))
print(base64.b64encode(b""), base64.b64decode(""), base64.b32decode(""), base64.b16decode(""), base64.a85decode(""), base64.b85encode(b""))
print(binascii.b2a_base64(b"\xff" * 7), binascii.a2b_base64(b"////\n////"), binascii.hexlify(bytes(range(0, 256, 17))), binascii.unhexlify("0aFf"))

# the file interface: lines of 57 bytes even from a reader that returns fewer at a time
import io


class Trickle:
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        piece, self.data = self.data[:10], self.data[10:]
        return piece


out = io.BytesIO()
base64.encode(Trickle(bytes(range(130))), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == bytes(range(130)))
