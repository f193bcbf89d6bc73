"""strptime for time.strptime and datetime.strptime, as CPython 3.11's _strptime in the C locale: the
format becomes one regular expression (TimeRE's patterns, matched ignoring case, so that alternatives
and backtracking decide as they do there), then the groups are read with CPython's rules, defaults
(1900-01-01), two-digit-year rule, ISO week checks and messages."""

import re

_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_AM_PM = ["am", "pm"]


def _alternatives(names, directive):
    # TimeRE.__seqToRE: the longest names first, so that a name is not cut short by its prefix
    names = sorted(names, key=len, reverse=True)
    if not any(names):
        return ""
    return "(?P<%s>%s)" % (directive, "|".join(re.escape(name) for name in names))


# TimeRE's patterns for the C locale; %c, %x and %X are added from their formats below
_PATTERNS = {
    "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": _alternatives(_DAYS, "A"),
    "a": _alternatives([name[:3] for name in _DAYS], "a"),
    "B": _alternatives(_MONTHS, "B"),
    "b": _alternatives([name[:3] for name in _MONTHS], "b"),
    "p": _alternatives(_AM_PM, "p"),
    "%": "%",
}
_REGEX_CHARS = re.compile(r"([\\.^$*+?\(\){}\[\]|])")
_WHITESPACE = re.compile(r"\s+")


def _pattern(format, patterns):
    """TimeRE.pattern: regex characters escaped, whitespace as \\s+, each directive by its pattern."""
    format = _WHITESPACE.sub(r"\\s+", _REGEX_CHARS.sub(r"\\\1", format))
    out = []
    while "%" in format:
        index = format.index("%") + 1
        out.append(format[:index - 1])
        out.append(patterns[format[index]])   # KeyError: a bad directive; IndexError: a stray %
        format = format[index + 1:]
    out.append(format)
    return "".join(out)


_PATTERNS["c"] = _pattern("%a %b %d %H:%M:%S %Y", _PATTERNS)
_PATTERNS["x"] = _pattern("%m/%d/%y", _PATTERNS)
_PATTERNS["X"] = _pattern("%H:%M:%S", _PATTERNS)
_zone_cache = [None, None]   # (time.tzname, time.daylight), the patterns with their %Z
_regex_cache = {}


def _zones():
    # LocaleTime.timezone: the names without and with summer time, from time.tzname, and the
    # patterns with %Z for them (remade when the zone changes, as CPython's TimeRE is)
    import time
    key = (tuple(time.tzname), time.daylight)
    if _zone_cache[0] != key:
        no_saving = {"utc", "gmt", time.tzname[0].lower()}
        has_saving = {time.tzname[1].lower()} if time.daylight else set()
        patterns = dict(_PATTERNS)
        patterns["Z"] = _alternatives(list(no_saving) + list(has_saving), "Z")
        _zone_cache[0] = key
        _zone_cache[1] = (no_saving, has_saving), patterns
        _regex_cache.clear()
    return _zone_cache[1]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_month(year, month):
    days = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][month - 1]
    return days + (1 if month > 2 and _is_leap(year) else 0)


def _ordinal(year, month, day):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + _days_before_month(year, month) + day


def _from_ordinal(n):
    # the inverse of _ordinal, by whole 400/100/4/1-year cycles
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while month < 12 and _days_before_month(year, month + 1) <= n:
        month += 1
    return year, month, n - _days_before_month(year, month) + 1


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    first_weekday = (_ordinal(year, 1, 1) + 6) % 7   # Monday is 0
    if not week_starts_Mon:   # %U: weeks start on Sunday, so count from Sunday
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _calc_julian_from_V(iso_year, iso_week, iso_weekday):
    # ISO weeks start on Mondays; week 01 holds January 4
    correction = _ordinal(iso_year, 1, 4) % 7 + 3   # isoweekday() of January 4, plus 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:   # in the year before
        ordinal += _ordinal(iso_year, 1, 1)
        iso_year -= 1
        ordinal -= _ordinal(iso_year, 1, 1)
    return iso_year, ordinal


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """(year, month, day, hour, minute, second, weekday, julian, isdst, tzname, gmtoff, fraction, gmtoff_fraction)."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    import time
    zones, patterns = _zones()
    format_regex = _regex_cache.get(format)
    if not format_regex:
        try:
            format_regex = re.compile(_pattern(format, patterns), re.IGNORECASE)
        except KeyError as err:
            bad_directive = err.args[0]
            if bad_directive == "\\":
                bad_directive = "%"
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad_directive, format)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % format) from None
        if len(_regex_cache) > 5:
            _regex_cache.clear()
        _regex_cache[format] = format_regex
    found = format_regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    found_dict = found.groupdict()
    for group_key in found_dict.keys():
        if group_key == "y":
            year = int(found_dict["y"])
            year += 2000 if year <= 68 else 1900   # the Open Group's rule for two-digit years
        elif group_key == "Y":
            year = int(found_dict["Y"])
        elif group_key == "G":
            iso_year = int(found_dict["G"])
        elif group_key == "m":
            month = int(found_dict["m"])
        elif group_key == "B":
            month = _MONTHS.index(found_dict["B"].lower()) + 1
        elif group_key == "b":
            month = [name[:3] for name in _MONTHS].index(found_dict["b"].lower()) + 1
        elif group_key == "d":
            day = int(found_dict["d"])
        elif group_key == "H":
            hour = int(found_dict["H"])
        elif group_key == "I":
            hour = int(found_dict["I"])
            ampm = found_dict.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif group_key == "M":
            minute = int(found_dict["M"])
        elif group_key == "S":
            second = int(found_dict["S"])
        elif group_key == "f":
            s = found_dict["f"]
            fraction = int(s + "0" * (6 - len(s)))
        elif group_key == "A":
            weekday = _DAYS.index(found_dict["A"].lower())
        elif group_key == "a":
            weekday = [name[:3] for name in _DAYS].index(found_dict["a"].lower())
        elif group_key == "w":
            weekday = int(found_dict["w"])
            weekday = 6 if weekday == 0 else weekday - 1
        elif group_key == "u":
            weekday = int(found_dict["u"]) - 1
        elif group_key == "j":
            julian = int(found_dict["j"])
        elif group_key in ("U", "W"):
            week_of_year = int(found_dict[group_key])
            week_of_year_start = 6 if group_key == "U" else 0
        elif group_key == "V":
            iso_week = int(found_dict["V"])
        elif group_key == "z":
            z = found_dict["z"]
            if z == "Z":
                gmtoff = 0
            else:
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError(f"Inconsistent use of : in {found_dict['z']}")
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_fraction = int(gmtoff_remainder + "0" * (6 - len(gmtoff_remainder)))
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif group_key == "Z":
            found_zone = found_dict["Z"].lower()
            for value, tz_values in enumerate(zones):
                if found_zone in tz_values:
                    # the same name with and without summer time is too ambiguous to tell
                    if time.tzname[0] == time.tzname[1] and time.daylight and found_zone not in ("utc", "gmt"):
                        break
                    tz = value
                    break
    # the ISO year and week have no defaults
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904   # a leap year, so that February 29 parses; 1900 is put back below
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _calc_julian_from_V(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        _check_date(year, month, day)
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        _check_date(year, 1, 1)
        year, month, day = _from_ordinal(_ordinal(year, 1, 1) + julian - 1)
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    tzname = found_dict.get("Z")
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff, fraction,
            gmtoff_fraction)


def _check_date(year, month, day):
    # the checks of datetime.date(year, month, day), which CPython's arithmetic goes through
    if not 1 <= year <= 9999:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    days_in_month = [31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    if not 1 <= day <= days_in_month:
        raise ValueError("day is out of range for month")


def _strptime_time(data, format="%a %b %d %H:%M:%S %Y"):
    import time
    t = _strptime(data, format)
    return time.struct_time(t[:9] + (t[9], t[10]))


def _strptime_datetime(cls, data, format="%a %b %d %H:%M:%S %Y"):
    import datetime
    for index, value in ((1, data), (2, format)):   # datetime.strptime's own argument check
        if not isinstance(value, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index, type(value).__name__))
    t = _strptime(data, format)
    args = t[:6] + (t[11],)
    if t[10] is not None:
        delta = datetime.timedelta(seconds=t[10], microseconds=t[12])
        tz = datetime.timezone(delta, t[9]) if t[9] else datetime.timezone(delta)
        args += (tz,)
    return cls(*args)
