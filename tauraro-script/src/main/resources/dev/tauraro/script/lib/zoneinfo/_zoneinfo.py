"""The ZoneInfo class: a tzinfo over one TZif file. Loading builds sorted transition lists once;
each utcoffset/dst/tzname/fromutc call is a binary search over them (or the footer rule after the
last transition). Local-time entries are (utcoffset, dst, tzname) triples of timedeltas and a str."""

from bisect import bisect_right
from datetime import datetime, timedelta, tzinfo

from zoneinfo import _common, _rule, _tzpath
from zoneinfo._rule import _EPOCH_ORDINAL
_NO_INFO = (None, None, None)


def _dst_offsets(indices, offsets, isdsts):
    """TZif files say whether a type is daylight saving time but not by how much; as CPython, take
    the difference from the standard time type next to it in the transitions (the one before,
    else the one after), and one hour when none is found."""
    dsts = [0] * len(offsets)
    for i in range(1, len(indices)):
        index = indices[i]
        if not isdsts[index] or dsts[index]:
            continue
        dst = 0
        before = indices[i - 1]
        if not isdsts[before]:
            dst = offsets[index] - offsets[before]
        if not dst and index < len(offsets) - 1 and i + 1 < len(indices):
            after = indices[i + 1]
            if not isdsts[after]:
                dst = offsets[index] - offsets[after]
        dsts[index] = dst
    for index in range(len(offsets)):
        if isdsts[index] and not dsts[index]:
            dsts[index] = 3600
    return dsts


class ZoneInfo(tzinfo):
    """An IANA time zone, by key ('Europe/Paris'); instances are cached per key and class."""

    _cache = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._cache = {}   # each subclass caches its own instances

    def __new__(cls, key):
        zone = cls._cache.get(key)
        if zone is None:
            zone = cls._cache.setdefault(key, cls.no_cache(key))
        return zone

    @classmethod
    def no_cache(cls, key):
        """A new instance for key, bypassing and not entering the cache."""
        path = _tzpath.find_tzfile(key)
        if path is None:
            raise _common.ZoneInfoNotFoundError("No time zone found with key %s" % key)
        with open(path, "rb") as f:
            return cls._from(f, key, None)

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """An instance read from a binary file object (never cached)."""
        return cls._from(fobj, key, repr(fobj))

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Forget cached instances: all, or those for the given keys."""
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @classmethod
    def _from(cls, fobj, key, file_repr):
        self = tzinfo.__new__(cls)
        self._key = key
        self._file_repr = file_repr
        self._load(fobj)
        return self

    def _load(self, fobj):
        times, indices, offsets, isdsts, abbrs, footer = _common.load_data(fobj)
        dsts = _dst_offsets(indices, offsets, isdsts)
        infos = [(timedelta(seconds=offsets[i]), timedelta(seconds=dsts[i]), abbrs[i]) for i in range(len(offsets))]
        self._trans_utc = times
        self._trans_info = [infos[i] for i in indices]
        # before the first transition: the first standard time type (else the first type)
        self._before = next((infos[i] for i in range(len(infos)) if not isdsts[i]), infos[0] if infos else None)
        # wall-clock times of the transitions: index 0 for fold 0 (a switch seen at the later of
        # the wall times it joins), index 1 for fold 1 (the earlier)
        wall0 = []
        wall1 = []
        previous = offsets[0] if offsets else 0
        offsets_after = [offsets[i] for i in indices]
        for i in range(len(times)):
            current = offsets_after[i]
            wall0.append(times[i] + max(previous, current))
            wall1.append(times[i] + min(previous, current))
            previous = current
        self._trans_wall = (wall0, wall1)
        self._utc_offsets_after = offsets_after
        self._first_offset = offsets[0] if offsets else 0
        after = _rule.parse(footer) if footer else None
        if after is None:
            after = self._trans_info[-1] if times else self._before
        self._after = after
        self._rule = after if isinstance(after, _rule.Rule) else None
        # utcoffset(None) and friends answer only for a zone whose offset never changes
        self._fixed = not times and self._rule is None

    @property
    def key(self):
        return self._key

    def _find(self, dt):
        if dt is None:
            return self._after if self._fixed else _NO_INFO
        ts = (dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second
        wall = self._trans_wall[dt.fold]
        index = bisect_right(wall, ts)
        if index == len(wall):
            if self._rule is not None:
                return self._rule.find_local(ts, dt.fold)
            return self._after
        if index == 0:
            return self._before
        return self._trans_info[index - 1]

    def utcoffset(self, dt):
        return self._find(dt)[0]

    def dst(self, dt):
        return self._find(dt)[1]

    def tzname(self, dt):
        return self._find(dt)[2]

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        ts = (dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second
        times = self._trans_utc
        index = bisect_right(times, ts)
        fold = 0
        if index == len(times) and self._rule is not None:
            info, fold = self._rule.find_utc(ts)
        elif index == 0:
            info = self._before if times else self._after
        else:
            info = self._trans_info[index - 1]
            # the first repeat of wall times after a switch to a smaller offset is fold 1
            previous = self._utc_offsets_after[index - 2] if index > 1 else self._first_offset
            if ts - times[index - 1] < previous - self._utc_offsets_after[index - 1]:
                fold = 1
        result = dt + info[0]
        return result.replace(fold=1) if fold else result

    def __repr__(self):
        name = "zoneinfo.ZoneInfo" if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return "%s(key=%r)" % (name, self._key)
        return "%s.from_file(%s)" % (name, self._file_repr)

    def __str__(self):
        return self._key if self._key is not None else repr(self)


ZoneInfo.__module__ = "zoneinfo"
