# secrets: random numbers for security purposes, from os.urandom (the JDK's SecureRandom source),
# written from the secrets documentation.
import base64
import binascii
import os
from hmac import compare_digest

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex", "token_urlsafe",
           "compare_digest"]

DEFAULT_ENTROPY = 32


def randbits(k):
    """A non-negative int of k random bits."""
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    if k == 0:
        return 0
    numbytes = (k + 7) // 8
    x = int.from_bytes(os.urandom(numbytes), "big")
    return x >> (numbytes * 8 - k)


def randbelow(exclusive_upper_bound):
    """A random int in [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    k = exclusive_upper_bound.bit_length()
    r = randbits(k)
    while r >= exclusive_upper_bound:
        r = randbits(k)
    return r


def choice(seq):
    """A random element of a non-empty sequence."""
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[randbelow(len(seq))]


class SystemRandom:
    """The random module's interface over os.urandom (the methods secrets itself needs, and a few more)."""

    def random(self):
        return (int.from_bytes(os.urandom(7), "big") >> 3) * (2 ** -53)

    def getrandbits(self, k):
        return randbits(k)

    def randbelow(self, n):
        return randbelow(n)

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            return randbelow(start)
        width = stop - start
        if step == 1:
            return start + randbelow(width)
        n = (width + step - 1) // step if step > 0 else (width + step + 1) // step
        return start + step * randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        return choice(seq)

    def shuffle(self, x):
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        pool = list(population)
        if not 0 <= k <= len(pool):
            raise ValueError("Sample larger than population or is negative")
        self.shuffle(pool)
        return pool[:k]

    def uniform(self, a, b):
        return a + (b - a) * self.random()


def token_bytes(nbytes=None):
    """nbytes random bytes (32 by default)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    """nbytes random bytes as 2 * nbytes hex digits."""
    return binascii.hexlify(token_bytes(nbytes)).decode("ascii")


def token_urlsafe(nbytes=None):
    """nbytes random bytes in URL-safe Base64 without padding."""
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b"=").decode("ascii")
