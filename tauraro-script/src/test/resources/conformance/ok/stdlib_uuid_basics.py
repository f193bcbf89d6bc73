import uuid
import secrets

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn, u.variant, u.version, u.node, u.time, u.clock_seq)
print(uuid.UUID("urn:uuid:12345678123456781234567812345678") == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u, int(u) == u.int, hash(u) == hash(uuid.UUID(int=u.int)), u < uuid.UUID(int=u.int + 1))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "x"), uuid.uuid3(uuid.NAMESPACE_OID, "y"))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL.version, uuid.UUID(int=0).variant, uuid.UUID(int=(1 << 128) - 1).variant)
print(uuid.UUID("12345678-1234-5678-1234-567812345678", version=4), uuid.SafeUUID.safe.value, u.is_safe)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), str(r).count("-"), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t.node == uuid.getnode(), uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node, uuid.uuid1(clock_seq=77).clock_seq)
for bad in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b"short"),
            lambda: uuid.UUID(fields=(1, 2, 3, 4, 5, 1 << 48)), lambda: uuid.UUID(int=1, version=9)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError", e)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(16)), all(c in "0123456789abcdef" for c in secrets.token_hex()))
tok = secrets.token_urlsafe(16)
print(len(tok), "=" not in tok, 0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", secrets.randbits(8) < 256, secrets.randbits(0))
print(secrets.compare_digest("a", "a"), 0 <= secrets.SystemRandom().random() < 1, secrets.SystemRandom().randint(1, 1))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.choice([])]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
