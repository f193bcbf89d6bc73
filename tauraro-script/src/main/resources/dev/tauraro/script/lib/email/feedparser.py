"""email.feedparser: FeedParser and BytesFeedParser, which take a message in pieces (feed)
and give the tree on close(). This one keeps the pieces and parses them whole on close, with
the same results as email.parser."""

from email._policybase import compat32

__all__ = ["FeedParser", "BytesFeedParser"]


class FeedParser:
    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        self._factory = _factory
        self._pieces = []
        self._closed = False

    def feed(self, data):
        self._pieces.append(data)

    def _text(self):
        return "".join(self._pieces)

    def close(self):
        """The message of everything fed."""
        from email.parser import parse_text, _factory
        return parse_text(self._text(), self.policy, _factory(self.policy, self._factory))


class BytesFeedParser(FeedParser):
    def feed(self, data):
        self._pieces.append(bytes(data).decode("ascii", "surrogateescape"))
