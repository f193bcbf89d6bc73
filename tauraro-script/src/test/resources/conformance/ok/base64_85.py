"""base64 Ascii85 and Base85: round trips, options, and the decoders' errors."""
import base64, random
rnd = random.Random(5)
samples = [b"", b"\0", b"\0" * 4, b"\0" * 5, b"    ", b"   ", b"hello world", b"hi"]
samples += [bytes(rnd.randrange(256) for _ in range(rnd.randrange(0, 23))) for _ in range(30)]
for s in samples:
    for kw in [{}, {"pad": True}, {"foldspaces": True}, {"adobe": True}, {"wrapcol": 7}, {"wrapcol": 3, "adobe": True}]:
        e = base64.a85encode(s, **kw)
        d = base64.a85decode(e, **{k: v for k, v in kw.items() if k in ("foldspaces", "adobe")})
        print(e, d == s or d)
    for pad in (False, True):
        e = base64.b85encode(s, pad=pad)
        print(e, base64.b85decode(e))
for bad in [b"xyz", b"!!z!!", b"uuuuu", b"~>", b"!", b"!!", b"<~!!~>", "abc", "\xe9"]:
    for f in [base64.a85decode, lambda s: base64.a85decode(s, adobe=True), base64.b85decode]:
        try:
            print(f(bad))
        except Exception as e:
            print(type(e).__name__, e)
print(base64.a85decode('<~BOu!rD]j7BEbo80~>', adobe=True), base64.a85decode(b'87cURD]i,"Ebo80'), base64.a85decode(b'y', foldspaces=True), base64.a85decode('z'))
print(base64.a85decode(b"87cU RD]i\n,\"Ebo80", ignorechars=b" \n"))
