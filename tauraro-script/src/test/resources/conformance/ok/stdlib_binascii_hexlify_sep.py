# binascii.hexlify's separator: str or bytes of one ASCII character, grouped from the right or
# (negative bytes_per_sep) from the left; other separators raise as CPython does.
import binascii
for args in [(b'abcde', ':'), (b'abcde', b'-', 2), (b'abcde', ' ', -2), (b'', ':')]:
    print(binascii.hexlify(*args), binascii.b2a_hex(*args))
for args in [(b'ab', 5), (b'ab', 'xy'), (b'ab', b''), (b'ab', '\u20ac'), (b'ab', 2.5), (b'ab', None)]:
    try:
        print(binascii.hexlify(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(b'abc'.hex(':'), b'abcdef'.hex(b'.', -4))
