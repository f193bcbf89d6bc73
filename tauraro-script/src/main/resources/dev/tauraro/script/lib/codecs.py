# codecs: Python's codec registry and stream classes, written from the codecs documentation and
# CPython 3.11's observed behaviour.
#
# The text codecs themselves are Java (runtime/Codecs: utf-8, utf-8-sig, utf-16, utf-32, ascii,
# latin-1, the single-byte 'charmap' codecs, unicode_escape, raw_unicode_escape); _codecs names
# them and decodes chunks that end inside a character. This file gives them CodecInfo objects,
# incremental encoders and decoders, stream readers and writers, and adds CPython's bytes-to-bytes
# codecs (hex, base64, zlib) and rot13 in script code. Absent: codecs.register/unregister (new
# codecs) and register_error (new error handlers), which str.encode and bytes.decode could not use.
import _codecs
import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
           "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors", "lookup_error"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = BOM32_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = BOM32_BE = b"\xfe\xff"
BOM_UTF32_LE = BOM64_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = BOM64_BE = b"\x00\x00\xfe\xff"
# this machine's byte order, as the utf-16 and utf-32 codecs write without one given
BOM = BOM_UTF16 = BOM_UTF16_LE if sys.byteorder == "little" else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if sys.byteorder == "little" else BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions and classes: a 4-tuple (encode, decode, streamreader, streamwriter) with
    those and incrementalencoder, incrementaldecoder and name as attributes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (self.__class__.__module__, self.__class__.__qualname__,
                                                          self.name, id(self))


class Codec:
    """The stateless encode and decode of a codec: each returns (output, length consumed)."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces; encode(input, final=False)."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps unencoded input between calls in self.buffer."""

    def __init__(self, errors="strict"):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes input given in pieces; decode(input, final=False)."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps undecoded input (a character cut off) in self.buffer."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class _OverStream:
    """What the stream classes share: the stream's other attributes, and closing it on leaving a with block."""

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamWriter(Codec, _OverStream):
    """Writes objects encoded to a stream; other attributes are the stream's."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()


class StreamReader(Codec, _OverStream):
    """Reads and decodes a stream: read, readline, readlines and iteration; other attributes are the stream's."""

    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""
        self.linebuffer = None

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def _decode_chunk(self, data, final):
        # the stateless decode of the codec over what is whole; a cut-off character waits in bytebuffer
        data = self.bytebuffer + data
        text, consumed = self._decode_prefix(data, self.errors, final)
        self.bytebuffer = data[consumed:]
        return text

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = "".join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            data = self.stream.read() if size < 0 else self.stream.read(size)
            text = self._decode_chunk(data, not data)
            self.charbuffer += text
            if not data:
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, ""
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = ""
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                # a '\r' at the end may be the first half of '\r\n'
                if data.endswith("\r"):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:  # the line has ended
                    self.charbuffer = "".join(lines[1:]) + self.charbuffer
                    line = line0withend if keepends else line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self


class StreamReaderWriter(_OverStream):
    """A stream read through a StreamReader and written through a StreamWriter (what codecs.open returns)."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()


class StreamRecoder(_OverStream):
    """Reads and writes a stream in one encoding (encode, decode) while its data is in another
    (Reader, Writer): what EncodedFile returns."""

    data_encoding = "unknown"
    file_encoding = "unknown"

    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        data = self.reader.readline() if size is None else self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, bytesencoded = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b"".join(list)
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)


# ---------------------------------------------------------------- the text codecs over runtime/Codecs

# the name CPython's errors give the stateless functions of each codec ('utf_8_encode() argument 1 ...')
_FUNCTION_NAMES = {"utf-8": "utf_8", "utf-8-sig": "utf_8", "ascii": "ascii", "iso8859-1": "latin_1",
                   "utf-16": "utf_16", "utf-16-le": "utf_16_le", "utf-16-be": "utf_16_be", "utf-32": "utf_32",
                   "utf-32-le": "utf_32_le", "utf-32-be": "utf_32_be", "unicode-escape": "unicode_escape",
                   "raw-unicode-escape": "raw_unicode_escape"}


def _text_codec(name):
    function = _FUNCTION_NAMES.get(name, "charmap")

    def encode(input, errors="strict"):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s" % (function, type(input).__name__))
        return input.encode(name, errors), len(input)

    def decode(input, errors="strict"):
        if name in ("unicode-escape", "raw-unicode-escape") and isinstance(input, str):
            input = input.encode()  # as CPython, which reads a str argument's UTF-8 bytes
        return _codecs.decode(input, name, errors, True)

    def decode_prefix(input, errors, final):
        return _codecs.decode(input, name, errors, final)

    class _IncrementalEncoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self._name = name

        def encode(self, input, final=False):
            if not isinstance(input, str):
                raise TypeError("%s_encode() argument 1 must be str, not %s" % (function, type(input).__name__))
            result = input.encode(self._name, self.errors)
            if input:  # a byte order mark only once, at the start
                self._name = _codecs.stateless(name, b"")
            return result

        def reset(self):
            self._name = name

        def getstate(self):
            return 0 if self._name != name else 2

        def setstate(self, state):
            self._name = name if state else _codecs.stateless(name, b"")

    class _IncrementalDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._name = name

        def _buffer_decode(self, input, errors, final):
            if self._name == name and not final and (name == "utf-8-sig" and BOM_UTF8.startswith(input)
                                                     or name == "utf-16" and len(input) < 2
                                                     or name == "utf-32" and len(input) < 4):
                return "", 0  # the byte order mark may not be whole yet
            result = _codecs.decode(input, self._name, errors, final)
            if result[1]:
                self._name = _codecs.stateless(self._name, input)
            return result

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._name = name

    class _StreamWriter(StreamWriter):
        def __init__(self, stream, errors="strict"):
            StreamWriter.__init__(self, stream, errors)
            self._encoder = _IncrementalEncoder(errors)

        def encode(self, input, errors="strict"):
            return self._encoder.encode(input), len(input)

        def reset(self):
            self._encoder.reset()

    class _StreamReader(StreamReader):
        def __init__(self, stream, errors="strict"):
            StreamReader.__init__(self, stream, errors)
            self._decoder = _IncrementalDecoder(errors)

        def decode(self, input, errors="strict"):
            return decode(input, errors)

        def _decode_prefix(self, data, errors, final):
            return self._decoder._buffer_decode(data, errors, final)

        def reset(self):
            StreamReader.reset(self)
            self._decoder.reset()

    for cls, suffix in ((_IncrementalEncoder, "IncrementalEncoder"), (_IncrementalDecoder, "IncrementalDecoder"),
                        (_StreamWriter, "StreamWriter"), (_StreamReader, "StreamReader")):
        cls.__name__ = cls.__qualname__ = suffix
        cls.__module__ = "encodings." + function
    return CodecInfo(encode, decode, _StreamReader, _StreamWriter, _IncrementalEncoder, _IncrementalDecoder, name)


# ---------------------------------------------------------------- CPython's bytes-to-bytes codecs, and rot13

def _binary_codec(name, encode_bytes, decode_bytes, text=False):
    def encode(input, errors="strict"):
        assert errors == "strict"
        return encode_bytes(input if text else _bytes(input)), len(input)

    def decode(input, errors="strict"):
        assert errors == "strict"
        return decode_bytes(input if text else _bytes(input)), len(input)

    class _IncrementalEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class _IncrementalDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    class _StreamWriter(StreamWriter):
        def encode(self, input, errors="strict"):
            return encode(input, errors)

    class _StreamReader(StreamReader):
        def decode(self, input, errors="strict"):
            return decode(input, errors)

        def _decode_prefix(self, data, errors, final):
            return decode(data, errors)

    return CodecInfo(encode, decode, _StreamReader, _StreamWriter, _IncrementalEncoder, _IncrementalDecoder, name,
                     _is_text_encoding=False)


def _bytes(input):
    if isinstance(input, (bytes, bytearray, memoryview)):
        return bytes(input)
    raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__)


def _hex():
    import binascii
    return _binary_codec("hex", binascii.b2a_hex, binascii.a2b_hex)


def _base64():
    import binascii
    return _binary_codec("base64", lambda b: binascii.b2a_base64(b) if b else b"",
                         lambda b: _base64_decode(binascii, b))


def _base64_decode(binascii, b):
    # as base64.decodebytes: a bad input is binascii.Error
    return binascii.a2b_base64(b)


def _zlib():
    import zlib
    return _binary_codec("zlib", zlib.compress, zlib.decompress)


def _rot13():
    table = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                          "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
    return _binary_codec("rot-13", lambda s: str.translate(s, table), lambda s: str.translate(s, table), text=True)


_BINARY = {"hex": _hex, "hex_codec": _hex, "base64": _base64, "base_64": _base64, "base64_codec": _base64,
           "zlib": _zlib, "zip": _zlib, "zlib_codec": _zlib, "rot13": _rot13, "rot_13": _rot13}
_cache = {}


def lookup(encoding):
    """The CodecInfo of an encoding name; LookupError if there is none."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    info = _cache.get(encoding)
    if info is not None:
        return info
    name = _codecs.lookup(encoding)
    if name is not None:
        info = _cache.get(name)
        if info is None:
            info = _cache[name] = _text_codec(name)
    else:
        key = "_".join("".join(c if c.isalnum() or c == "." else " " for c in encoding.lower()).split())
        make = _BINARY.get(key)
        if make is None:
            raise LookupError("unknown encoding: %s" % encoding)
        info = _cache.get(key)
        if info is None:
            info = _cache[key] = make()
    _cache[encoding] = info
    return info


def _wrap(what, encoding, call):
    try:
        return call()
    except UnicodeError:
        raise
    except (TypeError, ValueError, AssertionError) as e:
        # as CPython: the codec's error, of the same type, with the codec named
        raise type(e)("%s with %r codec failed (%s: %s)" % (what, encoding, type(e).__name__, e)) from e


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes obj with the codec registered for encoding (text codecs and bytes-to-bytes ones)."""
    info = lookup(encoding)
    return _wrap("encoding", encoding, lambda: info.encode(obj, errors))[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes obj with the codec registered for encoding (text codecs and bytes-to-bytes ones)."""
    info = lookup(encoding)
    return _wrap("decoding", encoding, lambda: info.decode(obj, errors))[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encodes the strings of iterator incrementally, yielding the non-empty outputs."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decodes the bytes of iterator incrementally, yielding the non-empty outputs."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """The file opened in binary mode and wrapped in a StreamReaderWriter of the codec (no newline
    translation); without an encoding, builtins.open(filename, mode, buffering)."""
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    """A StreamRecoder over file: data written and read in data_encoding, stored in file_encoding."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode, file_info.streamreader, file_info.streamwriter,
                       errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


# ---------------------------------------------------------------- error handlers

def strict_errors(exception):
    if isinstance(exception, UnicodeError):
        raise exception
    raise TypeError("codec must pass exception instance")


def _check(exception, kinds=(UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
    if not isinstance(exception, kinds):
        raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def ignore_errors(exception):
    _check(exception)
    return "", exception.end


def replace_errors(exception):
    _check(exception)
    n = exception.end - exception.start
    return ("?" * n if isinstance(exception, UnicodeEncodeError) else "\ufffd" * (n if isinstance(
        exception, UnicodeTranslateError) else 1)), exception.end


def backslashreplace_errors(exception):
    _check(exception)
    part = exception.object[exception.start:exception.end]
    if isinstance(exception, UnicodeDecodeError):
        return "".join("\\x%02x" % b for b in part), exception.end
    return "".join("\\x%02x" % o if o < 0x100 else "\\u%04x" % o if o < 0x10000 else "\\U%08x" % o
                   for o in map(ord, part)), exception.end


def xmlcharrefreplace_errors(exception):
    _check(exception, UnicodeEncodeError)
    return "".join("&#%d;" % ord(c) for c in exception.object[exception.start:exception.end]), exception.end


def namereplace_errors(exception):
    _check(exception, UnicodeEncodeError)
    import unicodedata
    out = []
    for c in exception.object[exception.start:exception.end]:
        try:
            out.append("\\N{%s}" % unicodedata.name(c))
        except ValueError:
            o = ord(c)
            out.append("\\x%02x" % o if o < 0x100 else "\\u%04x" % o if o < 0x10000 else "\\U%08x" % o)
    return "".join(out), exception.end


_HANDLERS = {"strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
             "backslashreplace": backslashreplace_errors, "xmlcharrefreplace": xmlcharrefreplace_errors,
             "namereplace": namereplace_errors}


def lookup_error(name):
    """The error handler registered under name: the built-in ones (strict, ignore, replace,
    backslashreplace, xmlcharrefreplace, namereplace)."""
    handler = _HANDLERS.get(name)
    if handler is None:
        raise LookupError("unknown error handler name %r" % (name,))
    return handler


# ---------------------------------------------------------------- the stateless codec functions

def _functions():
    g = globals()
    for name, function in _FUNCTION_NAMES.items():
        if name == "utf-8-sig":
            continue
        info = _text_codec(name)

        def make(info, name, function):
            def enc(str, errors=None):
                return info.encode(str, errors or "strict")

            def dec(data, errors=None, final=False):
                return _codecs.decode(data, name, errors or "strict", final)

            def dec_whole(data, errors=None):
                return _codecs.decode(data, name, errors or "strict", True)

            enc.__name__ = enc.__qualname__ = function + "_encode"
            whole = function in ("ascii", "latin_1")
            d = dec_whole if whole else dec
            d.__name__ = d.__qualname__ = function + "_decode"
            return enc, d

        g[function + "_encode"], g[function + "_decode"] = make(info, name, function)


_functions()
del _functions
