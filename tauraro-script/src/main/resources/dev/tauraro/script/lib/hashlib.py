# hashlib: message digests. The hashing is the JDK's (_hashlib, modules/data/HashlibModule);
# this file gives the named constructors and file_digest, from the hashlib documentation.
import _hashlib
from _hashlib import pbkdf2_hmac

__all__ = ["blake2b", "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
           "sha3_512", "new", "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac", "file_digest"]

algorithms_guaranteed = frozenset(("blake2b", "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
                                   "sha3_384", "sha3_512"))
algorithms_available = frozenset(_hashlib.algorithms) | {"blake2b"}


def new(name, data=b"", **kwargs):
    """A hash object of the named algorithm, fed with data."""
    return _hashlib.new(name, data)


def _constructor(name):
    def construct(data=b"", *, usedforsecurity=True):
        return _hashlib.new(name, data)

    construct.__name__ = "openssl_" + name
    construct.__qualname__ = construct.__name__
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
blake2b = _hashlib.blake2b  # blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'')


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The hash of a binary file object read to its end; digest is a name or a constructor."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if not hasattr(fileobj, "read") or not hasattr(fileobj, "readable") or not fileobj.readable():
        raise ValueError("'%r' is not a file-like object in binary reading mode." % (fileobj,))
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
