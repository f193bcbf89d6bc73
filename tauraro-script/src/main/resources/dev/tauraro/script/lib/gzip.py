# gzip: the gzip file format (RFC 1952) over zlib's raw deflate, written from the gzip
# documentation. GzipFile reads a whole member set at once and writes on close: it is a
# convenience over files of moderate size, not a streaming codec.
import _compressedfile
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ, WRITE = "rb", "wb"
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    """Raised for data that is not gzip."""


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """The gzip member of data; mtime None stamps the current time."""
    if mtime == 0:
        return zlib.compress(data, compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    xfl = 2 if compresslevel == _COMPRESS_LEVEL_BEST else 4 if compresslevel == 1 else 0
    header = b"\x1f\x8b\x08\x00" + struct.pack("<L", int(mtime) & 0xFFFFFFFF) + bytes([xfl, 255])
    body = zlib.compress(data, compresslevel, wbits=-15)
    return header + body + struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF)


def _member_header(data, pos):
    """The offset of the deflate stream of the member at pos."""
    magic = data[pos:pos + 2]
    if magic != b"\x1f\x8b":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    if len(data) < pos + 10:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    method, flag = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    at = pos + 10
    if flag & 4:
        (extra_len,) = struct.unpack("<H", data[at:at + 2])
        at += 2 + extra_len
    for bit in (8, 16):
        if flag & bit:
            end = data.find(b"\x00", at)
            if end < 0:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            at = end + 1
    if flag & 2:
        at += 2
    return at


def decompress(data):
    """The data of every gzip member of data, concatenated."""
    out = []
    pos = 0
    while pos < len(data):
        start = _member_header(data, pos)
        d = zlib.decompressobj(wbits=-15)
        chunk = d.decompress(data[start:])
        if not d.eof:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        trailer = d.unused_data
        if len(trailer) < 8:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        crc, size = struct.unpack("<LL", trailer[:8])
        if crc != zlib.crc32(chunk):
            raise BadGzipFile("CRC check failed")
        if size != len(chunk) & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        out.append(chunk)
        rest = trailer[8:]
        pos = len(data) - len(rest)
        while pos < len(data) and data[pos] == 0:  # zero padding between members is allowed
            pos += 1
    return b"".join(out)


class GzipFile:
    """A gzip file: read mode decompresses it whole on opening; write/append modes compress on close."""

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: %r" % (mode,))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = io.open(filename, mode or "rb")
        else:
            self.myfileobj = None
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        self.name = os.fspath(filename) if filename else ""
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._buffer = io.BytesIO(decompress(fileobj.read()))
        elif mode[0] in "wax":
            self.mode = WRITE
            self._buffer = io.BytesIO()
            self._level = compresslevel
            self._mtime = mtime
        else:
            raise ValueError("Invalid mode: %r" % (mode,))
        self.fileobj = fileobj
        self.closed = False

    def _check(self, wanted):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if self.mode != wanted:
            import errno
            raise OSError(errno.EBADF, ("read() on write-only GzipFile object" if wanted == READ
                                        else "write() on read-only GzipFile object"))

    def read(self, size=-1):
        self._check(READ)
        return self._buffer.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check(READ)
        return self._buffer.readline(size)

    def readlines(self, hint=-1):
        self._check(READ)
        return self._buffer.readlines(hint)

    def __iter__(self):
        self._check(READ)
        return iter(self._buffer)

    def write(self, data):
        self._check(WRITE)
        return self._buffer.write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def flush(self):
        pass

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == WRITE:
                self.fileobj.write(compress(self._buffer.getvalue(), self._level, mtime=self._mtime))
        finally:
            if self.myfileobj is not None:
                self.myfileobj.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """A GzipFile for binary modes, a text file over one for 't' modes."""
    def make_binary(gz_mode):
        if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
            return GzipFile(filename, gz_mode, compresslevel)
        if hasattr(filename, "read") or hasattr(filename, "write"):
            return GzipFile(None, gz_mode, compresslevel, filename)
        raise TypeError("filename must be a str or bytes object, or a file")
    return _compressedfile.open_file(make_binary, mode, encoding, errors, newline)
