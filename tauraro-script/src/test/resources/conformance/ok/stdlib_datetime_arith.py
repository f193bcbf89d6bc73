from datetime import date, datetime, time, timedelta, timezone
import datetime as D
tds = [timedelta(0), timedelta(1), timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(days=1, seconds=3661, microseconds=5),
       timedelta(weeks=3, hours=-5), timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999), timedelta(microseconds=1),
       timedelta(seconds=0.5), timedelta(days=0.1), timedelta(milliseconds=1.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5),
       timedelta(microseconds=-0.5), timedelta(minutes=1.0000001), timedelta(hours=-0.000001), timedelta(days=-1, seconds=86399)]
for t in tds:
    print(repr(t), str(t), t.total_seconds(), t.days, t.seconds, t.microseconds, bool(t), hash(t) == hash(timedelta(t.days, t.seconds, t.microseconds)))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.min))
t = timedelta(days=1, seconds=7, microseconds=3)
u = timedelta(hours=5)
print(t + u, t - u, u - t, -t, +t, abs(-t), t * 3, 3 * t, t * 0.5, t * -1.5, 0.1 * t, t / 2, t / 3, t / 7.5, t / u, t // u, t % u, divmod(t, u), t // 7, divmod(-t, u))
print(t / timedelta(microseconds=7), timedelta(seconds=1) / 3, timedelta(seconds=1) * (1/3), timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5)/2)
print(timedelta(seconds=1) * 2.5, timedelta(microseconds=3) * 0.5, timedelta(microseconds=1) * 0.5, timedelta(microseconds=-3) * 0.5)
for expr in ['t / 0', 't // 0', 't % timedelta(0)', 't / timedelta(0)', 't * "a"', 't + 1', 't < 1', 'timedelta.max + timedelta(1)', 'timedelta(days=1e10)',
             'timedelta(days=float("nan"))', 't * float("inf")', 't / 0.0', 'divmod(t, 0)', 't // 2.5', '1 / t', 'timedelta(days=1000000000)', 'timedelta(seconds="1")',
             'date(2024,1,1) + 1', 'date(2024,1,1) - datetime(2024,1,1)', 'datetime(2024,1,1) - date(2024,1,1)',
             'date.max + timedelta(1)', 'date.min - timedelta(1)', 'datetime.max + timedelta(microseconds=1)', 't == 1', 't != "a"', 'time(1) + timedelta(1)',
             'datetime(2024,1,1) < datetime(2024,1,1,tzinfo=timezone.utc)', 'datetime(2024,1,1) == datetime(2024,1,1,tzinfo=timezone.utc)',
             'datetime(2024,1,1) - datetime(2024,1,1,tzinfo=timezone.utc)', 'time(1) < time(1, tzinfo=timezone.utc)', 'time(1) == time(1, tzinfo=timezone.utc)',
             'date(2024,1,1) < datetime(2024,1,1)', 'date(2024,1,1) == datetime(2024,1,1)', 'date(2024,1,1) < 5', 'timedelta(hours=1) > 3',
             'datetime(2024,1,1,tzinfo=timezone.utc) == datetime(2024,1,1,5,tzinfo=timezone(timedelta(hours=5)))',
             'datetime(2024,1,1,tzinfo=timezone.utc) - datetime(2024,1,1,5,tzinfo=timezone(timedelta(hours=5)))',
             'timedelta(hours=1.5).total_seconds()', 'timedelta(days=1) // timedelta(hours=7)', 'timedelta(days=1) % timedelta(hours=-7)', 'divmod(timedelta(days=-1), timedelta(hours=7))',
             'round(timedelta(seconds=1.23456789), 3)', 'timedelta(seconds=1) // 0.5', 'timedelta(seconds=1) > timedelta(0)', 'max(timedelta(1), timedelta(2))',
             'timedelta(microseconds=999999999999)', 'timedelta(seconds=86400*1e9)', 'timedelta(days=-999999999)', 'timedelta(days=-999999999, microseconds=-1)',
             'date(2024,1,31) - date(2023,1,1)', 'datetime(2024,3,10,2,30) - timedelta(hours=1)', 'datetime(2024,1,1).replace(year=2023, month=2, day=29)',
             'date(2024,2,29).replace(year=2023)', 'date(2024,1,1).replace(month=13)', 'time(1).replace(hour=24)', 'datetime(2024,1,1).replace(tzinfo=5)',
             'datetime(2024,1,1).replace(fold=2)', 'date(2024,1,1).replace(2025, 3)', 'time(1,2,3).replace(minute=5, tzinfo=timezone.utc)',
             'datetime(2024,1,1,tzinfo=timezone.utc).replace(tzinfo=None)', 'datetime(0,1,1)', 'datetime(2024,0,1)', 'datetime(2024,1,0)', 'datetime(2024,1,32)', 'datetime(2024,1,1,24)',
             'datetime(2024,1,1,0,60)', 'datetime(2024,1,1,0,0,60)', 'datetime(2024,1,1,0,0,0,1000000)', 'datetime(2024.0,1,1)', 'datetime("2024",1,1)', 'datetime(2024)',
             'time(-1)', 'time(0,0,0,0,tzinfo=1)', 'date(10000,1,1)', 'datetime(2024,1,1,fold=-1)',
             'timezone(timedelta(hours=24))', 'timezone(timedelta(hours=-24))', 'timezone(5)', 'timezone(timedelta(0), 5)', 'timezone(timedelta(seconds=1.5))',
             'timezone.utc', 'repr(timezone.utc)', 'timezone(timedelta(0))', 'repr(timezone(timedelta(0)))', 'repr(timezone(timedelta(hours=1)))', 'repr(timezone(timedelta(hours=-1, seconds=-1), "N"))',
             'str(timezone(timedelta(hours=-1, seconds=-1)))', 'str(timezone(timedelta(hours=5, microseconds=7)))', 'timezone.min', 'timezone.max', 'repr(timezone.max)',
             'timezone(timedelta(hours=1)).tzname(None)', 'timezone(timedelta(hours=1)).utcoffset(None)', 'timezone(timedelta(hours=1)).dst(None)', 'timezone.utc.tzname(5)',
             'timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "x")', 'hash(timezone.utc) == hash(timezone(timedelta(0)))',
             'datetime.combine(date(2024,1,2), time(3,4,tzinfo=timezone.utc))', 'datetime.combine(date(2024,1,2), time(3,4), tzinfo=timezone(timedelta(hours=2)))',
             'datetime.combine(datetime(2024,1,2,5,6), time(7))', 'datetime.combine(1, time(1))', 'datetime.combine(date(2024,1,1), 1)',
             'date.min', 'date.max', 'date.resolution', 'datetime.min', 'datetime.max', 'datetime.resolution', 'time.min', 'time.max', 'time.resolution',
             'repr(datetime.max)', 'repr(time.max)', 'D.MINYEAR, D.MAXYEAR', 'D.UTC', 'datetime(2024,1,1,tzinfo=timezone.utc).timestamp()',
             'datetime.fromtimestamp(0, timezone.utc)', 'datetime.fromtimestamp(1.5e9, timezone(timedelta(hours=-2)))', 'datetime.utcfromtimestamp(86400.25)',
             'date.fromtimestamp(0) == date(1970,1,1) or True', 'datetime.fromtimestamp(1e20, timezone.utc)', 'datetime.fromtimestamp(float("nan"), timezone.utc)',
             'datetime(2024,1,1,tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-8)))', 'datetime(2024,1,1,12,tzinfo=timezone(timedelta(hours=3))).utcoffset()',
             'datetime(2024,1,1).utcoffset()', 'datetime(2024,1,1).tzname()', 'datetime(2024,1,1,tzinfo=timezone.utc).tzname()', 'datetime(2024,1,1,tzinfo=timezone.utc).dst()',
             'time(1,tzinfo=timezone(timedelta(hours=1))).utcoffset()', 'time(1,tzinfo=timezone(timedelta(hours=1),"Q")).tzname()', 'str(time(1,2,3,tzinfo=timezone(timedelta(hours=1))))',
             'datetime(2024,1,1).date()', 'datetime(2024,1,1,1,2,tzinfo=timezone.utc).time()', 'datetime(2024,1,1,1,2,tzinfo=timezone.utc).timetz()',
             'sorted([datetime(2024,1,2), datetime(2024,1,1)])', 'date(2024,1,1) == date(2024,1,1)', 'hash(date(2024,1,1)) == hash(date(2024,1,1))',
             '{datetime(2024,1,1,tzinfo=timezone.utc), datetime(2024,1,1,1,tzinfo=timezone(timedelta(hours=1)))}',
             'date.today() < 5', 'time(1) + time(2)', 'time(1) - time(0)', 'bool(time(0))', 'bool(date.min)',
             'type(datetime(2024,1,1) - datetime(2023,1,1))', 'datetime(2024,1,1) - timedelta(days=1, microseconds=1)', 'timedelta(2) * timedelta(1)',
             ]:
    try: print(expr, '->', repr(eval(expr)))
    except Exception as e: print(expr, '!!', type(e).__name__, e)
class T(timedelta): pass
print(repr(T(1)), repr(T(1) + T(2)), type(T(1)+T(2)).__name__)
class Dd(date): pass
print(repr(Dd(2024,1,1)), repr(Dd(2024,1,1) + timedelta(1)), repr(Dd.fromordinal(5)), repr(Dd.fromisoformat('2024-01-02')))
class DT(datetime): pass
print(repr(DT(2024,1,1,1)), repr(DT(2024,1,1) + timedelta(1)), repr(DT.fromisoformat('2024-01-02')), repr(DT.combine(date(2024,1,1), time(1))), repr(DT.strptime('2024', '%Y')))
