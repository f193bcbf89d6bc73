# parsing: XMLParser targets, TreeBuilder, iterparse events, encodings, entities, files
import io
import os
import tempfile
import xml.etree.ElementTree as ET


class Target:
    def start(self, tag, attrib): print("start", tag, attrib)
    def end(self, tag): print("end", tag)
    def data(self, d): print("data", repr(d))
    def comment(self, c): print("comment", repr(c))
    def pi(self, t, d): print("pi", t, repr(d))
    def start_ns(self, p, u): print("start_ns", repr(p), u)
    def end_ns(self, p): print("end_ns", repr(p))
    def close(self): return "closed"


p = ET.XMLParser(target=Target())
p.feed("<?xml version='1.0'?><!-- c1 --><?p1 d1?><a xmlns='u' xmlns:q='v' q:x='1' y='2'>x\ny &amp; z&#65;"
       "<![CDATA[cd<>]]>\n  <q:b/>tail<!--c2--><?p2  d2 ?></a>")
print(p.close())


class Partial:
    def start(self, tag, attrib): print("S", tag)
    def close(self): print("close called")


p = ET.XMLParser(target=Partial())
for piece in ["<r><x", "/>te", "xt</r", ">"]:
    p.feed(piece)
print(p.close())
print(ET.XMLParser().version)

text = "<r a='1'>one<!--c--><?pi x?>two<s>three</s>four</r>"
r = ET.fromstring(text)
print(repr(r.text), len(r), repr(r[0].tail))
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
r = ET.fromstring(text, ET.XMLParser(target=tb))
print([(e.tag if isinstance(e.tag, str) else e.tag.__name__, e.text, e.tail) for e in r])
print(ET.tostring(r, encoding="unicode"))

b = ET.TreeBuilder()
b.start("root", {"k": "v"})
b.data("a")
b.data("b")
b.start("c", {})
b.end("c")
b.data("tail")
e = b.end("root")
print(b.close() is e, e.text, e[0].tail, ET.tostring(e))
try:
    ET.TreeBuilder().close()
except AssertionError as err:
    print("AssertionError", err)

print(ET.fromstringlist(["<a>", "x", "</a>"]).text)
print(ET.XML("<a b='c'/>").attrib)
root, ids = ET.XMLID("<a><b id='one'/><c id='two'><d/></c></a>")
print(sorted(ids), ids["two"].tag)

print(ET.fromstring("<a>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;</a>").text)
print(ET.fromstring("<a\tb='x\ty\nz&#10;'/>").attrib)
print(ET.fromstring("<a>\r\nx\ry</a>").text.encode())
print(ET.fromstring("<!DOCTYPE a [<!ENTITY e 'hi'><!ENTITY f '&e; there'>]><a>&f; &e;</a>").text)
d = ET.fromstring("<!DOCTYPE a [<!ENTITY e '<b>x</b>'>]><a>&e;</a>")
print(ET.tostring(d))
print(ET.fromstring("<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>".encode("latin-1")).text)
print(ET.fromstring("<a>\u00e9\u20ac</a>".encode("utf-8")).text)
print(ET.fromstring(b"\xef\xbb\xbf<a>bom</a>").text)
print(ET.fromstring("<?xml version='1.0' encoding='utf-16'?><a>w</a>".encode("utf-16")).text)
print(ET.fromstring("<?xml version='1.0' encoding='iso-8859-1'?><a>x</a>").text)
print(ET.fromstring("<a><![CDATA[<not> & tags]]></a>").text)
p = ET.XMLParser()
p.entity["custom"] = "CUSTOM"
p.feed("<!DOCTYPE a SYSTEM 'x.dtd'><a>&custom;</a>")
print(p.close().text)

doc = ("<root xmlns='urn:d' xmlns:p='urn:p'><p:a k='1'>t</p:a><!--c--><?pi z?>"
       "<b xmlns:q='urn:q'><q:c/></b></root>")
for events in [None, ("start", "end"), ("start", "end", "start-ns", "end-ns"),
               ("end", "comment", "pi")]:
    it = ET.iterparse(io.BytesIO(doc.encode()), events)
    out = []
    for ev, item in it:
        if isinstance(item, tuple) or item is None:
            out.append((ev, item))
        elif ev in ("comment", "pi"):
            out.append((ev, item.text))
        else:
            out.append((ev, item.tag))
    print(events, out, it.root.tag)
try:
    for ev, el in ET.iterparse(io.BytesIO(b"<a><b></a>")):
        print(ev, el.tag)
except ET.ParseError as err:
    print("ParseError", err)
try:
    ET.iterparse(io.BytesIO(b"<a/>"), ("bogus",))
except ValueError as err:
    print("ValueError", err)

pp = ET.XMLPullParser(events=("start", "end"))
pp.feed("<a><b>")
print([(ev, e.tag) for ev, e in pp.read_events()])
pp.feed("</b><c/></a>")
print([(ev, e.tag) for ev, e in pp.read_events()])
pp.close()

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "in.xml")
    with open(path, "wb") as f:
        f.write("<?xml version='1.0' encoding='utf-8'?>\n<top><x>é</x><y/></top>".encode())
    tree = ET.parse(path)
    print(tree.getroot().tag, tree.find("x").text)
    with open(path, "rb") as f:
        print(ET.parse(f).getroot()[1].tag)
    print([(ev, e.tag) for ev, e in ET.iterparse(path, ("start",))])
    t2 = ET.ElementTree()
    print(t2.parse(path).tag, ET.ElementTree(file=path).getroot().tag)
print(ET.parse(io.StringIO("<s>text</s>")).getroot().text)
try:
    ET.parse(io.BytesIO(b"<a><b></c></a>"))
except ET.ParseError as err:
    print("ParseError", err, err.position)
