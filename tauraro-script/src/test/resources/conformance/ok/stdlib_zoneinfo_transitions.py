# zoneinfo: offsets, DST and abbreviations before the first transition, around both kinds of
# switch with fold 0 and 1, in the footer rule's far future, and conversions through datetime
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc
KEYS = ["Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Apia", "UTC",
        "America/Sao_Paulo", "Europe/Dublin"]


def show(dt):
    return "%s fold=%d %s dst=%s" % (dt, dt.fold, dt.tzname(), dt.dst())


def local(z, *fields, fold=0):
    dt = datetime(*fields, tzinfo=z, fold=fold)
    return "%s/%s %s/%s" % (dt.utcoffset(), dt.tzname(), dt.dst(), dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M"))


# every wall time a zone reaches, printed by stepping UTC in 15 minutes over each switch
SWITCHES = {
    "Europe/Paris": [(2021, 3, 28, 0), (2021, 10, 31, 0), (1940, 6, 14, 21), (2055, 3, 28, 0), (2055, 10, 31, 0)],
    "America/New_York": [(2022, 3, 13, 6), (2022, 11, 6, 5), (1883, 11, 18, 16), (2090, 3, 12, 6),
                         (2090, 11, 5, 5)],
    "Australia/Lord_Howe": [(2022, 4, 2, 14), (2022, 10, 1, 15), (2070, 4, 5, 14), (2070, 10, 4, 15)],
    "Asia/Kolkata": [(1945, 10, 14, 17)],
    "Pacific/Apia": [(2011, 12, 30, 9), (2021, 4, 3, 13), (2020, 9, 26, 13)],
    "America/Sao_Paulo": [(2018, 11, 4, 2), (2019, 2, 17, 1)],
    "Europe/Dublin": [(2022, 3, 27, 0), (2022, 10, 30, 0), (2060, 10, 31, 0)],
}
for key, starts in SWITCHES.items():
    z = ZoneInfo(key)
    for start in starts:
        t = datetime(*start, tzinfo=UTC)
        print(key, "from", t)
        for i in range(12):
            x = (t + timedelta(minutes=15 * i)).astimezone(z)
            back = x.astimezone(UTC)
            print("  ", show(x), back.strftime("%H:%M"), x.replace(fold=1 - x.fold).utcoffset())

# wall times in gaps and repeats, fold 0 and 1
CASES = [
    ("Europe/Paris", (2021, 3, 28, 2, 30)), ("Europe/Paris", (2021, 10, 31, 2, 30)),
    ("Europe/Paris", (2021, 10, 31, 3, 0)), ("Europe/Paris", (2021, 3, 28, 3, 0)),
    ("America/New_York", (2022, 3, 13, 2, 30)), ("America/New_York", (2022, 11, 6, 1, 30)),
    ("America/New_York", (2400, 3, 12, 2, 30)), ("America/New_York", (2400, 11, 5, 1, 30)),
    ("Australia/Lord_Howe", (2022, 4, 3, 1, 45)), ("Australia/Lord_Howe", (2022, 10, 2, 2, 15)),
    ("Australia/Lord_Howe", (2100, 4, 4, 1, 45)), ("Australia/Lord_Howe", (2100, 10, 3, 2, 15)),
    ("Pacific/Apia", (2011, 12, 30, 12, 0)), ("Pacific/Apia", (2011, 12, 29, 23, 59)),
    ("America/Sao_Paulo", (2018, 11, 4, 0, 30)), ("America/Sao_Paulo", (2019, 2, 16, 23, 30)),
    ("Europe/Dublin", (2022, 10, 30, 1, 30)), ("Europe/Dublin", (2022, 3, 27, 1, 30)),
    ("Europe/Dublin", (2080, 10, 27, 1, 30)),
]
for key, fields in CASES:
    z = ZoneInfo(key)
    print(key, fields, local(z, *fields), local(z, *fields, fold=1))

# before the first transition (local mean time), modern dates and the far future (footer rule)
for key in KEYS:
    z = ZoneInfo(key)
    for fields in [(1, 1, 1), (1800, 6, 1), (1900, 1, 1), (1970, 1, 1), (2000, 1, 1, 12), (2000, 7, 1, 12),
                   (2037, 12, 31), (2038, 7, 1), (2100, 1, 15), (2100, 7, 15), (9999, 12, 31, 23, 59)]:
        dt = datetime(*fields, tzinfo=z)
        print(key, dt, dt.tzname(), dt.dst())

# conversions: fromtimestamp, astimezone, arithmetic (wall time in one zone) and comparisons across zones
paris, ny, howe = ZoneInfo("Europe/Paris"), ZoneInfo("America/New_York"), ZoneInfo("Australia/Lord_Howe")
for ts in [0, 1e9, 1616893200, 1635642000, 1635645600.5, 4102444800]:
    print(ts, datetime.fromtimestamp(ts, paris), datetime.fromtimestamp(ts, howe).tzname())
a = datetime(2021, 10, 30, 12, tzinfo=paris)
b = a + timedelta(days=1)
print(b, b - a, b.astimezone(UTC) - a.astimezone(UTC))
c = datetime(2021, 10, 31, 2, 30, tzinfo=paris)
d = c.replace(fold=1)
print(c == d, c < d, d - c, d.astimezone(UTC) - c.astimezone(UTC), hash(c) == hash(d))
print(c.astimezone(ny) == c, c.astimezone(ny), d.astimezone(ny), d.astimezone(ny) == d)
n1 = datetime(2022, 11, 6, 1, 30, tzinfo=ny)
print(n1 == n1.astimezone(paris), n1.replace(fold=1) == n1.replace(fold=1).astimezone(paris))
print(sorted([datetime(2022, 6, 1, 12, tzinfo=paris), datetime(2022, 6, 1, 7, tzinfo=ny),
              datetime(2022, 6, 1, 20, tzinfo=howe)]))
print(datetime(2022, 6, 1, 12, tzinfo=paris) - datetime(2022, 6, 1, 7, tzinfo=ny))
now = datetime.now(paris)
print(now.tzinfo is paris, abs(now - datetime.now(UTC)) < timedelta(minutes=1))
print(datetime(2022, 6, 1, 12, tzinfo=paris).isoformat(), datetime(2022, 1, 1, tzinfo=howe).strftime("%z %Z"))
print(datetime(2022, 6, 1, 12, tzinfo=paris).timestamp(), datetime(2022, 6, 1, 12, tzinfo=paris).utctimetuple()[:6])
print(datetime(2022, 6, 1, 12, tzinfo=paris).timetz(), datetime(2022, 6, 1, 12, tzinfo=paris).timetz().utcoffset())
