# Used only to produce the expected outputs of conformance/net under CPython (see README.md here).
# tauraro's httpx.get(...) and the other module functions return a Response that may also be
# awaited, as the seed's `await httpx.get(url)` needs; real httpx's module functions are plain
# synchronous calls. This shim makes a Response awaitable (it is already complete, so awaiting
# returns it at once), which lets CPython run the seed's code unchanged.
try:
    import httpx
except ImportError:
    httpx = None

if httpx is not None:
    def _await(self):
        return self
        yield

    httpx.Response.__await__ = _await
