"""strptime for time.strptime and datetime.strptime: a hand-written parser of CPython 3.11's
directives (C locale), with its defaults (1900-01-01), its two-digit-year rule and its messages
("time data ... does not match format ...", "unconverted data remains: ...").

Each numeric directive takes the longest run of digits (up to its width) whose value is in range, as
CPython's alternations do in practice; there is no backtracking across directives."""

_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_WHITESPACE = " \t\n\r\x0b\x0c"

# directive -> (maximum digits, smallest value, largest value)
_NUMERIC = {"d": (2, 1, 31), "m": (2, 1, 12), "H": (2, 0, 23), "I": (2, 1, 12), "M": (2, 0, 59),
            "S": (2, 0, 61), "j": (3, 1, 366), "y": (2, 0, 99), "Y": (4, 0, 9999), "U": (2, 0, 53),
            "W": (2, 0, 53), "w": (1, 0, 6), "u": (1, 1, 7), "V": (2, 1, 53), "G": (4, 0, 9999),
            "f": (6, 0, 999999)}
# composite directives, as the C locale spells them
_EXPAND = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S", "D": "%m/%d/%y", "T": "%H:%M:%S",
           "R": "%H:%M", "r": "%I:%M:%S %p", "F": "%Y-%m-%d", "e": "%d", "h": "%b"}


class _Mismatch(Exception):
    pass


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


def _expand(format):
    out = []
    i = 0
    while i < len(format):
        c = format[i]
        if c == "%" and i + 1 < len(format) and format[i + 1] in _EXPAND:
            out.append(_EXPAND[format[i + 1]])
            i += 2
        elif c == "%" and i + 1 < len(format):
            out.append(format[i:i + 2])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _parse(data, format):
    """The directives' values found in data, by directive letter; raises ValueError as CPython."""
    if not isinstance(data, str):
        raise TypeError("strptime() argument 0 must be str, not %s" % (type(data),))
    if not isinstance(format, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % (type(format),))
    fmt = _expand(format)
    found = {}
    pos = 0
    i = 0
    n = len(data)
    try:
        while i < len(fmt):
            c = fmt[i]
            if c in _WHITESPACE:
                # whitespace in the format matches one or more whitespace characters
                while i < len(fmt) and fmt[i] in _WHITESPACE:
                    i += 1
                if pos >= n or data[pos] not in _WHITESPACE:
                    raise _Mismatch()
                while pos < n and data[pos] in _WHITESPACE:
                    pos += 1
                continue
            if c != "%":
                if pos < n and data[pos].lower() == c.lower():
                    pos += 1
                    i += 1
                    continue
                raise _Mismatch()
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % format)
            d = fmt[i + 1]
            i += 2
            if d == "%":
                if pos < n and data[pos] == "%":
                    pos += 1
                    continue
                raise _Mismatch()
            if d in _NUMERIC:
                width, low, high = _NUMERIC[d]
                start = pos
                if d == "d" and pos < n and data[pos] == " ":   # a space-padded day
                    start = pos + 1
                    width = 1
                end = start
                while end < n and end - start < width and "0" <= data[end] <= "9":
                    end += 1
                if d in "Y" and end - start != 4:
                    raise _Mismatch()
                if d == "y" and end - start != 2:
                    raise _Mismatch()
                while end > start:
                    value = int(data[start:end])
                    if low <= value <= high:
                        break
                    end -= 1
                if end == start:
                    raise _Mismatch()
                found[d] = data[start:end]
                pos = end
                continue
            if d in "aAbBp":
                names = _DAYS if d in "aA" else _MONTHS if d in "bB" else ["am", "pm"]
                rest = data[pos:].lower()
                best = None
                for index, name in enumerate(names):
                    for candidate in ((name,) if d == "p" else (name, name[:3])):
                        if rest.startswith(candidate) and (best is None or len(candidate) > len(best[1])):
                            best = (index, candidate)
                if best is None:
                    raise _Mismatch()
                found[d] = best[0]
                pos += len(best[1])
                continue
            if d == "z":
                if pos < n and data[pos] == "Z":
                    found["z"] = (0, 0, 0, 0, 1)
                    pos += 1
                    continue
                if pos >= n or data[pos] not in "+-":
                    raise _Mismatch()
                sign = -1 if data[pos] == "-" else 1
                j = pos + 1
                parts = []
                colon = None
                while len(parts) < 3:
                    if j + 2 <= n and data[j:j + 2].isdigit() and data[j:j + 2].isascii():
                        parts.append(int(data[j:j + 2]))
                        j += 2
                    else:
                        break
                    if len(parts) < 3 and j < n and data[j] == ":" and colon is not False:
                        if j + 3 <= n and data[j + 1:j + 3].isdigit():
                            colon = True
                            j += 1
                    elif colon:
                        break
                    else:
                        colon = False
                micro = 0
                if len(parts) == 3 and j < n and data[j] == ".":
                    k = j + 1
                    while k < n and data[k].isdigit() and k - j <= 6:
                        k += 1
                    if k - j == 7:
                        micro = int(data[j + 1:k])
                        j = k
                if len(parts) < 2:
                    raise _Mismatch()
                found["z"] = (sign, parts[0], parts[1], parts[2] if len(parts) > 2 else 0, micro)
                pos = j
                continue
            if d == "Z":
                rest = data[pos:]
                import time
                names = ["utc", "gmt"] + [name.lower() for name in time.tzname]
                best = None
                for name in names:
                    if name and rest.lower().startswith(name) and (best is None or len(name) > len(best)):
                        best = name
                if best is None:
                    raise _Mismatch()
                found["Z"] = rest[:len(best)]
                pos += len(best)
                continue
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
    except _Mismatch:
        raise ValueError("time data %r does not match format %r" % (data, format)) from None
    if pos != n:
        raise ValueError("unconverted data remains: %s" % data[pos:])
    return found


def _strptime(data, format="%a %b %d %H:%M:%S %Y"):
    """(year, month, day, hour, minute, second, weekday, julian, isdst, tzname, gmtoff, fraction, gmtoff_fraction)."""
    found = _parse(data, format)
    year = None
    if "Y" in found:
        year = int(found["Y"])
    elif "y" in found:
        year = int(found["y"])
        year += 2000 if year <= 68 else 1900
    if "G" in found and "V" in found and year is None and not ("u" in found or "a" in found or "A" in found):
        raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' "
                         "and a weekday directive ('%A', '%a', '%w', or '%u').")
    month = int(found["m"]) if "m" in found else found["b"] + 1 if "b" in found else \
        found["B"] + 1 if "B" in found else 1
    day = int(found["d"]) if "d" in found else 1
    hour = 0
    if "H" in found:
        hour = int(found["H"])
    elif "I" in found:
        hour = int(found["I"]) % 12
        if found.get("p") == 1:
            hour += 12
    minute = int(found.get("M", 0))
    second = int(found.get("S", 0))
    fraction = int(found["f"].ljust(6, "0")) if "f" in found else 0
    weekday = None
    if "a" in found:
        weekday = found["a"]
    elif "A" in found:
        weekday = found["A"]
    elif "w" in found:
        weekday = (int(found["w"]) - 1) % 7
    elif "u" in found:
        weekday = int(found["u"]) - 1
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    isdst = -1
    if "z" in found:
        sign, hh, mm, ss, micro = found["z"]
        if sign == 0:
            gmtoff = 0
        else:
            gmtoff = sign * (hh * 3600 + mm * 60 + ss)
            gmtoff_fraction = sign * micro
    if "Z" in found:
        tzname = found["Z"]
        import time
        lowered = tzname.lower()
        if lowered in ("utc", "gmt"):
            isdst = 0
        elif time.daylight and lowered == time.tzname[1].lower():
            isdst = 1
        elif lowered == time.tzname[0].lower():
            isdst = 0
    leap_default = False
    if year is None:
        year = 1900
        leap_default = month == 2 and day == 29
        if leap_default:
            year = 1904   # a leap year, so that Feb 29 parses (CPython does the same)
    julian = int(found["j"]) if "j" in found else None
    if "G" in found and "V" in found and weekday is not None:
        iso_year = int(found["G"])
        # Monday of ISO week 1 is the Monday on or before January 4
        jan4 = _ordinal(iso_year, 1, 4)
        week1_monday = jan4 - (jan4 + 6) % 7
        year, month, day = _from_ordinal(week1_monday + (int(found["V"]) - 1) * 7 + weekday)
        julian = None
    elif julian is None and weekday is not None and ("U" in found or "W" in found):
        week = int(found["U"] if "U" in found else found["W"])
        first_weekday = (_ordinal(year, 1, 1) + 6) % 7   # Monday is 0
        day_of_week = weekday
        if "U" in found:   # weeks start on Sunday: count from Sunday
            first_weekday = (first_weekday + 1) % 7
            day_of_week = (day_of_week + 1) % 7
        week_0_length = (7 - first_weekday) % 7
        if week == 0:
            julian = 1 + day_of_week - first_weekday
        else:
            julian = 1 + week_0_length + 7 * (week - 1) + day_of_week
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    try:
        days_in_month = [31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        if day > days_in_month:
            raise ValueError("day is out of range for month")
    except IndexError:
        raise ValueError("month must be in 1..12")
    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(_ordinal(year, 1, 1) + julian - 1)
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if leap_default:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, isdst, tzname, gmtoff, fraction,
            gmtoff_fraction)


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
