# float() of bytes and bytearray, as CPython: the bytes read as ASCII text, errors naming the object given.
print(float(b"1.5"), float(bytearray(b" -2e3 ")), float(b"inf"))
for x in (b"x", bytearray(b"1..2"), b"\xe9"):
    try:
        float(x)
    except ValueError as e:
        print(e)
