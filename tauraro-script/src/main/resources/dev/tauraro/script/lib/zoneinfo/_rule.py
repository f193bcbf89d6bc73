"""The POSIX TZ string a TZif file ends with (RFC 8536 section 3.3): local time after the last
transition, e.g. 'CET-1CEST,M3.5.0,M10.5.0/3'. Offsets in the string count west of Greenwich, so
they are negated; rule times may be negative or beyond 24 hours (version 3)."""

import re
from datetime import date, timedelta

_EPOCH_ORDINAL = 719163   # date(1970, 1, 1).toordinal()

_NAME = r"(?:<([A-Za-z0-9+-]{3,})>|([A-Za-z]{3,}))"
_OFFSET = r"([+-]?\d{1,3}(?::\d{1,2}(?::\d{1,2})?)?)"
_DATE = r"(M\d{1,2}\.\d\.\d|J\d{1,3}|\d{1,3})(?:/" + _OFFSET + ")?"
_TZ = re.compile(_NAME + _OFFSET + "(?:" + _NAME + _OFFSET + "?(?:," + _DATE + "," + _DATE + ")?)?")


def _seconds(text):
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("+-").split(":")]
    while len(parts) < 3:
        parts.append(0)
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def _day_ordinal(rule, year):
    """The proleptic ordinal of the day a rule date names in year."""
    if rule.startswith("M"):
        month, week, weekday = (int(p) for p in rule[1:].split("."))
        first = date(year, month, 1)
        # weekday counts from Sunday = 0 in the TZ string, from Monday = 0 in date.weekday()
        day = 1 + (weekday - (first.weekday() + 1)) % 7 + (week - 1) * 7
        if week == 5:
            next_month = date(year + month // 12, month % 12 + 1, 1)
            while first.toordinal() + day - 1 >= next_month.toordinal():
                day -= 7
        return first.toordinal() + day - 1
    jan1 = date(year, 1, 1).toordinal()
    if rule.startswith("J"):
        # Jn counts 1 to 365 and never the 29th of February
        n = int(rule[1:])
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return jan1 + n - 1 + (1 if leap and n >= 60 else 0)
    return jan1 + int(rule)


def parse(footer):
    """A (utcoffset, dst, tzname) triple for a zone without daylight saving time, else a Rule."""
    match = _TZ.fullmatch(footer)
    if match is None:
        raise ValueError("Invalid TZ string: %r" % footer)
    g = match.groups()
    std_name = g[0] or g[1]
    std_offset = -_seconds(g[2])
    dst_name = g[3] or g[4]
    if dst_name is None:
        return (timedelta(seconds=std_offset), timedelta(0), std_name)
    dst_offset = std_offset + 3600 if g[5] is None else -_seconds(g[5])
    # without dates, the United States' rules (as the C library assumes)
    start = (g[6] or "M3.2.0", _seconds(g[7]) if g[7] else 7200)
    end = (g[8] or "M11.1.0", _seconds(g[9]) if g[9] else 7200)
    return Rule(std_name, std_offset, dst_name, dst_offset, start, end)


class Rule:
    """Standard and daylight saving time with the yearly dates that switch between them."""

    def __init__(self, std_name, std_offset, dst_name, dst_offset, start, end):
        self.std_offset = std_offset
        self.dst_offset = dst_offset
        self.std = (timedelta(seconds=std_offset), timedelta(0), std_name)
        self.dst = (timedelta(seconds=dst_offset), timedelta(seconds=dst_offset - std_offset), dst_name)
        self.start = start
        self.end = end
        self.years = {}

    def _transitions(self, year):
        # UTC seconds of this year's switch to daylight saving time (its time given in standard
        # time) and back (its time given in daylight saving time)
        found = self.years.get(year)
        if found is None:
            start = (_day_ordinal(self.start[0], year) - _EPOCH_ORDINAL) * 86400 + self.start[1] - self.std_offset
            end = (_day_ordinal(self.end[0], year) - _EPOCH_ORDINAL) * 86400 + self.end[1] - self.dst_offset
            found = self.years[year] = (start, end)
        return found

    def _is_dst(self, ts, start, end):
        if start <= end:
            return start <= ts < end
        return not (end <= ts < start)   # the southern hemisphere: daylight saving time spans new year

    def find_local(self, ts, fold):
        """The triple for local wall time ts (seconds since 1970 on the local clock): fold 0 takes the
        offset before a switch for a time repeated or skipped by it, fold 1 the offset after it."""
        start, end = self._transitions(date.fromordinal(ts // 86400 + _EPOCH_ORDINAL).year)
        # a switch at UTC time t moves the wall clock from t + before to t + after; fold 0 sees it
        # at the later of the two wall times, fold 1 at the earlier
        shift = max(self.std_offset, self.dst_offset) if fold == 0 else min(self.std_offset, self.dst_offset)
        return self.dst if self._is_dst(ts, start + shift, end + shift) else self.std

    def find_utc(self, ts):
        """(triple, fold) for UTC seconds ts: fold 1 for the first repeat of wall times after a switch
        to a smaller offset."""
        start, end = self._transitions(date.fromordinal((ts + self.std_offset) // 86400 + _EPOCH_ORDINAL).year)
        if self._is_dst(ts, start, end):
            tti = self.dst
            fold = 0 <= ts - start < self.std_offset - self.dst_offset
        else:
            tti = self.std
            fold = 0 <= ts - end < self.dst_offset - self.std_offset
        return tti, 1 if fold else 0
