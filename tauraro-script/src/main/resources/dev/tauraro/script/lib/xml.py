"""xml: the XML packages (etree.ElementTree, dom.minidom, sax, parsers.expat), written in script."""
