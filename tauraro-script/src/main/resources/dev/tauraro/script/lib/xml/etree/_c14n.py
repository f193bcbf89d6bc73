"""Canonical XML 2.0 (C14N 2.0) text of a document, for ElementTree.canonicalize: written from the
W3C recommendation and from CPython 3.11's observed output.

The document is read with xml.parsers.expat and written as it is read: namespace declarations
appear where a name first needs them (unused ones are dropped, none repeated), declarations and
attributes sorted, empty elements as start and end tag, CDATA as escaped text, white space outside
the root element dropped. Not provided: rewrite_prefixes and qname_aware_tags/qname_aware_attrs.
"""

from xml.parsers import expat

_XML_NS = "http://www.w3.org/XML/1998/namespace"


def _escape_text(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#xD;"))


def _escape_attr(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
            .replace("\t", "&#x9;").replace("\n", "&#xA;").replace("\r", "&#xD;"))


class _Writer:
    def __init__(self, write, with_comments, strip_text, exclude_attrs, exclude_tags):
        self.write = write
        self.with_comments = with_comments
        self.strip_text = strip_text
        self.exclude_attrs = set(exclude_attrs) if exclude_attrs else ()
        self.exclude_tags = set(exclude_tags) if exclude_tags else ()
        self.data = []
        self.depth = 0            # open elements written
        self.skipping = 0         # open elements inside an excluded one
        self.root_done = False
        self.in_scope = [{"": ""}]     # the document's prefix -> uri bindings
        self.pending = []
        self.out_scope = [{"": ""}]    # what the output has declared
        self.tags = []

    def start_ns(self, prefix, uri):
        self.pending.append((prefix or "", uri or ""))

    def _split(self, name):
        parts = name.split("\x00")
        if len(parts) == 1:
            return "", name, ""
        if len(parts) == 2:
            return parts[0], parts[1], ""
        return parts[0], parts[1], parts[2]

    def flush(self):
        if self.data:
            text = "".join(self.data)
            self.data = []
            if self.skipping or not self.depth:
                return
            if self.strip_text:
                text = text.strip()
            if text:
                self.write(_escape_text(text))

    def start(self, name, attrs):
        self.flush()
        scope = dict(self.in_scope[-1])
        for prefix, uri in self.pending:
            scope[prefix] = uri
        self.pending = []
        self.in_scope.append(scope)
        uri, local, prefix = self._split(name)
        if self.skipping or ("{%s}%s" % (uri, local) if uri else local) in self.exclude_tags:
            self.skipping += 1
            return
        if uri and not prefix:
            prefix = ""
        out = dict(self.out_scope[-1])
        decls = {}

        def need(prefix, uri):
            if prefix == "xml" or out.get(prefix, None if prefix else "") == uri:
                return
            out[prefix] = uri
            decls[prefix] = uri

        need(prefix, uri)
        items = []
        for i in range(0, len(attrs), 2):
            auri, alocal, aprefix = self._split(attrs[i])
            key = "{%s}%s" % (auri, alocal) if auri else alocal
            if key in self.exclude_attrs:
                continue
            if auri:
                if auri == _XML_NS:
                    aprefix = "xml"
                need(aprefix, auri)
                qname = aprefix + ":" + alocal
            else:
                qname = alocal
            items.append(((auri, alocal), qname, attrs[i + 1]))
        self.out_scope.append(out)
        tag = prefix + ":" + local if prefix else local
        self.tags.append(tag)
        parts = ["<", tag]
        for p in sorted(decls):
            parts.append(' xmlns%s="%s"' % (":" + p if p else "", _escape_attr(decls[p])))
        for _, qname, value in sorted(items, key=lambda item: item[0]):
            parts.append(' %s="%s"' % (qname, _escape_attr(value)))
        parts.append(">")
        self.write("".join(parts))
        self.depth += 1

    def end(self, name):
        self.flush()
        self.in_scope.pop()
        if self.skipping:
            self.skipping -= 1
            return
        self.out_scope.pop()
        self.write("</%s>" % self.tags.pop())
        self.depth -= 1
        if not self.depth:
            self.root_done = True

    def data_handler(self, text):
        self.data.append(text)

    def _outside(self, text):
        # outside the root element, nodes are separated from it by line feeds
        if self.depth:
            self.write(text)
        elif self.root_done:
            self.write("\n" + text)
        else:
            self.write(text + "\n")

    def comment(self, text):
        self.flush()
        if self.with_comments and not self.skipping:
            self._outside("<!--%s-->" % text)

    def pi(self, target, data):
        self.flush()
        if not self.skipping:
            self._outside("<?%s %s?>" % (target, data) if data else "<?%s?>" % target)


def canonicalize(xml_data=None, *, out=None, from_file=None, with_comments=False,
                 strip_text=False, exclude_attrs=None, exclude_tags=None):
    """The C14N 2.0 form of a document given as text or as from_file (a name or a file);
    written to out when given (then None is returned)."""
    if xml_data is None and from_file is None:
        raise ValueError("Either 'xml_data' or 'from_file' must be provided as input")
    chunks = None
    if out is None:
        chunks = []
        write = chunks.append
    else:
        write = out.write
    writer = _Writer(write, with_comments, strip_text, exclude_attrs, exclude_tags)
    parser = expat.ParserCreate(None, "\x00")
    parser.namespace_prefixes = True
    parser.ordered_attributes = True
    parser.StartElementHandler = writer.start
    parser.EndElementHandler = writer.end
    parser.CharacterDataHandler = writer.data_handler
    parser.CommentHandler = writer.comment
    parser.ProcessingInstructionHandler = writer.pi
    parser.StartNamespaceDeclHandler = writer.start_ns
    try:
        if xml_data is not None:
            parser.Parse(xml_data, True)
        elif hasattr(from_file, "read"):
            parser.ParseFile(from_file)
        else:
            with open(from_file, "rb") as f:
                parser.ParseFile(f)
    except expat.error as v:
        from xml.etree.ElementTree import ParseError
        err = ParseError(str(v))
        err.code = v.code
        err.position = v.lineno, v.offset
        raise err from None
    writer.flush()
    return "".join(chunks) if chunks is not None else None
