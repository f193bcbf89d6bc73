# datetime: ordinals across the whole range, ISO weeks (53-week years, bad weeks and days), reprs with
# trailing zero fields, tzinfo and fold, and naive and aware differences
import datetime as dt

for n in [1, 59, 60, 365, 366, 730119, 730120, 146097, 146098, 36524, 36525, 1461, 1462,
          738000, 3652058, 3652059]:
    d = dt.date.fromordinal(n)
    print(n, d, d.toordinal() == n, d.isocalendar())
for n in [0, -5, 3652060]:
    try:
        dt.date.fromordinal(n)
    except ValueError as e:
        print("ValueError", e)
for y, w, d in [(2020, 53, 1), (2021, 53, 1), (2015, 53, 7), (2026, 53, 1), (2004, 53, 3),
                (2000, 0, 1), (2000, 1, 0), (2000, 1, 8), (1, 1, 1), (9999, 52, 5), (2000, 54, 1),
                (0, 1, 1), (10000, 1, 1), (2009, 53, 7), (1900, 1, 1)]:
    try:
        print(dt.date.fromisocalendar(y, w, d), dt.datetime.fromisocalendar(y, w, d))
    except ValueError as e:
        print("ValueError", e)
for y in range(1995, 2031):
    print(y, dt.date(y, 12, 28).isocalendar()[1], dt.date(y, 1, 1).isocalendar())

utc = dt.timezone.utc
plus2 = dt.timezone(dt.timedelta(hours=2), "EET")
for value in [dt.time(1, 2), dt.time(1, 2, 3), dt.time(1, 2, 0, 5), dt.time(0, 0, tzinfo=utc),
              dt.time(1, 2, 3, fold=1), dt.time(1, 2, 0, 7, plus2, fold=1),
              dt.datetime(2020, 1, 2), dt.datetime(2020, 1, 2, 3), dt.datetime(2020, 1, 2, 0, 0, 4),
              dt.datetime(2020, 1, 2, 0, 0, 0, 9), dt.datetime(2020, 1, 2, tzinfo=plus2),
              dt.datetime(2020, 1, 2, 5, 6, 7, 8, utc, fold=1)]:
    print(repr(value))


class Stamp(dt.datetime):
    pass


print(repr(Stamp(2001, 2, 3, 4, 5)), repr(Stamp(2001, 2, 3, 4, 5, 6, tzinfo=utc)))
a = dt.datetime(2020, 3, 1, 0, 0, 1)
b = dt.datetime(2020, 2, 28, 23, 59, 59, 999999)
print(a - b, b - a, (a - b).total_seconds())
print(dt.datetime(2020, 1, 1, 12, tzinfo=plus2) - dt.datetime(2020, 1, 1, 9, tzinfo=utc))
try:
    a - dt.datetime(2020, 1, 1, tzinfo=utc)
except TypeError as e:
    print("TypeError", e)
