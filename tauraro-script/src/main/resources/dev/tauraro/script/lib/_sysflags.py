"""sys.flags: the command line's flags as a read-only named tuple, in CPython 3.11's field order."""

_FIELDS = ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
           "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
           "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits")
_DEFAULTS = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1)


class flags(tuple):
    __slots__ = ()
    n_fields = n_sequence_fields = len(_FIELDS)
    n_unnamed_fields = 0

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'sys.flags' instances")

    def __repr__(self):
        return "sys.flags(%s)" % ", ".join("%s=%r" % (name, value) for name, value in zip(_FIELDS, self))


def _field(index):
    return property(lambda self: tuple.__getitem__(self, index))


for _index, _name in enumerate(_FIELDS):
    setattr(flags, _name, _field(_index))
flags.__module__ = "sys"


def make(values):
    """The one sys.flags object, from the command's values (None: an embedded interpreter's defaults)."""
    return tuple.__new__(flags, _DEFAULTS if values is None else values)
