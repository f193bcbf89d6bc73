# datetime: timedelta, date, time, datetime and timezone values, arithmetic, formatting and parsing
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR
import datetime as dtmod
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5, milliseconds=6, weeks=1)
print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(repr(timedelta(0)), repr(-timedelta(seconds=1)), str(-timedelta(seconds=1)), str(timedelta(days=-2, seconds=5)))
print(repr(timedelta(seconds=0.1)), repr(timedelta(days=0.1)), repr(timedelta(microseconds=0.5)), repr(timedelta(microseconds=1.5)), repr(timedelta(hours=1.25)))
print(td * 2, td * 0.5, 2 * td, td / 2, td / td, td // timedelta(hours=1), td % timedelta(hours=1), divmod(td, timedelta(days=1)))
print(timedelta(hours=1) / 3, timedelta(hours=1) // 7, abs(-td), -td, +td, bool(timedelta(0)), timedelta(1) == timedelta(hours=24))
print(sorted([timedelta(3), timedelta(-1), timedelta(seconds=5)]), timedelta.max, timedelta.min, timedelta.resolution)
print(hash(timedelta(1)) == hash(timedelta(hours=24)), timedelta(1) < timedelta(2), timedelta(1) == 1)
d = date(2024, 3, 5)
print(repr(d), str(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d.isocalendar().week, tuple(d.isocalendar()), date(2021, 1, 1).isocalendar(), date(2020, 12, 31).isocalendar(), date(2024,12,30).isocalendar())
print(d + timedelta(days=30), d - timedelta(days=65), d - date(2024, 1, 1), date(2024, 1, 1) - d, d.replace(day=1), d.replace(year=2023, month=2))
print(d.timetuple(), d.strftime("%A %d %B %Y %j %U %f %z|%Z|"), format(d, "%d/%m"), f"{d:%Y}", f"{d}")
print(date.fromordinal(738950), date.fromisoformat("2024-03-05"), date.fromisoformat("20240305"), date.fromisocalendar(2024, 10, 2), date.fromtimestamp(86400 * 365) - date.fromtimestamp(0))
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR, d == date(2024, 3, 5), d < date(2025, 1, 1), hash(d) == hash(date(2024, 3, 5)))
t = time(14, 7, 9, 500)
print(repr(t), str(t), repr(time(14, 7)), repr(time(14, 7, 9)), repr(time()), t.isoformat("milliseconds"), t.isoformat("minutes"), t.isoformat("hours"))
print(t.strftime("%H:%M:%S.%f %p %I"), f"{t:%H}", time.fromisoformat("04:23:01.5"), repr(time.fromisoformat("04:23:01+01:00")), t.replace(hour=1))
print(time(1) < time(2), time(1, tzinfo=timezone.utc) == time(2, tzinfo=timezone(timedelta(hours=1))), time.min, time.max)
dt = datetime(2024, 3, 5, 14, 7, 9, 123456)
print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(" ", "seconds"), repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 5, 0, 7)))
print(dt.date(), dt.time(), dt.timetz(), dt.timetuple(), dt.ctime(), dt.strftime("%Y-%m-%dT%H:%M:%S.%f%z %a %b"))
print(dt + timedelta(hours=12), dt - timedelta(days=400), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt)
print(datetime.combine(d, t), datetime.fromisoformat("2011-11-04T00:05:23.283+00:00"), repr(datetime.fromisoformat("2011-11-04T00:05:23Z")))
print(datetime.fromtimestamp(1e9) - datetime.fromtimestamp(0), datetime.utcfromtimestamp(1e9), datetime.fromtimestamp(1e9, timezone.utc), repr(datetime.fromtimestamp(1.5, timezone(timedelta(hours=2)))))
print(datetime(2024, 3, 5, tzinfo=timezone.utc).timestamp(), datetime(2024, 3, 5).timestamp() - datetime(2024, 3, 4).timestamp(), datetime.fromtimestamp(1709647629.25).timestamp())
print(datetime.strptime("2024-03-05 14:07:09.5", "%Y-%m-%d %H:%M:%S.%f"), repr(datetime.strptime("05/03/24 +0530", "%d/%m/%y %z")))
print(repr(datetime.strptime("Mar 5 2024 2:07PM", "%b %d %Y %I:%M%p")), datetime.strptime("2024 10 2", "%G %V %u"), datetime.strptime("2024-065", "%Y-%j"))
utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
a = datetime(2024, 3, 5, 12, 0, tzinfo=utc)
print(repr(a), a, a.astimezone(est), repr(a.astimezone(est)), a.utcoffset(), a.tzname(), a.dst(), est.tzname(None), str(est), repr(est))
print(a == a.astimezone(est), a - a.astimezone(est), hash(a) == hash(a.astimezone(est)), repr(timezone(timedelta(hours=5, minutes=30))), repr(utc), timezone(timedelta(0)) is utc)
print(timezone.min, timezone.max, timezone(timedelta(seconds=-1)), dtmod.UTC is utc, datetime(2024,1,1) == date(2024,1,1), datetime(2024, 3, 5, 12, tzinfo=est).astimezone(utc))
print(a.replace(tzinfo=None), a.isoformat(), datetime(2024,1,1,tzinfo=timezone(timedelta(hours=-3, seconds=-30))).isoformat(), a.utctimetuple())
print(datetime(2024, 1, 31) + timedelta(days=1), datetime.max, datetime.min, datetime(2024,2,29).isocalendar(), datetime(2024,3,5).weekday())
class GMT1(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=1)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "Europe/Prague"
g = datetime(2006, 11, 21, 16, 30, tzinfo=GMT1())
print(g.utcoffset(), g.tzname(), g.astimezone(utc), g.isoformat(), g.strftime("%Z %z"), g.timetuple().tm_isdst)
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 1), datetime(2024, 1, 1, 12)]))
print({date(2024,1,1): 1}[date(2024,1,1)], max(date(2024,1,1), date(2023,1,1)), date(2024,1,1) in [date(2024,1,1)])
import time as _t
print(type(_t.gmtime()), type(date(2024, 1, 1)), type(timedelta(1)), type(utc), datetime.__mro__)


class Stamp(datetime):
    def label(self):
        return self.strftime("%Y%m%d")


s = Stamp(2024, 3, 5, 1, 2)
print(repr(s), s.label(), type(s + timedelta(1)).__name__, type(Stamp.fromisoformat("2024-03-05")).__name__, isinstance(s, date))
print(repr(Stamp.strptime("2024", "%Y")), repr(date.today() - date.today()), datetime.now() - datetime.now() <= timedelta(seconds=5))
print(datetime.fromtimestamp(1709647629.25).timestamp(), datetime.fromtimestamp(-1.5, utc), datetime.utcfromtimestamp(0.0000005))
