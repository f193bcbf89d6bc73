# lzma: .xz, .lzma and raw LZMA compression (written from the lzma documentation) over the Java
# _lzma, whose codecs are XZ for Java's. compress/decompress work on whole buffers (several
# streams decompress to their concatenation); LZMAFile is _compressedfile's whole-file reader and
# streaming writer.
from _lzma import *
from _lzma import _encode_filter_properties, _decode_filter_properties
import _compressedfile

__all__ = [
    "CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256", "CHECK_ID_MAX", "CHECK_UNKNOWN",
    "FILTER_LZMA1", "FILTER_LZMA2", "FILTER_DELTA", "FILTER_X86", "FILTER_IA64", "FILTER_ARM",
    "FILTER_ARMTHUMB", "FILTER_POWERPC", "FILTER_SPARC", "FORMAT_AUTO", "FORMAT_XZ", "FORMAT_ALONE",
    "FORMAT_RAW", "MF_HC3", "MF_HC4", "MF_BT2", "MF_BT3", "MF_BT4", "MODE_FAST", "MODE_NORMAL",
    "PRESET_DEFAULT", "PRESET_EXTREME", "LZMACompressor", "LZMADecompressor", "LZMAFile", "LZMAError",
    "open", "compress", "decompress", "is_check_supported",
]


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """data compressed as one stream of the given format."""
    comp = LZMACompressor(format, check, preset, filters)
    return comp.compress(data) + comp.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """The data of every stream in data, concatenated; bytes after the last are ignored."""
    results = []
    while True:
        decomp = LZMADecompressor(format, memlimit, filters)
        try:
            res = decomp.decompress(data)
        except LZMAError:
            if results:
                break  # what follows the streams is not of this format: ignored, as CPython does
            raise
        results.append(res)
        if not decomp.eof:
            raise LZMAError("Compressed data ended before the end-of-stream marker was reached")
        data = decomp.unused_data
        if not data:
            break
    return b"".join(results)


class LZMAFile(_compressedfile.CompressedFile):
    """An .xz (or .lzma, or raw) file; modes r, w, x, a (binary)."""

    def __init__(self, filename=None, mode="r", *, format=None, check=-1, preset=None, filters=None):
        if mode in ("r", "rb"):
            if check != -1:
                raise ValueError("Cannot specify an integrity check when opening a file for reading")
            if preset is not None:
                raise ValueError("Cannot specify a preset compression level when opening a file for reading")
        if format is None and mode not in ("r", "rb"):
            wformat = FORMAT_XZ
        else:
            wformat = format

        def make_compressor():
            return LZMACompressor(format=wformat, check=check, preset=preset, filters=filters)

        def decompress_file(data):
            try:
                return decompress(data, FORMAT_AUTO if format is None else format, filters=filters)
            except LZMAError as e:
                if str(e) == "Compressed data ended before the end-of-stream marker was reached":
                    raise EOFError("Compressed file ended before the end-of-stream marker was reached") from None
                raise

        super().__init__(filename, mode, make_compressor, decompress_file)


def open(filename, mode="rb", *, format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    """An LZMAFile for binary modes, a text file over one for 't' modes."""
    return _compressedfile.open_file(
        lambda m: LZMAFile(filename, m, format=format, check=check, preset=preset, filters=filters),
        mode, encoding, errors, newline)
