import hashlib

print(hashlib.blake2b(b"").hexdigest())
print(hashlib.blake2b(b"abc").hexdigest(), hashlib.new("blake2b", b"abc").hexdigest() == hashlib.blake2b(b"abc").hexdigest())
h = hashlib.blake2b(digest_size=20)
h.update(b"x" * 127)
c = h.copy()
h.update(b"y" * 300)
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size)
print(hashlib.blake2b(b"data", key=b"secret", digest_size=16).hexdigest(), hashlib.blake2b(b"k" * 128, key=b"k" * 64).hexdigest()[:32])
print(hashlib.blake2b(b"m", salt=b"salty", person=b"me").hexdigest()[:32], hashlib.blake2b(b"x" * 128).hexdigest()[:32], hashlib.blake2b(b"x" * 129).hexdigest()[:32])
print(hashlib.blake2b(b"", key=b"k").hexdigest()[:32], hashlib.blake2b(b"kw").hexdigest()[:16])
for bad in [lambda: hashlib.blake2b(digest_size=0), lambda: hashlib.blake2b(key=b"k" * 65), lambda: hashlib.blake2b(salt=b"s" * 17),
            lambda: hashlib.blake2b(person=b"p" * 17), lambda: hashlib.blake2b("str")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    hashlib.blake2b(data=b"kw")
except TypeError as e:
    print("TypeError", e)
