# find/findall/findtext/iterfind with ElementPath's subset
import xml.etree.ElementTree as ET

doc = ET.fromstring("""<lib xmlns:x="urn:x">
 <shelf id="s1" kind="wood">
  <book lang="en"><title>A</title><year>2001</year></book>
  <book lang="fr"><title>B</title><year>1999</year></book>
  <book><title>C</title></book>
 </shelf>
 <shelf id="s2">
  <book lang="en"><title>D</title><year>2010</year></book>
  <x:book><title>NS</title></x:book>
  <magazine><title>M</title></magazine>
 </shelf>
</lib>""")

def show(path, ns=None):
    try:
        r = doc.findall(path, ns)
        print(repr(path), [(e.tag, e.findtext("title")) if e.find("title") is not None else e.tag
                           for e in r])
    except SyntaxError as e:
        print(repr(path), type(e).__name__, e)

for p in ["shelf", "shelf/book", "*/book", ".//title", "shelf//title", "./shelf/book/title",
          ".//book[@lang]", ".//book[@lang='en']", ".//book[@lang!='en']", ".//book[year]",
          ".//book[year='1999']", ".//book[year!='1999']", "shelf/book[1]", "shelf/book[2]",
          "shelf/book[last()]", "shelf/book[last()-1]", ".//title/..", "shelf[@id='s2']/*",
          ".", "*", "//book", "shelf/", ".//{urn:x}book", ".//{*}book", "shelf/{}book",
          ".//x:book", "shelf/book[@lang='en'][year='2001']", ".//book[title='C']",
          ".//title[.='D']", "shelf/book[0]", ".//nothing", "/shelf"]:
    show(p)
show(".//y:book", {"y": "urn:x"})
show(".//book", {"": "urn:x"})
show(".//q:book", {"y": "urn:x"})
print(doc.find("shelf").get("id"), doc.find("nope"), doc.findtext("nope"), doc.findtext("nope", "d"))
print(doc.findtext("shelf/book/title"), repr(doc.findtext("shelf")[:2]))
print([e.findtext("title") for e in doc.iterfind(".//book")])
tree = ET.ElementTree(doc)
print(tree.find("shelf").get("id"), len(tree.findall(".//title")), tree.findtext(".//year"))
print([e.tag for e in tree.iter("shelf")], tree.getroot() is doc)
