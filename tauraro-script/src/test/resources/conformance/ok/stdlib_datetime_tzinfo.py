from datetime import *
class FixedTZ(tzinfo):
    def __init__(self, h, name): self.h, self.name = h, name
    def utcoffset(self, dt): return timedelta(hours=self.h)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return self.name
    def __repr__(self): return 'FixedTZ(%r)' % self.h
class BadTZ(tzinfo):
    def utcoffset(self, dt): return 5
class BigTZ(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=25)
class NoneTZ(tzinfo):
    def utcoffset(self, dt): return None
class StrName(tzinfo):
    def utcoffset(self, dt): return timedelta(0)
    def tzname(self, dt): return 5
tz = FixedTZ(2, 'TWO')
d = datetime(2024, 3, 5, 6, 7, 8, 9, tzinfo=tz)
print(repr(d), str(d), d.isoformat(), d.utcoffset(), d.dst(), d.tzname(), d.timetuple(), d.utctimetuple(), d.timestamp(), d.strftime('%z %Z'))
print(d.astimezone(timezone.utc), d.astimezone(FixedTZ(-3, 'M3')), d == datetime(2024, 3, 5, 4, 7, 8, 9, tzinfo=timezone.utc), d - datetime(2024, 3, 5, tzinfo=timezone.utc))
print(repr(time(1, 2, tzinfo=tz)), time(1, 2, tzinfo=tz).isoformat(), time(1, 2, tzinfo=tz).utcoffset(), time(1, 2, tzinfo=tz).tzname())
for cls in [BadTZ, BigTZ, NoneTZ, StrName, tzinfo]:
    x = datetime(2024, 1, 1, tzinfo=cls())
    for expr in ['x.utcoffset()', 'x.isoformat()', 'x.tzname()', 'x.dst()', 'x - datetime(2024, 1, 1, tzinfo=timezone.utc)', 'x == datetime(2024, 1, 1)', 'x.astimezone(timezone.utc)', 'x.timestamp() > 0', 'x.strftime("%z|%Z")', 'str(x)', 'hash(x) is not None']:
        try: print(cls.__name__, expr, repr(eval(expr)))
        except Exception as e: print(cls.__name__, expr, type(e).__name__, e)
try: tzinfo()
except Exception as e: print(type(e).__name__, e)
print(type(tzinfo()).__name__)
for m in ['utcoffset', 'dst', 'tzname']:
    try: getattr(tzinfo(), m)(None)
    except Exception as e: print(m, type(e).__name__, e)
try: tzinfo().fromutc(datetime(2024, 1, 1))
except Exception as e: print(type(e).__name__, e)
try: timezone.utc.fromutc(datetime(2024, 1, 1))
except Exception as e: print(type(e).__name__, e)
try: timezone.utc.fromutc(5)
except Exception as e: print(type(e).__name__, e)
print(timezone.utc.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)))
t = timedelta(days=1, seconds=1, microseconds=1)
for div in [3, 7, 1000000, 86400000001, -3, 0.3, 1e-6, 2.5e-7, 3.0]:
    try: print(div, t / div, t // div if isinstance(div, int) else '', t * (1 / div) if div else '')
    except Exception as e: print(div, type(e).__name__, e)
for us in [1, 2, 3, 5, 7, 15, -1, -3, -15]:
    print(us, timedelta(microseconds=us) / 2, timedelta(microseconds=us) * 0.5, timedelta(microseconds=us) / 10, timedelta(microseconds=us) // 2, round(timedelta(microseconds=us) / 2 / timedelta(microseconds=1)))
class Plain: pass
try: format(Plain(), 'x')
except Exception as e: print(type(e).__name__, e)
print(format(timedelta(1), ''), f'{timedelta(hours=1):>20}' if False else '', str(timedelta(days=-1, hours=1)), str(timedelta(microseconds=-1)), repr(timedelta(days=-1, seconds=1)))
try: format(timedelta(1), '>20')
except Exception as e: print(type(e).__name__, e)
print(f"{date(2024, 1, 5):%A %d}", f"{time(13, 5):%I:%M %p}", format(datetime(2024, 1, 1), '%Y'), format(date(2024, 1, 1), 'x%%y'))
try: format(date(2024, 1, 1), 5)
except Exception as e: print(type(e).__name__, e)
d1 = date(2024, 1, 1)
print(d1.replace(), d1.replace(day=31), datetime(2024, 1, 1, 5).replace(hour=7, tzinfo=timezone.utc), time(1).replace(fold=1).fold, datetime(2024, 1, 1).replace(microsecond=5))
for expr in ['d1.replace(day=32)', 'time(1).replace(1, 2, 3, 4, None, fold=0)', 'datetime(2024,1,1).replace(fold=1).fold',
             'datetime(2024,1,1,fold=1) == datetime(2024,1,1)', 'datetime.fromisoformat("2024-01-01T00:00:00+00:00") == datetime(2024,1,1,tzinfo=timezone.utc)', 'date(2024,1,1) == datetime(2024,1,1)',
             'date(2024,1,1) != datetime(2024,1,1)', 'datetime(2024,1,1) > date(2023,1,1)', 'time(1) == 1', 'time(1) < None', 'timedelta(1) == 86400', 'sorted([time(2), time(1,tzinfo=timezone.utc)])',
             'time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1)))', 'time(12, tzinfo=timezone.utc) < time(13, tzinfo=timezone(timedelta(hours=1)))', 'hash(time(12, tzinfo=timezone.utc)) == hash(time(13, tzinfo=timezone(timedelta(hours=1))))',
             'timedelta(1,2,3).__reduce__()', 
             'date.today() > date(2000,1,1)', 'datetime.now(timezone.utc).tzinfo', 'datetime.utcnow().tzinfo', 'isinstance(datetime.now(), date)', 'issubclass(datetime, date)', 'date.__mro__', 'timezone.__mro__']:
    try: print(expr, '->', repr(eval(expr)))
    except Exception as e: print(expr, '!!', type(e).__name__, e)
