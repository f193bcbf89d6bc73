"""mimetypes: map file names and URLs to MIME types and back, written for tauraro-script from the
mimetypes documentation and CPython 3.11's observed behaviour.

The table is CPython 3.11's built-in one only (generated from CPython's defaults): unlike CPython,
init() reads no system file such as /etc/mime.types, so `knownfiles` is empty; files named to
init(files), MimeTypes(filenames), read() and read_mime_types() are read as CPython reads them."""

__all__ = ["knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions", "guess_extension",
           "add_type", "init", "read_mime_types", "suffix_map", "encodings_map", "types_map",
           "common_types"]

knownfiles = []       # CPython lists the system's mime.types files here; this module reads none
inited = False
_db = None

# One line a MIME type: the type, then its extensions in CPython's order.
_TYPES = """
application/javascript .js .mjs
application/json .json
application/manifest+json .webmanifest
application/msword .doc .dot .wiz
application/n-quads .nq
application/n-triples .nt
application/octet-stream .bin .a .dll .exe .o .obj .so
application/oda .oda
application/pdf .pdf
application/pkcs7-mime .p7c
application/postscript .ps .ai .eps
application/trig .trig
application/vnd.apple.mpegurl .m3u .m3u8
application/vnd.ms-excel .xls .xlb
application/vnd.ms-powerpoint .ppt .pot .ppa .pps .pwz
application/wasm .wasm
application/x-bcpio .bcpio
application/x-cpio .cpio
application/x-csh .csh
application/x-dvi .dvi
application/x-gtar .gtar
application/x-hdf .hdf
application/x-hdf5 .h5
application/x-latex .latex
application/x-mif .mif
application/x-netcdf .cdf .nc
application/x-pkcs12 .p12 .pfx
application/x-pn-realaudio .ram
application/x-python-code .pyc .pyo
application/x-sh .sh
application/x-shar .shar
application/x-shockwave-flash .swf
application/x-sv4cpio .sv4cpio
application/x-sv4crc .sv4crc
application/x-tar .tar
application/x-tcl .tcl
application/x-tex .tex
application/x-texinfo .texi .texinfo
application/x-troff .roff .t .tr
application/x-troff-man .man
application/x-troff-me .me
application/x-troff-ms .ms
application/x-ustar .ustar
application/x-wais-source .src
application/xml .xsl .rdf .wsdl .xpdl
application/zip .zip
audio/3gpp .3gp .3gpp
audio/3gpp2 .3g2 .3gpp2
audio/aac .aac .adts .loas .ass
audio/basic .au .snd
audio/mpeg .mp3 .mp2
audio/opus .opus
audio/x-aiff .aif .aifc .aiff
audio/x-pn-realaudio .ra
audio/x-wav .wav
image/avif .avif
image/bmp .bmp
image/gif .gif
image/ief .ief
image/jpeg .jpg .jpe .jpeg
image/heic .heic
image/heif .heif
image/png .png
image/svg+xml .svg
image/tiff .tiff .tif
image/vnd.microsoft.icon .ico
image/x-cmu-raster .ras
image/x-portable-anymap .pnm
image/x-portable-bitmap .pbm
image/x-portable-graymap .pgm
image/x-portable-pixmap .ppm
image/x-rgb .rgb
image/x-xbitmap .xbm
image/x-xpixmap .xpm
image/x-xwindowdump .xwd
message/rfc822 .eml .mht .mhtml .nws
text/css .css
text/csv .csv
text/html .html .htm
text/n3 .n3
text/plain .txt .bat .c .h .ksh .pl .srt
text/richtext .rtx
text/tab-separated-values .tsv
text/vtt .vtt
text/x-python .py
text/x-setext .etx
text/x-sgml .sgm .sgml
text/x-vcard .vcf
text/xml .xml
video/mp4 .mp4
video/mpeg .mpeg .m1v .mpa .mpe .mpg
video/quicktime .mov .qt
video/webm .webm
video/x-msvideo .avi
video/x-sgi-movie .movie
"""
_COMMON = """
application/rtf .rtf
audio/midi .midi .mid
image/jpg .jpg
image/pict .pict .pct .pic
image/webp .webp
text/xul .xul
"""


def _table(text):
    table = {}
    for line in text.split('\n'):
        if line:
            mime, *exts = line.split(' ')
            for ext in exts:
                table[ext] = mime
    return table


_suffix_map_default = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz',
                       '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}
_encodings_map_default = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br'}
_types_map_default = _table(_TYPES)
_common_types_default = _table(_COMMON)

suffix_map = _suffix_map_default
encodings_map = _encodings_map_default
types_map = _types_map_default
common_types = _common_types_default


def _split_scheme(url):
    # 'scheme:rest' when the text before the first ':' has no '/', as urllib's _splittype
    colon = url.find(':')
    if colon > 0 and '/' not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


class MimeTypes:
    """A MIME types database: the built-in table (strict and common types) plus any files named."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})          # (non-strict, strict): indexed by the strict flag
        self.types_map_inv = ({}, {})
        for ext, mime in _types_map_default.items():
            self.add_type(mime, ext, True)
        for ext, mime in _common_types_default.items():
            self.add_type(mime, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension ext to MIME type type (and type to ext, after earlier extensions)."""
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a URL or path; either is None when unknown. A data: URL gives its
        declared type; with strict false the common non-standard types count too."""
        import os
        import posixpath
        url = os.fspath(url)
        scheme, url = _split_scheme(url)
        if scheme == 'data':
            comma = url.find(',')
            if comma < 0:
                return None, None
            semi = url.find(';', 0, comma)
            mime = url[:semi] if semi >= 0 else url[:comma]
            if '=' in mime or '/' not in mime:
                mime = 'text/plain'
            return mime, None
        base, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)      # encodings are case-sensitive
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        mime = self.types_map[True].get(ext)
        if mime is None and not strict:
            mime = self.types_map[False].get(ext)
        return mime, encoding

    def guess_all_extensions(self, type, strict=True):
        """The extensions of a MIME type, strict ones first, in the order they were added."""
        type = type.lower()
        exts = list(self.types_map_inv[True].get(type, []))
        if not strict:
            exts += [e for e in self.types_map_inv[False].get(type, []) if e not in exts]
        return exts

    def guess_extension(self, type, strict=True):
        """The first extension of a MIME type, or None."""
        exts = self.guess_all_extensions(type, strict)
        return exts[0] if exts else None

    def read(self, filename, strict=True):
        """Add the types of a mime.types file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the types of an open mime.types file: 'type ext ext ...' lines, '#' comments."""
        for line in fp:
            words = line.split()
            for i, word in enumerate(words):
                if word[0] == '#':
                    del words[i:]
                    break
            if words:
                for suffix in words[1:]:
                    self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Nothing to read: there is no Windows registry here."""


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    return _database().add_type(type, ext, strict)


def init(files=None):
    """(Re)build the module's database from the built-in table and the given files (after
    knownfiles); a later call with files adds them to the existing database."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True           # so that the MimeTypes() below does not call init again
    if files is None or _db is None:
        db = MimeTypes()
        files = list(knownfiles) + (list(files) if files is not None else [])
    else:
        db = _db
    import os
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The types of one mime.types file as a dict, or None when it cannot be opened."""
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]
