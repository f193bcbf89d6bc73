"""xml.sax: SAX2 over the script expat: parse/parseString with a ContentHandler, make_parser,
the handler classes and SAXParseException."""

from xml.sax.xmlreader import InputSource
from xml.sax.handler import ContentHandler, ErrorHandler
from xml.sax._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                                 SAXNotSupportedException, SAXReaderNotAvailable)

default_parser_list = ["xml.sax.expatreader"]


def make_parser(parser_list=()):
    """A new SAX reader (the expat driver)."""
    from xml.sax import expatreader
    return expatreader.create_parser()


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parse a file name, file object or InputSource, sending events to handler."""
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Parse a document held in a str or bytes."""
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    inpsrc = InputSource()
    if isinstance(string, str):
        inpsrc.setCharacterStream(io.StringIO(string))
    else:
        inpsrc.setByteStream(io.BytesIO(string))
    parser.parse(inpsrc)
