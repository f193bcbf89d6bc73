# datetime: timedelta's str and repr, ctime, timetuple fields, astimezone between fixed zones
import datetime as dt

for td in [dt.timedelta(0), dt.timedelta(1), dt.timedelta(-1), dt.timedelta(2, 5), dt.timedelta(seconds=-1),
           dt.timedelta(microseconds=7), dt.timedelta(days=-3, seconds=3725, microseconds=40),
           dt.timedelta(hours=49, minutes=1), dt.timedelta.max, dt.timedelta.min]:
    print(str(td), repr(td))
for d in [dt.date(2024, 2, 29), dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2026, 12, 4)]:
    print(d.ctime(), tuple(d.timetuple()))
for moment in [dt.datetime(2024, 3, 9, 7, 5, 3), dt.datetime(2000, 12, 31, 23, 59, 59)]:
    print(moment.ctime(), tuple(moment.timetuple()), tuple(moment.utctimetuple()))
utc = dt.timezone.utc
east = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
west = dt.timezone(-dt.timedelta(hours=8))
start = dt.datetime(2020, 1, 1, 2, 0, tzinfo=utc)
print(start.astimezone(east), start.astimezone(west), start.astimezone(utc) is start)
print(start.astimezone(east).astimezone(west).astimezone(utc) == start)


print(dt.datetime(2020, 1, 1, tzinfo=east).astimezone(east).tzinfo is east)
for bad in [5, "UTC"]:
    try:
        start.astimezone(bad)
    except TypeError as e:
        print("TypeError", e)
