# canonicalize: C14N 2.0 text of documents, with its options
import io
import os
import tempfile
import xml.etree.ElementTree as ET

docs = [
    "<?xml version='1.0'?>\n<!-- before -->\n<root z='1' a=\"2\" xmlns:b='urn:b' xmlns='urn:d'>\n  <b:x b:k='v' k='w'>t &amp; &lt; &gt; \"q\"\r\n</b:x>\n  <e/>\n  <!-- in -->\n  <?pi data?>\n  <![CDATA[c<d>]]>\n</root>\n<!-- after -->",
    "<a xmlns:unused='urn:u' xmlns:p='urn:p'><p:b attr='x&#9;y&#10;z&#13;' q='&quot;&lt;&gt;&amp;'/></a>",
    "<a xmlns='urn:1'><b xmlns='urn:1'><c xmlns=''/></b></a>",
    "<a xml:lang='en' xmlns:x='urn:x'><x:b xmlns:x='urn:x'>  text  </x:b><c>  </c></a>",
]
for d in docs:
    print(repr(ET.canonicalize(d)))
    print(repr(ET.canonicalize(d, with_comments=True)))
    print(repr(ET.canonicalize(d, strip_text=True)))
print(repr(ET.canonicalize(docs[0], exclude_tags=["{urn:b}x"], exclude_attrs=["z"])))
print(repr(ET.canonicalize("<a xmlns:p='urn:p'><p:b>x</p:b><!--c--><c xmlns:p='urn:p2'><p:d p:e='1'/></c></a>", exclude_tags=["nothing"])))
print(repr(ET.canonicalize("<!--a--><?p?><r>x<?q  y?></r><?z?><!--b-->", with_comments=True)))
print(repr(ET.canonicalize("<r xmlns:a='urn:z' xmlns:b='urn:a'><x b:y='1' a:x='2' y='0'/></r>")))
try:
    ET.canonicalize("<a><b></a>")
except ET.ParseError as e:
    print("ParseError", e, e.position)
out = io.StringIO()
print(ET.canonicalize("<a b='1'/>", out=out), repr(out.getvalue()))
with tempfile.TemporaryDirectory() as dd:
    path = os.path.join(dd, "c.xml")
    with open(path, "w") as f:
        f.write("<r><s/></r>")
    print(ET.canonicalize(from_file=path))
try:
    ET.canonicalize()
except ValueError as e:
    print("ValueError", e)
