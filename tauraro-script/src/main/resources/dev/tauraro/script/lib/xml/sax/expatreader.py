"""xml.sax.expatreader: the SAX driver over xml.parsers.expat (create_parser, ExpatParser)."""

from xml.parsers import expat
from xml.sax import handler, xmlreader, saxutils
from xml.sax._exceptions import (SAXParseException, SAXNotRecognizedException,
                                 SAXNotSupportedException)

AttributesImpl = xmlreader.AttributesImpl
AttributesNSImpl = xmlreader.AttributesNSImpl


class ExpatLocator:
    """Line and column of the current event, for handlers and errors."""

    def __init__(self, parser):
        self._reader = parser

    def getColumnNumber(self):
        p = self._reader._parser
        return None if p is None else p.CurrentColumnNumber

    def getLineNumber(self):
        p = self._reader._parser
        return 1 if p is None else p.CurrentLineNumber

    def getPublicId(self):
        return self._reader._source.getPublicId() if self._reader._source else None

    def getSystemId(self):
        return self._reader._source.getSystemId() if self._reader._source else None


class _ErrorLocator:
    def __init__(self, line, column, source):
        self._line, self._column, self._source = line, column, source

    def getColumnNumber(self):
        return self._column

    def getLineNumber(self):
        return self._line

    def getPublicId(self):
        return self._source.getPublicId() if self._source else None

    def getSystemId(self):
        return self._source.getSystemId() if self._source else None


class ExpatParser(xmlreader.XMLReader):
    """SAX over expat: feed()/close() incrementally or parse() a source."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        xmlreader.XMLReader.__init__(self)
        self._source = xmlreader.InputSource()
        self._parser = None
        self._namespaces = namespaceHandling
        self._lex_handler_prop = None
        self._parsing = False
        self._bufsize = bufsize

    def parse(self, source):
        source = saxutils.prepare_input_source(source)
        self._source = source
        stream = None
        try:
            self.reset()
            self._cont_handler.setDocumentLocator(ExpatLocator(self))
            stream = source.getCharacterStream() or source.getByteStream()
            for _ in iter(int, 1):
                data = stream.read(self._bufsize)
                if not data:
                    break
                self.feed(data)
            self.close()
        finally:
            # a stream this parser opened from a file name is closed here, as CPython's driver does
            if getattr(source, "_opened", False) and stream is not None:
                stream.close()
            self._parsing = False

    def getFeature(self, name):
        if name == handler.feature_namespaces:
            return self._namespaces
        if name in (handler.feature_validation, handler.feature_external_pes,
                    handler.feature_namespace_prefixes, handler.feature_string_interning,
                    handler.feature_external_ges):
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif name in (handler.feature_validation, handler.feature_external_pes,
                      handler.feature_namespace_prefixes, handler.feature_string_interning,
                      handler.feature_external_ges):
            if state:
                raise SAXNotSupportedException("expat does not support %s in this build" % name)
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lex_handler_prop
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == handler.property_lexical_handler:
            self._lex_handler_prop = value
            return
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def feed(self, data, isFinal=False):
        if not self._parsing:
            self.reset()
            self._parsing = True
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as e:
            exc = SAXParseException(expat.ErrorString(e.code), e,
                                    _ErrorLocator(e.lineno, e.offset, self._source))
            self._err_handler.fatalError(exc)

    def close(self):
        if self._parser is None:
            return
        try:
            self.feed(b"", isFinal=True)
            self._cont_handler.endDocument()
            self._parsing = False
        finally:
            self._parser = None

    def reset(self):
        if self._namespaces:
            self._parser = expat.ParserCreate(self._source.getEncoding(), " ")
            self._parser.StartElementHandler = self.start_element_ns
            self._parser.EndElementHandler = self.end_element_ns
            self._parser.StartNamespaceDeclHandler = self.start_namespace_decl
            self._parser.EndNamespaceDeclHandler = self.end_namespace_decl
        else:
            self._parser = expat.ParserCreate(self._source.getEncoding())
            self._parser.StartElementHandler = self.start_element
            self._parser.EndElementHandler = self.end_element
        self._parser.ProcessingInstructionHandler = lambda t, d: self._cont_handler.processingInstruction(t, d)
        self._parser.CharacterDataHandler = lambda d: self._cont_handler.characters(d)
        lex = self._lex_handler_prop
        if lex is not None:
            self._parser.CommentHandler = lex.comment
            self._parser.StartCdataSectionHandler = lex.startCDATA
            self._parser.EndCdataSectionHandler = lex.endCDATA
            self._parser.StartDoctypeDeclHandler = lambda n, s, p, i: lex.startDTD(n, p, s)
            self._parser.EndDoctypeDeclHandler = lex.endDTD
        self._parser.SkippedEntityHandler = lambda name, is_pe: self._cont_handler.skippedEntity(
            ("%" + name) if is_pe else name)
        self._parsing = False
        self._prefixes = []   # the namespace declarations in scope, to name prefixed attributes

    def start_element(self, name, attrs):
        self._cont_handler.startElement(name, AttributesImpl(attrs))

    def end_element(self, name):
        self._cont_handler.endElement(name)

    def _split(self, name):
        pair = name.split(" ")
        if len(pair) == 1:
            return (None, name)
        return tuple(pair[:2])

    def start_element_ns(self, name, attrs):
        newattrs = {}
        qnames = {}
        for aname, value in attrs.items():
            pair = self._split(aname)
            newattrs[pair] = value
            qnames[pair] = self._qname_of(pair) if pair[0] is not None else aname
        self._cont_handler.startElementNS(self._split(name), None, AttributesNSImpl(newattrs, qnames))

    def _qname_of(self, pair):
        uri, local = pair
        for prefix, u in reversed(self._prefixes):
            if u == uri and prefix:
                return prefix + ":" + local
        return local

    def end_element_ns(self, name):
        self._cont_handler.endElementNS(self._split(name), None)

    def start_namespace_decl(self, prefix, uri):
        self._prefixes.append((prefix, uri))
        self._cont_handler.startPrefixMapping(prefix, uri)

    def end_namespace_decl(self, prefix):
        for i in range(len(self._prefixes) - 1, -1, -1):
            if self._prefixes[i][0] == prefix:
                del self._prefixes[i]
                break
        self._cont_handler.endPrefixMapping(prefix)

def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
