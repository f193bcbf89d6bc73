"""email.iterators: walking a message tree (body_line_iterator, typed_subpart_iterator and
_structure, the debugging outline). From the Python 3.11 documentation."""

import io
import sys

__all__ = ["body_line_iterator", "typed_subpart_iterator", "walk"]


def walk(self):
    yield self
    if self.is_multipart():
        for subpart in self.get_payload():
            yield from subpart.walk()


def body_line_iterator(msg, decode=False):
    """The lines of every string payload in the tree, line endings kept."""
    for subpart in msg.walk():
        payload = subpart.get_payload(decode=decode)
        if isinstance(payload, str):
            yield from io.StringIO(payload)


def typed_subpart_iterator(msg, maintype="text", subtype=None):
    """The parts of the tree with that main type (and subtype, when given)."""
    for subpart in msg.walk():
        if subpart.get_content_maintype() == maintype:
            if subtype is None or subpart.get_content_subtype() == subtype:
                yield subpart


def _structure(msg, fp=None, level=0, include_default=False):
    """Prints the content types of the tree, indented by depth."""
    if fp is None:
        fp = sys.stdout
    tab = " " * (level * 4)
    print(tab + msg.get_content_type(), end="", file=fp)
    if include_default:
        print(" [%s]" % msg.get_default_type(), file=fp)
    else:
        print(file=fp)
    if msg.is_multipart():
        for subpart in msg.get_payload():
            _structure(subpart, fp, level + 1, include_default)
