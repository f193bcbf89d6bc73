# bz2: bzip2 compression (written from the bz2 documentation) over the Java _bz2, whose codec is
# commons-compress's. compress/decompress work on whole buffers, several streams in one buffer
# decompress to their concatenation; BZ2File is _compressedfile's whole-file reader and streaming writer.
from _bz2 import BZ2Compressor, BZ2Decompressor
import _compressedfile

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor", "open", "compress", "decompress"]


def compress(data, compresslevel=9):
    """data compressed as one bzip2 stream."""
    comp = BZ2Compressor(compresslevel)
    return comp.compress(data) + comp.flush()


def decompress(data):
    """The data of every bzip2 stream in data, concatenated; bytes after the last are ignored."""
    results = []
    while data:
        decomp = BZ2Decompressor()
        try:
            res = decomp.decompress(data)
        except OSError:
            if results:
                break  # what follows the streams is not bzip2: ignored, as CPython does
            raise
        results.append(res)
        if not decomp.eof:
            raise ValueError("Compressed data ended before the end-of-stream marker was reached")
        data = decomp.unused_data
    return b"".join(results)


class BZ2File(_compressedfile.CompressedFile):
    """A bzip2-compressed file; modes r, w, x, a (binary)."""

    def __init__(self, filename, mode="r", *, compresslevel=9):
        if not (1 <= compresslevel <= 9):
            raise ValueError("compresslevel must be between 1 and 9")
        super().__init__(filename, mode, lambda: BZ2Compressor(compresslevel), _decompress_file)


def _decompress_file(data):
    try:
        return decompress(data)
    except ValueError:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached") from None


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """A BZ2File for binary modes, a text file over one for 't' modes."""
    return _compressedfile.open_file(lambda m: BZ2File(filename, m, compresslevel=compresslevel),
                                     mode, encoding, errors, newline)
