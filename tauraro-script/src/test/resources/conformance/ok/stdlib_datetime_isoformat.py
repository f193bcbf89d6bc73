import datetime as D
from datetime import date, datetime, time, timedelta, timezone

dts = [datetime(2024,1,1,0,0,0), datetime(2023,12,31,23,59,59,999999), datetime(2021,1,3,12,5,6,7),
       datetime(2020,2,29,13,0,0,120000), datetime(1,1,1), datetime(9999,12,31,23,59,59), datetime(2008,12,29,1,2,3)]
dirs = "a A w d b B m y Y H I p M S f z Z j U W c x X G u V %".split()
for d in dts:
    print([d.strftime('%' + c) for c in dirs])
aw = datetime(2024,5,6,7,8,9,10, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(aw.strftime('%z %Z %c'))
print(datetime(2024,5,6,tzinfo=timezone.utc).strftime('%z|%Z'))
print(datetime(2024,5,6,tzinfo=timezone(-timedelta(hours=3, minutes=7, seconds=5), 'XYZ')).strftime('%z|%Z'))
print(datetime(2024,5,6,tzinfo=timezone(timedelta(microseconds=-1))).strftime('%z|%Z'))
print(date(2024,3,4).strftime('%H:%M:%S %f %z %Z|'))
print(time(1,2,3,4).strftime('%Y-%m-%d %H %j %a'))
print(datetime(2024,1,1).strftime(''))
print(datetime(2024,1,1).strftime('%'))
print(datetime(2024,1,1).strftime('x%Ey%Od'))
print(format(datetime(2024,1,2), '%d/%m'), format(datetime(2024,1,2), ''), format(date(2024,1,2), ''), format(time(1,2), ''))
print(f"{datetime(2024,1,2,3,4):%Y %H}")
# isoformat
d = datetime(2024,5,6,7,8,9,10)
for ts in ['auto','hours','minutes','seconds','milliseconds','microseconds']:
    print(ts, d.isoformat(timespec=ts), d.replace(microsecond=0).isoformat(timespec=ts), time(1,2,3,456789).isoformat(ts))
try: d.isoformat(timespec='x')
except Exception as e: print(type(e).__name__, e)
print(d.isoformat(' '), d.isoformat('T'), aw.isoformat(), aw.isoformat(sep='_', timespec='minutes'))
try: d.isoformat('ab')
except Exception as e: print(type(e).__name__, e)
print(str(d), str(aw), repr(d), repr(aw), repr(date(2024,1,1)), repr(time(0,0)), repr(time(1,2,3,4,tzinfo=timezone.utc)), repr(time(1,2,0,0,fold=1)))
print(repr(datetime(2024,1,1,fold=1)), repr(datetime(2024,1,1,0,0,5)), repr(datetime(2024,1,1,0,1)))
for s in ['2024-05-06', '2024-05-06T07', '2024-05-06T07:08', '2024-05-06T07:08:09', '2024-05-06T07:08:09.1',
          '2024-05-06T07:08:09.123', '2024-05-06T07:08:09.123456', '2024-05-06 07:08:09+05:30', '2024-05-06T07:08:09Z',
          '2024-05-06T07:08:09-03:00:15', '2024-05-06T07:08:09.5+01:00', '20240506', '20240506T070809', '2024-W01-1',
          '2024W011', '2024-05-06T07:08:09,5', '2024-05-06T24:00', '2024-5-6', '2024-05-06T07:08:09.1234567', '', 'x',
          '2024-05-06T', '2024-05-06T07:08:09+0530', '2024-05-06T07:08:09+05', '2024-13-01', '2024-02-30', '2024-05-06X07:08']:
    try: print(repr(s), repr(datetime.fromisoformat(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['2024-05-06', '20240506', '2024-W10-3', '2024-05', '2024-05-06T00', '2024-02-30', 'abc']:
    try: print(repr(s), repr(date.fromisoformat(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['07', '07:08', '0708', '07:08:09', '070809', '07:08:09.123', '07:08:09.123456+01:00', '07:08:09Z', 'T07:08', '25:00', '07:60', 'x', '07:08:09.1234567']:
    try: print(repr(s), repr(time.fromisoformat(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
try: date.fromisoformat(20240506)
except Exception as e: print(type(e).__name__, e)
print(date(2024,1,1).isocalendar(), date(2024,12,30).isocalendar(), date(2021,1,3).isocalendar().week, date(2024,1,1).isoweekday(), date(2024,1,1).weekday())
print(date.fromisocalendar(2020, 53, 7), repr(date(2024,1,1).isocalendar()))
for a in [(2021,53,1),(2020,0,1),(2020,1,8),(0,1,1)]:
    try: print(date.fromisocalendar(*a))
    except Exception as e: print(type(e).__name__, e)
print(date(2024,1,1).ctime(), datetime(2024,1,1,13,5,6).ctime(), date(2024,3,1).toordinal(), date.fromordinal(738000), date(2024,1,1).timetuple())
print(datetime(2024,1,1,1,2,3,tzinfo=timezone.utc).utctimetuple(), datetime(2024,1,1,1,2,3).timetuple())
