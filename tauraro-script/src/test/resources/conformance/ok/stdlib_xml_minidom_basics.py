# xml.dom.minidom basics: parsing, nodes, navigation, attributes, building, toxml/toprettyxml
import io
import os
import tempfile
from xml.dom import minidom
import xml.dom

doc = minidom.parseString("<?xml version='1.0'?><!-- top --><root a='1' b='x&amp;y'>"
                          "text<item id='1'>one</item><item id='2'><sub>two</sub></item>"
                          "<![CDATA[cd<>]]><?pi data?><!--c--></root>")
print(doc.nodeType, doc.nodeName, doc.documentElement.tagName, doc.nodeType == doc.DOCUMENT_NODE)
root = doc.documentElement
print([(n.nodeType, n.nodeName) for n in doc.childNodes])
print([(n.nodeType, n.nodeName, n.nodeValue) for n in root.childNodes])
print(root.getAttribute("a"), root.getAttribute("b"), repr(root.getAttribute("missing")))
print(root.hasAttribute("a"), root.hasAttribute("z"), root.attributes.length, list(root.attributes.keys()))
items = root.getElementsByTagName("item")
print(len(items), [i.getAttribute("id") for i in items], items[1].firstChild.tagName)
print(root.firstChild.data, root.firstChild.nodeValue, root.lastChild.nodeType, root.lastChild.data)
print(items[0].parentNode is root, items[0].nextSibling is items[1], items[1].previousSibling is items[0])
print(items[0].firstChild.wholeText if hasattr(items[0].firstChild, "wholeText") else "")
print(doc.getElementsByTagName("sub")[0].firstChild.data, root.hasChildNodes(), items[0].childNodes[0].nodeName)
print(root.toxml())
print(doc.toxml())
print(doc.toxml(encoding="utf-8"))
print(doc.toprettyxml())
print(doc.toprettyxml(indent="\t", newl="\n", encoding="latin-1"))
print(root.childNodes[3].nodeType == xml.dom.Node.CDATA_SECTION_NODE, root.childNodes[3].data)
pi = root.childNodes[4]
print(pi.target, pi.data, pi.nodeType)

d = minidom.Document()
top = d.createElement("top")
d.appendChild(top)
top.setAttribute("k", "v<&>\"")
top.setAttribute("a", "2")
child = d.createElement("child")
child.appendChild(d.createTextNode("hello & <bye>"))
top.appendChild(child)
top.appendChild(d.createComment("note"))
empty = top.appendChild(d.createElement("empty"))
top.insertBefore(d.createElement("first"), child)
print(d.toxml())
print(top.toprettyxml(indent="  "))
top.removeChild(empty)
top.removeAttribute("a")
child.firstChild.data = "changed"
print(top.toxml(), top.getAttribute("k"))
top.replaceChild(d.createElement("r"), child)
print(top.toxml(), [n.nodeName for n in top.childNodes])
clone = top.cloneNode(True)
print(clone.toxml() == top.toxml(), clone is top, top.cloneNode(False).toxml())
print(repr(d.createTextNode("x"))[:17], repr(top)[:19])
t = d.createTextNode("a")
print(t.nodeName, t.nodeType, d.createComment("x").nodeName)
e = d.createElement("x")
e.appendChild(d.createTextNode("1"))
e.appendChild(d.createTextNode("2"))
e.normalize()
print(len(e.childNodes), e.firstChild.data)

ns = minidom.parseString("<r xmlns='urn:r' xmlns:p='urn:p'><p:x p:at='1'/></r>")
x = ns.getElementsByTagName("p:x")[0]
print(x.namespaceURI, x.localName, x.prefix, x.tagName, ns.documentElement.namespaceURI)
print(x.getAttributeNS("urn:p", "at"), [n.tagName for n in ns.getElementsByTagNameNS("urn:p", "x")])

for bad in ["<a></b>", "<a>", "junk", "<a/><b/>"]:
    try:
        minidom.parseString(bad)
    except Exception as err:
        print(type(err).__module__, type(err).__name__, err, err.code, err.lineno, err.offset)

with tempfile.TemporaryDirectory() as dd:
    path = os.path.join(dd, "m.xml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("<list><v>é</v></list>")
    dm = minidom.parse(path)
    print(dm.documentElement.firstChild.firstChild.data)
    with open(path, "rb") as f:
        print(minidom.parse(f).documentElement.tagName)
    with open(path, "w", encoding="utf-8") as f:
        dm.writexml(f)
    with open(path, encoding="utf-8") as f:
        print(f.read())
print(minidom.parseString(b"<b>bytes</b>").documentElement.firstChild.data)
dm.unlink()
