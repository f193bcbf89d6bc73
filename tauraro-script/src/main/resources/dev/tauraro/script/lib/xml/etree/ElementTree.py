"""xml.etree.ElementTree: the Element tree, its parsers and its serializer, written from the
module's documentation and from what CPython 3.11 (its C accelerator and expat) was observed to do.

Documents are read with xml.parsers.expat (in script); errors become ParseError with expat's
message, code and (line, column) position.
"""

import io
import re
import sys

from xml.parsers import expat
from xml.etree import ElementPath

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist", "indent",
    "iselement", "iterparse", "parse", "ParseError", "PI", "ProcessingInstruction", "QName",
    "SubElement", "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace", "canonicalize",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """A document that is not well-formed: code and position (line, column) as expat's."""


def iselement(element):
    return hasattr(element, "tag")


class Element:
    """An XML element: tag, attrib, text, tail and a list of children."""

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def copy(self):
        import warnings
        warnings.warn("elem.copy() is deprecated. Use copy.copy(elem) instead.", DeprecationWarning, 2)
        return self.__copy__()

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(self.tag, copy.deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        elem._children = [copy.deepcopy(c, memo) for c in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings   # imported when needed: the module's import stays cheap
        warnings.warn(
            "The behavior of this method will change in future versions.  "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for e in element:
                self._assert_is_element(e)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not "%s"' % type(e).__name__)

    def append(self, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("append() argument must be xml.etree.ElementTree.Element, not %s"
                            % type(subelement).__name__)
        self._children.append(subelement)

    def extend(self, elements):
        elements = list(elements)
        for e in elements:
            if not isinstance(e, Element):
                raise TypeError('expected an Element, not "%s"' % type(e).__name__)
        self._children.extend(elements)

    def insert(self, index, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("insert() argument 2 must be xml.etree.ElementTree.Element, not %s"
                            % type(subelement).__name__)
        self._children.insert(index, subelement)

    def remove(self, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("remove() argument must be xml.etree.ElementTree.Element, not %s"
                            % type(subelement).__name__)
        for i, child in enumerate(self._children):
            if child is subelement:
                del self._children[i]
                return
        for i, child in enumerate(self._children):
            if child == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        stack = [iter([self])]
        while stack:
            for e in stack[-1]:
                if tag is None or e.tag == tag:
                    yield e
                stack.append(iter(e._children))
                break
            else:
                stack.pop()

    def itertext(self):
        # CPython's C implementation also yields the text of comments and processing instructions
        if self.text:
            yield self.text
        for e in self._children:
            yield from e.itertext()
            if e.tail:
                yield e.tail


def SubElement(parent, tag, attrib={}, **extra):
    """A new element appended to parent."""
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s" % type(attrib).__name__)
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local'; serialized with a namespace prefix."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __eq__(self, other):
        return self.text == self._key(other)


class ElementTree:
    """A whole document: a root element, parse() and write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            for _ in iter(int, 1):
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _path(self, path):
        if path[:1] == "/":
            path = "." + path
            import warnings
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a future version.  "
                "If you rely on the current behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None, *, short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in _SERIALIZERS:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        with _open_output(file_or_filename, encoding) as write:
            enc_lower = encoding.lower()
            if method == "xml" and (xml_declaration or (
                    xml_declaration is None and enc_lower not in ("utf-8", "us-ascii", "unicode"))):
                declared = encoding
                if enc_lower == "unicode":
                    declared = "utf-8"
                write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
            if method == "text":
                _serialize_text(write, self._root)
            else:
                qnames, namespaces = _namespaces(self._root, default_namespace)
                _SERIALIZERS[method](write, self._root, qnames, namespaces,
                                     short_empty_elements=short_empty_elements)


class _open_output:
    """write() for a file name or a file object, encoding text as the caller asked."""

    def __init__(self, target, encoding):
        self.target = target
        self.encoding = encoding
        self.close = None

    def __enter__(self):
        target, encoding = self.target, self.encoding
        unicode = encoding.lower() == "unicode"
        if unicode:
            encoding = "utf-8"
        errors = "xmlcharrefreplace"
        if not hasattr(target, "write"):
            f = open(target, "w", encoding=encoding, errors=errors)
            self.close = f.close
            return f.write
        if unicode:
            return target.write
        if isinstance(target, io.TextIOBase):
            return target.write
        if isinstance(target, (io.BytesIO, io.BufferedIOBase, io.RawIOBase)) or \
                getattr(target, "mode", "b").find("b") >= 0 or not hasattr(target, "encoding"):
            # one encoder for the whole document: a UTF-16 byte order mark is written once
            import codecs
            encode = codecs.getincrementalencoder(encoding)(errors).encode
            return lambda s: target.write(encode(s))
        return target.write

    def __exit__(self, *exc):
        if self.close is not None:
            self.close()
        return False


_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Serialize elements of uri with prefix (replacing the prefix of any other uri)."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _namespaces(elem, default_namespace=None):
    """(qualified name -> prefixed name, uri -> prefix) for every name in the tree."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add_qname(qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = "%s:%s" % (prefix, tag)
                else:
                    qnames[qname] = tag
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _write_start_tag(write, tag, elem, qnames, namespaces, escape):
    """'<tag', the namespace declarations (on the root, sorted by prefix), the attributes."""
    write("<" + tag)
    if namespaces:
        for v, k in sorted(namespaces.items(), key=lambda x: x[1]):
            if k:
                k = ":" + k
            write(" xmlns%s=\"%s\"" % (k, escape(v)))
    for k, v in elem.items():
        if isinstance(k, QName):
            k = k.text
        if isinstance(v, QName):
            v = qnames[v.text]
        else:
            v = escape(v)
        write(" %s=\"%s\"" % (qnames[k], v))


_HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input",
               "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _serialize(write, elem, qnames, namespaces, short_empty_elements=True, html=False):
    """One element and its tail as XML, or (html) with HTML's void elements and raw script/style."""
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % (_escape_cdata(text) if html else text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % (_escape_cdata(text) if html else text))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize(write, e, qnames, None, short_empty_elements, html)
        else:
            _write_start_tag(write, tag, elem, qnames, namespaces,
                             _escape_attrib_html if html else _escape_attrib)
            ltag = tag.lower()
            if html or text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    raw = html and (ltag == "script" or ltag == "style")
                    write(text if raw else _escape_cdata(text))
                for e in elem:
                    _serialize(write, e, qnames, None, short_empty_elements, html)
                if not html or ltag not in _HTML_EMPTY:
                    write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements=True):
    _serialize(write, elem, qnames, namespaces, short_empty_elements)


def _serialize_html(write, elem, qnames, namespaces, short_empty_elements=True):
    _serialize(write, elem, qnames, namespaces, html=True)


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_SERIALIZERS = {"xml": _serialize_xml, "html": _serialize_html, "text": _serialize_text}


def _escaper(*pairs):
    """An escaping function replacing each (character, reference) pair in order."""
    def escape(text):
        try:
            for char, ref in pairs:
                if char in text:
                    text = text.replace(char, ref)
            return text
        except (TypeError, AttributeError):
            _raise_serialization_error(text)
    return escape


_escape_cdata = _escaper(("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_escape_attrib = _escaper(("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"),
                          ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))
_escape_attrib_html = _escaper(("&", "&amp;"), (">", "&gt;"), ("\"", "&quot;"))


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """The element serialized: bytes, or str with encoding='unicode'."""
    parts = tostringlist(element, encoding, method, xml_declaration=xml_declaration,
                         default_namespace=default_namespace,
                         short_empty_elements=short_empty_elements)
    if encoding is not None and encoding.lower() == "unicode":
        return "".join(parts)
    return b"".join(parts)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    parts = []
    unicode = encoding is not None and encoding.lower() == "unicode"
    target = _TextSink(parts) if unicode else _BytesSink(parts, encoding or "us-ascii")
    ElementTree(element).write(target, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return parts


class _TextSink:
    def __init__(self, parts):
        self.parts = parts

    def write(self, s):
        self.parts.append(s)


class _BytesSink:
    mode = "wb"

    def __init__(self, parts, encoding):
        self.parts = parts

    def write(self, b):
        self.parts.append(b)


def dump(elem):
    """Write the element (or tree) to sys.stdout as text, ending with a newline."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent the tree in place with whitespace text and tails."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %d" % level)
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def walk(elem, level):
        if len(indentations) <= level + 1:
            indentations.append(indentations[level] + space)
        child_indentation = indentations[level + 1]
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                walk(child, level + 1)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    walk(tree, 0)


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _IterParseIterator:
    def __init__(self, source, events, parser):
        self._close_source = not hasattr(source, "read")
        self._source = open(source, "rb") if self._close_source else source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self.root = None
        self._events = self._generate()

    def _generate(self):
        pull = self._pull
        try:
            for _ in iter(int, 1):
                yield from pull.read_events()
                data = self._source.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            root = pull._close_and_return_root()
            yield from pull.read_events()
            self.root = root
        finally:
            if self._close_source:
                self._source.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._events)


def iterparse(source, events=None, parser=None):
    """(event, element) pairs as the document is read; .root is set once it is read through."""
    return _IterParseIterator(source, events, parser)


class XMLPullParser:
    """feed() data, then read_events() for what it completed; close() at the end."""

    def __init__(self, events=None, *, _parser=None):
        self._events_queue = []
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._events_queue, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events_queue
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        pass


def XML(text, parser=None):
    """The root element of the document in text (str or bytes)."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    """Builds a tree from start/data/end calls; close() returns the root element."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._factory = element_factory or Element

    def close(self):
        """The root element (None before any start), as CPython's C TreeBuilder: no checks."""
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    if self._last.tail is not None:
                        raise AssertionError("internal error (tail)")
                    self._last.tail = text
                else:
                    if self._last.text is not None:
                        raise AssertionError("internal error (text)")
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class XMLParser:
    """Reads a document with expat and calls the target's start/end/data/comment/pi/start_ns/
    end_ns/doctype/close methods (those it has); the default target is a TreeBuilder."""

    def __init__(self, *, target=None, encoding=None):
        parser = expat.ParserCreate(encoding, "}")
        if target is None:
            target = TreeBuilder()
        self.parser = self._parser = parser
        self.target = self._target = target
        self._error = expat.error
        self._names = {}
        self.entity = {}
        self.version = "Expat %d.%d.%d" % expat.version_info
        self._doctype = None
        parser.DefaultHandlerExpand = self._default
        # only the events the target has a method for are asked of expat
        for method, handler, call in (
                ("start", "StartElementHandler", self._start),
                ("end", "EndElementHandler", self._end),
                ("start_ns", "StartNamespaceDeclHandler", self._start_ns),
                ("end_ns", "EndNamespaceDeclHandler", self._end_ns),
                ("data", "CharacterDataHandler", None),
                ("comment", "CommentHandler", None),
                ("pi", "ProcessingInstructionHandler", None),
                ("doctype", "StartDoctypeDeclHandler", self._doctype_start)):
            if hasattr(target, method):
                setattr(parser, handler, call or getattr(target, method))
        parser.ordered_attributes = 1

    def _setevents(self, events_queue, events_to_report):
        parser = self._parser
        append = events_queue.append
        for event_name in events_to_report:
            if event_name == "start":
                parser.ordered_attributes = 1

                def handler(tag, attrib_in, event=event_name, append=append, start=self._start):
                    append((event, start(tag, attrib_in)))
                parser.StartElementHandler = handler
            elif event_name == "end":
                def handler(tag, event=event_name, append=append, end=self._end):
                    append((event, end(tag)))
                parser.EndElementHandler = handler
            elif event_name == "start-ns":
                if hasattr(self.target, "start_ns"):
                    def handler(prefix, uri, event=event_name, append=append, start_ns=self._start_ns):
                        append((event, start_ns(prefix, uri)))
                else:
                    def handler(prefix, uri, event=event_name, append=append):
                        append((event, (prefix or "", uri or "")))
                parser.StartNamespaceDeclHandler = handler
            elif event_name == "end-ns":
                if hasattr(self.target, "end_ns"):
                    def handler(prefix, event=event_name, append=append, end_ns=self._end_ns):
                        append((event, end_ns(prefix)))
                else:
                    def handler(prefix, event=event_name, append=append):
                        append((event, None))
                parser.EndNamespaceDeclHandler = handler
            elif event_name == "comment":
                def handler(text, event=event_name, append=append, self=self):
                    append((event, self.target.comment(text)))
                parser.CommentHandler = handler
            elif event_name == "pi":
                def handler(pi_target, data, event=event_name, append=append, self=self):
                    append((event, self.target.pi(pi_target, data)))
                parser.ProcessingInstructionHandler = handler
            else:
                raise ValueError("unknown event %r" % event_name)

    def _raiseerror(self, value):
        err = ParseError(str(value))
        err.code = value.code
        err.position = value.lineno, value.offset
        raise err

    def _fixname(self, key):
        try:
            return self._names[key]
        except KeyError:
            name = key
            if "}" in name:
                name = "{" + name
            self._names[key] = name
            return name

    def _start_ns(self, prefix, uri):
        return self.target.start_ns(prefix or "", uri or "")

    def _end_ns(self, prefix):
        return self.target.end_ns(prefix or "")

    def _start(self, tag, attr_list):
        fixname = self._fixname
        tag = fixname(tag)
        attrib = {}
        if attr_list:
            for i in range(0, len(attr_list), 2):
                attrib[fixname(attr_list[i])] = attr_list[i + 1]
        return self.target.start(tag, attrib)

    def _end(self, tag):
        return self.target.end(self._fixname(tag))

    def _doctype_start(self, name, sysid, pubid, has_internal_subset):
        self.target.doctype(name, pubid, sysid)

    def _default(self, text):
        prefix = text[:1]
        if prefix == "&":
            try:
                data_handler = self.target.data
            except AttributeError:
                return
            try:
                data_handler(self.entity[text[1:-1]])
            except KeyError:
                err = ParseError("undefined entity %s: line %d, column %d" % (
                    text, self.parser.CurrentLineNumber, self.parser.CurrentColumnNumber))
                err.code = 11
                err.position = self.parser.CurrentLineNumber, self.parser.CurrentColumnNumber
                raise err

    def feed(self, data):
        try:
            self.parser.Parse(data, False)
        except self._error as v:
            self._raiseerror(v)

    def close(self):
        try:
            self.parser.Parse(b"", True)
        except self._error as v:
            self._raiseerror(v)
        try:
            close_handler = self.target.close
        except AttributeError:
            pass
        else:
            return close_handler()
        finally:
            del self.parser, self._parser
            del self.target, self._target

    def flush(self):
        pass



def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    """The C14N 2.0 text of a document (options: with_comments, strip_text, exclude_attrs,
    exclude_tags; rewrite_prefixes and the qname_aware ones are not provided)."""
    from xml.etree._c14n import canonicalize as c14n
    return c14n(xml_data, out=out, from_file=from_file, **options)
