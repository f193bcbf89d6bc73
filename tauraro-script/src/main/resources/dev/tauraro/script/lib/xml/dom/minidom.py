"""xml.dom.minidom: a small DOM (Document, Element, Attr, Text, CDATASection, Comment,
ProcessingInstruction, DocumentType, DocumentFragment), parseString/parse through
xml.parsers.expat with namespaces, and toxml/toprettyxml/writexml as CPython 3.11 writes them.
Written from the documentation and from CPython's observed output.
"""

import io

import xml.dom
from xml.dom import Node, XMLNS_NAMESPACE, EMPTY_NAMESPACE

__all__ = ["parse", "parseString", "getDOMImplementation", "Document", "Element", "Text",
           "Comment", "Attr", "CDATASection", "ProcessingInstruction", "DocumentFragment",
           "DocumentType", "NodeList", "NamedNodeMap", "Node"]


class NodeList(list):
    """A list of nodes with the DOM's length and item()."""

    @property
    def length(self):
        return len(self)

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None


def _write_data(writer, data):
    if data:
        data = data.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace(">", "&gt;")
        writer.write(data)


class _Node(Node):
    """What every node has: parent, children, siblings, tree edits and serialization."""

    parentNode = None
    ownerDocument = None
    nodeValue = None
    namespaceURI = EMPTY_NAMESPACE
    prefix = None
    localName = None
    _child_types = ()

    def __init__(self):
        self.childNodes = NodeList()

    def __bool__(self):
        return True

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def _sibling(self, step):
        parent = self.parentNode
        if parent is None:
            return None
        siblings = parent.childNodes
        for i, node in enumerate(siblings):
            if node is self:
                j = i + step
                return siblings[j] if 0 <= j < len(siblings) else None
        return None

    @property
    def nextSibling(self):
        return self._sibling(1)

    @property
    def previousSibling(self):
        return self._sibling(-1)

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _index(self, child):
        for i, node in enumerate(self.childNodes):
            if node is child:
                return i
        return -1

    def _check_child(self, node):
        if node.nodeType not in self._child_types:
            raise xml.dom.HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for c in list(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        self._check_child(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        if refChild is None:
            self.childNodes.append(newChild)
        else:
            index = self._index(refChild)
            if index < 0:
                raise xml.dom.NotFoundErr()
            self.childNodes.insert(index, newChild)
        newChild.parentNode = self
        return newChild

    def appendChild(self, node):
        return self.insertBefore(node, None)

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return None
        index = self._index(oldChild)
        if index < 0:
            raise xml.dom.NotFoundErr()
        self.insertBefore(newChild, oldChild)
        self.removeChild(oldChild)
        return oldChild

    def removeChild(self, oldChild):
        index = self._index(oldChild)
        if index < 0:
            raise xml.dom.NotFoundErr()
        del self.childNodes[index]
        oldChild.parentNode = None
        return oldChild

    def normalize(self):
        out = NodeList()
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if out and out[-1].nodeType == Node.TEXT_NODE:
                    out[-1].data = out[-1].data + child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            out.append(child)
        self.childNodes[:] = out

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        self.childNodes = NodeList()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.unlink()

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        writer = io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        if encoding is None:
            return writer.getvalue()
        return writer.getvalue().encode(encoding, "xmlcharrefreplace")

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def getElementsByTagName(self, name):
        return NodeList(e for e in self._descendants()
                        if name == "*" or e.tagName == name)

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return NodeList(e for e in self._descendants()
                        if (namespaceURI == "*" or e.namespaceURI == namespaceURI)
                        and (localName == "*" or e.localName == localName))

    def _descendants(self):
        stack = [iter(self.childNodes)]
        while stack:
            for node in stack[-1]:
                if node.nodeType == Node.ELEMENT_NODE:
                    yield node
                    stack.append(iter(node.childNodes))
                break
            else:
                stack.pop()

    def cloneNode(self, deep):
        raise xml.dom.NotSupportedErr("cannot clone this node type")


class _CharacterData(_Node):
    def __init__(self, data=""):
        _Node.__init__(self)
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dotdotdot = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10], dotdotdot)

    def appendChild(self, node):
        raise xml.dom.HierarchyRequestErr("%s nodes do not have children" % self.nodeName)

    insertBefore = appendChild

    def cloneNode(self, deep):
        clone = self.__class__(self.data)
        clone.ownerDocument = self.ownerDocument
        return clone


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))

    @property
    def wholeText(self):
        parts = [self.data]
        node = self.previousSibling
        while node is not None and node.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            parts.insert(0, node.data)
            node = node.previousSibling
        node = self.nextSibling
        while node is not None and node.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            parts.append(node.data)
            node = node.nextSibling
        return "".join(parts)


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if self.data.find("]]>") >= 0:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(_CharacterData):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data=""):
        _CharacterData.__init__(self, data)
        self.target = target

    @property
    def nodeName(self):
        return self.target

    def cloneNode(self, deep):
        clone = ProcessingInstruction(self.target, self.data)
        clone.ownerDocument = self.ownerDocument
        return clone

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class Attr(_Node):
    nodeType = Node.ATTRIBUTE_NODE
    specified = True

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        _Node.__init__(self)
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        if prefix is None and ":" in qName:
            prefix, localName = qName.split(":", 1)
        self.prefix = prefix
        self.localName = localName if localName is not None else qName.split(":")[-1]
        self.value = ""
        self.ownerElement = None

    @property
    def nodeValue(self):
        return self.value

    @nodeValue.setter
    def nodeValue(self, value):
        self.value = value

    def __repr__(self):
        return "<xml.dom.minidom.Attr object at %#x>" % id(self)

    def cloneNode(self, deep):
        clone = Attr(self.name, self.namespaceURI, self.localName, self.prefix)
        clone.value = self.value
        clone.ownerDocument = self.ownerDocument
        return clone


class NamedNodeMap:
    """An element's attributes by name: length, item(), keys()/items()/values(), [name]."""

    def __init__(self, attrs):
        self._attrs = attrs

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        values = list(self._attrs.values())
        return values[index] if 0 <= index < len(values) else None

    def keys(self):
        return self._attrs.keys()

    def items(self):
        return [(a.name, a.value) for a in self._attrs.values()]

    def values(self):
        return self._attrs.values()

    def __getitem__(self, name):
        return self._attrs[name]

    def get(self, name, default=None):
        return self._attrs.get(name, default)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def __contains__(self, name):
        return name in self._attrs

    def __iter__(self):
        return iter(self._attrs)


class Element(_Node):
    nodeType = Node.ELEMENT_NODE
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                    Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        _Node.__init__(self)
        self.tagName = self.nodeName = tagName
        self.namespaceURI = namespaceURI
        if prefix is None and ":" in tagName:
            prefix = tagName.split(":", 1)[0]
        self.prefix = prefix
        self.localName = localName if localName is not None else tagName.split(":")[-1]
        self._attrs = {}

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs)

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return attr.value if attr is not None else ""

    def getAttributeNS(self, namespaceURI, localName):
        for attr in self._attrs.values():
            if attr.namespaceURI == namespaceURI and attr.localName == localName:
                return attr.value
        return ""

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.ownerDocument = self.ownerDocument
            attr.ownerElement = self
            self._attrs[attname] = attr
        attr.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        attr = self._attrs.get(qualifiedName)
        if attr is None:
            attr = Attr(qualifiedName, namespaceURI)
            attr.ownerDocument = self.ownerDocument
            attr.ownerElement = self
            self._attrs[qualifiedName] = attr
        attr.value = value

    def setAttributeNode(self, attr):
        old = self._attrs.get(attr.name)
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old

    def removeAttribute(self, name):
        try:
            del self._attrs[name]
        except KeyError:
            raise xml.dom.NotFoundErr() from None

    def removeAttributeNS(self, namespaceURI, localName):
        for name, attr in list(self._attrs.items()):
            if attr.namespaceURI == namespaceURI and attr.localName == localName:
                del self._attrs[name]
                return
        raise xml.dom.NotFoundErr()

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return any(a.namespaceURI == namespaceURI and a.localName == localName
                   for a in self._attrs.values())

    def hasAttributes(self):
        return bool(self._attrs)

    def cloneNode(self, deep):
        clone = Element(self.tagName, self.namespaceURI, self.prefix, self.localName)
        clone.ownerDocument = self.ownerDocument
        for name, attr in self._attrs.items():
            a = attr.cloneNode(False)
            a.ownerElement = clone
            clone._attrs[name] = a
        if deep:
            for child in self.childNodes:
                clone.appendChild(child.cloneNode(True))
        return clone

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(" %s=\"" % name)
            _write_data(writer, attr.value)
            writer.write("\"")
        if self.childNodes:
            writer.write(">")
            if (len(self.childNodes) == 1 and
                    self.childNodes[0].nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE)):
                self.childNodes[0].writexml(writer, "", "", "")
            else:
                writer.write(newl)
                for node in self.childNodes:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write("</%s>%s" % (self.tagName, newl))
        else:
            writer.write("/>%s" % newl)


class DocumentFragment(_Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    _child_types = Element._child_types

    def cloneNode(self, deep):
        clone = DocumentFragment()
        clone.ownerDocument = self.ownerDocument
        if deep:
            for child in self.childNodes:
                clone.appendChild(child.cloneNode(True))
        return clone


class DocumentType(_Node):
    nodeType = Node.DOCUMENT_TYPE_NODE

    def __init__(self, qualifiedName, publicId=None, systemId=None):
        _Node.__init__(self)
        self.name = self.nodeName = qualifiedName
        self.publicId = publicId
        self.systemId = systemId
        self.internalSubset = None

    def cloneNode(self, deep):
        clone = DocumentType(self.name, self.publicId, self.systemId)
        clone.internalSubset = self.internalSubset
        return clone

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class Document(_Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                    Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        _Node.__init__(self)
        self.doctype = None
        self.actualEncoding = None
        self.encoding = None
        self.standalone = None
        self.version = None
        self.implementation = DOMImplementation()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise xml.dom.HierarchyRequestErr("two document elements disallowed")
        return _Node.insertBefore(self, newChild, refChild)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, _, local = qualifiedName.rpartition(":")
        return self._own(Element(qualifiedName, namespaceURI, prefix or None, local))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(Text(data))

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        return self._own(Attr(qualifiedName, namespaceURI))

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def cloneNode(self, deep):
        clone = Document()
        clone.version, clone.encoding, clone.standalone = self.version, self.encoding, self.standalone
        if deep:
            for child in self.childNodes:
                c = child.cloneNode(True)
                clone.appendChild(c)
                if c.nodeType == Node.DOCUMENT_TYPE_NODE:
                    clone.doctype = c
        return clone

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None, standalone=None):
        declarations = []
        if encoding:
            declarations.append('encoding="%s"' % encoding)
        if standalone is not None:
            declarations.append('standalone="%s"' % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" %s?>%s' % (" ".join(declarations), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


class DOMImplementation:
    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml") and version in (None, "", "1.0", "2.0")

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if doctype is not None:
            doc.appendChild(doctype)
            doc.doctype = doctype
            doctype.ownerDocument = doc
        if qualifiedName:
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        return DocumentType(qualifiedName, publicId, systemId)


def getDOMImplementation(features=None):
    return DOMImplementation()


class _Builder:
    """Turns expat's events into a Document, merging adjacent text as CPython's builder does."""

    def __init__(self):
        from xml.parsers import expat
        self.document = Document()
        self.current = self.document
        self.pending_ns = []
        self.in_cdata = False
        p = self.parser = expat.ParserCreate(namespace_separator=" ")
        p.namespace_prefixes = True
        p.buffer_text = True
        p.ordered_attributes = True
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.data
        p.CommentHandler = self.comment
        p.ProcessingInstructionHandler = self.pi
        p.StartNamespaceDeclHandler = self.start_ns
        p.StartCdataSectionHandler = self.start_cdata
        p.EndCdataSectionHandler = self.end_cdata
        p.XmlDeclHandler = self.xml_decl
        p.StartDoctypeDeclHandler = self.doctype

    def _append(self, node):
        node.ownerDocument = self.document
        node.parentNode = self.current
        self.current.childNodes.append(node)

    def _split(self, name):
        parts = name.split(" ")
        if len(parts) == 3:
            return parts[2] + ":" + parts[1], parts[0], parts[2], parts[1]
        if len(parts) == 2:
            return parts[1], parts[0], None, parts[1]
        return name, EMPTY_NAMESPACE, None, name

    def start_ns(self, prefix, uri):
        self.pending_ns.append((prefix, uri))

    def start(self, name, attrs):
        qname, uri, prefix, local = self._split(name)
        element = Element(qname, uri, prefix, local)
        element.ownerDocument = self.document
        for nprefix, nuri in self.pending_ns:
            aname = "xmlns:" + nprefix if nprefix else "xmlns"
            a = Attr(aname, XMLNS_NAMESPACE, nprefix or "xmlns", "xmlns" if nprefix else None)
            a.value = nuri or ""
            a.ownerElement = element
            a.ownerDocument = self.document
            element._attrs[aname] = a
        self.pending_ns = []
        for i in range(0, len(attrs), 2):
            aq, auri, aprefix, alocal = self._split(attrs[i])
            a = Attr(aq, auri, alocal, aprefix)
            a.value = attrs[i + 1]
            a.ownerElement = element
            a.ownerDocument = self.document
            element._attrs[aq] = a
        self._append(element)
        self.current = element

    def end(self, name):
        self.current = self.current.parentNode

    def data(self, text):
        children = self.current.childNodes
        if not self.in_cdata and children and children[-1].nodeType == Node.TEXT_NODE:
            children[-1].data = children[-1].data + text
            return
        node = CDATASection(text) if self.in_cdata else Text(text)
        self._append(node)

    def start_cdata(self):
        self.in_cdata = True

    def end_cdata(self):
        self.in_cdata = False

    def comment(self, text):
        self._append(Comment(text))

    def pi(self, target, data):
        self._append(ProcessingInstruction(target, data))

    def xml_decl(self, version, encoding, standalone):
        self.document.version = version
        self.document.encoding = encoding
        self.document.standalone = None if standalone < 0 else bool(standalone)

    def doctype(self, name, sysid, pubid, has_internal):
        doctype = DocumentType(name, pubid, sysid)
        self._append(doctype)
        self.document.doctype = doctype


def parseString(string, parser=None):
    """The Document read from a str or bytes."""
    if parser is not None:
        raise NotSupportedErr("a SAX parser for minidom is not supported")
    builder = _Builder()
    builder.parser.Parse(string, True)
    return builder.document


def parse(file, parser=None, bufsize=None):
    """The Document read from a file name or a binary file object."""
    if parser is not None:
        raise NotSupportedErr("a SAX parser for minidom is not supported")
    builder = _Builder()
    if hasattr(file, "read"):
        builder.parser.ParseFile(file)
    else:
        with open(file, "rb") as f:
            builder.parser.ParseFile(f)
    return builder.document


NotSupportedErr = xml.dom.NotSupportedErr
