"""datetime: dates, times, intervals and fixed-offset time zones, written in the script language from
the Python 3.11 documentation and CPython's observed behaviour (reprs, messages, rounding).

Dates count days from 0001-01-01 (the proleptic Gregorian ordinal); timedelta keeps days, seconds
and microseconds normalised as CPython does; strftime replaces %f, %z and %Z and passes the rest to
time.strftime (the C library's directives, C locale); strptime is lib/_strptime.py; the local zone
(fromtimestamp, now, timestamp, astimezone) comes from time.localtime/mktime, i.e. java.time.

Differences from CPython: no pickling, no C-level type checks on subclass hooks."""

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059   # date.max.toordinal()
_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHNAMES = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_US_PER_DAY = 86400 * 1000000


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # a year guessed from the mean Gregorian year (146097 days per 400 years) is off by at most
    # one either way; fix it against the exact day count, then find the month in the table
    year = (n - 1) * 400 // 146097 + 1
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    day_of_year = n - _days_before_year(year)
    month = 12
    while _days_before_month(year, month) >= day_of_year:
        month -= 1
    return year, month, day_of_year - _days_before_month(year, month)


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if hasattr(type(value), "__index__"):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date_fields(year, month, day):
    if not (type(year) is int and type(month) is int and type(day) is int):
        # plain ints (the usual case) need no __index__ conversion
        year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    if not (type(hour) is int and type(minute) is int and type(second) is int and type(microsecond) is int):
        hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _type_name(obj, base_name):
    # CPython's C types print 'datetime.date'; a subclass prints its bare name
    cls = type(obj)
    return "datetime." + base_name if cls.__name__ == base_name and cls.__module__ == "datetime" else cls.__name__


def _clock_repr(obj, base_name, leading):
    # the leading fields always show; second and microsecond only when they (or what follows) are
    # not zero; then tzinfo and fold as keywords when set, in CPython's order: time(..., tzinfo=,
    # fold=1) but datetime(..., fold=1, tzinfo=)
    shown = [str(v) for v in leading]
    if obj._microsecond:
        shown += [str(obj._second), str(obj._microsecond)]
    elif obj._second:
        shown.append(str(obj._second))
    keywords = []
    if obj._tzinfo is not None:
        keywords.append("tzinfo=" + repr(obj._tzinfo))
    if obj._fold:
        keywords.insert(0 if base_name == "datetime" else len(keywords), "fold=1")
    shown += keywords
    return "%s(%s)" % (_type_name(obj, base_name), ", ".join(shown))


def _round_half_even(numerator, denominator):
    q, r = divmod(numerator, denominator)
    if 2 * r > denominator or 2 * r == denominator and q % 2 == 1:
        q += 1
    return q


def _format_offset(off, sep=":"):
    """+HH:MM[:SS[.ffffff]] for a timedelta offset (isoformat and %z use it)."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh + off.days * 24, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _check_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        # (unlike timezone()'s, this message does not show the offset)
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24).")


def _wrap_strftime(obj, format, timetuple):
    """%f, %z and %Z from the object, the rest through time.strftime, as CPython's datetime does."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == "%" and i + 1 < n:
            d = format[i + 1]
            i += 2
            if d == "f":
                out.append("%06d" % getattr(obj, "microsecond", 0))
            elif d == "z":
                off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
                out.append(_format_offset(off, "") if off is not None else "")
            elif d == "Z":
                name = obj.tzname() if hasattr(obj, "tzname") else None
                out.append(name.replace("%", "%%") if name is not None else "")
            else:
                out.append("%" + d)
        else:
            out.append(c)
            i += 1
    return _time.strftime("".join(out), timetuple)


def _check_str(value, what):
    if not isinstance(value, str):
        raise TypeError("%s: argument must be str" % what)


def _parse_isodate(s):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; None if malformed."""
    def digits(text):
        return len(text) > 0 and text.isdigit() and text.isascii()
    if len(s) >= 8 and s[4] == "W" or len(s) >= 8 and s[4:6] == "-W":
        extended = s[4] == "-"
        year = s[:4]
        rest = s[6:] if extended else s[5:]
        week = rest[:2]
        day = "1"
        tail = rest[2:]
        if tail:
            if extended:
                if tail[0] != "-" or len(tail) != 2:
                    return None
                day = tail[1]
            elif len(tail) == 1:
                day = tail
            else:
                return None
        if not (digits(year) and digits(week) and digits(day)):
            return None
        return _isocalendar_to_ymd(int(year), int(week), int(day))
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        parts = (s[:4], s[5:7], s[8:])
    elif len(s) == 8 and s[4] != "-":
        parts = (s[:4], s[4:6], s[6:])
    else:
        return None
    if not all(digits(p) for p in parts):
        return None
    return tuple(int(p) for p in parts)


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    monday = _iso_week1_monday(year)
    weeks_in_year = (_iso_week1_monday(year + 1) - monday) // 7
    if not 1 <= week <= weeks_in_year:
        raise ValueError("Invalid week: %d" % week)
    if not 1 <= day <= 7:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return _ord2ymd(monday + (week - 1) * 7 + day - 1)


def _iso_week1_monday(year):
    # ISO week 1 is the week holding January 4th; its Monday is the ordinal returned
    jan4 = _ymd2ord(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _parse_isotime(s):
    """(hour, minute, second, microsecond, tzinfo) of HH[:MM[:SS[.f...]]][offset]; None if malformed."""
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z":
            tz_text = s[i:]
            s = s[:i]
            if tz_text == "Z":
                tz = timezone.utc
            else:
                parsed = _parse_hms(tz_text[1:])
                if parsed is None:
                    return None
                hh, mm, ss, us = parsed
                off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
                if tz_text[0] == "-":
                    off = -off
                tz = timezone.utc if not off else timezone(off)
            break
    parsed = _parse_hms(s)
    if parsed is None:
        return None
    return parsed + (tz,)


def _parse_hms(s):
    if not s:
        return None
    frac = 0
    for sep in ".,":
        if sep in s:
            s, frac_text = s.split(sep, 1)
            if not frac_text or not frac_text.isdigit() or len(s) not in (6, 8):
                return None
            frac = int(frac_text[:6].ljust(6, "0"))
            break
    if ":" in s:
        parts = s.split(":")
    else:
        if len(s) % 2:
            return None
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        return None
    values = [int(p) for p in parts] + [0] * (3 - len(parts))
    return values[0], values[1], values[2], frac


class _Field:
    """A read-only field of the C types this module reproduces, with their message on assignment."""

    def __init__(self, slot, name, owner):
        self.slot = slot
        self.name = name
        self.owner = owner

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        raise AttributeError("attribute '%s' of '%s' objects is not writable" % (self.name, self.owner))

    def __delete__(self, obj):
        raise AttributeError("attribute '%s' of '%s' objects is not writable" % (self.name, self.owner))


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalised."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # the exact sum in microseconds: ints as they are, floats by their exact binary fractions,
        # rounded half to even once at the end
        numerator = 0
        denominator = 1
        for value, factor in ((days, _US_PER_DAY), (seconds, 1000000), (microseconds, 1),
                              (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                              (weeks, 7 * _US_PER_DAY)):
            if isinstance(value, float):
                if value != value or value in (float("inf"), float("-inf")):
                    raise ValueError("cannot convert float %s to integer" % ("NaN" if value != value else "infinity"))
                num, den = value.as_integer_ratio()
                if den > denominator:
                    numerator *= den // denominator
                    denominator = den
                numerator += num * factor * (denominator // den)
            elif isinstance(value, int):
                numerator += int(value) * factor * denominator
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_component_name(value, days, seconds, microseconds, milliseconds, minutes,
                                                   hours, weeks), type(value).__name__))
        return cls._from_microseconds(_round_half_even(numerator, denominator))

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, _US_PER_DAY)
        seconds, us = divmod(rest, 1000000)
        if not -2147483648 <= days <= 2147483647:
            # CPython converts the days to a C int before checking their range
            raise OverflowError("Python int too large to convert to C int")
        if abs(days) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self

    days = _Field("_days", "days", "datetime.timedelta")

    seconds = _Field("_seconds", "seconds", "datetime.timedelta")

    microseconds = _Field("_microseconds", "microseconds", "datetime.timedelta")

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        # only the non-zero fields, as keywords; a zero interval is timedelta(0)
        fields = (("days", self._days), ("seconds", self._seconds), ("microseconds", self._microseconds))
        shown = ", ".join("%s=%d" % pair for pair in fields if pair[1]) or "0"
        return "%s(%s)" % (_type_name(self, "timedelta"), shown)

    def __str__(self):
        secs = self._seconds
        text = "%d:%02d:%02d" % (secs // 3600, secs // 60 % 60, secs % 60)
        if self._microseconds:
            text = "%s.%06d" % (text, self._microseconds)
        if self._days:
            unit = "day" if self._days in (1, -1) else "days"
            text = "%d %s, %s" % (self._days, unit, text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even(self._to_microseconds() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        us = self._to_microseconds()
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return us // divisor
        if other == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return timedelta._from_microseconds(us // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        us = self._to_microseconds()
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("division by zero")
            return us / divisor
        if other == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        if isinstance(other, int):
            return timedelta._from_microseconds(_round_half_even(us, other) if other > 0
                                                else _round_half_even(-us, -other))
        num, den = other.as_integer_ratio()
        if num < 0:
            num, den = -num, -den
            return timedelta._from_microseconds(_round_half_even(-den * us, num))
        return timedelta._from_microseconds(_round_half_even(den * us, num))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_microseconds(self._to_microseconds() % divisor)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_microseconds(), divisor)
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return type(self), self._key()


def _component_name(value, days, seconds, microseconds, milliseconds, minutes, hours, weeks):
    for name, v in (("days", days), ("seconds", seconds), ("microseconds", microseconds),
                    ("milliseconds", milliseconds), ("minutes", minutes), ("hours", hours), ("weeks", weeks)):
        if v is value:
            return name
    return "days"


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A date of the proleptic Gregorian calendar: year, month and day."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if month is None or day is None:
            missing = "month" if month is None else "day"
            raise TypeError("function missing required argument '%s' (pos %d)" % (missing, 2 if missing == "month" else 3))
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(_timestamp_seconds(t))[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1" if n < 1 else "year %d is out of range" % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        _check_str(date_string, "fromisoformat")
        ymd = _parse_isodate(date_string) if len(date_string) in (7, 8, 10) else None
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(year, week, day))

    year = _Field("_year", "year", "datetime.date")

    month = _Field("_month", "month", "datetime.date")

    day = _Field("_day", "day", "datetime.date")

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self, "date"), self._year, self._month, self._day)

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[self.weekday()], _MONTHNAMES[self._month], self._day,
                                            self._year)

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _date_cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else 1 if a > b else -1

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return NotImplemented if isinstance(self, datetime) else False
        if isinstance(other, date):
            return self._date_cmp(other) == 0
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._date_cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._date_cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._date_cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._date_cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1_monday = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1_monday, 7)
        if week < 0:
            year -= 1
            week1_monday = _iso_week1_monday(year)
            week, day = divmod(today - week1_monday, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)

    def __reduce__(self):
        return tuple, (tuple(self),)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    ordinal = _ymd2ord(y, m, d)
    # ordinal 1 (0001-01-01) was a Monday, weekday 0; tm_yday counts from 1
    return _time.struct_time((y, m, d, hh, mm, ss, (ordinal - 1) % 7, ordinal - _ymd2ord(y, 1, 1) + 1,
                              dstflag))


def _timestamp_seconds(t):
    if isinstance(t, bool) or not isinstance(t, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    return t


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone information objects."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dtdst


class time:
    """A time of day, with an optional tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = _Field("_hour", "hour", "datetime.time")

    minute = _Field("_minute", "minute", "datetime.time")

    second = _Field("_second", "second", "datetime.time")

    microsecond = _Field("_microsecond", "microsecond", "datetime.time")

    tzinfo = _Field("_tzinfo", "tzinfo", "datetime.time")

    fold = _Field("_fold", "fold", "datetime.time")

    @classmethod
    def fromisoformat(cls, time_string):
        _check_str(time_string, "fromisoformat")
        text = time_string[1:] if time_string[:1] == "T" else time_string
        parsed = _parse_isotime(text)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        return cls(*parsed)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
            return 0 if a == b else 1 if a > b else -1
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        a = (myhhmm, self._second, self._microsecond)
        b = (othhmm, other._second, other._microsecond)
        return 0 if a == b else 1 if a > b else -1

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff, timedelta(hours=1))
                m //= timedelta(minutes=1)
                self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        return _clock_repr(self, "time", [self._hour, self._minute])

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + self._tzstr()

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, format, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_offset("dst", offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)


def _format_time(hh, mm, ss, us, timespec="auto"):
    specs = {"hours": "%02d", "minutes": "%02d:%02d", "seconds": "%02d:%02d:%02d",
             "milliseconds": "%02d:%02d:%02d.%03d", "microseconds": "%02d:%02d:%02d.%06d"}
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    try:
        fmt = specs[timespec]
    except (KeyError, TypeError):
        raise ValueError("Unknown timespec value")
    return fmt % (hh, mm, ss, us)[:fmt.count("%")]


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        if month is None or day is None:
            missing = "month" if month is None else "day"
            raise TypeError("function missing required argument '%s' (pos %d)" % (missing, 2 if missing == "month" else 3))
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = _Field("_hour", "hour", "datetime.datetime")

    minute = _Field("_minute", "minute", "datetime.datetime")

    second = _Field("_second", "second", "datetime.datetime")

    microsecond = _Field("_microsecond", "microsecond", "datetime.datetime")

    tzinfo = _Field("_tzinfo", "tzinfo", "datetime.datetime")

    fold = _Field("_fold", "fold", "datetime.datetime")

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        t = _timestamp_seconds(t)
        if isinstance(t, float):
            if t != t or t in (float("inf"), float("-inf")):
                _time.gmtime(t)  # raises CPython's ValueError (NaN) or OverflowError (time_t range)
            # exact: the float's binary fraction in microseconds, rounded half to even
            num, den = t.as_integer_ratio()
            total_us = _round_half_even(num * 1000000, den)
            whole, us = divmod(total_us, 1000000)
        else:
            whole, us = t, 0
        fields = _time.gmtime(whole) if utc else _time.localtime(whole)
        y, m, d, hh, mm, ss = fields[:6]
        return cls(y, m, d, hh, mm, min(ss, 59), us, tz)  # a leap second folds into :59

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._fromtimestamp(t, False, None)
        result = cls._fromtimestamp(t, True, tz)
        return tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_value, time_value, tzinfo=True):
        if not isinstance(date_value, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date_value).__name__)
        if not isinstance(time_value, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time_value).__name__)
        if tzinfo is True:
            tzinfo = time_value.tzinfo
        return cls(date_value.year, date_value.month, date_value.day, time_value.hour, time_value.minute,
                   time_value.second, time_value.microsecond, tzinfo, fold=time_value.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        _check_str(date_string, "fromisoformat")
        s = date_string
        # the date part is 10 characters (extended) or 8 (basic, or week date without a day), then one separator
        date_part = None
        rest = ""
        for length in (10, 8, 7):
            if len(s) >= length:
                candidate = _parse_isodate_safe(s[:length])
                if candidate is not None:
                    date_part = candidate
                    rest = s[length:]
                    break
        if date_part is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        time_part = (0, 0, 0, 0, None)
        if rest:
            parsed = _parse_isotime(rest[1:]) if len(rest) > 1 else None
            if parsed is None:
                raise ValueError("Invalid isoformat string: %r" % (date_string,))
            time_part = parsed
        return cls(*(date_part + time_part))

    @classmethod
    def strptime(cls, *args):
        if len(args) != 2:   # CPython's "UU:strptime" argument parsing
            raise TypeError("strptime() takes exactly 2 arguments (%d given)" % len(args))
        import _strptime
        return _strptime._strptime_datetime(cls, *args)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, dst)

    def _local_timestamp(self):
        seconds = _time.mktime((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                0, 0, -1 if not self._fold else 0))
        return int(seconds)

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()   # (a tzinfo without an offset: CPython's TypeError)

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_timestamp()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        local = _time.localtime(ts)
        return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)

    def astimezone(self, tz=None):
        if tz is None:
            target = self._local_timezone()
        elif isinstance(tz, tzinfo):
            target = tz
        else:
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)
        source, offset = self._source_zone()
        if target is source:
            return self
        return target.fromutc((self - offset).replace(tzinfo=target))

    def _source_zone(self):
        # (zone, offset) this moment is read in: its tzinfo if that gives an offset, else the local
        # zone for the same wall time
        zone = self._tzinfo
        offset = None if zone is None else self.utcoffset()   # checked as utcoffset() checks it
        if offset is None:
            wall = self if zone is None else self.replace(tzinfo=None)
            zone = wall._local_timezone()
            offset = zone.utcoffset(self)
        return zone, offset

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[self.weekday()], _MONTHNAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        if self._tzinfo is None and timespec == "auto" and type(sep) is str and len(sep) == 1:
            # the common naive case in one formatting step
            if self._microsecond:
                return "%04d-%02d-%02d%s%02d:%02d:%02d.%06d" % (
                    self._year, self._month, self._day, sep, self._hour, self._minute, self._second,
                    self._microsecond)
            return "%04d-%02d-%02d%s%02d:%02d:%02d" % (
                self._year, self._month, self._day, sep, self._hour, self._minute, self._second)
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % ("None" if sep is None else type(sep).__name__))
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        return _clock_repr(self, "datetime", [self._year, self._month, self._day, self._hour, self._minute])

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_offset("dst", offset)
        return offset

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            a = (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute, other._second,
                 other._microsecond)
            return 0 if a == b else 1 if a > b else -1
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def _order(self, other):
        if isinstance(other, datetime):
            return self._cmp(other)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_type_name(self, "datetime"), _type_name(other, "date")))
        return None

    def __le__(self, other):
        if type(other) is datetime and self._tzinfo is other._tzinfo and type(self) is datetime:
            return _naive_key(self) <= _naive_key(other)
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __lt__(self, other):
        if type(other) is datetime and self._tzinfo is other._tzinfo and type(self) is datetime:
            return _naive_key(self) < _naive_key(other)
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __ge__(self, other):
        if type(other) is datetime and self._tzinfo is other._tzinfo and type(self) is datetime:
            return _naive_key(self) >= _naive_key(other)
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __gt__(self, other):
        if type(other) is datetime and self._tzinfo is other._tzinfo and type(self) is datetime:
            return _naive_key(self) > _naive_key(other)
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __add__(self, other):
        if type(self) is datetime and type(other) is timedelta:
            return _add_exact(self, other._days, other._seconds, other._microseconds)
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute, seconds=self._second,
                          microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            return type(self).combine(date.fromordinal(delta.days),
                                      time(hour, minute, second, delta.microseconds, tzinfo=self._tzinfo))
        raise OverflowError("date value out of range")

    __radd__ = __add__

    def __sub__(self, other):
        if type(self) is datetime:
            kind = type(other)
            if kind is timedelta:
                return _add_exact(self, -other._days, -other._seconds, -other._microseconds)
            if kind is datetime and self._tzinfo is other._tzinfo:
                # same tzinfo object: the offsets cancel, so the naive difference is the answer
                seconds = _seconds_into_day(self) - _seconds_into_day(other)
                us = self._microsecond - other._microsecond
                days = _ymd2ord(self._year, self._month, self._day) - _ymd2ord(other._year, other._month, other._day)
                return timedelta._from_microseconds((days * 86400 + seconds) * 1000000 + us)
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = timedelta(self.toordinal() - other.toordinal(),
                         _seconds_into_day(self) - _seconds_into_day(other),
                         self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash((t._year, t._month, t._day, t._hour, t._minute, t._second, t._microsecond))
            else:
                days = _ymd2ord(self._year, self._month, self._day)
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(days, seconds, self._microsecond) - tzoff)
        return self._hashcode

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                            self._microsecond, self._tzinfo)


def _add_exact(moment, days, seconds, us):
    """moment (exactly a datetime) moved by a duration given as ints, without building intermediate
    timedelta/date/time objects: the hot path of datetime +/- timedelta."""
    us += moment._microsecond
    seconds += _seconds_into_day(moment) + us // 1000000
    us %= 1000000
    days += seconds // 86400
    seconds %= 86400
    year, month, day = moment._year, moment._month, moment._day
    if days:
        ordinal = _ymd2ord(year, month, day) + days
        if not 0 < ordinal <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        year, month, day = _ord2ymd(ordinal)
    self = object.__new__(datetime)
    self._year = year
    self._month = month
    self._day = day
    self._hour = seconds // 3600
    self._minute = seconds // 60 % 60
    self._second = seconds % 60
    self._microsecond = us
    self._tzinfo = moment._tzinfo
    self._hashcode = -1
    self._fold = 0
    return self


def _naive_key(moment):
    return (moment._year, moment._month, moment._day, moment._hour, moment._minute, moment._second,
            moment._microsecond)


def _seconds_into_day(moment):
    return (moment._hour * 60 + moment._minute) * 60 + moment._second


def _parse_isodate_safe(text):
    try:
        return _parse_isodate(text)
    except ValueError:
        return None


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ("_offset", "_name")

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        name = _type_name(self, "timezone")
        if self._name is None:
            return "%s(%r)" % (name, self._offset)
        return "%s(%r, %r)" % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s" % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s" % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s" % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc: argument must be a datetime")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
