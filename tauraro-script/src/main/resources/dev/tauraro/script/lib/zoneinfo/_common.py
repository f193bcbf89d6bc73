"""TZif files (RFC 8536, versions 1 to 3) read into plain lists, and the not-found error."""

import struct


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found on the system."""


def _read(fobj, size):
    data = fobj.read(size)
    if len(data) != size:
        raise ValueError("Invalid TZif file: unexpected end of file")
    return data


def _header(fobj):
    # magic, version, 15 reserved bytes, then six counts:
    # isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
    if fobj.read(4) != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    version = _read(fobj, 1)
    _read(fobj, 15)
    return version, struct.unpack(">6l", _read(fobj, 24))


def load_data(fobj):
    """(transition times, their type indices, utc offsets, isdst flags, abbreviations, footer)
    from a TZif file: the 64-bit block and the POSIX TZ footer for version 2 and later, else the
    32-bit block and footer None."""
    version, counts = _header(fobj)
    time_format = "l"
    if version != b"\x00":
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        # skip the version 1 block: its 32-bit times are superseded by the second header's data
        _read(fobj, timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt)
        version, counts = _header(fobj)
        time_format = "q"
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    time_size = struct.calcsize(">" + time_format)
    times = list(struct.unpack(">%d%s" % (timecnt, time_format), _read(fobj, timecnt * time_size)))
    indices = list(_read(fobj, timecnt))
    offsets = []
    isdsts = []
    abbr_indices = []
    for i in range(typecnt):
        offset, isdst, abbr_index = struct.unpack(">lBB", _read(fobj, 6))
        offsets.append(offset)
        isdsts.append(isdst)
        abbr_indices.append(abbr_index)
    chars = _read(fobj, charcnt)
    abbrs = []
    for start in abbr_indices:
        end = chars.find(b"\x00", start)
        abbrs.append(chars[start:end if end >= 0 else len(chars)].decode("latin-1"))
    # leap seconds and the standard/UT indicators do not change local time: skipped
    _read(fobj, leapcnt * (time_size + 4) + isstdcnt + isutcnt)
    footer = None
    if time_format == "q":
        footer = fobj.read().strip(b"\n").decode("ascii")
    for index in indices:
        if index >= typecnt:
            raise ValueError("Invalid TZif file: transition type index out of range")
    return times, indices, offsets, isdsts, abbrs, footer
