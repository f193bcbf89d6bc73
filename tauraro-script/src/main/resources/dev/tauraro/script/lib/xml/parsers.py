"""xml.parsers: expat, the parser the rest of the xml package reads documents with."""
