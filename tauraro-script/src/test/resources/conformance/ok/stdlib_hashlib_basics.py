import hashlib
import hmac

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    h = hashlib.new(name, b"The quick brown fox")
    h.update(b" jumps over the lazy dog")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b"abc")
c = h.copy()
c.update(b"def")
print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b"abcdef").hexdigest(), h.digest()[:8], h.hexdigest() == h.hexdigest())
print(hashlib.md5(b"").hexdigest(), hashlib.sha1(b"abc").digest(), hashlib.md5(usedforsecurity=False).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex(), hashlib.pbkdf2_hmac("sha1", b"pw", b"s", 2, 30).hex())
print(hashlib.pbkdf2_hmac("sha512", b"", b"salt", 3, dklen=10).hex(), sorted(hashlib.algorithms_guaranteed & {"md5", "sha256"}))
for bad in [lambda: hashlib.new("nope"), lambda: hashlib.sha256("text"), lambda: hashlib.md5().update("x"),
            lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
m = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256)
print(m.hexdigest(), m.name, m.digest_size, m.block_size)
m2 = hmac.new(b"key", digestmod="md5")
m2.update(b"The quick brown fox jumps over the lazy dog")
cp = m2.copy()
cp.update(b"!")
print(m2.hexdigest(), cp.hexdigest(), hmac.digest(b"k" * 100, b"msg", "sha1").hex(), hmac.new(b"", b"", "sha512").hexdigest()[:32])
print(hmac.new(b"key", b"msg", hashlib.sha3_256).hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("abc", "abc"), hmac.compare_digest(b"a", b"ab"))
for bad in [lambda: hmac.new(b"key"), lambda: hmac.new("key", digestmod="sha1"), lambda: hmac.compare_digest("a", b"a")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
