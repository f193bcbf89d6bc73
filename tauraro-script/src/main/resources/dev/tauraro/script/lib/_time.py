"""The calendar half of the time module (struct_time, gmtime, localtime, mktime, asctime, ctime,
strftime, strptime and the zone constants), written from the Python 3.11 documentation and the C
library's (glibc, C locale) strftime output as CPython shows it. The Java time module loads this on
first use of one of these names; zone rules come from java.time through time._fields/_mktime."""

import time as _t

_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class _Field:
    """A struct_time field: read from the tuple (or its extra zone fields), never written."""

    def __init__(self, get):
        self._get = get

    def __get__(self, obj, cls=None):
        return self if obj is None else self._get(obj)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


class struct_time(tuple):
    """The time value sequence returned by gmtime(), localtime() and strptime()."""

    __module__ = "time"
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        try:
            items = tuple(seq)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if len(items) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(items))
        if len(items) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(items))
        self = tuple.__new__(cls, items[:9])
        # the fields past the ninth: from the sequence, else (as __reduce__ gives them) from dict
        extra = dict or {}
        self._zone = items[9] if len(items) > 9 else extra.get("tm_zone")
        self._gmtoff = items[10] if len(items) > 10 else extra.get("tm_gmtoff")
        return self

    tm_year = _Field(lambda self: self[0])
    tm_mon = _Field(lambda self: self[1])
    tm_mday = _Field(lambda self: self[2])
    tm_hour = _Field(lambda self: self[3])
    tm_min = _Field(lambda self: self[4])
    tm_sec = _Field(lambda self: self[5])
    tm_wday = _Field(lambda self: self[6])
    tm_yday = _Field(lambda self: self[7])
    tm_isdst = _Field(lambda self: self[8])
    tm_zone = _Field(lambda self: self._zone)
    tm_gmtoff = _Field(lambda self: self._gmtoff)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % (name, value) for name, value in zip(_FIELDS, self))

    def __reduce__(self):
        return struct_time, (tuple(self), {"tm_zone": self._zone, "tm_gmtoff": self._gmtoff})


_CLOCKS = {
    # name: (what measures it on the JVM, monotonic, adjustable, resolution); CPython names its C calls
    "time": ("java.time.Instant.now()", False, True, 1e-06),
    "monotonic": ("System.nanoTime()", True, False, 1e-09),
    "perf_counter": ("System.nanoTime()", True, False, 1e-09),
    "process_time": ("ProcessHandle.info().totalCpuDuration()", True, False, 0.01),
    "thread_time": ("ThreadMXBean.getCurrentThreadCpuTime()", True, False, 1e-09),
}


def get_clock_info(name):
    """The clock behind time(), monotonic(), perf_counter(), process_time() or thread_time()."""
    if not isinstance(name, str):
        raise TypeError("get_clock_info() argument 1 must be str, not " + type(name).__name__)
    if name not in _CLOCKS:
        raise ValueError("unknown clock")
    import types
    implementation, monotonic, adjustable, resolution = _CLOCKS[name]
    return types.SimpleNamespace(implementation=implementation, monotonic=monotonic, adjustable=adjustable,
                                 resolution=resolution)


def _seconds(secs, name):
    # CPython's _PyTime_ObjectToTime_t: a float is floored, NaN is a ValueError and anything outside
    # a 64-bit time_t (infinities too) an OverflowError
    if secs is None:
        return int(_t.time() // 1)
    if isinstance(secs, bool) or not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9223372036854775808.0 <= secs < 9223372036854775808.0:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    if not -9223372036854775808 <= secs <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return secs


def gmtime(secs=None):
    """The UTC broken-down time of secs (now if omitted) since the epoch."""
    return struct_time(_t._fields(_seconds(secs, "gmtime"), False))


def localtime(secs=None):
    """The local broken-down time of secs (now if omitted) since the epoch."""
    return struct_time(_t._fields(_seconds(secs, "localtime"), True))


def _tuple(t, caller):
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % caller)
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return t


def mktime(t):
    """The inverse of localtime(): seconds since the epoch, as a float."""
    t = _tuple(t, "mktime")
    return float(_t._mktime(t[0], t[1], t[2], t[3], t[4], t[5], t[8]))


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for a time tuple (now if omitted)."""
    t = localtime() if t is None else _tuple(t, "asctime")
    _check(t)
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6] % 7][:3], _MONTHS[max(t[1], 1) - 1][:3], t[2], t[3], t[4],
                                             t[5], t[0])


def ctime(secs=None):
    """asctime(localtime(secs))."""
    return asctime(localtime(secs))


def _check(t):
    # the ranges CPython's checktm() and strftime's argument check enforce
    if not 0 <= t[1] <= 12:
        raise ValueError("month out of range")
    if not 0 <= t[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= t[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= t[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= t[5] <= 61:
        raise ValueError("seconds out of range")
    if t[6] < -1:   # CPython takes (tm_wday + 1) % 7 in C first, where -1 becomes 0
        raise ValueError("day of week out of range")
    if not 0 <= t[7] <= 366:
        raise ValueError("day of year out of range")


def _iso_year_week(year, yday, wday):
    # ISO 8601: weeks start on Monday; week 1 holds the year's first Thursday
    week = (yday - wday + 9) // 7
    if week < 1:
        year -= 1
        prev_days = 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365
        week = (yday + prev_days - wday + 9) // 7
    else:
        days = 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365
        if yday - wday + 3 >= days:   # the Thursday of this week falls in the next year
            year += 1
            week = 1
    return year, week


# glibc's numeric conversions: their natural width (zero-padded) and whether the default padding is
# spaces (%e, %k, %l); %Y, %G and %C are not padded for small years
_NUMERIC = {"d": (2, False), "e": (2, True), "H": (2, False), "I": (2, False), "k": (2, True), "l": (2, True),
            "j": (3, False), "m": (2, False), "M": (2, False), "S": (2, False), "y": (2, False),
            "Y": (1, False), "C": (1, False), "G": (1, False), "g": (2, False), "U": (2, False),
            "W": (2, False), "V": (2, False), "u": (1, False), "w": (1, False), "s": (1, False)}
# the conversions glibc accepts after the E and O modifiers (others make the directive literal text)
_MODIFIED = {"E": "cCxXyYz%", "O": "deHImMSuUVwWyz%"}


def strftime(format, t=None):
    """Format a time tuple (now if omitted) with the C library's directives and flags."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    else:
        t = _tuple(t, "strftime")
    _check(t)
    year, mon, mday, hour, minute, sec, wday, yday, isdst = t[:9]
    mon = max(mon, 1)
    mday = max(mday, 1)
    yday = max(yday, 1)
    wday %= 7
    isdst = max(-1, min(isdst, 1))
    # a struct_time's tm_zone and tm_gmtoff, else (a plain tuple, datetime.timetuple()) glibc's
    # defaults: the zone named by tm_isdst, an offset of 0; both empty when tm_isdst is negative
    zone = getattr(t, "tm_zone", None)
    gmtoff = getattr(t, "tm_gmtoff", None)
    if zone is None:
        zone = "" if isdst < 0 else _zones()[3][isdst]
    if gmtoff is None:
        gmtoff = 0
    fields = (year, mon, mday, hour, minute, sec, wday, yday, isdst, zone, gmtoff, t)
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        start = i
        i += 1
        pad = None   # glibc's flags: - (no padding), _ (spaces), 0 (zeros), ^ (upper case), # (swap case)
        upper = swap = False
        while i < n and format[i] in "-_0^#":
            if format[i] == "^":
                upper = True
            elif format[i] == "#":
                swap = True
            else:
                pad = format[i]
            i += 1
        width = 0
        while i < n and format[i].isdigit():
            width = width * 10 + int(format[i])
            i += 1
        d = format[i] if i < n else ""
        i += 1
        if d in _MODIFIED:
            if i < n and format[i] in _MODIFIED[d]:
                d = format[i]
                i += 1
            else:
                d = None   # a bad combination is copied as it stands, with the character after it
                i = min(i + 1, n)
        if d in _NUMERIC:
            digits, spaces = _NUMERIC[d]
            text = _number(_directive(d, *fields), max(digits, width), pad or ("_" if spaces else "0"))
        else:
            text = _directive(d, *fields) if d else None
            if text is None:
                text = format[start:i]   # an unknown directive is copied as it stands
                if upper:
                    text = text.upper()
            elif d == "P" or swap and d in "pZ":
                text = text.lower()
            elif upper or swap and d in "aAbBh":
                text = text.upper()
        out.append(text.rjust(width, "0" if pad == "0" else " "))
    return "".join(out)


def _number(value, digits, pad):
    # glibc's do_number: zeros go after the sign, spaces before it; "-" leaves the number bare
    sign = "-" if value < 0 else ""
    text = str(abs(value))
    if pad == "-":
        return sign + text
    if pad == "_":
        return (sign + text).rjust(digits)
    return sign + text.rjust(digits - len(sign), "0")


def _directive(d, year, mon, mday, hour, minute, sec, wday, yday, isdst, zone, gmtoff, t):
    # an int for the numeric conversions (see _NUMERIC), the text of the others, None if unknown
    if d == "Y":
        return year
    if d == "m":
        return mon
    if d in "de":
        return mday
    if d in "Hk":
        return hour
    if d == "M":
        return minute
    if d == "S":
        return sec
    if d == "y":
        return year % 100
    if d in "Il":
        return (hour + 11) % 12 + 1
    if d == "j":
        return yday
    if d == "w":
        return (wday + 1) % 7
    if d == "u":
        return wday + 1
    if d == "U":
        return (yday - 1 + 7 - (wday + 1) % 7) // 7
    if d == "W":
        return (yday - 1 + 7 - wday) // 7
    if d in "GgV":
        iso_year, week = _iso_year_week(year, yday - 1, wday)
        if d == "G":
            return iso_year
        if d == "g":
            return iso_year % 100
        return week
    if d == "C":
        return year // 100
    if d == "s":
        return int(mktime(tuple(t[:9])))
    if d == "a":
        return _DAYS[wday][:3]
    if d == "A":
        return _DAYS[wday]
    if d in "bh":
        return _MONTHS[mon - 1][:3]
    if d == "B":
        return _MONTHS[mon - 1]
    if d in "pP":
        return "AM" if hour < 12 else "PM"
    if d == "c":
        return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[wday][:3], _MONTHS[mon - 1][:3], mday, hour, minute, sec, year)
    if d in "xD":
        return "%02d/%02d/%02d" % (mon, mday, year % 100)
    if d in "XT":
        return "%02d:%02d:%02d" % (hour, minute, sec)
    if d == "F":
        return "%d-%02d-%02d" % (year, mon, mday)
    if d == "R":
        return "%02d:%02d" % (hour, minute)
    if d == "r":
        return "%02d:%02d:%02d %s" % ((hour + 11) % 12 + 1, minute, sec, "AM" if hour < 12 else "PM")
    if d == "n":
        return "\n"
    if d == "t":
        return "\t"
    if d == "z":
        if isdst < 0:
            return ""
        sign = "-" if gmtoff < 0 else "+"
        off = abs(gmtoff)
        return "%s%02d%02d" % (sign, off // 3600, off // 60 % 60)
    if d == "Z":
        return zone
    if d == "%":
        return "%"
    return None


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a string to a struct_time with the given format."""
    import _strptime
    return _strptime._strptime_time(string, format)


def _zone_constants():
    # CPython's rule: the offsets of January 1 and July 1 of this year; the one further west is standard
    year = gmtime()[0]
    jan = _t._fields(int(_t._mktime(year, 1, 1, 0, 0, 0, -1)), True)
    jul = _t._fields(int(_t._mktime(year, 7, 1, 0, 0, 0, -1)), True)
    jan_zone, jul_zone = -jan[10], -jul[10]
    if jan_zone < jul_zone:   # southern hemisphere: summer time in January
        return jul_zone, jan_zone, int(jan_zone != jul_zone), (jul[9], jan[9])
    return jan_zone, jul_zone, int(jan_zone != jul_zone), (jan[9], jul[9])


_ZONE_NAMES = ("timezone", "altzone", "daylight", "tzname")


def _zones():
    # The zone constants, worked out on first use rather than at import: the local zone's rules
    # are java.time's, whose first use costs tens of milliseconds, and `import logging` loads this
    # module (it reads time.localtime) without needing them. The time module's __getattr__ asks
    # here for these four names.
    g = globals()
    if "tzname" not in g:
        g.update(zip(_ZONE_NAMES, _zone_constants()))
    return g["timezone"], g["altzone"], g["daylight"], g["tzname"]
