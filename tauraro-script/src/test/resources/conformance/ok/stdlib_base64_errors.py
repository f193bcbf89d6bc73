"""base64's errors: the type of each and CPython's message, for bad data, bad types and bad options."""
import base64
import binascii

calls = [
    # Base64
    lambda: base64.b64encode("str"), lambda: base64.b64encode(5), lambda: base64.b64encode(b"ab", altchars=b"-"),
    lambda: base64.b64encode("str", altchars=b"-"), lambda: base64.b64encode(b"a", altchars="-_"),
    lambda: base64.b64decode("Zm9vY"), lambda: base64.b64decode("Zm9vYg"), lambda: base64.b64decode("Zm9v!", validate=True),
    lambda: base64.b64decode("\xe9"), lambda: base64.b64decode(5), lambda: base64.b64decode(None), lambda: base64.b64decode(b"YQ", altchars=b"-"),
    lambda: base64.b64decode(b"YQ", altchars=3), lambda: base64.b64decode(3, altchars=b"-"), lambda: base64.b64decode(b"YQ", altchars="\xe9\xe9"),
    lambda: base64.b64decode(b"=YQ==", validate=True), lambda: base64.b64decode(b"YQ==YQ==", validate=True),
    lambda: base64.b64decode(b"Y=Q=", validate=True), lambda: base64.b64decode(b"YQ=\n=", validate=True),
    lambda: base64.b64decode(b"YQ==\n", validate=True), lambda: base64.b64decode(b"A=BCD", validate=True),
    lambda: base64.b64decode(b"ABCDE"), lambda: base64.b64decode(b"ABCDEF="), lambda: base64.b64decode(b"A"),
    lambda: base64.b64decode(b"-_-_", validate=True), lambda: base64.b64decode(b"+/+/", altchars=b"-_", validate=True),
    lambda: base64.urlsafe_b64encode("x"), lambda: base64.urlsafe_b64decode("YQ"), lambda: base64.urlsafe_b64decode(1.5),
    lambda: base64.urlsafe_b64decode("\u20ac"), lambda: base64.standard_b64encode([1]), lambda: base64.standard_b64decode(b"Y"),
    # Base32
    lambda: base64.b32encode("x"), lambda: base64.b32encode(5), lambda: base64.b32hexencode("x"),
    lambda: base64.b32decode("MZXW6"), lambda: base64.b32decode("MZXW6!=="), lambda: base64.b32decode("MZXW6Y=="),
    lambda: base64.b32decode("========"), lambda: base64.b32decode("M======="), lambda: base64.b32decode("MZXW6YQ=MZXW6YQ="),
    lambda: base64.b32decode("mzxw6==="), lambda: base64.b32decode("MZ=W6==="), lambda: base64.b32decode("MZXW6YQA========"),
    lambda: base64.b32decode("0ZXW6==="), lambda: base64.b32decode("MZXW6===", map01=b"LL"), lambda: base64.b32decode("MZXW6", map01=b"LL"),
    lambda: base64.b32decode("MZXW6===", map01=5), lambda: base64.b32decode(5, map01=b"L"), lambda: base64.b32decode(5),
    lambda: base64.b32decode("\xe9" * 8), lambda: base64.b32decode("MZXW601=", map01=b"?"), lambda: base64.b32hexdecode("W0======"),
    lambda: base64.b32hexdecode("c5h66p35"), lambda: base64.b32hexdecode(b"C5H66P3"), lambda: base64.b32hexdecode(None),
    # Base16
    lambda: base64.b16encode("x"), lambda: base64.b16encode(5), lambda: base64.b16decode("6g"), lambda: base64.b16decode("666"),
    lambda: base64.b16decode("66 6"), lambda: base64.b16decode("6f"), lambda: base64.b16decode("6G", casefold=True),
    lambda: base64.b16decode("6", casefold=True), lambda: base64.b16decode(5), lambda: base64.b16decode("\xe9"),
    # Ascii85
    lambda: base64.a85encode("x"), lambda: base64.a85encode(5), lambda: base64.a85encode(b"abcdef", wrapcol=2.5),
    lambda: base64.a85encode(b"abcdef", wrapcol="3"), lambda: base64.a85encode(b"abc", 1),
    lambda: base64.a85decode(b"xyz"), lambda: base64.a85decode(b"!!z!!"), lambda: base64.a85decode(b"!!y!!", foldspaces=True),
    lambda: base64.a85decode(b"uuuuu"), lambda: base64.a85decode(b"s"), lambda: base64.a85decode(b"s8W-\""),
    lambda: base64.a85decode(b"<~!!"), lambda: base64.a85decode(b"<~!!~", adobe=True), lambda: base64.a85decode(b"", adobe=True),
    lambda: base64.a85decode(b"!! !!", ignorechars=b""), lambda: base64.a85decode(b"!!\x80!!"), lambda: base64.a85decode(b"!!\xe9"),
    lambda: base64.a85decode(b"!! !!", ignorechars=" "), lambda: base64.a85decode(b"!!!!!", ignorechars=" "),
    lambda: base64.a85decode(5), lambda: base64.a85decode("\xe9"), lambda: base64.a85decode(b"~>"), lambda: base64.a85decode(b"!!{"),
    # Base85
    lambda: base64.b85encode("x"), lambda: base64.b85encode(None), lambda: base64.b85decode(b"abc\""),
    lambda: base64.b85decode(b"00000abc\"de"), lambda: base64.b85decode(b"|NsC1"), lambda: base64.b85decode(b"~~~~~"),
    lambda: base64.b85decode(b"~"), lambda: base64.b85decode(b"00000~~~~~0000 "), lambda: base64.b85decode(b"~~~~~0000 "),
    lambda: base64.b85decode(5), lambda: base64.b85decode("\xe9"), lambda: base64.b85decode(b" "),
    # str data: ASCII only (a lone surrogate, a non-BMP character, a ? among the digits)
    lambda: base64.b64decode("YQ\ud800=="), lambda: base64.b64decode("YQ==?"), lambda: base64.b64decode("Y?Q=="),
    lambda: base64.b64decode("YQ\U0001F600=="), lambda: base64.b16decode("6?"), lambda: binascii.a2b_base64("YQ?=="),
    lambda: base64.b16decode("66g"), lambda: base64.b16decode("6g6"), lambda: base64.b16decode("6F6", casefold=True),
    lambda: base64.b16decode("6F6f", casefold=True), lambda: base64.b16decode("6F6f"), lambda: base64.b32decode("MZXW6===?"),
    # the legacy interface
    lambda: base64.encodebytes("x"), lambda: base64.encodebytes(5), lambda: base64.decodebytes("eA=="), lambda: base64.decodebytes(b"eA"),
    # binascii
    lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: binascii.a2b_base64(5),
    lambda: binascii.a2b_base64("aGk", strict_mode=True), lambda: binascii.a2b_base64("a"), lambda: binascii.b2a_base64("a"),
]
for i, call in enumerate(calls):
    try:
        r = call()
        print(i, "ok", r)
    except (binascii.Error, ValueError, TypeError, AssertionError) as e:
        print(i, type(e).__name__, e)
