# bytes and bytearray basics.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(b + b" world", b * 2, b"ell" in b, 104 in b)
print(bytes([65, 66, 67]), bytes(3), bytes("héllo", "utf-8"))
print("héllo".encode(), "héllo".encode("utf-8").decode("utf-8"))
print(b"\x00\xff\n\t\\'", repr(b'"'), repr(b"'"))
print(list(b"abc"), [x for x in b"AZ"])
print(b.upper(), b.replace(b"l", b"L"), b.split(b"l"), b.startswith(b"he"))
print(b.find(b"l"), b.count(b"l"), b.index(b"o"), b.strip(b"ho"))
print(b.hex(), bytes.fromhex("48 69"), b"-".join([b"a", b"b"]))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
print(ba, len(ba), bytes(ba))
del ba[1]
print(ba, ba.decode())
print(b"abc" == b"abc", b"abc" < b"abd", b"" == bytes())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((1024).to_bytes(2, "big"), (258).to_bytes(4, "little"))
print(str(b"x"), bytes(b"x").decode("ascii"), bool(b""), bool(b"\x00"))
for byte in b"hi":
    print(byte, end=" ")
print()
