"""email: reading, writing and building mail (and MIME) messages, written for tauraro-script
from the Python 3.11 documentation. Submodules: message, parser, generator, policy, header,
headerregistry, contentmanager, charset, encoders, errors, utils, mime."""

__all__ = ["base64mime", "charset", "encoders", "errors", "feedparser", "generator", "header",
           "iterators", "message", "message_from_file", "message_from_binary_file",
           "message_from_string", "message_from_bytes", "mime", "parser", "quoprimime", "utils"]


def message_from_string(s, *args, **kws):
    """A message object tree from a string (Parser(*args, **kws).parsestr(s))."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)


def __getattr__(name):
    """A submodule named in __all__, imported on first use: `from email import *` then gives
    them all, as CPython's import system does, without importing them with email itself."""
    if name in __all__:
        import importlib
        return importlib.import_module("email." + name)
    raise AttributeError("module 'email' has no attribute %r" % (name,))
