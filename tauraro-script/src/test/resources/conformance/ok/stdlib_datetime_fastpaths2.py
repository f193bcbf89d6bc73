# the all-int constructor path and naive isoformat beside their general forms
from datetime import datetime, date, time, timezone, timedelta


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class MyInt(int):
    pass


print(repr(datetime(2024, Idx(2), MyInt(3), Idx(4), MyInt(5), True, Idx(7))), repr(date(MyInt(2000), True, Idx(29))))
print(repr(time(Idx(1), MyInt(2), False, Idx(999999))))
for args in [(2024, 2, 30), (0, 1, 1), (10000, 1, 1), (2024, 13, 1), (2024, 1, 1, 24), (2024, 1, 1, 0, 60),
             (2024, 1, 1, 0, 0, 60), (2024, 1, 1, 0, 0, 0, 1000000), (2024, 1, 1, -1), (2024, 1.0, 1),
             (2024, 1, 1, 0, 0, 0, 0.5), (2024, "1", 1), (Idx(2024), 2, 29, Idx(-1))]:
    try:
        print(repr(datetime(*args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    datetime(2024, 1, 1, fold=2)
except ValueError as e:
    print(e)
d = datetime(2024, 1, 2, 3, 4, 5)
e = datetime(2024, 1, 2, 3, 4, 5, 60)
for v in [d, e, d.replace(tzinfo=timezone.utc), e.replace(tzinfo=timezone(timedelta(hours=-5, minutes=-30)))]:
    print(v.isoformat(), v.isoformat(" "), v.isoformat("\u00e9"), str(v), v.isoformat(timespec="milliseconds"),
          v.isoformat(sep="x", timespec="hours"))
for bad in ["", "ab", 1, None]:
    try:
        print(d.isoformat(bad))
    except TypeError as ex:
        print("TypeError", ex)
try:
    d.isoformat(timespec="nope")
except ValueError as ex:
    print("ValueError", ex)


class MyDT(datetime):
    def isoformat(self, sep="T", timespec="auto"):
        return "custom " + super().isoformat(sep, timespec)


print(str(MyDT(2024, 1, 2)), MyDT(2024, 1, 2).isoformat(), repr(datetime(1, 1, 1)), datetime(1, 1, 1).isoformat())
