# tostring/tostringlist/write: encodings, declarations, escaping, namespaces, methods, indent, dump
import io
import os
import tempfile
import xml.etree.ElementTree as ET

root = ET.Element("root", z="1", a="<&>\"'\n\t\r")
root.text = "t<&>\"'"
b = ET.SubElement(root, "b")
b.tail = "tail&"
ET.SubElement(root, "c", k="v").text = "é€"
root.append(ET.Comment(" a comment "))
root.append(ET.ProcessingInstruction("pi", "data here"))
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="utf-8"))
print(ET.tostring(root, encoding="latin-1"))
print(ET.tostring(root, encoding="UTF-8", xml_declaration=True))
print(ET.tostring(root, encoding="unicode", xml_declaration=True))
print(ET.tostring(root, xml_declaration=False, encoding="iso-8859-1"))
print(ET.tostring(root, short_empty_elements=False))
print(b"".join(ET.tostringlist(root)) == ET.tostring(root))
print("".join(ET.tostringlist(root, encoding="unicode")) == ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, method="text", encoding="unicode"))
print(ET.tostring(root, method="text"))

h = ET.fromstring("<html><head><script>a &lt; b &amp;&amp; c</script><style>p>q{}</style></head>"
                  "<body><p class='x&quot;&lt;'>hi<br/>there<img src='a'/></p><div/></body></html>")
print(ET.tostring(h, method="html", encoding="unicode"))
print(ET.tostring(h, method="xml", encoding="unicode"))

ns = ET.Element("{urn:a}top", {"{urn:b}attr": "1", "plain": "2"})
ET.SubElement(ns, "{urn:a}child")
ET.SubElement(ns, "{urn:c}other")
ET.SubElement(ns, "{http://www.w3.org/XML/1998/namespace}lang")
ns.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
ET.SubElement(ns, "{http://www.w3.org/2001/XMLSchema-instance}nil")
print(ET.tostring(ns, encoding="unicode"))
print(ET.tostring(ns, encoding="unicode", default_namespace="urn:a") if False else "")
try:
    ET.tostring(ns, encoding="unicode", default_namespace="urn:a")
except ValueError as e:
    print("ValueError", e)
only = ET.Element("{urn:a}top")
ET.SubElement(only, "{urn:a}child")
print(ET.tostring(only, encoding="unicode", default_namespace="urn:a"))
ET.register_namespace("aa", "urn:a")
print(ET.tostring(only, encoding="unicode"))
try:
    ET.register_namespace("ns3", "urn:z")
except ValueError as e:
    print("ValueError", e)
q = ET.Element(ET.QName("urn:q", "name"))
q.text = "x"
print(ET.tostring(q, encoding="unicode"), ET.QName("urn:q", "name"), repr(ET.QName("{u}n")))
try:
    ET.tostring(ET.Element(3))
except TypeError as e:
    print("TypeError", e)
try:
    x = ET.Element("a"); x.text = 5; ET.tostring(x)
except TypeError as e:
    print("TypeError", e)

tree = ET.ElementTree(ET.fromstring("<a><b><c>x</c><d/></b><e>keep</e><f>  </f></a>"))
ET.indent(tree)
print(ET.tostring(tree.getroot(), encoding="unicode"))
ET.indent(tree, space="\t", level=1)
print(repr(ET.tostring(tree.getroot(), encoding="unicode")))
try:
    ET.indent(tree, level=-1)
except ValueError as e:
    print("ValueError", e)
ET.dump(ET.fromstring("<a x='1'><b/></a>"))
t = ET.fromstring("<a/>"); t.tail = "end\n"
ET.dump(t)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "out.xml")
    tree.write(path)
    with open(path, "rb") as f:
        print(f.read())
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "rb") as f:
        print(f.read())
    tree.write(path, encoding="unicode")
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
    back = ET.parse(path)
    print(back.getroot().tag, len(back.getroot()))
bio = io.BytesIO()
ET.ElementTree(ET.fromstring("<a>é</a>")).write(bio, encoding="utf-16")
print(bio.getvalue())
sio = io.StringIO()
ET.ElementTree(ET.fromstring("<a>é</a>")).write(sio, encoding="unicode", method="html")
print(sio.getvalue())
try:
    ET.ElementTree(ET.Element("a")).write(io.BytesIO(), method="json")
except ValueError as e:
    print("ValueError", e)
