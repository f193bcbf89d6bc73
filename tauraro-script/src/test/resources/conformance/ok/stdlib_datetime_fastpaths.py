# datetime +/- timedelta, datetime - datetime and ordering: the exact-type fast paths and the
# general paths they sit beside (subclasses, tz-aware, overflow, fold, negative deltas)
from datetime import datetime, timedelta, timezone, date, tzinfo

d0 = datetime(2024, 1, 2, 3, 4, 5, 999999)
for td in [timedelta(0), timedelta(microseconds=1), timedelta(microseconds=-1), timedelta(days=-1),
           timedelta(seconds=-86401, microseconds=3), timedelta(days=365, seconds=86399, microseconds=999999),
           timedelta(weeks=-5000), timedelta(hours=-3.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5)]:
    r = d0 + td
    print(repr(r), r.fold, type(r).__name__, repr(d0 - td), repr(td + d0), repr(r - d0), repr(d0 - r))

for start, td in [(datetime.max, timedelta(microseconds=1)), (datetime.min, timedelta(microseconds=-1)),
                  (datetime(9999, 1, 1), timedelta.max), (datetime(1, 1, 1), timedelta.min),
                  (datetime(2000, 1, 1), timedelta(days=999999999))]:
    for fn in (lambda: start + td, lambda: start - (-td) if td != timedelta.min else start - timedelta.max):
        try:
            print(repr(fn()))
        except OverflowError as e:
            print("OverflowError", e)

print(repr(datetime.max - datetime.min), repr(datetime.min - datetime.max))

utc2 = timezone(timedelta(hours=2))
a = datetime(2024, 3, 1, 0, 30, tzinfo=utc2)
b = datetime(2024, 2, 29, 23, 0, tzinfo=timezone.utc)
print(repr(a + timedelta(hours=1)), repr(a - timedelta(days=1)), repr(a - b), repr(b - a))
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print(a < a + timedelta(microseconds=1), a > a - timedelta(microseconds=1), a <= a, a >= a)
try:
    a - datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    a < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    datetime(2024, 1, 1) < date(2024, 1, 1)
except TypeError as e:
    print("TypeError", e)
print(datetime(2024, 1, 1) == date(2024, 1, 1))

f1 = datetime(2024, 11, 3, 1, 30, fold=1)
r = f1 + timedelta(0)
print(repr(r), r.fold, f1 == f1.replace(fold=0), f1 < f1.replace(fold=0), f1 > f1.replace(fold=0),
      repr(f1 - f1.replace(fold=0)))


class Shifty(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1 if dt.fold else 2)

    def dst(self, dt):
        return None


z = Shifty()
x = datetime(2024, 5, 5, 12, tzinfo=z)
y = datetime(2024, 5, 5, 12, fold=1, tzinfo=z)
print(repr(x - y), x < y, x == y, repr((x + timedelta(seconds=1)).tzinfo is z))


class MyDT(datetime):
    pass


class MyTD(timedelta):
    pass


m = MyDT(2024, 1, 2, 3, 4, 5)
for v in [m + timedelta(1), m - timedelta(1), m - datetime(2024, 1, 1), datetime(2024, 1, 1) - m,
          d0 + MyTD(1), d0 - MyTD(1), m + MyTD(seconds=1)]:
    print(type(v).__name__, repr(v))
print(m < d0, d0 < m, m == datetime(2024, 1, 2, 3, 4, 5), sorted([d0, m, datetime(2023, 1, 1)])[0])
for other in [1, "x", None]:
    try:
        d0 < other
    except TypeError as e:
        print("TypeError", e)
    try:
        d0 + other
    except TypeError as e:
        print("TypeError", e)
    try:
        d0 - other
    except TypeError as e:
        print("TypeError", e)
print(hash(d0 + timedelta(1)) == hash(datetime(2024, 1, 3, 3, 4, 5, 999999)))
