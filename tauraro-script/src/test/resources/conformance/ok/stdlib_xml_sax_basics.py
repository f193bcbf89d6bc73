# xml.sax: parseString/parse with a ContentHandler, errors, features; saxutils helpers
import io
import os
import tempfile
import xml.sax
from xml.sax import saxutils
from xml.sax.handler import ContentHandler, ErrorHandler, feature_namespaces


class Show(ContentHandler):
    def startDocument(self): print("startDocument")
    def endDocument(self): print("endDocument")
    def startElement(self, name, attrs):
        print("start", name, dict(attrs), list(attrs.keys()), attrs.get("a"), attrs.getLength())
    def endElement(self, name): print("end", name)
    def characters(self, content): print("chars", repr(content))
    def processingInstruction(self, target, data): print("pi", target, repr(data))
    def startPrefixMapping(self, prefix, uri): print("prefix", prefix, uri)
    def endPrefixMapping(self, prefix): print("endprefix", prefix)
    def startElementNS(self, name, qname, attrs):
        print("startNS", name, qname, dict(attrs), attrs.getQNames() if hasattr(attrs, "getQNames") else None)
    def endElementNS(self, name, qname): print("endNS", name, qname)
    def ignorableWhitespace(self, w): print("ws", repr(w))


doc = "<?xml version='1.0'?><r a='1' b='&lt;'>x &amp; y\n<c/><?p d?><!--no--><![CDATA[cd]]></r>"
xml.sax.parseString(doc, Show())
xml.sax.parseString(doc.encode(), Show())

p = xml.sax.make_parser()
p.setFeature(feature_namespaces, True)
p.setContentHandler(Show())
p.parse(io.BytesIO(b"<r xmlns='urn:r' xmlns:q='urn:q' q:at='v' plain='w'><q:c/></r>"))

for bad in ["<a></b>", "<a>", "<a/>x", "<a>&e;</a>"]:
    try:
        xml.sax.parseString(bad, ContentHandler())
    except xml.sax.SAXParseException as e:
        print(type(e).__name__, e, e.getLineNumber(), e.getColumnNumber(), e.getMessage(),
              e.getSystemId(), isinstance(e, xml.sax.SAXException))


class Collect(ErrorHandler):
    def fatalError(self, exc):
        print("fatal:", exc.getMessage())
        raise exc


try:
    xml.sax.parseString("<a><b></a>", ContentHandler(), Collect())
except xml.sax.SAXParseException as e:
    print("raised", e)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "s.xml")
    with open(path, "wb") as f:
        f.write("<doc><t>é</t></doc>".encode())
    xml.sax.parse(path, Show())
    try:
        with open(path, "wb") as f:
            f.write(b"<doc>")
        xml.sax.parse(path, ContentHandler())
    except xml.sax.SAXParseException as e:
        print(str(e).replace(path, "PATH"))
    with open(path, "rb") as f:
        f.close
    e = xml.sax.SAXException("msg")
    print(e.getMessage(), e.getException(), str(e))

print(saxutils.escape("a < b & c > d"), saxutils.escape("x", {"x": "y"}))
print(saxutils.unescape("&lt;&gt;&amp;&quot;"), saxutils.unescape("&q;", {"&q;": "Q"}))
print(saxutils.quoteattr("plain"), saxutils.quoteattr('has "dq"'), saxutils.quoteattr("both ' \""),
      saxutils.quoteattr("nl\n\ttab"), saxutils.quoteattr("a", {"a": "b"}))
out = io.StringIO()
g = saxutils.XMLGenerator(out)
g.startDocument()
g.startElement("root", {"k": "v&"})
g.characters("t<")
g.ignorableWhitespace(" ")
g.processingInstruction("pi", "x")
g.endElement("root")
g.endDocument()
print(out.getvalue())
out = io.StringIO()
xml.sax.parseString("<a x='1'><b>t &amp; u</b><c/></a>", saxutils.XMLGenerator(out, short_empty_elements=True))
print(out.getvalue())
