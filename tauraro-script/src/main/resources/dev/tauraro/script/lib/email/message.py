"""email.message: Message (the compat32 object model: a case-insensitive, ordered multi-dict
of headers plus a payload) and EmailMessage/MIMEPart (the default policy's API: set_content,
get_body, add_attachment). Written for tauraro-script from the Python 3.11 documentation and
the results CPython 3.11 gives."""

import base64
import binascii
import quopri

from email import errors, utils
from email import charset as _charset
from email._policybase import compat32

__all__ = ["Message", "EmailMessage", "MIMEPart"]

SEMISPACE = "; "
_TSPECIALS = set('()<>@,;:\\"/[]?=')
_MISSING = object()


def _splitparam(param):
    a, sep, b = str(param).partition(";")
    if not sep:
        return a.strip(), None
    return a.strip(), b.strip()


def _formatparam(param, value=None, quote=True):
    """name="value" (RFC 2231 encoded when the value is a (charset, language, text) triple or
    not ASCII); just the name when value is None."""
    if value is None or (not isinstance(value, tuple) and len(value) == 0):
        return param
    if isinstance(value, tuple):
        param += "*"
        value = utils.encode_rfc2231(value[2], value[0], value[1])
        return "%s=%s" % (param, value)
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        param += "*"
        value = utils.encode_rfc2231(value, "utf-8", "")
        return "%s=%s" % (param, value)
    if quote or any(c in _TSPECIALS for c in value):
        return '%s="%s"' % (param, utils.quote(value))
    return "%s=%s" % (param, value)


def _parseparam(s):
    """The ';'-separated pieces of a parameter list, quotes respected."""
    s = ";" + str(s)
    plist = []
    while s[:1] == ";":
        s = s[1:]
        end = s.find(";")
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(";", end + 1)
        if end < 0:
            end = len(s)
        f = s[:end]
        if "=" in f:
            i = f.index("=")
            f = f[:i].strip().lower() + "=" + f[i + 1:].strip()
        plist.append(f.strip())
        s = s[end:]
    return plist


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


def _decode_base64(data):
    """Lenient base64: characters outside the alphabet dropped, missing padding added."""
    clean = bytes(b for b in data if b in
                  b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    if len(clean) % 4 == 1:
        clean = clean[:-1]
    clean += b"=" * (-len(clean) % 4)
    try:
        return base64.b64decode(clean)
    except binascii.Error:
        return b""


def _uu_line(line):
    """The bytes of one uuencoded line: a length character, then 4 characters per 3 bytes
    (characters past the stated length, which some encoders write, are ignored)."""
    if not line:
        return b""
    length = (line[0] - 32) & 63
    out = bytearray()
    chars = [(c - 32) & 63 for c in line[1:]]
    for i in range(0, len(chars), 4):
        group = chars[i:i + 4] + [0] * (4 - len(chars[i:i + 4]))
        n = (group[0] << 18) | (group[1] << 12) | (group[2] << 6) | group[3]
        out += bytes(((n >> 16) & 255, (n >> 8) & 255, n & 255))
        if len(out) >= length:
            break
    if len(out) < length:
        raise ValueError("Truncated input")
    return bytes(out[:length])


def _decode_uu(encoded):
    """The data between 'begin <octal mode> <name>' and 'end'; ValueError when it has none."""
    lines = iter(encoded.splitlines())
    for line in lines:
        if line.startswith(b"begin "):
            mode = line[6:].partition(b" ")[0]
            try:
                int(mode, 8)
            except ValueError:
                continue
            break
    else:
        raise ValueError("`begin` line not found")
    decoded = []
    for line in lines:
        if not line:
            raise ValueError("Truncated input")
        if line.strip(b" \t\r\n\f") == b"end":
            break
        decoded.append(_uu_line(line))
    return b"".join(decoded)


class Message:
    """A message: headers (names kept as given, looked up without case) and a payload that is a
    string, bytes-as-text, or a list of Message objects for multipart."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = "text/plain"

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The flattened message (Generator with mangle_from_ off)."""
        from email.generator import Generator
        import io
        policy = self.policy if policy is None else policy
        fp = io.StringIO()
        g = Generator(fp, mangle_from_=False, maxheaderlen=maxheaderlen, policy=policy)
        g.flatten(self, unixfrom=unixfrom)
        return fp.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        from email.generator import BytesGenerator
        import io
        policy = self.policy if policy is None else policy
        fp = io.BytesIO()
        g = BytesGenerator(fp, mangle_from_=False, policy=policy)
        g.flatten(self, unixfrom=unixfrom)
        return fp.getvalue()

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        """Adds a part to a multipart payload (a None payload becomes a list)."""
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError("Attach is not valid on a message with"
                                " a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload (part i of a multipart); with decode, the bytes its
        Content-Transfer-Encoding (base64, quoted-printable) stands for."""
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError("Expected list, got %s" % type(self._payload))
        payload = self._payload
        cte = str(self.get("content-transfer-encoding", "")).lower()
        bpayload = None
        if isinstance(payload, str):
            if utils._has_surrogates(payload):
                bpayload = payload.encode("ascii", "surrogateescape")
                if not decode:
                    try:
                        payload = bpayload.decode(self.get_param("charset", "ascii"), "replace")
                    except LookupError:
                        payload = bpayload.decode("ascii", "replace")
            elif decode:
                try:
                    bpayload = payload.encode("ascii")
                except UnicodeError:
                    bpayload = payload.encode("raw-unicode-escape")
        if not decode:
            return payload
        if cte == "quoted-printable":
            return quopri.decodestring(bpayload)
        if cte == "base64":
            return _decode_base64(b"".join(bpayload.splitlines()))
        if cte in ("x-uuencode", "uuencode", "uue", "x-uue"):
            try:
                return _decode_uu(bpayload)
            except ValueError:
                return bpayload
        if isinstance(payload, str):
            return bpayload
        return payload

    def set_payload(self, payload, charset=None):
        """Sets the payload; with a charset, the text is encoded for it (set_charset)."""
        if hasattr(payload, "encode"):
            if charset is None:
                self._payload = payload
                return
            if not isinstance(charset, _charset.Charset):
                charset = _charset.Charset(charset)
            payload = payload.encode(charset.output_charset, "surrogateescape")
        if hasattr(payload, "decode"):
            self._payload = payload.decode("ascii", "surrogateescape")
        else:
            self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Sets the charset parameter, MIME-Version and Content-Transfer-Encoding, encoding the
        payload for the charset's body encoding."""
        if charset is None:
            self.del_param("charset")
            self._charset = None
            return
        if not isinstance(charset, _charset.Charset):
            charset = _charset.Charset(charset)
        self._charset = charset
        if "MIME-Version" not in self:
            self.add_header("MIME-Version", "1.0")
        if "Content-Type" not in self:
            self.add_header("Content-Type", "text/plain",
                            charset=charset.get_output_charset())
        else:
            self.set_param("charset", charset.get_output_charset())
        if charset != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if "Content-Transfer-Encoding" not in self:
            cte = charset.get_body_encoding()
            if callable(cte):
                cte(self)
            else:
                payload = self._payload
                if payload:
                    try:
                        payload = payload.encode("ascii", "surrogateescape")
                    except UnicodeError:
                        payload = payload.encode(charset.output_charset)
                self._payload = charset.body_encode(payload)
                self.add_header("Content-Transfer-Encoding", cte)

    def get_charset(self):
        return self._charset

    # --- headers as a mapping ---

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Appends a header (it never replaces one; the policy may limit how many there are)."""
        max_count = self.policy.header_max_count(name)
        if max_count:
            lname = name.lower()
            found = 0
            for k, v in self._headers:
                if k.lower() == lname:
                    found += 1
                    if found >= max_count:
                        raise ValueError("There may be at most {} {} headers "
                                         "in a message".format(max_count, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for field, value in self._headers:
            yield field

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [self.policy.header_fetch_parse(k, v)
                  for k, v in self._headers if k.lower() == name]
        return values or failobj

    def add_header(self, _name, _value, **_params):
        """Adds a header with parameters: add_header('Content-Disposition', 'attachment',
        filename='a.txt'); '_' in a parameter name becomes '-', None gives a bare name."""
        parts = []
        for k, v in _params.items():
            k = k.replace("_", "-")
            parts.append(k if v is None else _formatparam(k, v))
        if _value is not None:
            parts.insert(0, _value)
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Replaces the first header of that name in place; KeyError when there is none."""
        lname = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[i] = self.policy.header_store_parse(k, _value)
                return
        raise KeyError(lname)

    # --- content type and parameters ---

    def get_content_type(self):
        value = self.get("content-type", _MISSING)
        if value is _MISSING:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count("/") != 1:
            return "text/plain"
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split("/")[0]

    def get_content_subtype(self):
        return self.get_content_type().split("/")[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        value = self.get(header, _MISSING)
        if value is _MISSING:
            return failobj
        params = []
        for p in _parseparam(value):
            name, sep, val = p.partition("=")
            if sep:
                params.append((name.strip().lower(), val.strip()))
            else:
                params.append((p.strip(), ""))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header="content-type", unquote=True):
        """[(name, value), ...] of a header's parameters, the first being the value itself."""
        params = self._get_params_preserve(_MISSING, header)
        if params is _MISSING:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header="content-type", unquote=True):
        """A parameter's value (a (charset, language, value) triple when RFC 2231 encoded)."""
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header="Content-Type", requote=True,
                  charset=None, language="", replace=False):
        """Sets (or replaces) a parameter of a header, creating Content-Type as text/plain."""
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == "content-type":
            ctype = "text/plain"
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = SEMISPACE.join([ctype, _formatparam(param, value, requote)])
        else:
            ctype = ""
            for old_param, old_value in self.get_params(header=header, unquote=requote):
                if old_param.lower() == param.lower():
                    append = _formatparam(param, value, requote)
                else:
                    append = _formatparam(old_param, old_value, requote)
                ctype = append if not ctype else SEMISPACE.join([ctype, append])
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header="content-type", requote=True):
        """Removes a parameter from a header (all of it, rewritten without the parameter)."""
        if header not in self:
            return
        new_ctype = ""
        for p, v in self.get_params(header=header, unquote=requote):
            if p.lower() != param.lower():
                item = _formatparam(p, v, requote)
                new_ctype = item if not new_ctype else SEMISPACE.join([new_ctype, item])
        if new_ctype != self.get(header):
            del self[header]
            self[header] = new_ctype

    def set_type(self, type, header="Content-Type", requote=True):
        """Sets the maintype/subtype, keeping the parameters."""
        if not type.count("/") == 1:
            raise ValueError
        if header.lower() == "content-type":
            del self["mime-version"]
            self["MIME-Version"] = "1.0"
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        """Content-Disposition's filename (or Content-Type's name), decoded and stripped."""
        filename = self.get_param("filename", _MISSING, "content-disposition")
        if filename is _MISSING:
            filename = self.get_param("name", _MISSING, "content-type")
        if filename is _MISSING:
            return failobj
        return utils.collapse_rfc2231_value(filename).strip()

    def get_boundary(self, failobj=None):
        boundary = self.get_param("boundary", _MISSING)
        if boundary is _MISSING:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Sets Content-Type's boundary parameter in place."""
        params = self._get_params_preserve(_MISSING, "content-type")
        if params is _MISSING:
            raise errors.HeaderParseError("No Content-Type header found")
        newparams = []
        found = False
        for pk, pv in params:
            if pk.lower() == "boundary":
                newparams.append(("boundary", '"%s"' % boundary))
                found = True
            else:
                newparams.append((pk, pv))
        if not found:
            newparams.append(("boundary", '"%s"' % boundary))
        newheaders = []
        for h, v in self._headers:
            if h.lower() == "content-type":
                parts = []
                for k, v in newparams:
                    parts.append(k if v == "" else "%s=%s" % (k, v))
                val = SEMISPACE.join(parts)
                newheaders.append(self.policy.header_store_parse(h, val))
            else:
                newheaders.append((h, v))
        self._headers = newheaders

    def get_content_charset(self, failobj=None):
        charset = self.get_param("charset", _MISSING)
        if charset is _MISSING:
            return failobj
        if isinstance(charset, tuple):
            pcharset = charset[0] or "us-ascii"
            try:
                charset = str(charset[2].encode("raw-unicode-escape"), pcharset)
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            charset.encode("us-ascii")
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get("content-disposition")
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    def walk(self):
        """This message and all its subparts, depth first."""
        yield self
        if self.is_multipart():
            for subpart in self.get_payload():
                yield from subpart.walk()


class MIMEPart(Message):
    """A message part under the default policy: the content-manager API."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default
            policy = default
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        policy = self.policy if policy is None else policy
        if maxheaderlen is None:
            maxheaderlen = policy.max_line_length
        return super().as_string(unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        c_d = self.get("content-disposition")
        return False if c_d is None else c_d.content_disposition == "attachment"

    def _find_body(self, part, preferencelist):
        if part.is_attachment():
            return
        maintype, subtype = part.get_content_type().split("/")
        if maintype == "text":
            if subtype in preferencelist:
                yield (preferencelist.index(subtype), part)
            return
        if maintype != "multipart" or not self.is_multipart():
            return
        if subtype != "related":
            for subpart in part.iter_parts():
                yield from self._find_body(subpart, preferencelist)
            return
        if "related" in preferencelist:
            yield (preferencelist.index("related"), part)
        candidate = None
        start = part.get_param("start")
        if start:
            for subpart in part.iter_parts():
                if subpart["content-id"] == start:
                    candidate = subpart
                    break
        if candidate is None:
            subparts = part.get_payload()
            candidate = subparts[0] if subparts else None
        if candidate is not None:
            yield from self._find_body(candidate, preferencelist)

    def get_body(self, preferencelist=("related", "html", "plain")):
        """The best candidate body part in the preference order (None when there is none)."""
        best_prio = len(preferencelist)
        body = None
        for prio, part in self._find_body(self, preferencelist):
            if prio < best_prio:
                best_prio = prio
                body = part
                if prio == 0:
                    break
        return body

    _body_types = {("text", "plain"), ("text", "html"),
                   ("multipart", "related"), ("multipart", "alternative")}

    def iter_attachments(self):
        """The direct subparts that are not the first candidate body of their type."""
        maintype, subtype = self.get_content_type().split("/")
        if maintype != "multipart" or subtype == "alternative":
            return
        payload = self.get_payload()
        if not isinstance(payload, list):
            return
        parts = list(payload)
        if subtype == "related":
            start = self.get_param("start")
            if start:
                found = False
                attachments = []
                for part in parts:
                    if part.get("content-id") == start:
                        found = True
                    else:
                        attachments.append(part)
                if found:
                    yield from attachments
                    return
            parts.pop(0)
            yield from parts
            return
        seen = []
        for part in parts:
            maintype, subtype = part.get_content_type().split("/")
            if ((maintype, subtype) in self._body_types and not part.is_attachment()
                    and subtype not in seen):
                seen.append(subtype)
                continue
            yield part

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def get_content(self, *args, content_manager=None, **kw):
        if content_manager is None:
            content_manager = self.policy.content_manager
        return content_manager.get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        if content_manager is None:
            content_manager = self.policy.content_manager
        content_manager.set_content(self, *args, **kw)

    def _make_multipart(self, subtype, disallowed_subtypes, boundary):
        if self.get_content_maintype() == "multipart":
            existing_subtype = self.get_content_subtype()
            disallowed_subtypes = disallowed_subtypes + (subtype,)
            if existing_subtype in disallowed_subtypes:
                raise ValueError("Cannot convert {} to {}".format(existing_subtype, subtype))
        keep_headers = []
        part_headers = []
        for name, value in self._headers:
            if name.lower().startswith("content-"):
                part_headers.append((name, value))
            else:
                keep_headers.append((name, value))
        if part_headers:
            part = type(self)(policy=self.policy)
            part._headers = part_headers
            part._payload = self._payload
            self._payload = [part]
        else:
            self._payload = []
        self._headers = keep_headers
        self["Content-Type"] = "multipart/" + subtype
        if boundary is not None:
            self.set_param("boundary", boundary)

    def make_related(self, boundary=None):
        self._make_multipart("related", ("alternative", "mixed"), boundary)

    def make_alternative(self, boundary=None):
        self._make_multipart("alternative", ("mixed",), boundary)

    def make_mixed(self, boundary=None):
        self._make_multipart("mixed", (), boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        if (self.get_content_maintype() != "multipart"
                or self.get_content_subtype() != _subtype):
            getattr(self, "make_" + _subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if _disp and "content-disposition" not in part:
            part["Content-Disposition"] = _disp
        self.attach(part)

    def add_related(self, *args, **kw):
        self._add_multipart("related", *args, _disp="inline", **kw)

    def add_alternative(self, *args, **kw):
        self._add_multipart("alternative", *args, **kw)

    def add_attachment(self, *args, **kw):
        self._add_multipart("mixed", *args, _disp="attachment", **kw)

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(n, v) for n, v in self._headers
                         if not n.lower().startswith("content-")]
        self._payload = None


class EmailMessage(MIMEPart):
    """A whole message under the default policy; set_content adds MIME-Version."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if "MIME-Version" not in self:
            self["MIME-Version"] = "1.0"
