"""email._dates: RFC 2822 dates read leniently, as email.utils.parsedate_tz and its relatives
need them. Written for tauraro-script from the email.utils documentation and the results CPython
3.11 gives; the order of the fallbacks below (swapped day and month, a year before the time, a
zone glued to the time) is what those results show."""

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
           "january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

# Zones by name, in hours*100 + minutes as a numeric zone is written.
_ZONES = {"UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
          "AST": -400, "ADT": -300, "EST": -500, "EDT": -400, "CST": -600, "CDT": -500,
          "MST": -700, "MDT": -600, "PST": -800, "PDT": -700}


def _split_zone(tokens):
    """A time with its zone attached ("19:12:08+0100") becomes two tokens."""
    last = tokens[-1]
    for sign in "+-":
        i = last.find(sign)
        if i > 0:
            tokens[-1:] = [last[:i], last[i:]]
            return
    tokens.append("")


def parse_tz(data):
    """The 10-tuple, with None as the offset when no zone (or -0000, or an unknown one) is
    given; None when the text is no date."""
    if not data:
        return None
    tokens = data.split()
    if not tokens:
        return None
    first = tokens[0].lower()
    if first.endswith(",") or first in _DAYS:
        del tokens[0]
    else:
        i = first.rfind(",")
        if i >= 0:
            tokens[0] = tokens[0][i + 1:]
    if len(tokens) == 3:
        parts = tokens[0].split("-")
        if len(parts) == 3:
            tokens = parts + tokens[1:]
    if len(tokens) == 4:
        _split_zone(tokens)
    if len(tokens) < 5:
        return None
    dd, mm, yy, tm, tz = tokens[:5]
    mm = mm.lower()
    if mm not in _MONTHS:
        dd, mm = mm, dd.lower()
        if mm not in _MONTHS:
            return None
    month = _MONTHS.index(mm) + 1
    if month > 12:
        month -= 12
    if dd.endswith(","):
        dd = dd[:-1]
    if ":" in yy:
        yy, tm = tm, yy
    if yy.endswith(","):
        yy = yy[:-1]
    if not yy[:1].isdigit():
        yy, tz = tz, yy
    if tm.endswith(","):
        tm = tm[:-1]
    clock = tm.split(":")
    if len(clock) == 1:
        clock = tm.split(".")
    if len(clock) == 2:
        clock.append("0")
    if len(clock) != 3:
        return None
    try:
        year = int(yy)
        day = int(dd)
        hour, minute, second = int(clock[0]), int(clock[1]), int(clock[2])
    except ValueError:
        return None
    if year < 100:
        year += 1900 if year > 68 else 2000
    offset = None
    zone = tz.upper()
    if zone in _ZONES:
        offset = _ZONES[zone]
    else:
        try:
            offset = int(zone)
        except ValueError:
            pass
        if offset == 0 and zone.startswith("-"):
            offset = None
    if offset is not None:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return (year, month, day, hour, minute, second, 0, 1, -1, offset)
