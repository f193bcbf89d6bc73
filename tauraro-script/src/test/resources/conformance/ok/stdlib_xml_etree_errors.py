# ParseError messages, codes and positions for malformed documents, as expat reports them
import xml.etree.ElementTree as ET

cases = [
    "<a></b>", "<a>", "<a><b></a>", "<a/><b/>", "<a/>x", "<a>&foo;</a>", "<a",
    "<a b='1' b='2'/>", "<a>&#0;</a>", "", "  ", "<a>\n  <b>\n</c></a>", "<a b=1/>",
    "<a><</a>", "<a>&</a>", "<a>&amp</a>", " <?xml version='1.0'?><a/>", "<a>]]></a>",
    "<a><![CDATA[x</a>", "<a><!-- x</a>", "<a><!-- x -- y --></a>", "<p:a/>",
    "<a b='<'/>", "<a b='&x;'/>", "<a>\x01</a>", "<1a/>", "<a></ a>", "<a>x", "<a><b>",
    "<a b='1", "<a b", "<a>&#x110000;</a>", "<a\n   b='1'\n  c></a>", "x<a/>", "xy<a/>",
    "x", " x", "<a/>\n x", "<a><?xml x?></a>", "<a xmlns:p=''/>", "<a:b:c/>",
    "<a b:c='1'/>", "<a><b/></a><", "<a/>&amp;", "<!-- x --><!-- y -->", "<a>é</b>",
    "<a>é\n</b>", "<!DOCTYPE a SYSTEM 'x.dtd'><a>&e;</a>", "<a>&#x;</a>",
    "<?xml version='1.0'?>\n<?xml version='1.0'?><a/>", "<a><b></b></a>junk",
    b"<a>\xff</a>", "<a>\n\n</b>",
]
for c in cases:
    try:
        e = ET.fromstring(c)
        print(repr(c), "parsed", e.tag)
    except ET.ParseError as err:
        print(repr(c), "|", err, "|", err.position, err.code)
        assert isinstance(err, SyntaxError)

# errors found while feeding pieces
p = ET.XMLParser()
p.feed("<root><a>")
try:
    p.feed("</b>")
except ET.ParseError as err:
    print("feed:", err, err.position)
p = ET.XMLParser()
p.feed("<root")
try:
    p.close()
except ET.ParseError as err:
    print("close:", err, err.position)
