# documents fed in pieces (one character, or a few bytes at a time) parse as when fed whole,
# and errors are found at the same place
import xml.etree.ElementTree as ET

docs = [
    "<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE r [<!ENTITY e 'ent'>]>\n"
    "<r a='1' b=\"x &amp; y\">\r\n text &lt; &#233;&#x20AC; &e; <![CDATA[ c<d ]]>"
    "<!-- c --><?pi d?><s/><t k='v'>é€</t>\r</r>\n",
    "<a><b></c></a>", "<a>]]></a>", "<a><!-- x -- y --></a>", "<a b='1' b='2'/>",
    "<a>&undefined;</a>", "<a>\n<b>\n</b>\n</a>junk", "<a>&#x110000;</a>", "<a",
    "<a><![CDATA[open", "<a b='\n<'/>",
]


def feed(doc, size, as_bytes):
    p = ET.XMLParser()
    data = doc.encode("utf-8") if as_bytes else doc
    try:
        for i in range(0, len(data), size):
            p.feed(data[i:i + size])
        root = p.close()
        return ET.tostring(root, encoding="unicode")
    except ET.ParseError as e:
        return "ParseError %s %s" % (e, e.position)


for doc in docs:
    whole = feed(doc, len(doc) + 1, False)
    print(repr(doc[:30]), whole)
    for size in (1, 2, 3, 7):
        for as_bytes in (False, True):
            got = feed(doc, size, as_bytes)
            if got != whole:
                print("  differs with", size, as_bytes, got)

events = []
pp = ET.XMLPullParser(events=("start", "end", "comment"))
for ch in "<r><a>1</a><!--x--><b/></r>":
    pp.feed(ch)
    events.extend((ev, el.tag if ev != "comment" else el.text) for ev, el in pp.read_events())
pp.close()
print(events)
