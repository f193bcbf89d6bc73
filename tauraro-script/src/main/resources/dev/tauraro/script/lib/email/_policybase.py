"""email._policybase: Policy (immutable settings that say how messages are parsed and written)
and Compat32, the policy of the Python 3.2 email package. Written for tauraro-script from the
email.policy documentation and CPython 3.11's results."""

from email.utils import _has_surrogates

__all__ = ["Policy", "Compat32", "compat32"]


class _PolicyBase:
    """Settings as class attributes, overridden per instance by keywords; read-only after
    creation, changed only through clone()."""

    def __init__(self, **kw):
        for name, value in kw.items():
            if hasattr(self, name):
                object.__setattr__(self, name, value)
            else:
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    name, self.__class__.__name__))

    def __repr__(self):
        args = ["{}={!r}".format(name, value) for name, value in self.__dict__.items()]
        return "{}({})".format(self.__class__.__name__, ", ".join(args))

    def clone(self, **kw):
        """A new policy with these settings changed."""
        newpolicy = self.__class__.__new__(self.__class__)
        for attr, value in self.__dict__.items():
            object.__setattr__(newpolicy, attr, value)
        for attr, value in kw.items():
            if not hasattr(self, attr):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    attr, self.__class__.__name__))
            object.__setattr__(newpolicy, attr, value)
        return newpolicy

    def __setattr__(self, name, value):
        if hasattr(self, name):
            msg = "{!r} object attribute {!r} is read-only"
        else:
            msg = "{!r} object has no attribute {!r}"
        raise AttributeError(msg.format(self.__class__.__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)


class Policy(_PolicyBase):
    """The settings every policy has."""

    raise_on_defect = False
    linesep = "\n"
    cte_type = "8bit"
    max_line_length = 78
    mangle_from_ = False
    message_factory = None
    verify_generated_headers = True

    def handle_defect(self, obj, defect):
        """Raises the defect with raise_on_defect, else records it on obj."""
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None


class Compat32(Policy):
    """Headers are plain strings, folded by email.header.Header."""

    mangle_from_ = True

    def _sanitize_header(self, name, value):
        if not isinstance(value, str):
            return value
        if _has_surrogates(value):
            from email.header import Header
            from email.charset import UNKNOWN8BIT
            return Header(value, charset=UNKNOWN8BIT, header_name=name)
        return value

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(":", 1)
        value = value.lstrip(" \t") + "".join(sourcelines[1:])
        return (name, value.rstrip("\r\n"))

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return self._sanitize_header(name, value)

    def fold(self, name, value):
        return self._fold(name, value, sanitize=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, sanitize=self.cte_type == "7bit")
        return folded.encode("ascii", "surrogateescape")

    def _fold(self, name, value, sanitize):
        from email.header import Header
        from email.charset import UNKNOWN8BIT
        parts = [name, ": "]
        h = value
        if isinstance(value, str):
            if _has_surrogates(value):
                if sanitize:
                    h = Header(value, charset=UNKNOWN8BIT, header_name=name)
                else:
                    parts.append(value)
                    h = None
            else:
                h = Header(value, header_name=name)
        if h is not None:
            maxlinelen = 0 if self.max_line_length is None else self.max_line_length
            parts.append(h.encode(linesep=self.linesep, maxlinelen=maxlinelen))
        parts.append(self.linesep)
        return "".join(parts)


compat32 = Compat32()
