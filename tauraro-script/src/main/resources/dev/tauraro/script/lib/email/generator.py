"""email.generator: Generator (a message flattened to text), BytesGenerator (to bytes) and
DecodedGenerator (text parts only). Written for tauraro-script from the Python 3.11
documentation and CPython 3.11's output."""

import copy
import io
import random
import re
import sys
import time

from email.utils import _has_surrogates

__all__ = ["Generator", "DecodedGenerator", "BytesGenerator"]

_NLCRE = re.compile(r"\r\n|\r|\n")
_FROM = re.compile(r"^From ", re.M)
_WIDTH = len(repr(sys.maxsize - 1))


class Generator:
    """Writes a message (headers folded by the policy, bodies with the policy's linesep,
    multipart boundaries made up when a part has none) to a text file."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        if mangle_from_ is None:
            mangle_from_ = True if policy is None else policy.mangle_from_
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self.maxheaderlen = maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Writes msg; unixfrom adds its envelope line ('From nobody <date>' if it has none)."""
        policy = msg.policy if self.policy is None else self.policy
        if linesep is not None:
            policy = policy.clone(linesep=linesep)
        if self.maxheaderlen is not None:
            policy = policy.clone(max_line_length=self.maxheaderlen)
        self._NL = policy.linesep
        old_gen_policy = self.policy
        old_msg_policy = msg.policy
        try:
            self.policy = policy
            msg.policy = policy
            if unixfrom:
                ufrom = msg.get_unixfrom()
                if not ufrom:
                    ufrom = "From nobody " + time.ctime(time.time())
                self.write(ufrom + self._NL)
            self._write(msg)
        finally:
            msg.policy = old_msg_policy
            self.policy = old_gen_policy

    def clone(self, fp):
        g = self.__class__(fp, self._mangle_from_, None, policy=self.policy)
        g._binary = getattr(self, "_binary", False)
        return g

    def _write(self, msg):
        oldfp = self._fp
        try:
            self._munge_cte = None
            self._fp = sfp = io.StringIO()
            self._dispatch(msg)
        finally:
            self._fp = oldfp
            munge_cte = self._munge_cte
            del self._munge_cte
        if munge_cte:
            msg = copy.deepcopy(msg)
            if msg.get("content-transfer-encoding") is None:
                msg["Content-Transfer-Encoding"] = munge_cte[0]
            else:
                msg.replace_header("content-transfer-encoding", munge_cte[0])
            msg.replace_header("content-type", munge_cte[1])
        self._write_headers(msg)
        self._fp.write(sfp.getvalue())

    def _dispatch(self, msg):
        main = msg.get_content_maintype()
        sub = msg.get_content_subtype()
        name = "_handle_" + (main + "_" + sub).replace("-", "_")
        meth = getattr(self, name, None)
        if meth is None:
            meth = getattr(self, "_handle_" + main.replace("-", "_"), None)
            if meth is None:
                meth = self._handle_text
        meth(msg)

    def _write_headers(self, msg):
        binary = getattr(self, "_binary", False)
        for h, v in msg.raw_items():
            if binary:
                # fold_binary's bytes, carried as text until BytesGenerator encodes it back
                codec = "utf-8" if getattr(self.policy, "utf8", False) else "ascii"
                self.write(self.policy.fold_binary(h, v).decode(codec, "surrogateescape"))
            else:
                self.write(self.policy.fold(h, v))
        self.write(self._NL)

    def _write_lines(self, lines):
        if not lines:
            return
        lines = _NLCRE.split(lines)
        for line in lines[:-1]:
            self.write(line)
            self.write(self._NL)
        if lines[-1]:
            self.write(lines[-1])

    def _handle_text(self, msg):
        payload = msg.get_payload()
        if payload is None:
            return
        if not isinstance(payload, str):
            raise TypeError("string payload expected: %s" % type(payload))
        binary = getattr(self, "_binary", False)
        if binary and _has_surrogates(msg._payload) and self.policy.cte_type != "7bit":
            # Bytes out: the undecoded bytes go out as they came in.
            payload = msg._payload
        elif _has_surrogates(msg._payload):
            charset = msg.get_param("charset")
            if charset is not None:
                msg = copy.deepcopy(msg)
                del msg["content-transfer-encoding"]
                msg.set_payload(payload, charset)
                payload = msg.get_payload()
                self._munge_cte = (msg["content-transfer-encoding"], msg["content-type"])
        if self._mangle_from_:
            payload = _FROM.sub(">From ", payload)
        self._write_lines(payload)

    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        msgtexts = []
        subparts = msg.get_payload()
        if subparts is None:
            subparts = []
        elif isinstance(subparts, str):
            self.write(subparts)
            return
        elif not isinstance(subparts, list):
            subparts = [subparts]
        for part in subparts:
            s = io.StringIO()
            g = self.clone(s)
            g.flatten(part, unixfrom=False, linesep=self._NL)
            msgtexts.append(s.getvalue())
        boundary = msg.get_boundary()
        if not boundary:
            boundary = self._make_boundary(self._NL.join(msgtexts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            preamble = msg.preamble
            if self._mangle_from_:
                preamble = _FROM.sub(">From ", preamble)
            self._write_lines(preamble)
            self.write(self._NL)
        self.write("--" + boundary + self._NL)
        if msgtexts:
            self._fp.write(msgtexts.pop(0))
        for body_part in msgtexts:
            self.write(self._NL + "--" + boundary + self._NL)
            self._fp.write(body_part)
        self.write(self._NL + "--" + boundary + "--" + self._NL)
        if msg.epilogue is not None:
            epilogue = msg.epilogue
            if self._mangle_from_:
                epilogue = _FROM.sub(">From ", epilogue)
            self._write_lines(epilogue)

    def _handle_multipart_signed(self, msg):
        # A signature covers the parts as they are: their headers are not refolded.
        p = self.policy
        self.policy = p.clone(max_line_length=0)
        try:
            self._handle_multipart(msg)
        finally:
            self.policy = p

    def _handle_message(self, msg):
        s = io.StringIO()
        g = self.clone(s)
        payload = msg._payload
        if isinstance(payload, list):
            g.flatten(msg.get_payload(0), unixfrom=False, linesep=self._NL)
            payload = s.getvalue()
        self._fp.write(payload)

    @classmethod
    def _make_boundary(cls, text=None):
        """'===============<19 digits>==', lengthened while it occurs in the text."""
        token = random.randrange(sys.maxsize)
        boundary = ("=" * 15) + ("%0*d" % (_WIDTH, token)) + "=="
        if text is None:
            return boundary
        b = boundary
        counter = 0
        while counter < 1000:
            if not re.search("^--" + re.escape(b) + "(--)?$", text, re.M):
                break
            b = boundary + "." + str(counter)
            counter += 1
        return b


class BytesGenerator(Generator):
    """A Generator writing bytes: undecoded bytes of a parsed message come out as they were.

    The message is written as text by a Generator in binary mode (headers by fold_binary, 8bit
    bodies left as their surrogate escapes) and the text encoded once at the end, which gives
    the bytes back."""

    def flatten(self, msg, unixfrom=False, linesep=None):
        policy = msg.policy if self.policy is None else self.policy
        text = io.StringIO()
        g = Generator(text, self._mangle_from_, self.maxheaderlen, policy=self.policy)
        g._binary = True
        g.flatten(msg, unixfrom, linesep)
        encoding = "utf-8" if getattr(policy, "utf8", False) else "ascii"
        self._fp.write(text.getvalue().encode(encoding, "surrogateescape"))


_FMT = "[Non-text (%(type)s) part of message omitted, filename %(filename)s]"


class DecodedGenerator(Generator):
    """Writes only the text parts' payloads; other parts become a line made from fmt."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None, *, policy=None):
        super().__init__(outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = _FMT if fmt is None else fmt

    def _dispatch(self, msg):
        for part in msg.walk():
            maintype = part.get_content_maintype()
            if maintype == "text":
                print(part.get_payload(decode=False), file=self)
            elif maintype == "multipart":
                pass
            else:
                print(self._fmt % {
                    "type": part.get_content_type(),
                    "maintype": part.get_content_maintype(),
                    "subtype": part.get_content_subtype(),
                    "filename": part.get_filename("[no filename]"),
                    "description": part.get("Content-Description", "[no description]"),
                    "encoding": part.get("Content-Transfer-Encoding", "[no encoding]"),
                }, file=self)
