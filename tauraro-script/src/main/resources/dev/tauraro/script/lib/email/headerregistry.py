"""email.headerregistry: the header objects the default policy gives (str subclasses with
parsed attributes: .addresses, .datetime, .params, ...), Address and Group, and HeaderRegistry
which picks a header class by name. Written for tauraro-script from the Python 3.11
documentation and CPython 3.11's results."""

import re
from types import MappingProxyType

from email import _addrlist, _ew, _fold, errors, utils

__all__ = ["Address", "Group", "BaseHeader", "UnstructuredHeader", "UniqueUnstructuredHeader",
           "DateHeader", "UniqueDateHeader", "AddressHeader", "UniqueAddressHeader",
           "SingleAddressHeader", "UniqueSingleAddressHeader", "MIMEVersionHeader",
           "ParameterizedMIMEHeader", "ContentTypeHeader", "ContentDispositionHeader",
           "ContentTransferEncodingHeader", "MessageIDHeader", "HeaderRegistry"]

_ATEXT = re.compile(r"[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+(\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*\Z")
_PHRASE_SPECIALS = set('()<>@,:;.\\"[]')


def decode_words(text):
    """Text with its RFC 2047 encoded words decoded (whitespace between two of them dropped)."""
    if "=?" not in text:
        return text
    out = []
    pos = 0
    last_end = None
    for m in _ew.ENCODED_WORD.finditer(text):
        between = text[pos:m.start()]
        if not (last_end is not None and between.isspace()):
            out.append(between)
        charset, kind, body = m.group(1), m.group(2).lower(), m.group(3)
        data = _ew.q_decode(body) if kind == "q" else _ew.b_decode(body)
        charset = charset.split("*")[0]
        try:
            out.append(data.decode(charset, "replace"))
        except LookupError:
            out.append(data.decode("ascii", "surrogateescape"))
        pos = m.end()
        last_end = pos
    out.append(text[pos:])
    return "".join(out)


def _quote_phrase(name):
    if any(c in _PHRASE_SPECIALS for c in name):
        return '"%s"' % utils.quote(name)
    return name


class Address:
    """One mailbox: display_name, username, domain (addr_spec is username@domain)."""

    def __init__(self, display_name="", username="", domain="", addr_spec=None):
        inputs = "".join(filter(None, (display_name, username, domain, addr_spec)))
        if "\r" in inputs or "\n" in inputs:
            raise ValueError("invalid arguments; address parts cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or domain also specified")
            found = _addrlist.addresses(addr_spec)
            if len(found) != 1 or found[0][1] != addr_spec.strip():
                raise ValueError("Invalid addr_spec; only '{}' could be parsed from '{}'".format(
                    found[0][1] if found else "", addr_spec))
            username, sep, domain = addr_spec.rpartition("@")
            if not sep:
                username, domain = domain, ""
            username = utils.unquote(username)
        self._display_name = display_name
        self._username = username
        self._domain = domain

    @property
    def display_name(self):
        return self._display_name

    @property
    def username(self):
        return self._username

    @property
    def domain(self):
        return self._domain

    @property
    def addr_spec(self):
        lp = self.username
        if lp and not _ATEXT.match(lp):
            lp = '"%s"' % utils.quote(lp)
        if self.domain:
            return lp + "@" + self.domain
        if not lp:
            return "<>"
        return lp

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            self.__class__.__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        disp = self.display_name
        if disp:
            disp = _quote_phrase(disp)
            addr_spec = "" if self.addr_spec == "<>" else self.addr_spec
            return "{} <{}>".format(disp, addr_spec)
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name == other.display_name and self.username == other.username
                and self.domain == other.domain)

    def __hash__(self):
        return hash((self.display_name, self.username, self.domain))


class Group:
    """A named list of addresses (display_name None for a lone address)."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else tuple()

    @property
    def display_name(self):
        return self._display_name

    @property
    def addresses(self):
        return self._addresses

    def __repr__(self):
        # CPython 3.11 writes this without the closing parenthesis; kept for equal output.
        return "{}(display_name={!r}, addresses={!r}".format(
            self.__class__.__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        disp = self.display_name
        if disp is not None:
            disp = _quote_phrase(disp)
        adrstr = ", ".join(str(x) for x in self.addresses)
        adrstr = " " + adrstr if adrstr else adrstr
        return "{}:{};".format(disp, adrstr)

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return self.display_name == other.display_name and self.addresses == other.addresses

    def __hash__(self):
        return hash((self.display_name, self.addresses))


class BaseHeader(str):
    """A header value: the str is the decoded value; .name, .defects and fold(policy=)."""

    max_count = None

    def __new__(cls, name, value):
        kwds = {"defects": []}
        cls.parse(value, kwds)
        decoded = kwds.pop("decoded")
        if utils._has_surrogates(decoded):
            # Undecodable bytes of a parsed message: read as UTF-8, bad ones replaced.
            decoded = decoded.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        self = str.__new__(cls, decoded)
        self.init(name, **kwds)
        return self

    def init(self, name, *, defects, **rest):
        self._name = name
        self._defects = tuple(defects)
        for key, value in rest.items():
            setattr(self, "_" + key, value)

    @property
    def name(self):
        return self._name

    @property
    def defects(self):
        return tuple(self._defects)

    # Header objects never change after creation, so copies may share them.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # True for values written on one line as they are (dates, message ids, encodings).
    _folds_whole = False

    def _tokens(self, utf8):
        if self._folds_whole:
            return [(str(self), "atom")]
        return _fold.words(str(self)) if not utf8 else \
            [(p, "ws" if p[0] in " \t" else "word") for p in _fold._WS_SPLIT.split(str(self)) if p]

    def fold(self, *, policy):
        """The header as 'Name: value' lines (policy.linesep), folded at max_line_length."""
        return _fold.fold_tokens(self.name, self._tokens(policy.utf8),
                                 policy.max_line_length, policy.linesep)


class UnstructuredHeader:
    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        kwds["decoded"] = decode_words(str(value))


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    """A date: .datetime (None when the text is no date)."""
    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        import datetime
        if not value:
            kwds["defects"].append(errors.HeaderMissingRequiredValue())
            kwds["datetime"] = None
            kwds["decoded"] = ""
            return
        if isinstance(value, str):
            kwds["decoded"] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                kwds["defects"].append(errors.InvalidDateDefect("Invalid date value or format"))
                kwds["datetime"] = None
                return
        kwds["datetime"] = value
        kwds["decoded"] = utils.format_datetime(value)

    @property
    def datetime(self):
        return self._datetime

    _folds_whole = True


class UniqueDateHeader(DateHeader):
    max_count = 1


def _parse_groups(value):
    reader = _addrlist._Reader(value)
    groups = []
    rounds = 0
    while reader.pos < len(reader.toks) and rounds < 10000:
        rounds += 1
        j = reader.pos
        is_group = False
        while j < len(reader.toks):
            kind = reader.toks[j][0]
            if kind == ":":
                is_group = True
                break
            if kind in ("<", "@", ","):
                break
            j += 1
        if is_group:
            name = " ".join(v for k, v in reader.toks[reader.pos:j] if k in ("atom", "qs"))
            reader.pos = j + 1
            members = reader.group_members()
            if reader.peek() == ",":
                reader.take()
            groups.append(Group(decode_words(name), [_address(n, a) for n, a in members if a]))
        else:
            # Words with no '@' or '<' up to the next comma: the whole phrase is taken as the
            # local part (CPython's header parser does this; parseaddr keeps the first word).
            k = reader.pos
            while k < len(reader.toks) and reader.toks[k][0] != ",":
                k += 1
            chunk = reader.toks[reader.pos:k]
            kinds = {kind for kind, v in chunk}
            if chunk and kinds <= {"atom", "qs", "comment", "."}:
                local = " ".join(v for kind, v in chunk if kind in ("atom", "qs"))
                reader.pos = k + 1
                if local:
                    groups.append(Group(None, [Address("", local, "")]))
                continue
            before = reader.pos
            for n, a in reader.address():
                if a:
                    groups.append(Group(None, [_address(n, a)]))
            if reader.pos == before:
                reader.take()
    return groups


def _address(name, addr):
    username, sep, domain = addr.rpartition("@")
    if not sep:
        username, domain = domain, ""
    return Address(decode_words(name), utils.unquote(username), domain)


class AddressHeader:
    """Addresses: .groups and .addresses (all the groups' addresses)."""
    max_count = None

    @staticmethod
    def value_parser(value):
        return _parse_groups(value)

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            groups = _parse_groups(value)
        else:
            if not hasattr(value, "__iter__"):
                value = [value]
            groups = [Group(None, [item]) if not hasattr(item, "addresses") else item
                      for item in value]
        kwds["groups"] = groups
        kwds["decoded"] = ", ".join(str(g) for g in groups)

    @property
    def groups(self):
        return tuple(self._groups)

    @property
    def addresses(self):
        return tuple(a for g in self._groups for a in g.addresses)

    def _tokens(self, utf8):
        tokens = []
        for i, g in enumerate(self._groups):
            if i:
                tokens.append((" ", "ws"))
            text = _encoded_group(g, utf8) + ("," if i < len(self._groups) - 1 else "")
            tokens.append((text, "atom"))
        return tokens


def _encoded_name(name, utf8):
    if utf8 or _fold.is_ascii(name):
        return _quote_phrase(name)
    out = []
    for text, kind in _fold.words(name):
        out.append(_fold.auto_word(text) if kind == "ew" else text)
    return "".join(out)


def _encoded_group(group, utf8):
    def one(a):
        if a.display_name:
            return "{} <{}>".format(_encoded_name(a.display_name, utf8), a.addr_spec)
        return a.addr_spec
    if group.display_name is None and len(group.addresses) == 1:
        return one(group.addresses[0])
    members = ", ".join(one(a) for a in group.addresses)
    return "{}:{};".format(_encoded_name(group.display_name or "", utf8),
                           " " + members if members else "")


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):
    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError(("value of single address header {} is not "
                              "a single address").format(self.name))
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class MIMEVersionHeader:
    """MIME-Version: .version ('1.0'), .major and .minor."""
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        text = str(value)
        kwds["decoded"] = text
        m = re.match(r"\s*(\d+)\s*\.\s*(\d+)", text)
        if m:
            kwds["major"], kwds["minor"] = int(m.group(1)), int(m.group(2))
            kwds["version"] = "{}.{}".format(kwds["major"], kwds["minor"])
        else:
            kwds["major"] = kwds["minor"] = kwds["version"] = None

    @property
    def major(self):
        return self._major

    @property
    def minor(self):
        return self._minor

    @property
    def version(self):
        return self._version


def _split_params(text):
    from email.message import _parseparam
    pieces = _parseparam(text)
    raw = []
    for p in pieces[1:]:
        name, sep, val = p.partition("=")
        raw.append((name.strip().lower(), val.strip() if sep else ""))
    params = {}
    if raw:
        from email.message import _unquotevalue
        for name, value in utils.decode_params([("", "")] + raw)[1:]:
            params[name] = utils.collapse_rfc2231_value(_unquotevalue(value))
    return pieces[0].strip(), params


class ParameterizedMIMEHeader:
    """A header with parameters: .params (read-only mapping of decoded values)."""
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        main, params = _split_params(decode_words(str(value)))
        kwds["params"] = params
        kwds["main"] = main
        parts = [main] + ['%s="%s"' % (k, utils.quote(v)) for k, v in params.items()]
        kwds["decoded"] = "; ".join(parts)

    @property
    def params(self):
        return MappingProxyType(self._params)

    def fold(self, *, policy):
        params = list(self._params.items())
        if policy.utf8:
            return _fold.fold_tokens(self.name, [(str(self), "atom")],
                                     policy.max_line_length, policy.linesep)
        return _fold.fold_params(self.name, self._main_for_fold(), params,
                                 policy.max_line_length, policy.linesep)

    def _main_for_fold(self):
        return self._main


class ContentTypeHeader(ParameterizedMIMEHeader):
    """Content-Type: .content_type, .maintype, .subtype."""

    @classmethod
    def parse(cls, value, kwds):
        super().parse(value, kwds)
        main = kwds["main"].lower()
        if main.count("/") != 1 or not all(main.split("/")):
            kwds["defects"].append(errors.InvalidHeaderDefect(
                "Invalid content type"))
            main = "text/plain"
        kwds["main"] = main
        parts = [main] + ['%s="%s"' % (k, utils.quote(v)) for k, v in kwds["params"].items()]
        kwds["decoded"] = "; ".join(parts)

    @property
    def maintype(self):
        return self._main.split("/")[0]

    @property
    def subtype(self):
        return self._main.split("/")[1]

    @property
    def content_type(self):
        return self._main


class ContentDispositionHeader(ParameterizedMIMEHeader):
    """Content-Disposition: .content_disposition ('attachment', 'inline', ...)."""

    @property
    def content_disposition(self):
        return self._main.lower() if self._main else None


class ContentTransferEncodingHeader:
    """Content-Transfer-Encoding: .cte, lower case."""
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds["decoded"] = str(value)
        kwds["cte"] = str(value).strip().lower() or "7bit"

    @property
    def cte(self):
        return self._cte

    _folds_whole = True


class MessageIDHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds["decoded"] = str(value)

    _folds_whole = True


_default_header_map = {
    "subject": UniqueUnstructuredHeader,
    "date": UniqueDateHeader,
    "resent-date": DateHeader,
    "orig-date": UniqueDateHeader,
    "sender": UniqueSingleAddressHeader,
    "resent-sender": SingleAddressHeader,
    "to": UniqueAddressHeader,
    "resent-to": AddressHeader,
    "cc": UniqueAddressHeader,
    "resent-cc": AddressHeader,
    "bcc": UniqueAddressHeader,
    "resent-bcc": AddressHeader,
    "from": UniqueAddressHeader,
    "resent-from": AddressHeader,
    "reply-to": UniqueAddressHeader,
    "mime-version": MIMEVersionHeader,
    "content-type": ContentTypeHeader,
    "content-disposition": ContentDispositionHeader,
    "content-transfer-encoding": ContentTransferEncodingHeader,
    "message-id": MessageIDHeader,
}


class HeaderRegistry:
    """Makes header objects: registry(name, value); the class is '_' + the specialised class
    name, mixed with base_class."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = {}
        self.base_class = base_class
        self.default_class = default_class
        if use_default_map:
            self.registry.update(_default_header_map)
        self._made = {}

    def map_to_type(self, name, cls):
        self.registry[name.lower()] = cls
        self._made.pop(name.lower(), None)

    def __getitem__(self, name):
        key = name.lower()
        made = self._made.get(key)
        if made is None:
            cls = self.registry.get(key, self.default_class)
            made = type("_" + cls.__name__, (cls, self.base_class), {})
            self._made[key] = made
        return made

    def __call__(self, name, value):
        return self[name](name, value)
