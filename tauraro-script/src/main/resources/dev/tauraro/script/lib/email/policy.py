"""email.policy: EmailPolicy (header objects from email.headerregistry, folding that encodes
non-ASCII text) and the ready-made policies default, SMTP, SMTPUTF8, HTTP and strict, plus
compat32. Written for tauraro-script from the Python 3.11 documentation."""

import re
import sys

from email._policybase import Policy, Compat32, compat32, _has_surrogates
from email.contentmanager import raw_data_manager
from email.headerregistry import HeaderRegistry

__all__ = ["Compat32", "compat32", "Policy", "EmailPolicy", "default", "strict", "SMTP",
           "SMTPUTF8", "HTTP"]

_LINESEP_SPLIT = re.compile(r"\n|\r")
_SHARED_REGISTRY = HeaderRegistry()


class EmailPolicy(Policy):
    """The policy of EmailMessage: utf8, refold_source ('none', 'long', 'all'),
    header_factory and content_manager besides Policy's settings."""

    message_factory = None
    utf8 = False
    refold_source = "long"
    header_factory = _SHARED_REGISTRY
    content_manager = raw_data_manager

    def header_max_count(self, name):
        return self.header_factory[name].max_count

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(":", 1)
        value = value.lstrip(" \t") + "".join(sourcelines[1:])
        return (name, value.rstrip("\r\n"))

    def header_store_parse(self, name, value):
        if hasattr(value, "name") and value.name.lower() == name.lower():
            return (name, value)
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed "
                             "or carriage return characters")
        return (name, self.header_factory(name, value))

    def header_fetch_parse(self, name, value):
        if hasattr(value, "name"):
            return value
        value = "".join(_LINESEP_SPLIT.split(value))
        return self.header_factory(name, value)

    def fold(self, name, value):
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, refold_binary=self.cte_type == "7bit")
        charset = "utf8" if self.utf8 else "ascii"
        return folded.encode(charset, "surrogateescape")

    def _fold(self, name, value, refold_binary=False):
        if hasattr(value, "name"):
            return value.fold(policy=self)
        maxlen = self.max_line_length if self.max_line_length else sys.maxsize
        lines = value.splitlines()
        refold = (self.refold_source == "all" or
                  self.refold_source == "long" and
                  (lines and len(lines[0]) + len(name) + 2 > maxlen or
                   any(len(x) > maxlen for x in lines[1:])))
        if refold or refold_binary and _has_surrogates(value):
            return self.header_factory(name, "".join(lines)).fold(policy=self)
        return name + ": " + self.linesep.join(lines) + self.linesep


def _message_factory():
    from email.message import EmailMessage
    return EmailMessage


class _DefaultFactory:
    """EmailPolicy's message_factory, resolved late: email.message imports this module."""

    def __call__(self, policy=None):
        return _message_factory()(policy=policy)

    def __repr__(self):
        return "<class 'email.message.EmailMessage'>"


EmailPolicy.message_factory = _DefaultFactory()

default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep="\r\n")
HTTP = default.clone(linesep="\r\n", max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
