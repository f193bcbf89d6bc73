# zipfile: ZIP archives (written from the zipfile documentation and PKWARE's APPNOTE), in script
# code over struct, zlib, bz2 and lzma. A member is read or written whole: ZipFile.open() for
# reading inflates the member into memory, for writing it keeps the data until close(). Not
# provided: decrypting encrypted members, ZIP64 archives (over 65,535 entries or 2 GiB),
# and PyZipFile (it writes CPython byte code).
import binascii
import io
import os
import stat
import struct
import sys
import time
import warnings
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "LargeZipFile", "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a file would need ZIP64 extensions."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

_COMPRESSOR_NAMES = {0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce", 5: "reduce",
                     6: "implode", 7: "tokenize", 8: "deflate", 9: "deflate64", 10: "implode",
                     12: "bzip2", 14: "lzma", 18: "terse", 19: "lz77", 97: "wavpack", 98: "ppmd"}

# the records of APPNOTE 4.3: local header, central directory header, end of central directory
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_LOCAL_SIG = b"PK\x03\x04"
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_CENTRAL_SIG = b"PK\x01\x02"
_END = struct.Struct("<4s4H2LH")
_END_SIG = b"PK\x05\x06"
_END64_LOCATOR_SIG = b"PK\x06\x07"

_FLAG_ENCRYPTED = 0x1
_FLAG_DESCRIPTOR = 0x8
_FLAG_UTF8 = 0x800


def _check_compression(compression):
    if compression == ZIP_STORED or compression == ZIP_DEFLATED:
        return
    if compression == ZIP_BZIP2 or compression == ZIP_LZMA:
        return
    raise NotImplementedError("That compression method is not supported")


def _compress(data, compress_type, level):
    """The member data compressed by compress_type; (bytes, extra general-purpose flag bits)."""
    if compress_type == ZIP_STORED:
        return data, 0
    if compress_type == ZIP_DEFLATED:
        c = zlib.compressobj(-1 if level is None else level, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush(), 0
    if compress_type == ZIP_BZIP2:
        import bz2
        return bz2.compress(data, 9 if level is None else level), 0
    import lzma
    # APPNOTE 5.8.8: version 9.4 of the LZMA SDK, the properties, then LZMA1 with an end marker
    props = lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1})
    body = lzma.compress(data, format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA1}])
    return struct.pack("<BBH", 9, 4, len(props)) + props + body, 0x2


def _decompress(data, zinfo):
    kind = zinfo.compress_type
    if kind == ZIP_STORED:
        return data
    if kind == ZIP_DEFLATED:
        # a stream cut short is not an error by itself: the CRC check decides, as in CPython
        d = zlib.decompressobj(-15)
        return d.decompress(data) + d.flush()
    if kind == ZIP_BZIP2:
        import bz2
        return bz2.decompress(data)
    if kind == ZIP_LZMA:
        import lzma
        (psize,) = struct.unpack("<H", data[2:4])
        spec = lzma._decode_filter_properties(lzma.FILTER_LZMA1, data[4:4 + psize])
        return lzma.decompress(data[4 + psize:], format=lzma.FORMAT_RAW, filters=[spec])
    name = _COMPRESSOR_NAMES.get(kind)
    if name:
        raise NotImplementedError("compression type %d (%s)" % (kind, name))
    raise NotImplementedError("That compression method is not supported")


def _check_extra(extra):
    """The extra field's records (id, length, data) must fit in it."""
    while len(extra) >= 4:
        tp, ln = struct.unpack("<HH", extra[:4])
        if ln + 4 > len(extra):
            raise BadZipFile("Corrupt extra field %04x (size=%d)" % (tp, ln))
        extra = extra[ln + 4:]


def _min_version(compress_type):
    return {ZIP_BZIP2: BZIP2_VERSION, ZIP_LZMA: LZMA_VERSION}.get(compress_type, DEFAULT_VERSION)


class ZipInfo:
    """The metadata of one archive member."""

    __slots__ = ("orig_filename", "filename", "date_time", "compress_type", "_compresslevel",
                 "comment", "extra", "create_system", "create_version", "extract_version",
                 "reserved", "flag_bits", "volume", "internal_attr", "external_attr",
                 "header_offset", "CRC", "compress_size", "file_size", "_raw_time")

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        nul = filename.find(chr(0))
        if nul >= 0:
            filename = filename[:nul]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == "win32" else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0

    def __repr__(self):
        parts = ["<%s filename=%r" % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(" compress_type=%s" % _COMPRESSOR_NAMES.get(self.compress_type, self.compress_type))
        hi, lo = self.external_attr >> 16, self.external_attr & 0xFFFF
        if hi:
            parts.append(" filemode=%r" % stat.filemode(hi))
        if lo:
            parts.append(" external_attr=%#x" % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(" file_size=%r" % self.file_size)
        if ((not isdir or self.compress_size)
                and (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            parts.append(" compress_size=%r" % self.compress_size)
        parts.append(">")
        return "".join(parts)

    def is_dir(self):
        return self.filename.endswith("/")

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file or directory filename, stored as arcname (default: filename)."""
        filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += "/"
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def _encoded_name(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | _FLAG_UTF8

    def _dos_time(self):
        y, mo, d, h, mi, s = self.date_time[:6]
        return (y - 1980) << 9 | mo << 5 | d, h << 11 | mi << 5 | s // 2

    def FileHeader(self, zip64=None):
        """The local file header of this member."""
        dosdate, dostime = self._dos_time()
        name, flags = self._encoded_name()
        version = max(_min_version(self.compress_type), self.extract_version)
        self.extract_version = version
        self.create_version = max(version, self.create_version)
        return _LOCAL.pack(_LOCAL_SIG, version, self.reserved, flags, self.compress_type, dostime,
                           dosdate, self.CRC, self.compress_size, self.file_size, len(name),
                           len(self.extra)) + name + self.extra


def _end_record(fp):
    """The end-of-central-directory record of fp and its offset, or None."""
    fp.seek(0, 2)
    size = fp.tell()
    start = max(0, size - (ZIP_MAX_COMMENT + _END.size))
    fp.seek(start)
    tail = fp.read()
    at = tail.rfind(_END_SIG)
    while at >= 0:
        if at + _END.size <= len(tail):
            rec = _END.unpack(tail[at:at + _END.size])
            comment = tail[at + _END.size:at + _END.size + rec[7]]
            if len(comment) == rec[7]:
                return rec, start + at, comment
        at = tail.rfind(_END_SIG, 0, at)
    return None


def is_zipfile(filename):
    """Whether filename (a path or a file object) has a ZIP end-of-central-directory record."""
    try:
        if hasattr(filename, "read"):
            return _end_record(filename) is not None
        with open(filename, "rb") as fp:
            return _end_record(fp) is not None
    except OSError:
        return False


class _Closable:
    """A with-statement closes it; its repr is <module.Class ...details> or <module.Class [closed]>."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _repr(self, is_open, details):
        state = "".join(details) if is_open else " [closed]"
        return "<%s.%s%s>" % (self.__class__.__module__, self.__class__.__qualname__, state)


class ZipExtFile(_Closable):
    """A member opened for reading: its whole data, inflated when opened; the CRC is checked at the end."""

    def __init__(self, data, mode, zipinfo):
        self._buffer = io.BytesIO(data)
        self._crc_ok = (binascii.crc32(data) & 0xFFFFFFFF) == zipinfo.CRC
        self.mode = mode
        self.name = zipinfo.filename
        self._zinfo = zipinfo
        self.closed = False

    def _checked(self, data, size):
        if not self._crc_ok and (size is None or size < 0 or self._buffer.tell() == len(self._buffer.getbuffer())):
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)
        return data

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def read(self, n=-1):
        self._check_open()
        return self._checked(self._buffer.read(n), n)

    def read1(self, n=-1):
        return self.read(n)

    def peek(self, n=1):
        self._check_open()
        pos = self._buffer.tell()
        data = self._buffer.read(max(n, 512))
        self._buffer.seek(pos)
        return data

    def readline(self, limit=-1):
        self._check_open()
        return self._checked(self._buffer.readline(limit), 0)

    def readlines(self, hint=-1):
        self._check_open()
        return self._checked(self._buffer.readlines(hint), 0)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def seek(self, offset, whence=0):
        self._check_open()
        return self._buffer.seek(offset, whence)

    def tell(self):
        self._check_open()
        return self._buffer.tell()

    def close(self):
        self.closed = True

    def __repr__(self):
        details = [" name=%r mode=%r" % (self.name, self.mode)]
        if self._zinfo.compress_type != ZIP_STORED:
            details.append(" compress_type=%s" % _COMPRESSOR_NAMES.get(
                self._zinfo.compress_type, self._zinfo.compress_type))
        return self._repr(not self.closed, details)


class _ZipWriteFile(_Closable):
    """A member opened for writing: the data is kept and written to the archive on close()."""

    def __init__(self, zipfile, zinfo):
        self._zipfile = zipfile
        self._zinfo = zinfo
        self._data = io.BytesIO()
        self.closed = False
        self.name = zinfo.filename
        self.mode = "wb"

    def writable(self):
        return True

    def readable(self):
        return False

    def seekable(self):
        return False

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._data.write(data)

    def tell(self):
        return self._data.tell()

    def flush(self):
        pass

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            self._zipfile._write_member(self._zinfo, self._data.getvalue())
        finally:
            self._zipfile._writing = False


class ZipFile(_Closable):
    """A ZIP archive opened for reading ('r'), writing ('w', 'x') or appending ('a')."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, compresslevel=None,
                 *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != "r":
            raise ValueError("metadata_encoding is only supported for reading files")
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b""
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._modified = False
        self._moved = False
        if isinstance(file, str) or hasattr(file, "__fspath__"):
            file = os.fspath(file)
            self._filePassed = 0
            self.filename = file
            open_mode = {"r": "rb", "w": "w+b", "x": "x+b", "a": "r+b"}[mode]
            try:
                self.fp = open(file, open_mode)
            except FileNotFoundError:
                if mode != "a":
                    raise
                self.fp = open(file, "w+b")
                mode = "w"
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, "name", None)
        try:
            if mode == "r":
                self._read_directory()
            elif mode in ("w", "x"):
                self._modified = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.start_dir = 0
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # not an archive: the new one goes after the existing bytes
                    self.fp.seek(0, 2)
                    self._modified = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def _read_directory(self):
        fp = self.fp
        try:
            found = _end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if found is None:
            raise BadZipFile("File is not a zip file")
        rec, end_offset, comment = found
        if end_offset >= 20:
            fp.seek(end_offset - 20)
            if fp.read(4) == _END64_LOCATOR_SIG:
                raise LargeZipFile("ZIP64 archives are not supported")
        size_cd, offset_cd = rec[5], rec[6]
        self._comment = comment
        concat = end_offset - size_cd - offset_cd  # bytes before the archive (a self-extractor's stub)
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        data = fp.read(size_cd)
        pos = 0
        while pos < len(data):
            if len(data) - pos < _CENTRAL.size:
                raise BadZipFile("Truncated central directory")
            c = _CENTRAL.unpack(data[pos:pos + _CENTRAL.size])
            if c[0] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            pos += _CENTRAL.size
            name = data[pos:pos + c[12]]
            pos += c[12]
            flags = c[5]
            if flags & _FLAG_UTF8:
                name = name.decode("utf-8")
            else:
                name = name.decode(self.metadata_encoding or "cp437")
            x = ZipInfo(name)
            x.extra = data[pos:pos + c[13]]
            pos += c[13]
            _check_extra(x.extra)
            x.comment = data[pos:pos + c[14]]
            pos += c[14]
            x.header_offset = c[18] + concat
            (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits,
             x.compress_type, t, d, x.CRC, x.compress_size, x.file_size) = c[1:12]
            if x.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (x.extract_version / 10))
            x.volume, x.internal_attr, x.external_attr = c[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F, t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
        # where each member's data must end: the next member's header, or the central directory
        ends = sorted({x.header_offset for x in self.filelist} | {self.start_dir})
        self._end_offsets = {}
        for x in self.filelist:
            later = [e for e in ends if e > x.header_offset]
            self._end_offsets[id(x)] = later[0] if later else None

    # -- reading
    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data is bad, or None."""
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as f:
                    f.read()
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            warnings.warn("Archive comment is too long; truncating to %d bytes" % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._modified = True

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A member as a file: for reading ('r'), or a new member for writing ('w')."""
        if mode not in ("r", "w"):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == "w":
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == "w":
            return self._open_to_write(zinfo, force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing handle on the "
                             "file. Close the writing handle before trying to read.")
        return ZipExtFile(self._member_data(zinfo, pwd), "r", zinfo)

    def _at_end(self):
        """Puts the file back where the next member goes, after reads moved it (so that an
        unseekable output, never read, is never asked to seek)."""
        if self._moved:
            self.fp.seek(self.start_dir)
            self._moved = False

    def _member_data(self, zinfo, pwd):
        fp = self.fp
        self._moved = True
        fp.seek(zinfo.header_offset)
        header = fp.read(_LOCAL.size)
        if len(header) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        h = _LOCAL.unpack(header)
        if h[0] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        fname = fp.read(h[10])
        fp.read(h[11])
        if zinfo.flag_bits & 0x20:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if zinfo.flag_bits & 0x40:
            raise NotImplementedError("strong encryption (flag bit 6)")
        encoding = "utf-8" if h[3] & _FLAG_UTF8 else (self.metadata_encoding or "cp437")
        if fname.decode(encoding) != zinfo.orig_filename:
            raise BadZipFile("File name in directory %r and header %r differ." % (zinfo.orig_filename, fname))
        if zinfo.flag_bits & _FLAG_ENCRYPTED:
            if not pwd and not self.pwd:
                raise RuntimeError("File %r is encrypted, password required for extraction" % zinfo.filename)
            raise NotImplementedError("decrypting encrypted members is not provided")
        if zinfo.compress_type not in (ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA):
            _decompress(b"", zinfo)  # raises the message naming the method
        end = getattr(self, "_end_offsets", {}).get(id(zinfo))
        if end is not None and fp.tell() + zinfo.compress_size > end:
            raise BadZipFile("Overlapped entries: %r (possible zip bomb)" % (zinfo.orig_filename,))
        data = fp.read(zinfo.compress_size)
        if len(data) < zinfo.compress_size:
            raise EOFError
        # no more than the stated size is read out, as CPython's reader stops there
        return _decompress(data, zinfo)[:zinfo.file_size]

    # -- extracting
    def extract(self, member, path=None, pwd=None):
        """Writes member under path (default: the current directory); returns the path written."""
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        path = os.getcwd() if path is None else os.fspath(path)
        for zipinfo in (self.namelist() if members is None else members):
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # the member's name made relative and harmless: no drive, no root, no '.' or '..' parts
        arcname = member.filename.replace("/", os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        parts = [p for p in arcname.split(os.path.sep) if p not in ("", os.path.curdir, os.path.pardir)]
        arcname = os.path.sep.join(parts)
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        data = self.read(member, pwd)
        with open(targetpath, "wb") as target:
            target.write(data)
        return targetpath

    # -- writing
    def _check_writable(self, what):
        if self.mode not in ("w", "x", "a"):
            raise ValueError("%s requires mode 'w', 'x', or 'a'" % what)
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")

    def _open_to_write(self, zinfo, force_zip64):
        self._check_writable("write()")
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening the ZIP file.")
        self._writing = True
        return _ZipWriteFile(self, zinfo)

    def _write_member(self, zinfo, data):
        """Appends a member's local header and data, and records it for the central directory."""
        if zinfo.filename in self.NameToInfo:
            warnings.warn("Duplicate name: %r" % zinfo.filename, stacklevel=3)
        _check_compression(zinfo.compress_type)
        if len(self.filelist) >= ZIP_FILECOUNT_LIMIT or len(data) > ZIP64_LIMIT:
            if not self._allowZip64:
                raise LargeZipFile("Zipfile size would require ZIP64 extensions")
            raise LargeZipFile("ZIP64 archives are not supported")
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16  # -rw-------, as CPython gives a member without a mode
        zinfo.file_size = len(data)
        zinfo.CRC = binascii.crc32(data) & 0xFFFFFFFF
        body, flags = _compress(data, zinfo.compress_type, zinfo._compresslevel)
        zinfo.flag_bits = (zinfo.flag_bits & ~_FLAG_DESCRIPTOR) | flags
        zinfo.compress_size = len(body)
        self._at_end()
        zinfo.header_offset = self.start_dir
        header = zinfo.FileHeader()
        self.fp.write(header)
        self.fp.write(body)
        self.start_dir += len(header) + len(body)  # counted, not told: the output may be a stream
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self._modified = True

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Adds the file (or directory) filename, stored as arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        self._check_writable("write()")
        with open(filename, "rb") as src:
            data = src.read()
        self._write_member(zinfo, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Adds a member holding data (str is written as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(zinfo_or_arcname, date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename.endswith("/"):
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        self._check_writable("write()")
        self._write_member(zinfo, bytes(data))

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Adds a directory entry."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            zinfo = ZipInfo(name, time.localtime(time.time())[:6])
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        self._check_writable("mkdir()")
        zinfo.compress_type = ZIP_STORED
        self._write_member(zinfo, b"")

    # -- closing
    def close(self):
        """Writes the central directory (in modes w, x, a) and closes the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ("w", "x", "a") and self._modified:
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_end_record(self):
        self._at_end()
        fp = self.fp
        end = self.start_dir
        for zinfo in self.filelist:
            dosdate, dostime = zinfo._dos_time()
            name, flags = zinfo._encoded_name()
            version = max(_min_version(zinfo.compress_type), zinfo.extract_version)
            create = max(version, zinfo.create_version)
            end += _CENTRAL.size + len(name) + len(zinfo.extra) + len(zinfo.comment)
            fp.write(_CENTRAL.pack(_CENTRAL_SIG, create, zinfo.create_system, version, zinfo.reserved,
                                   flags, zinfo.compress_type, dostime, dosdate, zinfo.CRC,
                                   zinfo.compress_size, zinfo.file_size, len(name), len(zinfo.extra),
                                   len(zinfo.comment), 0, zinfo.internal_attr, zinfo.external_attr,
                                   zinfo.header_offset))
            fp.write(name)
            fp.write(zinfo.extra)
            fp.write(zinfo.comment)
        count = len(self.filelist)
        fp.write(_END.pack(_END_SIG, 0, 0, count, count, end - self.start_dir, self.start_dir,
                           len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a" and hasattr(fp, "truncate"):
            fp.truncate()
        if hasattr(fp, "flush"):
            fp.flush()

    def __repr__(self):
        details = []
        if self._filePassed:
            details.append(" file=%r" % self.fp)
        elif self.filename is not None:
            details.append(" filename=%r" % self.filename)
        details.append(" mode=%r" % self.mode)
        return self._repr(self.fp is not None, details)



class Path:
    """A member or directory of an archive as a pathlib-like path; directories that only the
    member names imply ('b/' of 'b/c.txt') are directories too."""

    def __init__(self, root, at=""):
        self.root = root if isinstance(root, ZipFile) else ZipFile(root)
        self.at = at

    def _names(self):
        """The member names with every implied directory, computed from the current member list."""
        names = set(self.root.namelist())
        for name in list(names):
            parts = name.rstrip("/").split("/")[:-1]
            for i in range(1, len(parts) + 1):
                names.add("/".join(parts[:i]) + "/")
        return names

    def _next(self, at):
        return self.__class__(self.root, at)

    def __repr__(self):
        return "%s(%r, %r)" % (self.__class__.__name__, self.root.filename, self.at)

    def __str__(self):
        return os.path.join(self.root.filename, self.at)

    def __truediv__(self, other):
        return self.joinpath(other)

    def joinpath(self, *other):
        at = os.path.join(self.at, *other) if other else self.at
        names = self._names()
        if at not in names and at + "/" in names:
            at += "/"
        return self._next(at)

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    @property
    def name(self):
        import pathlib
        return pathlib.Path(self.at).name or self.filename.name

    @property
    def suffix(self):
        import pathlib
        return pathlib.Path(self.at).suffix or self.filename.suffix

    @property
    def suffixes(self):
        import pathlib
        return pathlib.Path(self.at).suffixes or self.filename.suffixes

    @property
    def stem(self):
        import pathlib
        return pathlib.Path(self.at).stem or self.filename.stem

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        parent_at = os.path.dirname(self.at.rstrip("/"))
        return self._next(parent_at + "/" if parent_at else parent_at)

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self._names()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        base = self.at.rstrip("/")
        return iter([self._next(n) for n in sorted(self._names())
                     if os.path.dirname(n.rstrip("/")) == base])

    def open(self, mode="r", *args, pwd=None, **kwargs):
        """The member as a binary ('rb', 'wb') or text ('r', 'w') file."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if not self.exists() and zip_mode == "r":
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if "b" in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        import _compressedfile
        return _compressedfile.TextFile(stream, *args, **kwargs)

    def read_text(self, *args, **kwargs):
        with self.open("r", *args, **kwargs) as strm:
            return strm.read()

    def read_bytes(self):
        with self.open("rb") as strm:
            return strm.read()
