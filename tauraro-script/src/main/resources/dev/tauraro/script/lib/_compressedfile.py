# _compressedfile: what bz2.BZ2File and lzma.LZMAFile share, and the text mode of gzip's too (written from their documentation).
# As gzip.GzipFile here, reading decompresses the whole file, on the first read, into memory;
# writing compresses as it goes through the module's compressor object. The text wrapper stands
# in for io.TextIOWrapper, which cannot wrap a script-written file class here.
import builtins
import io
import os

_CLOSED, _READ, _WRITE = 0, 1, 3


class CompressedFile:
    """A file of compressed data: binary reads and writes of the uncompressed bytes."""

    def __init__(self, filename, mode, make_compressor, decompress):
        """make_compressor() starts a stream for writing; decompress(data) inflates a whole file."""
        self._fp = None
        self._closefp = False
        self._mode = _CLOSED
        if mode in ("", "r", "rb"):
            mode = "rb"
            mode_code = _READ
        elif mode in ("w", "wb", "a", "ab", "x", "xb"):
            mode = mode[0] + "b"
            mode_code = _WRITE
        else:
            raise ValueError("Invalid mode: %r" % (mode,))
        if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
            self._fp = builtins.open(filename, mode)
            self._closefp = True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._fp = filename
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        self._mode = mode_code
        self._decompress = decompress
        self._buffer = None  # read mode: a BytesIO of the whole content, made on first use
        if mode_code == _WRITE:
            self._compressor = make_compressor()
            self._pos = 0

    # -- state checks, with io's messages
    @property
    def closed(self):
        return self._mode == _CLOSED

    def _check_open(self):
        if self._mode == _CLOSED:
            raise ValueError("I/O operation on closed file")

    def _check_readable(self):
        self._check_open()
        if self._mode != _READ:
            raise io.UnsupportedOperation("File not open for reading")

    def _check_writable(self):
        self._check_open()
        if self._mode != _WRITE:
            raise io.UnsupportedOperation("File not open for writing")

    def _content(self):
        self._check_readable()
        if self._buffer is None:
            self._buffer = io.BytesIO(self._decompress(self._fp.read()))
        return self._buffer

    # -- reading
    def read(self, size=-1):
        return self._content().read(size)

    def read1(self, size=-1):
        return self._content().read(size if size is not None and size >= 0 else -1)

    def readinto(self, b):
        return self._content().readinto(b)

    def peek(self, n=0):
        buf = self._content()
        pos = buf.tell()
        data = buf.read(max(n, 1) if n > 0 else io.DEFAULT_BUFFER_SIZE)
        buf.seek(pos)
        return data

    def readline(self, size=-1):
        return self._content().readline(size)

    def readlines(self, size=-1):
        return self._content().readlines(size)

    def __iter__(self):
        self._content()
        return self

    def __next__(self):
        line = self._content().readline()
        if not line:
            raise StopIteration
        return line

    # -- writing
    def write(self, data):
        self._check_writable()
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        self._fp.write(self._compressor.compress(data))
        self._pos += length
        return length

    def writelines(self, seq):
        for line in seq:
            self.write(line)

    # -- positioning
    def seek(self, offset, whence=io.SEEK_SET):
        self._check_open()
        if self._mode != _READ:
            raise io.UnsupportedOperation("Seeking is only supported on files open for reading")
        return self._content().seek(offset, whence)

    def tell(self):
        self._check_open()
        if self._mode == _READ:
            return self._content().tell()
        return self._pos

    def seekable(self):
        return self.readable() and self._fp.seekable()

    def readable(self):
        self._check_open()
        return self._mode == _READ

    def writable(self):
        self._check_open()
        return self._mode == _WRITE

    def fileno(self):
        self._check_open()
        return self._fp.fileno()

    def flush(self):
        self._check_open()

    def close(self):
        if self._mode == _CLOSED:
            return
        try:
            if self._mode == _WRITE:
                self._fp.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._closefp:
                    self._fp.close()
            finally:
                self._fp = None
                self._closefp = False
                self._mode = _CLOSED
                self._buffer = None

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


class TextFile:
    """Text mode over a CompressedFile: str in and out in the given encoding, newline as open()'s."""

    def __init__(self, binary, encoding=None, errors=None, newline=None):
        self.buffer = binary
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        self._newline = newline
        self._text = None

    def _reader(self):
        if self._text is None:
            text = self.buffer.read().decode(self.encoding, self.errors)
            self._text = io.StringIO(text, newline=self._newline)
        return self._text

    def read(self, size=-1):
        return self._reader().read(size)

    def readline(self, size=-1):
        return self._reader().readline(size)

    def readlines(self, hint=-1):
        return self._reader().readlines(hint)

    def __iter__(self):
        return iter(self._reader())

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        length = len(s)
        if self._newline not in (None, "", "\n"):
            s = s.replace("\n", self._newline)
        self.buffer.write(s.encode(self.encoding, self.errors))
        return length

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    @property
    def closed(self):
        return self.buffer.closed

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_file(make_binary, mode, encoding, errors, newline):
    """The open() of gzip, bz2 and lzma: make_binary(mode without 't'), in a TextFile for 't' modes."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    binary_file = make_binary(mode.replace("t", ""))
    if "t" in mode:
        return TextFile(binary_file, encoding, errors, newline)
    return binary_file
