import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xfb\xff\xfe"]
for s in samples[:7] + [b"\xfb\xff\xfe"]:
    print(s, base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
    assert base64.b64decode(base64.b64encode(s)) == s and base64.b32decode(base64.b32encode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s and base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
print(base64.b64encode(bytes(range(256)))[:60], base64.encodebytes(bytes(range(100))))
print(base64.b64decode("Zm9vYmFy"), base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode("Zm9vYg=="), base64.b64decode("Zm9vYmE="))
print(base64.b64decode("Zm9v!YmFy"), base64.b64decode(b"-_-_", altchars=b"-_"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.standard_b64encode(b"x"), base64.standard_b64decode(b"eA=="), base64.decodebytes(b"Zm9v\nYmFy\n"))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01=b"L"), base64.b16decode("666f", casefold=True))
for bad in [lambda: base64.b64decode("Zm9vY"), lambda: base64.b64decode("Zm9vYg"), lambda: base64.b64decode("Zm9v!", validate=True),
            lambda: base64.b32decode("MZXW6"), lambda: base64.b32decode("MZXW6!=="), lambda: base64.b16decode("6g"),
            lambda: base64.b16decode("666"), lambda: base64.b64decode("é"), lambda: base64.b64encode("str")]:
    try:
        print(bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b"abc"), binascii.unhexlify(b"01abFF"), binascii.a2b_hex("6162"))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2), binascii.hexlify(b"\x01\x02\x03\x04\x05", " ", -2))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""), binascii.crc_hqx(b"hello", 0))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGk="), binascii.a2b_base64(b"aGk=\n"))
for bad in [lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: binascii.a2b_base64("aGk", strict_mode=True),
            lambda: binascii.a2b_base64("a"), lambda: binascii.a2b_base64("aG=k", strict_mode=True)]:
    try:
        print(bad())
    except binascii.Error as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), b"abc".hex(), bytes.fromhex("ab cd"))
