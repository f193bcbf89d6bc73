# Element as a sequence and a mapping, SubElement, iter/itertext, copying
import copy
import xml.etree.ElementTree as ET

root = ET.Element("root", {"b": "2"}, a="1")
print(root.tag, root.attrib, root.text, root.tail, len(root))
print(sorted(root.keys()), list(root.items()), root.get("a"), root.get("zz", "dflt"))
root.set("c", "3")
print(list(root.keys()))
kids = [ET.SubElement(root, "k%d" % i, n=str(i)) for i in range(5)]
print(len(root), [e.tag for e in root], root[0] is kids[0], root[-1].tag)
print([e.tag for e in root[1:4]], [e.tag for e in root[::2]])
root.remove(kids[2])
print([e.tag for e in root])
root.insert(1, ET.Element("ins"))
root.append(ET.Element("app"))
root.extend([ET.Element("x1"), ET.Element("x2")])
print([e.tag for e in root])
del root[0]
root[0] = ET.Element("replaced")
print([e.tag for e in root], root.index if hasattr(root, "index") else "no index")
root[1:3] = [ET.Element("s1")]
print([e.tag for e in root])
del root[-2:]
print([e.tag for e in root])
for bad in (lambda: root.append("x"), lambda: root.remove(ET.Element("nope")),
            lambda: ET.Element("a", "notadict"), lambda: root.extend(["s"])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

doc = ET.fromstring("<a>t1<b>t2<c>t3</c>t4</b>t5<d/>t6</a>")
print([e.tag for e in doc.iter()], [e.tag for e in doc.iter("c")], list(doc.iter("*"))[0].tag)
print(list(doc.itertext()), "".join(doc.itertext()))
print(repr(doc.text), repr(doc[0].tail), repr(doc[0][0].text), repr(doc[1].tail))
c = copy.copy(doc)
print(c is doc, c[0] is doc[0], len(c))
d = copy.deepcopy(doc)
print(d[0] is doc[0], ET.tostring(d) == ET.tostring(doc))
doc.clear()
print(doc.attrib, len(doc), doc.text)
e = ET.Element("e")
print(ET.iselement(e), ET.iselement("e"), e.makeelement("m", {"k": "v"}).attrib)
print(repr(ET.Element("x"))[:13])
