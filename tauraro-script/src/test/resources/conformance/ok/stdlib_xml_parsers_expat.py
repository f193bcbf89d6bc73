# xml.parsers.expat: handlers, positions, ordered attributes, namespaces, errors in pieces
from xml.parsers import expat

log = []


def make(**kw):
    p = expat.ParserCreate(**kw)
    p.StartElementHandler = lambda n, a: log.append(("start", n, a, p.CurrentLineNumber, p.CurrentColumnNumber))
    p.EndElementHandler = lambda n: log.append(("end", n, p.CurrentLineNumber, p.CurrentColumnNumber))
    p.CharacterDataHandler = lambda d: log.append(("data", d))
    p.CommentHandler = lambda c: log.append(("comment", c))
    p.ProcessingInstructionHandler = lambda t, d: log.append(("pi", t, d))
    p.XmlDeclHandler = lambda v, e, s: log.append(("decl", v, e, s))
    p.StartDoctypeDeclHandler = lambda *a: log.append(("doctype",) + a)
    p.StartNamespaceDeclHandler = lambda pr, u: log.append(("ns", pr, u))
    p.EndNamespaceDeclHandler = lambda pr: log.append(("endns", pr))
    p.StartCdataSectionHandler = lambda: log.append(("cdata",))
    p.EndCdataSectionHandler = lambda: log.append(("/cdata",))
    return p


p = make()
p.Parse("<?xml version='1.0' encoding='utf-8' standalone='yes'?>\n<!DOCTYPE r SYSTEM 'r.dtd'>"
        "<r a='1' b=\"2\">\n  <s>t</s><!--c--><?pi  d ?><![CDATA[x\ny]]></r>", True)
for entry in log:
    print(entry)
log.clear()

p = make()
p.ordered_attributes = True
p.buffer_text = True
for piece in ["<r z='1' ", "a='2'>te", "xt &amp; ", "more</r>"]:
    p.Parse(piece)
p.Parse("", True)
print(log, p.buffer_text, p.ordered_attributes)
log.clear()

p = make(namespace_separator="!")
p.Parse(b"<r xmlns='urn:d' xmlns:p='urn:p' p:a='1' b='2'><p:c/><d xmlns=''/></r>", True)
for entry in log:
    print(entry)
log.clear()

p = make()
p.Parse("<r>\n<a>\n", False)
try:
    p.Parse("</b>", False)
except expat.ExpatError as e:
    print(e, e.code, e.lineno, e.offset, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber)
    print(expat.ErrorString(e.code), expat.errors.messages[e.code], expat.errors.codes[expat.errors.XML_ERROR_TAG_MISMATCH])
print(expat.error is expat.ExpatError, expat.errors.XML_ERROR_NO_ELEMENTS, expat.errors.XML_ERROR_UNDEFINED_ENTITY)
p = expat.ParserCreate()
try:
    p.Parse(b"<a>caf\xe9</a>", True)
except expat.ExpatError as e:
    print(e)
p = expat.ParserCreate(encoding="latin-1")
p.CharacterDataHandler = lambda d: print("latin-1 data", d)
p.Parse(b"<a>caf\xe9</a>", True)
for bad in [dict(namespace_separator="ab"), dict(encoding=5)]:
    try:
        expat.ParserCreate(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
